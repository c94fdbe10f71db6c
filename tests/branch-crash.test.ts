import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  type FSWatcher,
  mkdtempSync,
  openAsBlob,
  readdirSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type DuckStorageClient } from '../generated/sdk-ts/index.js';
import { contractFetch } from './helpers/contract.js';
import { exited, type ServerProcess, spawnServer } from './helpers/process.js';
import { ADMIN_KEY } from './helpers/server.js';

/**
 * kill -9 during the copy-on-write of a branch's first write and during a merge: after a
 * restart a branch holds a complete copy of the table that the catalog lists or no copy at all,
 * main's table is the old or the new rows (never a mix), its row_count agrees with the data, and
 * nothing unlisted is left on disk. The servers are separate processes, so this process opens
 * its own DuckDB (in memory) to count the rows of exported Parquet and snapshot files.
 */
const root = mkdtempSync(join(tmpdir(), 'duckstorage-branch-crash-'));
const N = 1_000_000;
let csv: string;
let duck: DuckDBInstance;
beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:', { threads: '1' });
  csv = await writeCsv(join(root, 'rows.csv'), 1, N);
});
afterAll(() => {
  duck?.closeSync();
  rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `id,v` rows with ids from..from+rows-1; v varies, so the files do not shrink to nothing. */
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
  fileId: string;
  /** The table `b.t` as seen on `branch` (`default`: main). */
  table(branch?: string): { project_id: string; branch_id: string; bucket_name: string; table_name: string };
}

/** A project with bucket `b` and table `t` (id, v) fully loaded with the N rows of the CSV. */
async function setUp(url: string, id: string): Promise<Project> {
  const key = (await createClient({ baseUrl: url, apiKey: ADMIN_KEY }).createProject({ body: { id } }))
    .api_key;
  const main = { project_id: id, branch_id: 'default' };
  const c = createClient({ baseUrl: url, apiKey: key });
  await c.createBucket({ path: main, body: { name: 'b' } });
  await c.createTable({
    path: { ...main, bucket_name: 'b' },
    body: {
      name: 't',
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'v', type: 'VARCHAR' },
      ],
    },
  });
  const body = await openAsBlob(csv);
  const fileId = (await c.uploadFileStream({ path: { project_id: id }, query: { name: 'rows.csv' }, body }))
    .id;
  const p: Project = {
    id,
    key,
    fileId,
    table: (branch = 'default') => ({ project_id: id, branch_id: branch, bucket_name: 'b', table_name: 't' }),
  };
  await c.importFromFile({ path: p.table(), body: { file_id: fileId } });
  return p;
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
/** Every path under `dir`, relative, directories included; a table's WAL counts as its file. */
const tree = (dir: string): string[] =>
  existsSync(dir)
    ? [
        ...new Set(
          readdirSync(dir, { recursive: true })
            .map(String)
            .map((f) => (f.endsWith('.wal') ? f.slice(0, -'.wal'.length) : f)),
        ),
      ].sort()
    : [];

/** What a kill can leave for the start-up sweeps: staged files, trash, snapshots in the making. */
const leftovers = (dataDir: string): number =>
  entries(join(dataDir, 'duckdb', '_staging')).length +
  entries(join(dataDir, 'snapshots', '_staging')).length;

async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await exited(server.child);
}

/** Resolves when a file appears in `dir` (inotify, so a file that lives a few ms is still seen). */
function appears(dir: string): { seen: Promise<void>; close(): void } {
  let watcher: FSWatcher | undefined;
  const seen = new Promise<void>((resolve) => {
    watcher = watch(dir, () => resolve());
    if (entries(dir).length > 0) resolve();
  });
  return { seen, close: () => watcher?.close() };
}

/**
 * The disk agrees with the catalog: `duckdb/_staging` is empty, main's bucket dir holds the
 * listed tables' files, `_branches/` one dir per listed branch, and each branch dir exactly the
 * files of the tables getBranch lists (and their bucket dirs). Returns the branches' copied tables.
 */
async function checkDisk(c: DuckStorageClient, dataDir: string, p: Project): Promise<Map<string, string[]>> {
  expect(entries(join(dataDir, 'duckdb', '_staging'))).toEqual([]);
  const pdir = join(dataDir, 'duckdb', `project_${p.id}`);
  const tables = (await c.listTables({ path: { project_id: p.id, branch_id: 'default', bucket_name: 'b' } }))
    .tables;
  expect(tree(join(pdir, 'b'))).toEqual(tables.map((t) => `${t.name}.duckdb`).sort());
  const branches = (await c.listBranches({ path: { project_id: p.id }, query: { limit: 100 } })).branches;
  expect(entries(join(pdir, '_branches'))).toEqual(branches.map((b) => b.id).sort());
  const copied = new Map<string, string[]>();
  for (const b of branches) {
    const detail = await c.getBranch({ path: { project_id: p.id, branch_id: b.id } });
    const buckets = new Set(detail.copied_tables.map((t) => t.bucket_name));
    const files = detail.copied_tables.map((t) => join(t.bucket_name, `${t.table_name}.duckdb`));
    expect(tree(join(pdir, '_branches', b.id))).toEqual([...buckets, ...files].sort());
    copied.set(
      b.id,
      detail.copied_tables.map((t) => `${t.bucket_name}/${t.table_name}`),
    );
  }
  return copied;
}

/** The rows of `b.t` on `branch`: its row_count, which the preview's total and a count of the file's rows must equal. */
async function countRows(c: DuckStorageClient, p: Project, branch = 'default', when = ''): Promise<number> {
  const path = p.table(branch);
  const rows = (await c.getTable({ path })).row_count;
  const preview = await c.previewTable({ path, query: { limit: 1 } });
  expect(preview.total_row_count, `preview of b.t on ${branch}${when}`).toBe(rows);
  // Filtered, the preview counts the file's rows instead of reading the catalog's figure.
  const counted = await c.previewTable({
    path,
    query: { limit: 1, where_column: 'id', where_operator: 'gt', where_values: ['0'] },
  });
  expect(counted.total_row_count, `rows in the file of b.t on ${branch}${when}, against its row_count`).toBe(
    rows,
  );
  return rows;
}

/** count, min, max and distinct ids of `b.t` on `branch`, exported to Parquet and read back here. */
async function exportedIds(c: DuckStorageClient, p: Project, branch = 'default'): Promise<number[]> {
  const exported = await c.exportToFile({ path: p.table(branch), body: { format: 'parquet' } });
  const download = await c.downloadFile({ path: { project_id: p.id, file_id: exported.file_id } });
  if (download.status === 304) throw new Error('unexpected 304');
  const copy = join(root, 'export.parquet');
  writeFileSync(copy, await download.bytes());
  const ids = await parquetIds(copy);
  expect(ids[0]).toBe(exported.rows_exported);
  return ids;
}

describe('kill -9 during copy-on-write', () => {
  it("a branch holds a complete, listed copy or none; main's table is untouched; nothing unlisted stays", async () => {
    const dataDir = join(root, 'copy');
    const env = { DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
    let server = await spawnServer(env);
    const p = await setUp(server.url, 'brc');
    let c = createClient({ baseUrl: server.url, apiKey: p.key });
    const firstWrite = (client: DuckStorageClient, branch: string) =>
      client.deleteRows({ path: p.table(branch), body: { where_clause: 'id <= 10' } });
    // One undisturbed first write times the kill points.
    const warm = (await c.createBranch({ path: { project_id: p.id }, body: { name: 'warm' } })).id;
    const started = performance.now();
    expect((await firstWrite(c, warm)).table_rows_after).toBe(N - 10);
    const took = performance.now() - started;
    const staging = join(dataDir, 'duckdb', '_staging');
    const outcomes = new Set<string>();
    let left = 0;
    // Kill points in the branch's first write: once its copy is staged, once the copy is renamed
    // into the branch dir (before or after its row commits), at a time into it, and once answered.
    for (const point of ['staged', 'renamed', 'timed', 'answered'] as const) {
      const id = (await c.createBranch({ path: { project_id: p.id }, body: { name: point } })).id;
      const target = join(dataDir, 'duckdb', `project_${p.id}`, '_branches', id, 'b', 't.duckdb');
      const watched = appears(staging);
      const stop = { now: false };
      let answered = 0;
      const worker = async () => {
        while (!stop.now) {
          try {
            await firstWrite(c, id);
            answered += 1;
          } catch {
            // refused connections and reset sockets while the process dies are expected
          }
        }
      };
      const load = Promise.all([worker(), worker()]);
      if (point === 'staged') await watched.seen;
      if (point === 'renamed') while (!existsSync(target)) await sleep(1);
      if (point === 'timed') await sleep(took * 0.4);
      if (point === 'answered') {
        while (answered === 0) await sleep(5);
        await sleep(took * 0.3);
      }
      watched.close();
      await kill(server);
      stop.now = true;
      await load;
      left += leftovers(dataDir) + (existsSync(target) ? 1 : 0);
      server = await spawnServer(env);
      c = createClient({ baseUrl: server.url, apiKey: p.key, fetch: contractFetch });
      const copied = await checkDisk(c, dataDir, p);
      expect(await countRows(c, p)).toBe(N);
      for (const [branch, tables] of copied) {
        const seen = await c.getTable({ path: p.table(branch) });
        const rows = await countRows(c, p, branch, ` after the kill at '${point}'`);
        if (tables.includes('b/t')) {
          expect(seen.source).toBe('branch');
          // The copy is whole: all of main's rows, or the first write's result if it completed.
          expect([N, N - 10]).toContain(rows);
        } else {
          expect([seen.source, rows]).toEqual(['main', N]);
        }
        if (branch === id) outcomes.add(seen.source);
      }
      // An answered write is durable (copied, deleted and recorded before the 200).
      if (answered > 0) expect(copied.get(id)).toEqual(['b/t']);
      // And the branch still works: its write (re)copies or reuses its copy, main keeps its rows.
      expect((await firstWrite(c, id)).table_rows_after).toBe(N - 10);
      expect(await countRows(c, p, id)).toBe(N - 10);
      expect(await countRows(c, p)).toBe(N);
    }
    // The kills hit copies in flight (else the test proved nothing), and some copies completed.
    expect(left).toBeGreaterThan(0);
    expect(outcomes).toEqual(new Set(['main', 'branch']));
    expect(await exportedIds(c, p)).toEqual([N, 1, N, N]);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);
});

describe('kill -9 during merge', () => {
  it("main's table is exactly its old or the branch's rows, its row_count agrees, nothing is left over", async () => {
    const M = 400_000;
    const dataDir = join(root, 'merge');
    const env = { DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
    let server = await spawnServer(env);
    const p = await setUp(server.url, 'brm');
    let c = createClient({ baseUrl: server.url, apiKey: p.key });
    /** Main's table back to ids 1..N if a merge replaced it; a new branch whose copy holds ids 1..M. */
    const prepare = async (client: DuckStorageClient, name: string) => {
      if ((await client.getTable({ path: p.table() })).row_count !== N) {
        await client.importFromFile({ path: p.table(), body: { file_id: p.fileId } });
      }
      const id = (await client.createBranch({ path: { project_id: p.id }, body: { name } })).id;
      const shrunk = await client.deleteRows({ path: p.table(id), body: { where_clause: `id > ${M}` } });
      expect(shrunk.table_rows_after).toBe(M);
      return id;
    };
    const merge = (client: DuckStorageClient, branch: string) =>
      client.mergeTable({
        path: { project_id: p.id, branch_id: branch, bucket_name: 'b', table_name: 't' },
        body: {},
      });
    // One undisturbed merge times the kill points.
    const warm = await prepare(c, 'warm');
    const started = performance.now();
    const first = await merge(c, warm);
    const took = performance.now() - started;
    expect([first.row_count, first.created_in_main, first.conflict]).toEqual([M, false, false]);
    expect(first.snapshot_id).not.toBeNull();
    expect(await countRows(c, p)).toBe(M);
    const outcomes = new Set<number>();
    let left = 0;
    // Kill points in the round's merge: while it stages the branch's file, while it snapshots
    // main's table, at a time into it, and once it answered.
    const building = join(dataDir, 'duckdb', '_staging');
    const safety = join(dataDir, 'snapshots', '_staging');
    for (const point of ['staging', 'safety', 'timed', 'answered'] as const) {
      const id = await prepare(c, point);
      const watched = appears(point === 'staging' ? building : safety);
      const stop = { now: false };
      let answered = 0;
      const worker = async () => {
        while (!stop.now) {
          try {
            await merge(c, id);
            answered += 1;
          } catch {
            // refused connections, reset sockets and `nothing_to_merge` after the merge are expected
          }
        }
      };
      const load = Promise.all([worker(), worker()]);
      if (point === 'staging' || point === 'safety') await watched.seen;
      if (point === 'timed') await sleep(took * 0.7);
      if (point === 'answered') {
        while (answered === 0) await sleep(5);
        await sleep(20);
      }
      watched.close();
      await kill(server);
      stop.now = true;
      await load;
      left += leftovers(dataDir);
      server = await spawnServer(env);
      c = createClient({ baseUrl: server.url, apiKey: p.key, fetch: contractFetch });
      const rows = await countRows(c, p, 'default', ` after the kill at '${point}'`);
      expect([N, M]).toContain(rows);
      outcomes.add(rows);
      // Killed before the swap: the old rows; an answered merge is durable.
      if (point === 'staging' || point === 'safety') expect(rows).toBe(N);
      if (answered > 0) expect(rows).toBe(M);
      // The rows themselves, through an export read back here: all of one version, no mix.
      expect(await exportedIds(c, p)).toEqual([rows, 1, rows, rows]);
      const copied = await checkDisk(c, dataDir, p);
      // The branch still holds its copy (merge not done) or reads main's again.
      const seen = await c.getTable({ path: p.table(id) });
      if (copied.get(id)?.includes('b/t')) {
        expect([seen.source, await countRows(c, p, id)]).toEqual(['branch', M]);
      } else {
        expect([seen.source, await countRows(c, p, id)]).toEqual(['main', rows]);
        expect(answered > 0 || rows === M).toBe(true);
      }
      // Snapshots (of main before a merge, and before a reload if those are on): each complete
      // and of one version; none unlisted on disk.
      const listed = (
        await c.listSnapshots({ path: { project_id: p.id, branch_id: 'default' }, query: { limit: 1000 } })
      ).snapshots;
      const dir = join(dataDir, 'snapshots', `project_${p.id}`);
      for (const s of listed) {
        expect(s.snapshot_type === 'auto_premerge' ? [N] : [N, M]).toContain(s.row_count);
        const n = s.row_count;
        expect(await parquetIds(join(dir, s.id, 'data.parquet'))).toEqual([n, 1, n, n]);
      }
      expect(entries(join(dataDir, 'snapshots', '_staging'))).toEqual([]);
      expect(entries(dir)).toEqual(listed.map((s) => s.id).sort());
    }
    expect(left).toBeGreaterThan(0);
    expect(outcomes).toEqual(new Set([N, M]));
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, 120_000);
});
