import { rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_COLUMNS } from './bench-columns.js';

/**
 * The physical limits bench:import compares against, each in a fresh process: DuckDB alone,
 * no server. `generate <csv> <rows>` writes the benchmark CSV; `copy-in <csv> <db>` COPYs it
 * into a fresh table file with the bench table's types; `copy-out <db> <file> <csv|parquet>`
 * exports that table. For bench:snapshot: `snapshot-out <db> <parquet>` is a snapshot's
 * `COPY ... TO` (Parquet, ZSTD) of that table; `snapshot-in <parquet> <db>` a restore's
 * `CREATE TABLE AS SELECT * FROM read_parquet` into a fresh file, CHECKPOINTed.
 * Prints `{"ms": <elapsed>}` for the measured step.
 */

const ddl = BENCH_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function main(): Promise<void> {
  const [command, a, b, c] = process.argv.slice(2);
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const conn = await instance.connect();
  const started = performance.now();
  if (command === 'generate' && a !== undefined && b !== undefined) {
    await conn.run(
      `COPY (SELECT i AS id, 'product ' || i || ' "quoted", ok' AS name,
              CAST((i % 100000) / 100.0 AS DECIMAL(12,2)) AS price, CAST(i % 1000 AS INTEGER) AS quantity,
              (i % 9973) / 7.0 AS ratio, i % 3 = 0 AS active,
              TIMESTAMP '2024-01-01 00:00:00' + to_microseconds(i * 1000003) AS created_at
            FROM range(${Number(b)}) t(i)) TO ${lit(a)} (FORMAT CSV, HEADER true)`,
    );
  } else if (command === 'copy-in' && a !== undefined && b !== undefined) {
    rmSync(b, { force: true });
    await conn.run(`ATTACH ${lit(b)} AS t`);
    await conn.run(`CREATE TABLE t.main.data (${ddl})`);
    await conn.run(`COPY t.main.data FROM ${lit(a)} (FORMAT CSV, HEADER true)`);
    await conn.run('CHECKPOINT t');
  } else if (command === 'copy-out' && a !== undefined && b !== undefined) {
    await conn.run(`ATTACH ${lit(a)} AS t (READ_ONLY)`);
    const format = c === 'parquet' ? 'FORMAT PARQUET' : 'FORMAT CSV, HEADER true';
    await conn.run(`COPY (SELECT * FROM t.main.data) TO ${lit(b)} (${format})`);
  } else if (command === 'snapshot-out' && a !== undefined && b !== undefined) {
    await conn.run(`ATTACH ${lit(a)} AS t (READ_ONLY)`);
    await conn.run(`COPY (SELECT * FROM t.main.data) TO ${lit(b)} (FORMAT PARQUET, COMPRESSION ZSTD)`);
  } else if (command === 'snapshot-in' && a !== undefined && b !== undefined) {
    rmSync(b, { force: true });
    await conn.run(`ATTACH ${lit(b)} AS t`);
    await conn.run(`CREATE TABLE t.main.data AS SELECT * FROM read_parquet(${lit(a)})`);
    await conn.run('CHECKPOINT t');
  } else {
    throw new Error(
      'usage: raw-duckdb.ts generate <csv> <rows> | copy-in <csv> <db> | copy-out <db> <file> [csv|parquet] | snapshot-out <db> <parquet> | snapshot-in <parquet> <db>',
    );
  }
  const ms = performance.now() - started;
  conn.closeSync();
  instance.closeSync();
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
