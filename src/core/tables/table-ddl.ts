import { nameKey, validateName } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument } from '../errors.js';
import type { ColumnSpec } from '../model.js';
import { canonicalDefault } from './column-defaults.js';
import { canonicalColumnType } from './column-types.js';

/**
 * The column list of CREATE TABLE, built only from validated names (quoted), parsed types
 * and parsed defaults (createTable; reference pitfall 03/1).
 */
export function columnDefinitions(
  columns: ColumnSpec[],
  primaryKey: string[],
): { sql: string; primaryKey: string[] } {
  if (columns.length === 0) {
    throw invalidArgument('invalid_request', 'A table needs at least one column', { columns: [] });
  }
  const byKey = new Map<string, ColumnSpec>();
  for (const column of columns) {
    validateName('column', column.name);
    if (byKey.has(nameKey(column.name))) {
      throw invalidArgument(
        'duplicate_column',
        `Duplicate column name '${column.name}' (names ignore case)`,
        {
          column: column.name,
        },
      );
    }
    byKey.set(nameKey(column.name), column);
  }
  const pk: string[] = [];
  for (const name of primaryKey) {
    const column = byKey.get(nameKey(name));
    if (column === undefined || pk.includes(column.name)) {
      throw invalidArgument(
        'invalid_primary_key',
        column === undefined
          ? `Primary key column '${name}' not found in columns`
          : `Primary key column '${name}' is listed twice`,
        { primary_key: primaryKey, columns: columns.map((c) => c.name) },
      );
    }
    pk.push(column.name);
  }
  const parts = columns.map((c) => {
    let sql = `${quoteIdent(c.name)} ${canonicalColumnType(c.type)}`;
    if (!c.nullable) sql += ' NOT NULL';
    if (c.default !== null) sql += ` DEFAULT ${canonicalDefault(c.default)}`;
    return sql;
  });
  if (pk.length > 0) parts.push(`PRIMARY KEY (${pk.map(quoteIdent).join(', ')})`);
  return { sql: parts.join(', '), primaryKey: pk };
}
