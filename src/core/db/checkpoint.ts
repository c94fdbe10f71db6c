import type { DuckDBConnection } from '@duckdb/node-api';

const BUSY = /other write transactions active/;

/**
 * CHECKPOINT of one attached file (`alias` quoted). DuckDB refuses it while any other write
 * transaction of the instance is open ("Cannot CHECKPOINT: there are other write transactions
 * active"), even one on another file; those transactions are short here (every write path commits
 * at once), so the checkpoint is retried with a growing pause, about 4 s in all, then the error
 * stands.
 */
export async function checkpoint(conn: DuckDBConnection, alias: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await conn.run(`CHECKPOINT ${alias}`);
      return;
    } catch (error) {
      if (attempt >= 40 || !BUSY.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 100)));
    }
  }
}
