import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_COLUMNS } from './bench-columns.js';
import { ADMIN, peakRss, rawDuckdbMs as raw, startServer } from './server-process.js';

/**
 * npm run bench:import — the data plane against its physical limits, measured in one run:
 * upload MB/s (three-step and streaming), import rows/s through REST beside DuckDB's own COPY into
 * a fresh table file (separate process), export beside a raw COPY ... TO, and the server's peak
 * RSS while a ~1 GB CSV is uploaded and imported. Nothing here is a test: it prints figures.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 10_500_000);
const MB = 1024 * 1024;

interface Api {
  call(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  send(
    path: string,
    body: FormData | Blob,
    headers?: Record<string, string>,
  ): Promise<Record<string, unknown>>;
}

function api(url: string): Api {
  const auth = { authorization: `Bearer ${ADMIN}` };
  const check = async (r: Response, what: string) => {
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
  };
  return {
    async call(method, path, body) {
      const init: RequestInit = { method, headers: { ...auth, 'content-type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      return check(await fetch(`${url}${path}`, init), `${method} ${path}`);
    },
    async send(path, body, headers = {}) {
      const init = { method: 'POST', headers: { ...auth, ...headers }, body, duplex: 'half' };
      return check(await fetch(`${url}${path}`, init as RequestInit), `POST ${path}`);
    },
  };
}

const P = '/projects/bench';
const T = `${P}/branches/default/buckets/in_c_bench/tables`;

async function setUp(a: Api): Promise<void> {
  await a.call('POST', '/projects', { id: 'bench', name: 'Benchmark' });
  await a.call('POST', `${P}/branches/default/buckets`, { name: 'in_c_bench' });
  for (const name of ['products', 'big']) {
    await a.call('POST', T, {
      name,
      columns: BENCH_COLUMNS.map(([n, type]) => ({ name: n, type, nullable: true })),
    });
  }
}

async function uploadThreeStep(a: Api, csv: string): Promise<{ id: string; seconds: number }> {
  const started = performance.now();
  const prepared = await a.call('POST', `${P}/files/prepare`, {
    filename: 'bench.csv',
    content_type: 'text/csv',
  });
  const form = new FormData();
  form.set('file', await openAsBlob(csv), 'bench.csv'); // read from disk as the request is sent
  await a.send(`${P}/files/upload/${String(prepared.upload_key)}`, form);
  const file = await a.call('POST', `${P}/files`, { upload_key: prepared.upload_key });
  return { id: String(file.id), seconds: (performance.now() - started) / 1000 };
}

async function uploadStream(a: Api, csv: string): Promise<{ id: string; seconds: number }> {
  const started = performance.now();
  const file = await a.send(`${P}/files/stream?name=bench.csv`, await openAsBlob(csv), {
    'content-type': 'text/csv',
  });
  return { id: String(file.id), seconds: (performance.now() - started) / 1000 };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-import-'));
  const csv = join(dir, 'bench.csv');
  let server: ChildProcess | undefined;
  try {
    raw('generate', csv, String(ROWS));
    const size = statSync(csv).size;
    console.log(
      `${ROWS} rows, ${(size / MB).toFixed(1)} MB CSV, ${process.platform} ${process.arch}, node ${process.version}\n`,
    );
    const started = await startServer(join(dir, 'data'));
    server = started.child;
    const a = api(started.url);
    await setUp(a);

    const three = await uploadThreeStep(a, csv);
    const streamed = await uploadStream(a, csv);
    const load = await timed(() =>
      a.call('POST', `${T}/products/import/file`, { file_id: streamed.id, format: 'csv' }),
    );
    if (load.value.table_rows_after !== ROWS)
      throw new Error(`imported ${String(load.value.table_rows_after)} rows`);
    const rawIn = raw('copy-in', csv, join(dir, 'raw.duckdb')) / 1000;
    const exportCsv = await timed(() => a.call('POST', `${T}/products/export`, { format: 'csv' }));
    const exportParquet = await timed(() => a.call('POST', `${T}/products/export`, { format: 'parquet' }));
    const rawOutCsv = raw('copy-out', join(dir, 'raw.duckdb'), join(dir, 'raw-out.csv'), 'csv') / 1000;
    const rawOutParquet =
      raw('copy-out', join(dir, 'raw.duckdb'), join(dir, 'raw-out.parquet'), 'parquet') / 1000;

    const mbps = (s: number) => (size / MB / s).toFixed(0);
    const rps = (s: number) => (ROWS / s).toFixed(0);
    console.log('| what | DuckStorage | baseline | ratio | goal |');
    console.log('|---|---:|---:|---:|---|');
    console.log(
      `| upload, three steps (prepare, multipart, register) | ${mbps(three.seconds)} MB/s | — | — | — |`,
    );
    console.log(`| upload, one streamed request | ${mbps(streamed.seconds)} MB/s | — | — | — |`);
    console.log(
      `| import CSV, full load (REST) vs DuckDB COPY into a fresh table file | ${rps(load.seconds)} rows/s (${load.seconds.toFixed(2)} s) | ${rps(rawIn)} rows/s (${rawIn.toFixed(2)} s) | ${(rawIn / load.seconds).toFixed(2)} | ≥ 0.9 |`,
    );
    console.log(
      `| export CSV (REST) vs raw COPY ... TO | ${exportCsv.seconds.toFixed(2)} s | ${rawOutCsv.toFixed(2)} s | ${(rawOutCsv / exportCsv.seconds).toFixed(2)} | ≥ 0.8 |`,
    );
    console.log(
      `| export Parquet (REST) vs raw COPY ... TO | ${exportParquet.seconds.toFixed(2)} s | ${rawOutParquet.toFixed(2)} s | ${(rawOutParquet / exportParquet.seconds).toFixed(2)} | ≥ 0.8 |`,
    );

    if (BIG_ROWS > 0) {
      // A fresh server, so the peaks are this file's and not what earlier steps left cached.
      await new Promise<void>((resolve) => server?.once('exit', () => resolve()).kill('SIGTERM'));
      const memoryLimit = process.env.BENCH_BIG_MEMORY_LIMIT ?? '128MB';
      const fresh = await startServer(join(dir, 'data-big'), { DUCKDB_MEMORY_LIMIT: memoryLimit });
      server = fresh.child;
      const pid = server.pid ?? 0;
      const a = api(fresh.url);
      await setUp(a);
      const big = join(dir, 'big.csv');
      raw('generate', big, String(BIG_ROWS));
      rmSync(csv, { force: true });
      const bigMb = statSync(big).size / MB;
      peakRss.reset(pid);
      const up = await uploadStream(a, big);
      const uploadPeak = peakRss.readMb(pid);
      peakRss.reset(pid);
      const bigLoad = await timed(() =>
        a.call('POST', `${T}/big/import/file`, { file_id: up.id, format: 'csv' }),
      );
      const importPeak = peakRss.readMb(pid);
      console.log(
        `\nFresh server, DUCKDB_MEMORY_LIMIT=${memoryLimit}, a ${bigMb.toFixed(0)} MB CSV (${BIG_ROWS} rows): peak RSS during the streamed upload ${uploadPeak.toFixed(0)} MB (${(bigMb / up.seconds).toFixed(0)} MB/s), during the full load ${importPeak.toFixed(0)} MB (${(BIG_ROWS / bigLoad.seconds).toFixed(0)} rows/s). Goal: under 256 MB; the reference needs 510 MB for 110 MB.`,
      );
    }
  } finally {
    if (server !== undefined && server.exitCode === null) {
      await new Promise<void>((resolve) => server?.once('exit', () => resolve()).kill('SIGTERM'));
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
