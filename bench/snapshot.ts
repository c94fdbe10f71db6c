import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_COLUMNS } from './bench-columns.js';
import { benchApi, peakRss, rawDuckdbMs, startServer } from './server-process.js';

const raw = (...args: string[]): number => rawDuckdbMs(...args) / 1000;

/**
 * npm run bench:snapshot — snapshot and restore of a BENCH_ROWS-row table (default 1,000,000,
 * the bench:import table, loaded through REST) beside DuckDB alone on a copy of the same table
 * file, measured in one run (median of 3, interleaved): a snapshot (REST) vs a raw
 * `COPY ... TO` Parquet (ZSTD); a restore into a new table (REST) vs a raw
 * `CREATE TABLE AS SELECT * FROM read_parquet` into a fresh file plus CHECKPOINT (separate
 * process); a restore over the original table, which first takes the `auto_prerestore` safety
 * snapshot, for information; and the server's peak RSS. Nothing here is a test: it prints figures.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 3;
const MB = 1024 * 1024;

const api = benchApi;

const P = '/projects/bench';
const B = `${P}/branches/default`;
const BUCKET = 'in_c_bench';
const TABLE = 'products';

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
/** `1.23 s (1.20–1.31)`: the median and the range of the runs. */
const fig = (xs: number[]): string =>
  `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
const ratio = (baseline: number[], ours: number[]): string => (median(baseline) / median(ours)).toFixed(2);

async function stop(server: ChildProcess | undefined): Promise<void> {
  if (server === undefined || server.exitCode !== null) return;
  await new Promise<void>((resolve) => server.once('exit', () => resolve()).kill('SIGTERM'));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-snapshot-'));
  const data = join(dir, 'data');
  const csv = join(dir, 'bench.csv');
  const rawTable = join(dir, 'raw.duckdb');
  let server: ChildProcess | undefined;
  try {
    raw('generate', csv, String(ROWS));

    // The table, built as users build it: created and fully loaded through REST.
    let started = await startServer(data);
    server = started.child;
    let a = api(started.url);
    await a.call('POST', '/projects', { id: 'bench', name: 'Benchmark' });
    await a.call('POST', `${B}/buckets`, { name: BUCKET });
    await a.call('POST', `${B}/buckets/${BUCKET}/tables`, {
      name: TABLE,
      columns: BENCH_COLUMNS.map(([name, type]) => ({ name, type, nullable: true })),
    });
    const file = await a.stream(`${P}/files/stream?name=bench.csv`, await openAsBlob(csv));
    const load = await a.call('POST', `${B}/buckets/${BUCKET}/tables/${TABLE}/import/file`, {
      file_id: file.id,
      format: 'csv',
    });
    if (load.table_rows_after !== ROWS) throw new Error(`imported ${String(load.table_rows_after)} rows`);
    rmSync(csv, { force: true });

    // The raw baselines read a copy of that very file, taken while no process has it open;
    // then a fresh server, so its peak RSS is the snapshots' and restores' own.
    await stop(server);
    const tableFile = join(data, 'duckdb', 'project_bench', BUCKET, `${TABLE}.duckdb`);
    if (existsSync(`${tableFile}.wal`)) throw new Error(`${tableFile}.wal is left after a clean stop`);
    copyFileSync(tableFile, rawTable);
    const tableMb = statSync(tableFile).size / MB;
    started = await startServer(data);
    server = started.child;
    a = api(started.url);
    const pid = server.pid ?? 0;

    console.log(
      `${ROWS} rows (${BENCH_COLUMNS.length} columns, ${tableMb.toFixed(1)} MB table file), median of ${RUNS} runs (min–max), ${process.platform} ${process.arch}, node ${process.version}\n`,
    );

    // Interleaved, ours then raw in each round, so drift of the machine hits both alike.
    const ours = { snapshot: [] as number[], restoreNew: [] as number[], restoreOver: [] as number[] };
    const base = { copyOut: [] as number[], ctas: [] as number[] };
    const snapshotIds: string[] = [];
    let snapshotBytes = 0;
    peakRss.reset(pid);
    for (let i = 0; i < RUNS; i++) {
      const snap = await timed(() => a.call('POST', `${B}/snapshots`, { bucket: BUCKET, table: TABLE }));
      if (snap.value.row_count !== ROWS) throw new Error(`snapshot of ${String(snap.value.row_count)} rows`);
      ours.snapshot.push(snap.seconds);
      snapshotIds.push(String(snap.value.id));
      snapshotBytes = Number(snap.value.size_bytes);
      base.copyOut.push(raw('snapshot-out', rawTable, join(dir, 'raw.parquet')));
    }
    const snapshotPeak = peakRss.readMb(pid);
    const rawParquetMb = statSync(join(dir, 'raw.parquet')).size / MB;

    peakRss.reset(pid);
    for (let i = 0; i < RUNS; i++) {
      const restored = await timed(() =>
        a.call('POST', `${B}/snapshots/${snapshotIds[0]}/restore`, { target_table: `restored_${i + 1}` }),
      );
      if (restored.value.row_count !== ROWS)
        throw new Error(`restored ${String(restored.value.row_count)} rows`);
      ours.restoreNew.push(restored.seconds);
      base.ctas.push(raw('snapshot-in', join(dir, 'raw.parquet'), join(dir, 'raw-restored.duckdb')));
    }
    const restorePeak = peakRss.readMb(pid);

    peakRss.reset(pid);
    for (let i = 0; i < RUNS; i++) {
      const over = await timed(() => a.call('POST', `${B}/snapshots/${snapshotIds[0]}/restore`, {}));
      if (over.value.safety_snapshot_id === null) throw new Error('no safety snapshot was taken');
      ours.restoreOver.push(over.seconds);
    }
    const overPeak = peakRss.readMb(pid);
    const tables = `${B}/buckets/${BUCKET}/tables`;
    const restoredMb = Number((await a.call('GET', `${tables}/restored_1`)).size_bytes) / MB;
    const overMb = Number((await a.call('GET', `${tables}/${TABLE}`)).size_bytes) / MB;

    const rawBoth = base.copyOut.map((s, i) => s + (base.ctas[i] ?? 0));
    console.log('| what | DuckStorage | raw DuckDB | ratio | goal |');
    console.log('|---|---:|---:|---:|---|');
    console.log(
      `| snapshot (REST) vs COPY ... TO Parquet (ZSTD) | ${fig(ours.snapshot)} | ${fig(base.copyOut)} | ${ratio(base.copyOut, ours.snapshot)} | ≥ 0.8 |`,
    );
    console.log(
      `| restore into a new table (REST) vs CREATE TABLE AS SELECT * FROM read_parquet + CHECKPOINT | ${fig(ours.restoreNew)} | ${fig(base.ctas)} | ${ratio(base.ctas, ours.restoreNew)} | ≥ 0.8 |`,
    );
    console.log(
      `| restore over the original (REST; safety snapshot + restore) vs COPY ... TO + CTAS | ${fig(ours.restoreOver)} | ${fig(rawBoth)} | ${ratio(rawBoth, ours.restoreOver)} | — |`,
    );
    console.log(
      `\nSnapshot file ${(snapshotBytes / MB).toFixed(1)} MB (raw COPY: ${rawParquetMb.toFixed(1)} MB); table file ${tableMb.toFixed(1)} MB as loaded, ${restoredMb.toFixed(1)} MB restored into a new table, ${overMb.toFixed(1)} MB restored over the original (raw CTAS: ${(statSync(join(dir, 'raw-restored.duckdb')).size / MB).toFixed(1)} MB). Server peak RSS: ${snapshotPeak.toFixed(0)} MB during the snapshots, ${restorePeak.toFixed(0)} MB during the restores into new tables, ${overPeak.toFixed(0)} MB during the restores over the original (DUCKDB_MEMORY_LIMIT ${process.env.DUCKDB_MEMORY_LIMIT ?? '1GB'}).`,
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
