import { nameKey } from '../catalog/names.js';
import { invalidArgument } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import type { Built } from './sql-filter.js';

/** Structured filter (spec schema RowFilter). */
export type RowFilterOperator =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'ge'
  | 'lt'
  | 'le'
  | 'in'
  | 'not_in'
  | 'like'
  | 'not_like'
  | 'is_null'
  | 'is_not_null'
  | 'between';

export interface RowFilter {
  column: string;
  operator: RowFilterOperator;
  values?: (string | number | boolean)[];
}

const SINGLE: Partial<Record<RowFilterOperator, string>> = { gt: '>', ge: '>=', lt: '<', le: '<=' };

/** A checked structured filter: how to write it, and the values to convert to the column type. */
export interface CheckedFilter {
  column: ColumnInfo;
  values: string[];
  built: Built;
}

/**
 * `{column, operator, values}`: eq/ne with one value compare, with several are IN / NOT IN;
 * in/not_in take one or more; gt/ge/lt/le one; between two; like/not_like one or more (any /
 * none of the patterns); is_null/is_not_null none. Values are bound as text and cast to the
 * column's type (DuckDB's own type text from the catalog), like for preview filters.
 */
export function checkRowFilter(columns: readonly ColumnInfo[], filter: RowFilter): CheckedFilter {
  const column = columns.find((c) => nameKey(c.name) === nameKey(filter.column));
  if (column === undefined) {
    throw invalidArgument('column_not_found', `Filter column '${filter.column}' not found in the table`, {
      column: filter.column,
      existing_columns: columns.map((c) => c.name),
    });
  }
  const { operator } = filter;
  const values = (filter.values ?? []).map((v) => String(v));
  const arity = (ok: boolean, want: string) => {
    if (!ok) {
      throw invalidArgument(
        'invalid_filter',
        `Filter '${operator}' on '${column.name}' takes ${want}, got ${values.length}`,
        { column: column.name, operator, values: filter.values ?? [] },
      );
    }
  };
  const cast = (r: Parameters<Built>[0], v: string) => `CAST(${r.param(v)} AS ${column.type})`;
  const list = (r: Parameters<Built>[0]) => values.map((v) => cast(r, v)).join(', ');
  let built: Built;
  switch (operator) {
    case 'is_null':
    case 'is_not_null':
      arity(values.length === 0, 'no values');
      built = (r) => `(${r.column(column)} ${operator === 'is_null' ? 'IS NULL' : 'IS NOT NULL'})`;
      break;
    case 'between':
      arity(values.length === 2, 'two values');
      built = (r) =>
        `(${r.column(column)} BETWEEN ${cast(r, values[0] as string)} AND ${cast(r, values[1] as string)})`;
      break;
    case 'like':
    case 'not_like': {
      arity(values.length >= 1, 'one or more values');
      // Patterns are text; a non-text column is matched on its text form.
      const text = (r: Parameters<Built>[0]) =>
        column.type === 'VARCHAR' ? r.column(column) : `CAST(${r.column(column)} AS VARCHAR)`;
      const op = operator === 'like' ? 'LIKE' : 'NOT LIKE';
      const join = operator === 'like' ? ' OR ' : ' AND ';
      built = (r) => `(${values.map((v) => `${text(r)} ${op} CAST(${r.param(v)} AS VARCHAR)`).join(join)})`;
      // Patterns are not converted to the column's type.
      return { column: { ...column, type: 'VARCHAR' }, values, built };
    }
    case 'eq':
    case 'ne':
    case 'in':
    case 'not_in': {
      arity(values.length >= 1, 'one or more values');
      const negated = operator === 'ne' || operator === 'not_in';
      if (values.length === 1) {
        built = (r) => `(${r.column(column)} ${negated ? '<>' : '='} ${cast(r, values[0] as string)})`;
      } else {
        built = (r) => `(${r.column(column)} ${negated ? 'NOT IN' : 'IN'} (${list(r)}))`;
      }
      break;
    }
    default: {
      const op = SINGLE[operator];
      if (op === undefined) {
        throw invalidArgument('invalid_filter', `Unknown filter operator '${String(operator)}'`, {
          operator,
        });
      }
      arity(values.length === 1, 'exactly one value');
      built = (r) => `(${r.column(column)} ${op} ${cast(r, values[0] as string)})`;
    }
  }
  return { column, values, built };
}
