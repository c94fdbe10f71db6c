import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  openAsBlob,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type DuckStorageClient } from '../generated/sdk-ts/index.js';
import { contractFetch } from './helpers/contract.js';
import { exited, spawnServer } from './helpers/process.js';
import { ADMIN_KEY } from './helpers/server.js';

/**
 * kill -9 during snapshot create and restore, and snapshots taken while the table is written:
 * after a restart every listed snapshot is complete, nothing unlisted is left on disk, and a
 * restored table is the old or the new data. The servers are separate processes, so this
 * process can open its own DuckDB (in memory) to count the rows of the Parquet files.
 */
const root = mkdtempSync(join(tmpdir(), 'duckstorage-snapshot-crash-'));
let duck: DuckDBInstance;
beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:', { threads: '1' });
});
afterAll(() => {
  duck?.closeSync();
  rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `id,v` rows with ids from..from+rows-1; v varies, so the Parquet file does not shrink to nothing. */
async function writeCsv(path: string, from: number, rows: number): Promise<string> {
  const out = createWriteStream(path);
  out.write('id,v\n');
  for (let start = from; start < from + rows; start += 50_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(start + 50_000, from + rows); i++) {
      lines.push(`${i},v${(i * 2654435761) % 4294967296}`);
    }
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

interface Project {
  id: string;
  key: string;
  branch: { project_id: string; branch_id: string };
  table(name: string): { project_id: string; branch_id: string; bucket_name: string; table_name: string };
}

/** A project with bucket `b` and table `t` (id, v) fully loaded from `csv`. */
async function setUp(url: string, id: string, csv: string): Promise<Project> {
  const key = (await createClient({ baseUrl: url, apiKey: ADMIN_KEY }).createProject({ body: { id } }))
    .api_key;
  const branch = { project_id: id, branch_id: 'default' };
  const p: Project = {
    id,
    key,
    branch,
    table: (name) => ({ ...branch, bucket_name: 'b', table_name: name }),
  };
  const c = createClient({ baseUrl: url, apiKey: key });
  await c.createBucket({ path: branch, body: { name: 'b' } });
  await c.createTable({
    path: { ...branch, bucket_name: 'b' },
    body: {
      name: 't',
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'v', type: 'VARCHAR' },
      ],
    },
  });
  await c.importFromFile({ path: p.table('t'), body: { file_id: await upload(c, id, csv) } });
  return p;
}

async function upload(c: DuckStorageClient, projectId: string, csv: string): Promise<string> {
  const body = await openAsBlob(csv);
  return (await c.uploadFileStream({ path: { project_id: projectId }, query: { name: 'rows.csv' }, body }))
    .id;
}

/** count, min, max and distinct ids of a Parquet file, read by this process's own DuckDB. */
async function parquetIds(file: string): Promise<number[]> {
  const conn = await duck.connect();
  try {
    const reader = await conn.runAndReadAll(
      'SELECT count(*)::INTEGER, min(id)::INTEGER, max(id)::INTEGER, count(DISTINCT id)::INTEGER FROM read_parquet($1)',
      [file],
    );
    return (reader.getRows()[0] ?? []).map(Number);
  } finally {
    conn.closeSync();
  }
}

const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/**
 * The disk agrees with the listing: each listed snapshot's file holds its row_count rows (and
 * ids 1..row_count), `_staging` is empty and no directory lacks a row. Returns the listing.
 */
async function checkSnapshotFiles(c: DuckStorageClient, dataDir: string, p: Project) {
  const listed = (await c.listSnapshots({ path: p.branch, query: { limit: 1000 } })).snapshots;
  const dir = join(dataDir, 'snapshots', `project_${p.id}`);
  for (const s of listed) {
    const ids = await parquetIds(join(dir, s.id, 'data.parquet'));
    expect(ids).toEqual([s.row_count, 1, s.row_count, s.row_count]);
  }
  expect(entries(join(dataDir, 'snapshots', '_staging'))).toEqual([]);
  expect(entries(dir)).toEqual(listed.map((s) => s.id).sort());
  return listed;
}

/** What a kill can leave for the start-up sweeps: staged files and snapshot directories in the making. */
const leftovers = (dataDir: string): number =>
  entries(join(dataDir, 'snapshots', '_staging')).length +
  entries(join(dataDir, 'duckdb', '_staging')).length;

describe('kill -9 during snapshots', () => {
  it('create: every listed snapshot is complete and restorable, nothing unlisted stays on disk', async () => {
    const N = 1_500_000;
    const dataDir = join(root, 'create');
    const env = { DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
    let server = await spawnServer(env);
    const p = await setUp(server.url, 'snapc', await writeCsv(join(root, 'create.csv'), 1, N));
    const acknowledged = new Set<string>();
    const restored = new Set<string>();
    let left = 0;
    // Kills 250 and 700 ms into the first snapshots of a round, and 300 ms after one answered
    // (so some snapshots complete even on a slow machine).
    const plan: [number, boolean][] = [
      [250, false],
      [700, false],
      [300, true],
    ];
    for (const [round, [delay, afterAnswer]] of plan.entries()) {
      const stop = { now: false };
      const before = acknowledged.size;
      const c = createClient({ baseUrl: server.url, apiKey: p.key });
      const worker = async () => {
        while (!stop.now) {
          try {
            const s = await c.createSnapshot({ path: p.branch, body: { bucket: 'b', table: 't' } });
            acknowledged.add(s.id);
          } catch {
            // refused connections and reset sockets while the process dies are expected
          }
        }
      };
      const load = Promise.all([worker(), worker(), worker()]);
      while (afterAnswer && acknowledged.size === before) await sleep(10);
      await sleep(delay);
      server.child.kill('SIGKILL');
      await exited(server.child);
      stop.now = true;
      await load;
      left += leftovers(dataDir);
      server = await spawnServer(env);
      const after = createClient({ baseUrl: server.url, apiKey: p.key, fetch: contractFetch });
      const listed = await checkSnapshotFiles(after, dataDir, p);
      // An answered create is durable: the row committed before the 201 left.
      expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining([...acknowledged]));
      expect(listed.map((s) => s.row_count)).toEqual(listed.map(() => N));
      expect((await after.getTable({ path: p.table('t') })).row_count).toBe(N);
      for (const [i, s] of listed.filter((x) => !restored.has(x.id)).entries()) {
        const name = `r${round}_${i}`;
        const r = await after.restoreSnapshot({
          path: { ...p.branch, snapshot_id: s.id },
          body: { target_table: name },
        });
        expect([r.row_count, r.safety_snapshot_id ?? null]).toEqual([N, null]);
        expect((await after.getTable({ path: p.table(name) })).row_count).toBe(N);
        restored.add(s.id);
      }
    }
    // The kills hit writes in flight (else the test proved nothing), and some snapshots completed.
    expect(left).toBeGreaterThan(0);
    expect(restored.size).toBeGreaterThan(0);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);

  it('restore: the table is exactly the old or the new rows, its row_count agrees, nothing is left over', async () => {
    const N = 1_000_000;
    const M = 400_000;
    const dataDir = join(root, 'restore');
    const env = { DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
    let server = await spawnServer(env);
    const p = await setUp(server.url, 'snapr', await writeCsv(join(root, 'restore.csv'), 1, N));
    let c = createClient({ baseUrl: server.url, apiKey: p.key });
    const snapshot = await c.createSnapshot({ path: p.branch, body: { bucket: 'b', table: 't' } });
    expect(snapshot.row_count).toBe(N);
    const restore = { path: { ...p.branch, snapshot_id: snapshot.id }, body: {} };
    // The table changed after the snapshot: ids 1..M (M rows) instead of 1..N.
    const shrink = async (client: DuckStorageClient) =>
      client.deleteRows({ path: p.table('t'), body: { where_clause: `id > ${M}` } });
    await shrink(c);
    // One undisturbed restore times the kill points.
    const started = performance.now();
    const first = await c.restoreSnapshot(restore);
    const took = performance.now() - started;
    expect(first.row_count).toBe(N);
    expect(first.safety_snapshot_id).not.toBeNull();
    const outcomes = new Set<number>();
    let left = 0;
    // Kill points in the round's first restore: while it builds the new file, while it writes
    // the safety snapshot, at a time into it; and in the next restore once the first answered.
    const building = join(dataDir, 'duckdb', '_staging');
    const safety = join(dataDir, 'snapshots', '_staging');
    for (const point of ['building', 'safety', 'timed', 'answered'] as const) {
      await shrink(c);
      const stop = { now: false };
      let answered = 0;
      const worker = async () => {
        while (!stop.now) {
          try {
            await c.restoreSnapshot(restore);
            answered += 1;
          } catch {
            // refused connections and reset sockets while the process dies are expected
          }
        }
      };
      const load = Promise.all([worker(), worker()]);
      if (point === 'building') while (entries(building).length === 0) await sleep(5);
      if (point === 'safety') while (entries(safety).length === 0) await sleep(5);
      if (point === 'timed') await sleep(took * 0.8);
      if (point === 'answered') {
        while (answered === 0) await sleep(10);
        await sleep(took * 0.3);
      }
      server.child.kill('SIGKILL');
      await exited(server.child);
      stop.now = true;
      await load;
      left += leftovers(dataDir);
      server = await spawnServer(env);
      c = createClient({ baseUrl: server.url, apiKey: p.key, fetch: contractFetch });
      const rows = (await c.getTable({ path: p.table('t') })).row_count;
      expect([N, M]).toContain(rows);
      outcomes.add(rows);
      // Killed before the swap: the old rows; an answered restore is durable (swapped and
      // recorded before the 200).
      if (point === 'building' || point === 'safety') expect(rows).toBe(M);
      if (answered > 0) expect(rows).toBe(N);
      const preview = await c.previewTable({ path: p.table('t'), query: { limit: 1 } });
      expect(preview.total_row_count).toBe(rows);
      // The rows themselves, through an export read back here: all of one version, no mix.
      const exported = await c.exportToFile({ path: p.table('t'), body: { format: 'parquet' } });
      expect(exported.rows_exported).toBe(rows);
      const download = await c.downloadFile({ path: { project_id: p.id, file_id: exported.file_id } });
      if (download.status === 304) throw new Error('unexpected 304');
      const copy = join(root, 'export.parquet');
      writeFileSync(copy, await download.bytes());
      expect(await parquetIds(copy)).toEqual([rows, 1, rows, rows]);
      expect(entries(join(dataDir, 'duckdb', '_staging'))).toEqual([]);
      // Safety snapshots are of one version too (M rows, or N after a restore in the same round).
      const listed = await checkSnapshotFiles(c, dataDir, p);
      for (const s of listed) expect([N, M]).toContain(s.row_count);
    }
    expect(left).toBeGreaterThan(0);
    expect(outcomes).toEqual(new Set([M, N]));
    // And the table is still restorable after all that.
    expect((await c.restoreSnapshot(restore)).row_count).toBe(N);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);
});

describe('snapshots during writes', () => {
  it('each snapshot holds one state of the table, all of its rows, and restores to it', async () => {
    const BASE = 300_000;
    const BATCH = 5_000;
    const dataDir = join(root, 'writes');
    const server = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY });
    const p = await setUp(server.url, 'snapw', await writeCsv(join(root, 'writes.csv'), 1, BASE));
    const c = createClient({ baseUrl: server.url, apiKey: p.key, fetch: contractFetch });
    // Batch k holds ids BASE+1+k*BATCH...: a state of the table is always ids 1..n.
    const batches = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map(async (k) =>
        upload(c, p.id, await writeCsv(join(root, `batch${k}.csv`), BASE + 1 + k * BATCH, BATCH)),
      ),
    );
    const states = new Set([BASE]);
    let writing = true;
    const writer = (async () => {
      try {
        for (const file_id of batches) {
          const r = await c.importFromFile({
            path: p.table('t'),
            body: { file_id, import_options: { incremental: true } },
          });
          states.add(r.table_rows_after);
        }
      } finally {
        writing = false;
      }
    })();
    const snapshots: { id: string; row_count: number }[] = [];
    const snapper = async () => {
      while (writing)
        snapshots.push(await c.createSnapshot({ path: p.branch, body: { bucket: 'b', table: 't' } }));
    };
    await Promise.all([writer, snapper(), snapper()]);
    expect([...states].sort((a, b) => a - b)).toEqual(
      batches.map((_, k) => BASE + k * BATCH).concat(BASE + batches.length * BATCH),
    );
    expect((await c.getTable({ path: p.table('t') })).row_count).toBe(BASE + batches.length * BATCH);
    const dir = join(dataDir, 'snapshots', `project_${p.id}`);
    for (const s of snapshots) {
      expect(states).toContain(s.row_count);
      expect(await parquetIds(join(dir, s.id, 'data.parquet'))).toEqual([
        s.row_count,
        1,
        s.row_count,
        s.row_count,
      ]);
    }
    // The snapshots interleaved with the imports: they saw more than one state.
    expect(new Set(snapshots.map((s) => s.row_count)).size).toBeGreaterThan(1);
    // Restored into new tables, a few of them (first, middle, last) have their snapshot's rows.
    const picked = new Set([snapshots[0], snapshots[Math.floor(snapshots.length / 2)], snapshots.at(-1)]);
    for (const [i, s] of [...picked].entries()) {
      if (s === undefined) continue;
      const name = `copy${i}`;
      await c.restoreSnapshot({ path: { ...p.branch, snapshot_id: s.id }, body: { target_table: name } });
      expect((await c.getTable({ path: p.table(name) })).row_count).toBe(s.row_count);
    }
    await checkSnapshotFiles(c, dataDir, p);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);
});
