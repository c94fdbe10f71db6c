import { DuckDBInstance } from '@duckdb/node-api';
import { DEFAULT_DUCKDB_THREADS, intSetting } from '../src/core/config.js';
import { FETCHES, type Rate, steadyRates } from './pgwire-rates.js';

/**
 * The limit bench:pgwire compares against: the same statements on DuckDB in-process (no wire,
 * no sandbox), in a fresh process (one DuckDB instance per process). Prints one JSON line:
 * `SELECT 1` per second over 1 and 16 connections, 1,000-row queries per second over 16, and
 * the seconds to read 1,000,000 rows.
 */

async function main(): Promise<void> {
  // The server's DuckDB settings (DUCKDB_THREADS as the server reads it), so the two compare alike.
  const threads = intSetting(process.env, 'DUCKDB_THREADS', DEFAULT_DUCKDB_THREADS, 1, 1024);
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads), memory_limit: '1GB' });
  const setup = await instance.connect();
  await setup.run(
    `CREATE TABLE big AS SELECT i AS id, i * 2 AS v, 'row ' || i AS s, TIMESTAMP '2024-01-01' + to_seconds(i) AS t FROM range(1000000) r(i)`,
  );
  const conns = await Promise.all(Array.from({ length: 16 }, () => instance.connect()));
  const one = conns[0];
  if (one === undefined) throw new Error('no connection');
  const rate: Rate = async (parallel, sql, total) => {
    const started = performance.now();
    await Promise.all(
      conns.slice(0, parallel).map(async (c) => {
        for (let i = 0; i < total / parallel; i += 1) (await c.runAndReadAll(sql)).getRows();
      }),
    );
    return total / ((performance.now() - started) / 1000);
  };
  const { select1One, select1Sixteen, rows1000Sixteen } = await steadyRates(rate);
  let fetchSeconds = Number.POSITIVE_INFINITY;
  let rows = 0;
  for (let i = 0; i < FETCHES; i++) {
    const started = performance.now();
    const result = await one.stream('SELECT * FROM big');
    rows = 0;
    for (
      let chunk = await result.fetchChunk();
      chunk !== null && chunk.rowCount > 0;
      chunk = await result.fetchChunk()
    ) {
      rows += chunk.getRows().length;
    }
    fetchSeconds = Math.min(fetchSeconds, (performance.now() - started) / 1000);
  }
  process.stdout.write(
    `${JSON.stringify({ select1One, select1Sixteen, rows1000Sixteen, fetchSeconds, rows })}\n`,
  );
}

void main();
