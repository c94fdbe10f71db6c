import type { DuckDBConnection } from '@duckdb/node-api';
import { nameKey } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument, notFound } from '../errors.js';
import type { ColumnInfo } from '../model.js';

/**
 * A table's definition as its file holds it (the catalog keeps no defaults): what a rebuild
 * re-creates and what schema operations check against. Types and defaults are DuckDB's own
 * renderings of what the type grammar and the default parser let in, never user text.
 */
export interface ColumnDef {
  name: string;
  type: string;
  nullable: boolean;
  /** DuckDB's SQL text of the default expression, or null. */
  default: string | null;
}

export interface TableDef {
  columns: ColumnDef[];
  primaryKey: string[];
}

/** `alias` is the quoted catalog alias of the attached file (`"t_12"`). */
export async function readTableDef(conn: DuckDBConnection, alias: string): Promise<TableDef> {
  const database = alias.slice(1, -1).replaceAll('""', '"');
  const columns = (
    await conn.runAndReadAll(
      `SELECT column_name, data_type, is_nullable, column_default FROM duckdb_columns()
       WHERE database_name = $1 AND schema_name = 'main' AND table_name = 'data' ORDER BY column_index`,
      [database],
    )
  )
    .getRowObjectsJson()
    .map(
      (r): ColumnDef => ({
        name: String(r.column_name),
        type: String(r.data_type),
        nullable: r.is_nullable === true,
        default: r.column_default === null ? null : String(r.column_default),
      }),
    );
  const keys = (
    await conn.runAndReadAll(
      `SELECT constraint_column_names AS names FROM duckdb_constraints()
       WHERE database_name = $1 AND schema_name = 'main' AND table_name = 'data' AND constraint_type = 'PRIMARY KEY'`,
      [database],
    )
  ).getRowObjectsJson();
  const primaryKey = ((keys[0]?.names as string[] | undefined) ?? []).map(String);
  return { columns, primaryKey };
}

export const columnInfos = (def: TableDef): ColumnInfo[] =>
  def.columns.map((c, i) => ({ name: c.name, type: c.type, nullable: c.nullable, ordinalPosition: i + 1 }));

/** CREATE TABLE column list of a definition (for rebuilds). */
export function definitionSql(def: TableDef): string {
  const parts = def.columns.map((c) => {
    let sql = `${quoteIdent(c.name)} ${c.type}`;
    if (!c.nullable) sql += ' NOT NULL';
    if (c.default !== null) sql += ` DEFAULT ${c.default}`;
    return sql;
  });
  if (def.primaryKey.length > 0) parts.push(`PRIMARY KEY (${def.primaryKey.map(quoteIdent).join(', ')})`);
  return parts.join(', ');
}

/** The column named `name` (case-insensitive, as DuckDB) or NOT_FOUND `column_not_found`. */
export function requireColumn(def: TableDef, name: string, table: string): ColumnDef {
  const column = findColumn(def, name);
  if (column === undefined) {
    throw notFound('column_not_found', `Column '${name}' not found in table ${table}`, {
      column_name: name,
      existing_columns: def.columns.map((c) => c.name),
    });
  }
  return column;
}

export const findColumn = (def: TableDef, name: string): ColumnDef | undefined =>
  def.columns.find((c) => nameKey(c.name) === nameKey(name));

export const inPrimaryKey = (def: TableDef, name: string): boolean =>
  def.primaryKey.some((k) => nameKey(k) === nameKey(name));

/**
 * A default must produce a value of the column's type: DuckDB checks it only when a row takes
 * it (a table would accept `INTEGER DEFAULT 'abc'` and fail every later insert).
 */
export async function checkDefault(
  conn: DuckDBConnection,
  column: string,
  type: string,
  defaultSql: string,
): Promise<void> {
  try {
    await conn.run(`SELECT CAST(${defaultSql} AS ${type})`);
  } catch (error) {
    throw invalidArgument(
      'invalid_default',
      `Default ${defaultSql} of column '${column}' is not a valid ${type}: ${firstLineOf(error)}`,
      { column_name: column, default: defaultSql, type },
    );
  }
}

const firstLineOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
