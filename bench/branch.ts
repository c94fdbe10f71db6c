import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdtempSync,
  openAsBlob,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_COLUMNS } from './bench-columns.js';
import { benchApi, peakRss, rawDuckdbMs as raw, startServer } from './server-process.js';

/**
 * npm run bench:branch — dev branches on a project of BENCH_TABLES tables (default 1,000) of
 * BENCH_TABLE_ROWS rows each (default 1,000; the bench:import columns), built through REST
 * (createTable + importFromFile of one shared CSV file, BENCH_CONCURRENCY requests at a time),
 * beside a project of 10 such tables, measured in one run (medians, the projects interleaved):
 * createBranch on both projects (it must not depend on the table count); the first write of a
 * table on a branch (deleteRows id = 1: the copy-on-write of that one table) beside a second
 * write of the same table on the same branch (no copy) and the same write on main; and what a
 * naive branch that copies the whole project would cost: `cp -r` of `duckdb/project_{id}`, and
 * the same plus an fsync of every copy (as durable as the copy-on-write), with the ratios; and
 * the server's peak RSS. Nothing here is a test: it prints figures.
 */
const TABLES = Number(process.env.BENCH_TABLES ?? 1000);
const SMALL_TABLES = 10;
const ROWS = Number(process.env.BENCH_TABLE_ROWS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const RUNS = 5;
const CREATE_RUNS = 11;
const MB = 1024 * 1024;
const BUCKET = 'in_c_bench';

const api = benchApi;
type Json = Record<string, unknown>;
type Api = ReturnType<typeof api>;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
/** `1.2 ms (1.0–1.6)`: the median and the range of the runs. */
const fig = (xs: number[]): string =>
  `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const ratio = (baseline: number[], ours: number[]): string => (median(baseline) / median(ours)).toFixed(1);

/** Runs `fn` over `items`, `n` at a time. */
async function pool<T>(n: number, items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
}

const tableName = (i: number): string => `t${String(i).padStart(4, '0')}`;

/**
 * Concurrent table writes sometimes fail with a 500 (DuckDB: `Cannot CHECKPOINT: there are other
 * write transactions active`); the setup retries those (a failed createTable left no table, a
 * full load may run again) and counts them, so the figures say how often it happened.
 */
const retries = { count: 0 };
async function retried(fn: () => Promise<Json>): Promise<Json> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt === 3 || !/: 500 /.test(String(error))) throw error;
      retries.count += 1;
    }
  }
}

/** A project of `tables` tables in one bucket, each fully loaded from the one uploaded CSV. */
async function buildProject(a: Api, id: string, tables: number, csv: string): Promise<number> {
  const started = performance.now();
  const B = `/projects/${id}/branches/default`;
  await a.call('POST', '/projects', { id, name: `Benchmark (${tables} tables)` });
  await a.call('POST', `${B}/buckets`, { name: BUCKET });
  const file = await a.stream(`/projects/${id}/files/stream?name=bench.csv`, await openAsBlob(csv));
  const columns = BENCH_COLUMNS.map(([name, type]) => ({ name, type, nullable: true }));
  await pool(
    CONCURRENCY,
    Array.from({ length: tables }, (_, i) => tableName(i)),
    async (name) => {
      await retried(() => a.call('POST', `${B}/buckets/${BUCKET}/tables`, { name, columns }));
      const load = await retried(() =>
        a.call('POST', `${B}/buckets/${BUCKET}/tables/${name}/import/file`, {
          file_id: file.id,
          format: 'csv',
        }),
      );
      if (load.table_rows_after !== ROWS)
        throw new Error(`${name}: imported ${String(load.table_rows_after)}`);
    },
  );
  return (performance.now() - started) / 1000;
}

/** Bytes and files under `dir`. */
function usage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * `cp -r` of a project directory: what a branch that copies the whole project costs at least
 * (the files are in the page cache); `durable`: then fsync of every file and directory copied,
 * as the copy-on-write does for its one file.
 */
function naiveCopy(from: string, to: string, durable: boolean): number {
  const started = performance.now();
  execFileSync('cp', ['-r', from, to]);
  if (durable) {
    const paths = [to, ...readdirSync(to, { recursive: true }).map((f) => join(to, String(f)))];
    for (const path of paths) {
      const fd = openSync(path, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
  const ms = performance.now() - started;
  rmSync(to, { recursive: true, force: true });
  return ms;
}

async function stop(server: ChildProcess | undefined): Promise<void> {
  if (server === undefined || server.exitCode !== null) return;
  await new Promise<void>((resolve) => server.once('exit', () => resolve()).kill('SIGTERM'));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-branch-'));
  const data = join(dir, 'data');
  const csv = join(dir, 'bench.csv');
  let server: ChildProcess | undefined;
  try {
    raw('generate', csv, String(ROWS));
    const started = await startServer(data);
    server = started.child;
    const pid = server.pid ?? 0;
    const a = api(started.url);
    const projects = [
      { id: 'bench', tables: TABLES },
      { id: 'small', tables: SMALL_TABLES },
    ];
    const builds: number[] = [];
    for (const p of projects) builds.push(await buildProject(a, p.id, p.tables, csv));
    const setupPeak = peakRss.readMb(pid);
    const projectDir = (id: string) => join(data, 'duckdb', `project_${id}`);
    const sizes = projects.map((p) => usage(projectDir(p.id)));
    const tableMb = statSync(join(projectDir('bench'), BUCKET, `${tableName(0)}.duckdb`)).size / MB;

    console.log(
      `${TABLES} tables of ${ROWS} rows (${BENCH_COLUMNS.length} columns, ${tableMb.toFixed(2)} MB table file; built through REST in ${builds[0]?.toFixed(1)} s, ${CONCURRENCY} requests at a time, ${retries.count} retried after a 500) beside ${SMALL_TABLES} tables; median (min–max) of ${CREATE_RUNS} createBranch calls and of ${RUNS} runs of the rest, ${process.platform} ${process.arch}, node ${process.version}\n`,
    );

    // Interleaved, the two projects in each round, so drift of the machine hits both alike.
    // The naive copies first, while no branch directory exists yet.
    const naive = projects.map(() => [] as number[]);
    const durable = projects.map(() => [] as number[]);
    for (let i = 0; i < RUNS; i++) {
      for (const [k, p] of projects.entries()) {
        naive[k]?.push(naiveCopy(projectDir(p.id), join(dir, 'naive'), false));
        durable[k]?.push(naiveCopy(projectDir(p.id), join(dir, 'naive'), true));
      }
    }
    peakRss.reset(pid);
    const create = projects.map(() => [] as number[]);
    const branches = projects.map(() => [] as string[]);
    for (let i = 0; i < CREATE_RUNS; i++) {
      for (const [k, p] of projects.entries()) {
        const b = await timed(() => a.call('POST', `/projects/${p.id}/branches`, { name: `feature-${i}` }));
        create[k]?.push(b.ms);
        branches[k]?.push(String(b.value.id));
      }
    }
    // Per run: a table of its own, on a branch of its own: the first write copies it, the second
    // does not; the same write on main (another table) for reference.
    const first = projects.map(() => [] as number[]);
    const second = projects.map(() => [] as number[]);
    const onMain = projects.map(() => [] as number[]);
    const write = async (id: string, branch: string, table: string, rowId: number, rowsAfter: number) => {
      const path = `/projects/${id}/branches/${branch}/buckets/${BUCKET}/tables/${table}/rows`;
      const w = await timed(() => a.call('DELETE', path, { where_clause: `id = ${rowId}` }));
      if (w.value.table_rows_after !== rowsAfter)
        throw new Error(`${path}: ${String(w.value.table_rows_after)} rows after`);
      return w.ms;
    };
    for (let i = 0; i < RUNS; i++) {
      for (const [k, p] of projects.entries()) {
        const branch = branches[k]?.[i] ?? '';
        const table = tableName(Math.floor((i * p.tables) / RUNS));
        first[k]?.push(await write(p.id, branch, table, 1, ROWS - 1));
        const copy = join(projectDir(p.id), '_branches', branch, BUCKET, `${table}.duckdb`);
        if (!existsSync(copy)) throw new Error(`no copy-on-write: ${copy} is missing`);
        second[k]?.push(await write(p.id, branch, table, 2, ROWS - 2));
        const other = tableName((Math.floor((i * p.tables) / RUNS) + 1) % p.tables);
        onMain[k]?.push(await write(p.id, 'default', other, 1, ROWS - 1));
      }
    }
    const branchPeak = peakRss.readMb(pid);

    const col = (xs: number[][], f: (x: number[]) => string) => xs.map(f).join(' | ');
    console.log(`| what | ${TABLES} tables | ${SMALL_TABLES} tables |`);
    console.log('|---|---:|---:|');
    console.log(
      `| project dir (duckdb/project_{id}) | ${sizes.map((s) => `${(s.bytes / MB).toFixed(1)} MB, ${s.files} files`).join(' | ')} |`,
    );
    console.log(`| createBranch (REST) | ${col(create, fig)} |`);
    console.log(`| naive branch: cp -r of the project dir | ${col(naive, fig)} |`);
    console.log(`| naive branch, durable: cp -r + fsync of each file and dir | ${col(durable, fig)} |`);
    console.log(
      `| ratio naive copy / createBranch | ${naive.map((n, k) => ratio(n, create[k] ?? [])).join(' | ')} |`,
    );
    console.log(
      `| ratio durable naive copy / createBranch | ${durable.map((n, k) => ratio(n, create[k] ?? [])).join(' | ')} |`,
    );
    console.log(
      `| first write of a table on a branch (deleteRows id = 1; copy-on-write of one table) | ${col(first, fig)} |`,
    );
    console.log(`| second write, same table and branch (no copy) | ${col(second, fig)} |`);
    console.log(`| the same write on main (reference) | ${col(onMain, fig)} |`);
    console.log(
      `| ratio naive copy / first write on a branch | ${naive.map((n, k) => ratio(n, first[k] ?? [])).join(' | ')} |`,
    );
    console.log(
      `| ratio durable naive copy / first write on a branch | ${durable.map((n, k) => ratio(n, first[k] ?? [])).join(' | ')} |`,
    );
    console.log(
      `\ncreateBranch on ${TABLES} tables / on ${SMALL_TABLES} tables: ${(median(create[0] ?? []) / median(create[1] ?? [])).toFixed(2)}. Server peak RSS: ${setupPeak.toFixed(0)} MB while the ${TABLES + SMALL_TABLES} tables were built, ${branchPeak.toFixed(0)} MB during the branch creations and writes (DUCKDB_MEMORY_LIMIT ${process.env.DUCKDB_MEMORY_LIMIT ?? '1GB'}).`,
    );
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
