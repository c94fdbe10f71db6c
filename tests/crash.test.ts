import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../generated/sdk-ts/index.js';
import { contractFetch } from './helpers/contract.js';
import { exited, spawnServer } from './helpers/process.js';
import { ADMIN_KEY } from './helpers/server.js';

/** kill -9 while tables are created and dropped; after a restart metadata and files agree. */
const dataDir = mkdtempSync(join(tmpdir(), 'duckstorage-crash-'));
const env = { DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const branch = { project_id: 'crash', branch_id: 'default' };
const bucketDir = join(dataDir, 'duckdb', 'project_crash', 'b');

async function churn(url: string, key: string, round: number, stop: { now: boolean }) {
  const c = createClient({ baseUrl: url, apiKey: key });
  const path = { ...branch, bucket_name: 'b' };
  let i = 0;
  const worker = async (w: number) => {
    while (!stop.now) {
      const name = `t${round}_${w}_${i++ % 6}`;
      try {
        await c.createTable({
          path,
          body: {
            name,
            columns: [
              { name: 'id', type: 'INTEGER' },
              { name: 'v', type: 'VARCHAR' },
            ],
          },
        });
        if (i % 2 === 0) await c.deleteTable({ path: { ...path, table_name: name } });
      } catch {
        // 409s and refused connections while the process dies are expected
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(worker));
}

describe('crash safety', () => {
  it('survives kill -9 during creates and drops with nothing half-made', async () => {
    let server = await spawnServer(env);
    const key = (
      await createClient({ baseUrl: server.url, apiKey: ADMIN_KEY }).createProject({ body: { id: 'crash' } })
    ).api_key;
    await createClient({ baseUrl: server.url, apiKey: key }).createBucket({
      path: branch,
      body: { name: 'b' },
    });
    for (let round = 0; round < 3; round++) {
      const stop = { now: false };
      const load = churn(server.url, key, round, stop);
      await new Promise((r) => setTimeout(r, 400 + round * 300));
      server.child.kill('SIGKILL');
      await exited(server.child);
      stop.now = true;
      await load;
      server = await spawnServer(env);
      const c = createClient({ baseUrl: server.url, apiKey: key, fetch: contractFetch });
      const path = { ...branch, bucket_name: 'b' };
      const listed = (await c.listTables({ path })).tables.map((x) => x.name).sort();
      const files = readdirSync(bucketDir)
        .filter((f) => f.endsWith('.duckdb'))
        .map((f) => f.slice(0, -'.duckdb'.length))
        .sort();
      expect(files).toEqual(listed);
      for (const name of listed) {
        const preview = await c.previewTable({ path: { ...path, table_name: name } });
        expect(preview.columns.map((col) => col.name)).toEqual(['id', 'v']);
      }
      const staging = join(dataDir, 'duckdb', '_staging');
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
      const stats = await c.getProjectStats({ path: { project_id: 'crash' } });
      expect(stats.table_count).toBe(listed.length);
    }
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);
});
