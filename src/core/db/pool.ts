import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** A fixed set of DuckDB connections handed out one caller at a time (reads and table writes). */
export class ConnectionPool {
  private readonly idle: DuckDBConnection[] = [];
  private readonly all: DuckDBConnection[] = [];
  private readonly waiters: ((conn: DuckDBConnection) => void)[] = [];

  static async create(instance: DuckDBInstance, size: number): Promise<ConnectionPool> {
    const pool = new ConnectionPool();
    for (let i = 0; i < size; i += 1) {
      const conn = await instance.connect();
      pool.all.push(conn);
      pool.idle.push(conn);
    }
    return pool;
  }

  async use<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<DuckDBConnection>((r) => this.waiters.push(r)));
    try {
      return await fn(conn);
    } finally {
      const next = this.waiters.shift();
      if (next === undefined) this.idle.push(conn);
      else next(conn);
    }
  }

  close(): void {
    for (const conn of this.all) conn.closeSync();
    this.all.length = 0;
    this.idle.length = 0;
  }
}
