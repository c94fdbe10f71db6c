import { open } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkpoint } from '../db/checkpoint.js';
import { nextAlias } from '../db/engine.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { duckdbFailure, readRows } from '../metadata/tx.js';
import type { ColumnInfo } from '../model.js';
import type { Storage } from '../storage.js';

/**
 * Creates the file with its one table `main.data`; returns DuckDB's canonical column info.
 * `fill` (snapshot restore) inserts the rows into `data` (quoted) before the CHECKPOINT; its
 * errors pass through unmapped.
 */
export async function buildTableFile(
  s: Storage,
  path: string,
  columnsSql: string,
  fill?: (conn: DuckDBConnection, data: string) => Promise<void>,
): Promise<ColumnInfo[]> {
  const alias = nextAlias('s');
  const db = quoteIdent(alias);
  const columns = await s.pool.use(async (conn) => {
    await conn.run(`ATTACH ${quoteLiteral(path)} AS ${db}`);
    try {
      try {
        await conn.run(`CREATE TABLE ${db}.main.data (${columnsSql})`);
      } catch (error) {
        throw duckdbFailure(s, error, { reason: 'invalid_table_definition', context: 'Cannot create table' });
      }
      await fill?.(conn, `${db}.main.data`);
      const rows = await readRows(
        conn,
        `SELECT column_name, data_type, is_nullable, column_index FROM duckdb_columns()
         WHERE database_name = $1 AND schema_name = 'main' AND table_name = 'data' ORDER BY column_index`,
        [alias],
      );
      await checkpoint(conn, db);
      return rows.map(
        (r): ColumnInfo => ({
          name: String(r.column_name),
          type: String(r.data_type),
          nullable: r.is_nullable === true,
          ordinalPosition: Number(r.column_index),
        }),
      );
    } finally {
      await conn.run(`DETACH DATABASE IF EXISTS ${db}`);
    }
  });
  await fsyncPath(path);
  return columns;
}

export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
