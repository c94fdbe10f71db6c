import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStorage, openStorage } from '../storage.js';
import { tempConfig } from '../testing.js';
import { previewTable } from './preview.js';
import { tablePath } from './table-stats.js';
import { listTables } from './tables.js';

/** Starts the worker, lets it run, kills it with SIGKILL at an arbitrary moment. */
async function runAndKill(dataDir: string, ms: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'testdata/crash-worker.ts'), dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
  });
  await new Promise((r) => setTimeout(r, ms));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('crash safety', () => {
  it('keeps catalog and files in agreement after kill -9', async () => {
    const { config, dir } = await tempConfig();
    try {
      for (const ms of [150, 400, 700]) {
        await runAndKill(dir, ms);
        const s = await openStorage(config);
        try {
          const ref = { projectId: 'p', branchId: 'default', bucket: 'b' };
          const tables = await listTables(s, ref);
          for (const t of tables) {
            expect(existsSync(tablePath(s, t))).toBe(true);
            const page = await previewTable(s, { ...ref, table: t.name, limit: 1 });
            expect(page.totalRowCount).toBe(t.rowCount);
          }
          const files = (await readdir(join(config.duckdbDir, 'project_p', 'b'))).filter((f) =>
            f.endsWith('.duckdb'),
          );
          expect(files.sort()).toEqual(tables.map((t) => `${t.name}.duckdb`).sort());
          expect(await readdir(join(config.duckdbDir, '_staging'))).toEqual([]);
        } finally {
          await closeStorage(s);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
