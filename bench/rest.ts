import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seed } from './seed.js';
import { ADMIN, startProcess as startNodeProcess } from './server-process.js';

/**
 * npm run bench:rest — table detail and a 100-row preview on DuckStorage vs a bare express
 * endpoint serving the same bytes, measured in one run with the same load generator and the
 * same process setup (each server its own Node process; autocannon in this one).
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const root = new URL('..', import.meta.url).pathname;

const startProcess = (args: string[], env: Record<string, string>) =>
  startNodeProcess(['--import', 'tsx', ...args], env);

interface Figure {
  rps: number;
  p50: number;
  p99: number;
}

async function measure(url: string, headers: Record<string, string>): Promise<Figure> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-'));
  const children: ChildProcess[] = [];
  try {
    const key = await seed(dataDir, join(root, '../shared/reference/sample_data/products_10k.csv'));
    // A copy for a second server with the preview cache off: DuckDB's own cost on every request.
    cpSync(dataDir, `${dataDir}-nocache`, { recursive: true });
    const server = (dir: string, env: Record<string, string> = {}) =>
      startProcess(['src/server.ts'], {
        DATA_DIR: dir,
        ADMIN_API_KEY: ADMIN,
        HOST: '127.0.0.1',
        PORT: '0',
        PGWIRE_PORT: '0',
        PGWIRE_TLS: 'off',
        GRPC_PORT: '0',
        LOG_LEVEL: 'info', // as in production: the listening line carries the URL, then one access line per request
        ...env,
      });
    const ours = await server(dataDir);
    children.push(ours.child);
    const uncached = await server(`${dataDir}-nocache`, { PREVIEW_CACHE_MB: '0' });
    children.push(uncached.child);
    const base = '/projects/bench/branches/default/buckets/in_c_bench/tables/products';
    const calls = { 'table detail': base, 'preview 100 rows': `${base}/preview?limit=100` };
    const auth = { authorization: `Bearer ${key}` };
    const bodies: Record<string, unknown> = {};
    for (const [name, path] of Object.entries(calls)) {
      const r = await fetch(`${ours.url}${path}`, { headers: auth });
      if (r.status !== 200) throw new Error(`${name}: ${r.status} ${await r.text()}`);
      bodies[`/${name.replace(/\W+/g, '-')}`] = await r.json();
    }
    const bare = await startProcess(['bench/bare-express.ts'], { BARE_BODIES: JSON.stringify(bodies) });
    children.push(bare.child);
    console.log(
      `connections=${CONNECTIONS}, ${DURATION}s per measurement, ${process.platform} ${process.arch}, node ${process.version}\n`,
    );
    console.log('| call | server | req/s | p50 ms | p99 ms | ratio vs bare |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const [name, path] of Object.entries(calls)) {
      const bareFigure = await measure(`${bare.url}/${name.replace(/\W+/g, '-')}`, {});
      const ourFigure = await measure(`${ours.url}${path}`, auth);
      const ratio = ourFigure.rps / bareFigure.rps;
      console.log(
        `| ${name} | bare express | ${bareFigure.rps.toFixed(0)} | ${bareFigure.p50} | ${bareFigure.p99} | 1.00 |`,
      );
      console.log(
        `| ${name} | DuckStorage | ${ourFigure.rps.toFixed(0)} | ${ourFigure.p50} | ${ourFigure.p99} | ${ratio.toFixed(2)} |`,
      );
      if (name.startsWith('preview')) {
        const cold = await measure(`${uncached.url}${path}`, auth);
        console.log(
          `| ${name} | DuckStorage, PREVIEW_CACHE_MB=0 (DuckDB query on every request) | ${cold.rps.toFixed(0)} | ${cold.p50} | ${cold.p99} | ${(cold.rps / bareFigure.rps).toFixed(2)} |`,
        );
      }
    }
    console.log("\nGoal: DuckStorage at least 0.5x the bare endpoint's requests/s.");
  } finally {
    // Wait for the servers to close their files before removing the data dirs.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) resolve();
            else child.once('exit', () => resolve()).kill('SIGTERM');
          }),
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-nocache`, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
