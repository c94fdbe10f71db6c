import type { DuckDBValue } from '@duckdb/node-api';
import { duckdbErrorCategory, firstLine } from '../db/duckdb-errors.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument, StorageError } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import { filterQuery } from './filter-engine.js';
import { type Built, parseSqlFilter, type Render, refuse } from './sql-filter.js';
import { type CheckedFilter, checkRowFilter, type RowFilter } from './structured-filter.js';

export type { RowFilter, RowFilterOperator } from './structured-filter.js';

export interface FilterInput {
  /** SQL text as the reference's clients send it (where_clause / where_filter); parsed and checked. */
  sql?: string | null;
  /** Structured filters, ANDed. */
  filters?: RowFilter[];
}

/** A boolean SQL expression over quoted column names with `$n` placeholders, and its values. */
export interface CompiledFilter {
  /** `TRUE` when there is no filter. */
  sql: string;
  params: DuckDBValue[];
}

/**
 * Checks a filter against the table's columns and builds it with bound values (400
 * `invalid_where_clause` for anything a filter does not need). Placeholders start at
 * `$firstParam`. `qualifier`, when given, prefixes every column reference (`alias.`): it is SQL
 * written by the caller (e.g. a quoted alias), a `.` is added when missing. SQL text and
 * structured filters together are ANDed; blank SQL text counts as none.
 *
 * Before returning, the filter is type-checked by running it on the filter engine over one row
 * of NULLs typed like the table, so type mismatches (`name + 1`, `id = 'abc'`) and unknown
 * functions are a 400 here, not a failure half-way through a write.
 */
export async function compileRowFilter(
  columns: readonly ColumnInfo[],
  input: FilterInput,
  options: {
    firstParam?: number;
    qualifier?: string;
    /** How value `n` (from firstParam) is written; default `$n`. A view's text names a table of values. */
    placeholder?: (n: number) => string;
  } = {},
): Promise<CompiledFilter> {
  const text = input.sql ?? '';
  const parts: Built[] = [];
  if (text.trim() !== '') parts.push(await parseSqlFilter(columns, text));
  const checked = (input.filters ?? []).map((f) => checkRowFilter(columns, f));
  await checkValues(checked);
  parts.push(...checked.map((c) => c.built));
  if (parts.length === 0) return { sql: 'TRUE', params: [] };
  await typeCheck(columns, parts, text.trim() === '' ? undefined : text);
  let prefix = options.qualifier ?? '';
  if (prefix !== '' && !prefix.endsWith('.')) prefix += '.';
  return render(parts, options.firstParam ?? 1, (c) => `${prefix}${quoteIdent(c.name)}`, options.placeholder);
}

function render(
  parts: Built[],
  firstParam: number,
  column: Render['column'],
  placeholder: (n: number) => string = (n) => `$${n}`,
): CompiledFilter {
  const params: DuckDBValue[] = [];
  const r: Render = {
    column,
    param: (value) => {
      params.push(value);
      return placeholder(firstParam + params.length - 1);
    },
  };
  const sql = parts.length === 1 ? (parts[0] as Built)(r) : parts.map((p) => p(r)).join(' AND ');
  return { sql, params };
}

/** Each structured value must convert to its column's type: 400 naming the column and value. */
async function checkValues(checked: CheckedFilter[]): Promise<void> {
  const typed = checked.filter((c) => c.column.type !== 'VARCHAR' && c.values.length > 0);
  if (typed.length === 0) return;
  const select = typed.map(
    (c, i) =>
      `list_position(list_transform(CAST($${i + 1} AS JSON)::VARCHAR[], lambda v: TRY_CAST(v AS ${c.column.type}) IS NULL), true) AS f${i}`,
  );
  const rows = await filterQuery(
    `SELECT ${select.join(', ')}`,
    typed.map((c) => JSON.stringify(c.values)),
  );
  const row = rows[0] ?? {};
  typed.forEach((c, i) => {
    const position = row[`f${i}`];
    if (position === null || position === undefined) return;
    const value = c.values[Number(position) - 1];
    throw invalidArgument(
      'invalid_filter_value',
      `Filter value '${value}' does not convert to ${c.column.type} (column '${c.column.name}')`,
      { column: c.column.name, value, type: c.column.type },
    );
  });
}

/** Runs the filter over one row of typed NULLs; DuckDB's binder and casts judge it. */
async function typeCheck(columns: readonly ColumnInfo[], parts: Built[], text: string | undefined) {
  const row = columns.map((c) => `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`).join(', ');
  const { sql, params } = render(parts, 1, (c) => quoteIdent(c.name));
  try {
    await filterQuery(`SELECT count(*) AS n FROM (SELECT ${row}) AS data WHERE ${sql}`, params);
  } catch (error) {
    if (error instanceof StorageError || duckdbErrorCategory(error) === undefined) throw error;
    const message = firstLine((error as Error).message);
    if (text !== undefined) throw refuse(text, message);
    throw invalidArgument('invalid_filter', `Invalid filter: ${message}`);
  }
}
