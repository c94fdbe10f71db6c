import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../tests/helpers/postgres.js';
import { FETCHES, type Rate, ROUNDS, steadyRate, steadyRates } from './pgwire-rates.js';
import { benchApi, startServer } from './server-process.js';

/**
 * bench:pgwire — DuckStorage's PG wire server beside a real PostgreSQL 15 (same machine, same
 * client: node `pg`) and, as the limit, the same statements on DuckDB in-process. Goals (issue):
 * round-trips at least 0.8x the in-process DuckDB rate; the 1M-row fetch faster than PostgreSQL's.
 * Every figure is steady state: each rate is measured after an unmeasured run of the same size,
 * the fetch is the best of FETCHES; the same on all three sides. Last, DuckStorage alone: `SELECT 1`
 * over one connection after BENCH_PGWIRE_TABLES (500) tables are added to the project, since a
 * session's view of its project must not cost a statement O(tables).
 */
const CREATE_DUCK = `CREATE TABLE big AS SELECT i AS id, i * 2 AS v, 'row ' || i AS s, TIMESTAMP '2024-01-01' + to_seconds(i) AS t FROM range(1000000) r(i)`;
const CREATE_PG = `CREATE TABLE big AS SELECT i::bigint AS id, (i * 2)::bigint AS v, 'row ' || i AS s, TIMESTAMP '2024-01-01' + i * INTERVAL '1 second' AS t FROM generate_series(0, 999999) i`;

interface Figures {
  select1One: number;
  select1Sixteen: number;
  rows1000Sixteen: number;
  fetchSeconds: number;
  /** CPU seconds the client (this process: node pg parsing the rows) spent in the 1M-row fetch. */
  fetchClientCpu: number;
}

/** Statements per second over the first `parallel` of `clients`. */
const rateOver =
  (clients: pg.Client[]): Rate =>
  async (parallel, sql, total) => {
    const started = performance.now();
    await Promise.all(
      clients.slice(0, parallel).map(async (c) => {
        for (let i = 0; i < total / parallel; i += 1) await c.query(sql);
      }),
    );
    return total / ((performance.now() - started) / 1000);
  };

async function measure(config: pg.ClientConfig, create: string): Promise<Figures> {
  const clients = await Promise.all(
    Array.from({ length: 16 }, async () => {
      const c = new pg.Client(config);
      await c.connect();
      return c;
    }),
  );
  const first = clients[0];
  if (first === undefined) throw new Error('no client');
  await first.query('DROP TABLE IF EXISTS big');
  await first.query(create);
  const { select1One, select1Sixteen, rows1000Sixteen } = await steadyRates(rateOver(clients));
  // The best of FETCHES full fetches (the first is also the warm-up of the big-result path).
  let fetchSeconds = Number.POSITIVE_INFINITY;
  let fetchClientCpu = 0;
  for (let i = 0; i < FETCHES; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const all = await first.query('SELECT * FROM big');
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (all.rows.length !== 1_000_000) throw new Error(`fetched ${all.rows.length} rows`);
    if (seconds < fetchSeconds) {
      fetchSeconds = seconds;
      fetchClientCpu = (used.user + used.system) / 1e6;
    }
  }
  await Promise.all(clients.map((c) => c.end()));
  return { select1One, select1Sixteen, rows1000Sixteen, fetchSeconds, fetchClientCpu };
}

/** Tables added to the project for the last row: what a statement costs in a big project. */
const MANY_TABLES = Number(process.env.BENCH_PGWIRE_TABLES ?? 500);

/** `SELECT 1` per second over one connection once the project has MANY_TABLES more tables. */
async function select1InBigProject(
  api: ReturnType<typeof benchApi>,
  config: pg.ClientConfig,
): Promise<number> {
  const B = '/projects/bench/branches/default/buckets';
  await api.call('POST', B, { name: 'in_c_many' });
  const columns = Array.from({ length: 10 }, (_, i) => ({ name: `c${i}`, type: 'VARCHAR', nullable: true }));
  for (let i = 0; i < MANY_TABLES; i += 8) {
    const batch = Array.from({ length: Math.min(8, MANY_TABLES - i) }, (_, j) => `t${i + j}`);
    await Promise.all(batch.map((name) => api.call('POST', `${B}/in_c_many/tables`, { name, columns })));
  }
  const client = new pg.Client(config);
  await client.connect();
  const steady = await steadyRate(rateOver([client]), 1, 'SELECT 1', ROUNDS);
  await client.end();
  return steady;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pgwire-'));
  const postgres = await startPostgres();
  // The compiled server, as `make start` runs it: no transpiler or source maps in the process.
  const server = await startServer(
    join(dir, 'data'),
    { PGWIRE_PORT: '0', PGWIRE_HOST: '127.0.0.1', PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE: '32' },
    'built',
  );
  try {
    const api = benchApi(server.url);
    await api.call('POST', '/projects', { id: 'bench', name: 'bench' });
    const ws = await api.call('POST', '/projects/bench/workspaces', { name: 'bench' });
    const conn = ws.connection as {
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };
    const pgwirePort = Number(server.pgwirePort ?? conn.port);
    const oursConfig = {
      host: '127.0.0.1',
      port: pgwirePort,
      user: conn.username,
      password: conn.password,
      database: conn.database,
    };
    const ours = await measure(oursConfig, CREATE_DUCK);
    const theirs = await measure(
      {
        host: '127.0.0.1',
        port: postgres.port,
        user: postgres.user,
        password: postgres.password,
        database: 'postgres',
      },
      CREATE_PG,
    );
    const raw = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/pgwire-raw.ts'], {
        cwd: new URL('..', import.meta.url).pathname,
        encoding: 'utf8',
      }).trim(),
    ) as Figures;
    const bigProject = await select1InBigProject(api, oursConfig);
    const row = (name: string, unit: string, pick: (f: Figures) => number, digits = 0) =>
      `${name.padEnd(34)} ${pick(ours).toFixed(digits).padStart(10)} ${pick(theirs).toFixed(digits).padStart(12)} ${pick(raw).toFixed(digits).padStart(14)}  ${unit}`;
    process.stdout.write(
      [
        'bench:pgwire (node pg client, loopback; DuckStorage (dist/src/server.js) vs PostgreSQL 15 vs DuckDB in-process)',
        `${''.padEnd(34)} ${'DuckStorage'.padStart(10)} ${'PostgreSQL'.padStart(12)} ${'DuckDB inproc'.padStart(14)}`,
        row('SELECT 1, 1 connection', 'statements/s', (f) => f.select1One),
        row('SELECT 1, 16 connections', 'statements/s', (f) => f.select1Sixteen),
        row('1,000-row query, 16 connections', 'queries/s', (f) => f.rows1000Sixteen),
        `${`SELECT 1, 1 connection, +${MANY_TABLES} tables`.padEnd(34)} ${bigProject.toFixed(0).padStart(10)} ${''.padStart(12)} ${''.padStart(14)}  statements/s (a project with ${MANY_TABLES} more tables: ${(bigProject / ours.select1One).toFixed(2)}x of the 1-connection row)`,
        row('fetch 1,000,000 rows', 's', (f) => f.fetchSeconds, 2),
        `${'  client CPU in that fetch'.padEnd(34)} ${ours.fetchClientCpu.toFixed(2).padStart(10)} ${theirs.fetchClientCpu.toFixed(2).padStart(12)} ${''.padStart(14)}  s (node pg parsing; bounds the fetch)`,
        `SELECT 1 round-trips vs in-process DuckDB: ${(ours.select1One / raw.select1One).toFixed(2)}x over 1, ${(ours.select1Sixteen / raw.select1Sixteen).toFixed(2)}x over 16 (goal >= 0.8)`,
        `1M-row fetch vs PostgreSQL: ${(theirs.fetchSeconds / ours.fetchSeconds).toFixed(2)}x as fast (goal > 1)`,
        '',
      ].join('\n'),
    );
  } finally {
    server.child.kill('SIGTERM');
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
