import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRows } from '../src/core/metadata/tx.js';
import { closeStorage, openStorage } from '../src/core/storage.js';
import { requireTable } from '../src/core/tables/table-lookup.js';
import { fileBytes, tablePath } from '../src/core/tables/table-stats.js';
import { tempConfig } from '../src/core/testing.js';

const WORKER = join(import.meta.dirname, '..', 'src', 'core', 'loads', 'testdata', 'load-crash-worker.ts');
const ROWS = 200_000;

/** Starts the worker, waits until load number `load` started plus `ms`, then kills it with SIGKILL. */
async function runAndKill(dataDir: string, load: number, ms: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`start ${load} `)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early with ${code}: ${output}`)));
  });
  await new Promise((r) => setTimeout(r, ms));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  return output;
}

describe('kill -9 during loads', () => {
  it('leaves exactly the old or the new rows, a catalog that agrees, and no staging file', async () => {
    const { config, dir } = await tempConfig();
    try {
      // Kill points inside the loads: 1 is a full load (a table with rows is being replaced),
      // 2 and 3 are incremental upserts; early, mid-way and late.
      const plan: [number, number][] = [
        [1, 5],
        [1, 60],
        [1, 150],
        [2, 5],
        [2, 60],
        [3, 150],
      ];
      const seen = new Set<number>();
      const interrupted = new Set<string>();
      for (const [loads, ms] of plan) {
        const output = await runAndKill(dir, loads, ms);
        // Which load the kill interrupted, if any: the last one started and not finished.
        const last = [...output.matchAll(/start (\d+) (\w+)/g)].at(-1);
        if (last !== undefined && !output.includes(`loaded ${last[1]}\n`)) interrupted.add(last[2] ?? '');
        const s = await openStorage(config);
        try {
          const ref = { projectId: 'p', branchId: 'default', bucket: 'b', table: 't' };
          const table = requireTable(s, ref);
          const lease = await s.files.lease(tablePath(s, table));
          const [counted] = await s.pool
            .use((conn) =>
              readRows(
                conn,
                `SELECT count(*) AS n, count(DISTINCT gen) AS gens, min(gen) AS gen FROM ${lease.alias}.main.data`,
              ),
            )
            .finally(() => lease.release());
          const n = Number(counted?.n);
          // Empty before the first load committed; afterwards all rows of one generation.
          if (n > 0) {
            expect([n, Number(counted?.gens)]).toEqual([ROWS, 1]);
            seen.add(Number(counted?.gen));
          }
          expect(table.rowCount).toBe(n);
          expect(table.sizeBytes).toBe(await fileBytes(tablePath(s, table)));
          expect(await readdir(join(config.duckdbDir, '_staging'))).toEqual([]);
        } finally {
          await closeStorage(s);
        }
      }
      expect(seen.size).toBeGreaterThan(0);
      expect([...interrupted].sort()).toEqual(['full', 'incremental']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
