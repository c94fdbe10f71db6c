import { nameKey } from '../catalog/names.js';
import { StorageError } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import { canonicalColumnType } from '../tables/column-types.js';
import { filterQuery } from './filter-engine.js';
import { refusedLexically } from './sql-text.js';

/**
 * SQL-text filters (deleteRows `where_clause`, export/importFromTable `where_filter`): DuckDB's
 * own parser (`json_serialize_sql`) turns the text into a tree; only the nodes below are
 * accepted, and the SQL that runs is rebuilt from them with quoted identifiers and every
 * literal bound as a parameter. Nothing of the raw text reaches SQL.
 *
 * Accepted: this table's columns (unqualified, case-insensitive); constants; = <> < <= > >=,
 * IS [NOT] DISTINCT FROM; AND, OR, NOT; IN / NOT IN lists; BETWEEN; LIKE / ILIKE (and NOT,
 * ESCAPE); IS [NOT] NULL; CAST / TRY_CAST / `::` to a type of the column type grammar
 * (no nested types); + - * / %, `||`; current_date, current_timestamp; and FUNCTIONS.
 */
export const FUNCTIONS: ReadonlySet<string> = new Set([
  // text
  'lower',
  'upper',
  'trim',
  'ltrim',
  'rtrim',
  'length',
  'substr',
  'substring',
  'concat',
  'starts_with',
  'contains',
  'replace',
  // NULL handling (coalesce and ifnull parse to OPERATOR_COALESCE)
  'nullif',
  // numbers
  'abs',
  'round',
  'floor',
  'ceil',
  'ceiling',
  'trunc',
  // dates and times (extract() parses to date_part; INTERVAL n DAY to to_days(trunc(n)))
  'date_trunc',
  'date_part',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'strftime',
  'now',
  'to_years',
  'to_months',
  'to_days',
  'to_hours',
  'to_minutes',
  'to_seconds',
]);

/** Operators DuckDB's parser spells as functions, and how we write them back. */
const INFIX: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '%': '%',
  '||': '||',
  '~~': 'LIKE',
  '!~~': 'NOT LIKE',
  '~~*': 'ILIKE',
  '!~~*': 'NOT ILIKE',
};
const ESCAPED_LIKE: Record<string, string> = {
  like_escape: 'LIKE',
  not_like_escape: 'NOT LIKE',
  ilike_escape: 'ILIKE',
  not_ilike_escape: 'NOT ILIKE',
};
const COMPARISON: Record<string, string> = {
  COMPARE_EQUAL: '=',
  COMPARE_NOTEQUAL: '<>',
  COMPARE_LESSTHAN: '<',
  COMPARE_GREATERTHAN: '>',
  COMPARE_LESSTHANOREQUALTO: '<=',
  COMPARE_GREATERTHANOREQUALTO: '>=',
  COMPARE_DISTINCT_FROM: 'IS DISTINCT FROM',
  COMPARE_NOT_DISTINCT_FROM: 'IS NOT DISTINCT FROM',
};
/** Special values DuckDB parses as column references when no column has the name. */
const SPECIAL_COLUMNS = new Set(['current_date', 'current_timestamp']);
/** Constant types kept by a cast around the bound text (VARCHAR constants stay untyped). */
const CONSTANT_TYPES = new Set(['INTEGER', 'BIGINT', 'HUGEINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN']);
/** Cast targets that need no type_info, as the type grammar spells them. */
const CAST_TYPES = new Set([
  'BOOLEAN',
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
  'FLOAT',
  'DOUBLE',
  'VARCHAR',
  'BLOB',
  'DATE',
  'TIME',
  'TIMESTAMP',
  'TIMESTAMP WITH TIME ZONE',
  'TIMESTAMP_S',
  'TIMESTAMP_MS',
  'TIMESTAMP_NS',
  'INTERVAL',
  'UUID',
  'BIT',
]);
const MAX_DEPTH = 200;

/** How a checked tree is written: column references and bound values. */
export interface Render {
  column(column: ColumnInfo): string;
  /** Binds `text` (VARCHAR) and returns its placeholder. */
  param(text: string): string;
}
export type Built = (render: Render) => string;

type Node = Record<string, unknown>;

export function refuse(text: string, what: string): StorageError {
  return new StorageError('INVALID_ARGUMENT', 'invalid_where_clause', `Invalid WHERE clause: ${what}`, {
    details: { where_clause: text.slice(0, 200), refused: what },
  });
}

/** Parses and checks SQL filter text; the result renders the rebuilt expression. */
export async function parseSqlFilter(columns: readonly ColumnInfo[], text: string): Promise<Built> {
  const lexical = refusedLexically(text);
  if (lexical !== undefined) throw refuse(text, `${lexical} is not allowed`);
  const parsed = await serialize(`SELECT * FROM t WHERE ${text}`);
  if (parsed.error === true) {
    throw refuse(text, `not a valid expression (${String(parsed.error_message ?? parsed.error_type)})`);
  }
  const statements = parsed.statements as Node[];
  if (statements.length !== 1) throw refuse(text, 'several statements are not allowed');
  const statement = statements[0] as Node;
  const { where_clause: where, ...rest } = statement.node as Node;
  const onlyExpression =
    'only an expression is allowed (no UNION, ORDER BY, LIMIT, GROUP BY or other clauses)';
  if (rest.type !== 'SELECT_NODE' || where === null || typeof where !== 'object')
    throw refuse(text, onlyExpression);
  // Walked first: it names the refused part best (a parameter, a subquery...).
  const built = new Checker(columns, text).expr(where as Node, 0);
  // Everything but the WHERE must be exactly the wrapper's: no UNION, ORDER BY, LIMIT,
  // GROUP BY, HAVING, QUALIFY, WINDOW, CTE... appended after the expression.
  if (JSON.stringify(strip({ ...statement, node: rest })) !== (await wrapperShape())) {
    throw refuse(text, onlyExpression);
  }
  return built;
}

let wrapper: Promise<string> | undefined;
/** The wrapper statement's tree (without its WHERE), to compare against. */
function wrapperShape(): Promise<string> {
  wrapper ??= serialize('SELECT * FROM t WHERE TRUE').then((p) => {
    const statement = (p.statements as Node[])[0] as Node;
    const { where_clause: _where, ...rest } = statement.node as Node;
    return JSON.stringify(strip({ ...statement, node: rest }));
  });
  return wrapper;
}

async function serialize(sql: string): Promise<Node> {
  const rows = await filterQuery('SELECT json_serialize_sql($1::VARCHAR) AS j', [sql]);
  // Numbers as strings, so 64/128-bit integers and decimals keep every digit.
  const json = String(rows[0]?.j).replace(
    /("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    (match, string: string | undefined) => (string === undefined ? `"${match}"` : match),
  );
  return JSON.parse(json) as Node;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Node = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'query_location') out[k] = strip(v);
  return out;
}

class Checker {
  private readonly byKey: Map<string, ColumnInfo>;

  constructor(
    columns: readonly ColumnInfo[],
    private readonly text: string,
  ) {
    this.byKey = new Map(columns.map((c) => [nameKey(c.name), c]));
  }

  expr(node: Node, depth: number): Built {
    if (depth > MAX_DEPTH) throw this.refuse(`nesting deeper than ${MAX_DEPTH} levels`);
    const d = depth + 1;
    const cls = String(node.class);
    const type = String(node.type);
    switch (cls) {
      case 'COLUMN_REF':
        return this.columnRef(node);
      case 'CONSTANT':
        return this.constant(node);
      case 'COMPARISON': {
        const op = COMPARISON[type];
        if (op === undefined) throw this.refuse(`comparison ${type}`);
        const left = this.expr(node.left as Node, d);
        const right = this.expr(node.right as Node, d);
        return (r) => `(${left(r)} ${op} ${right(r)})`;
      }
      case 'CONJUNCTION': {
        const op = type === 'CONJUNCTION_AND' ? 'AND' : type === 'CONJUNCTION_OR' ? 'OR' : undefined;
        if (op === undefined) throw this.refuse(type);
        const parts = this.children(node, d);
        return (r) => `(${parts.map((p) => p(r)).join(` ${op} `)})`;
      }
      case 'OPERATOR':
        return this.operator(node, type, d);
      case 'BETWEEN': {
        const input = this.expr(node.input as Node, d);
        const lower = this.expr(node.lower as Node, d);
        const upper = this.expr(node.upper as Node, d);
        return (r) => `(${input(r)} BETWEEN ${lower(r)} AND ${upper(r)})`;
      }
      case 'CAST':
        return this.cast(node, d);
      case 'FUNCTION':
        return this.func(node, d);
      case 'SUBQUERY':
        throw this.refuse('subqueries are not allowed');
      case 'WINDOW':
        throw this.refuse(`window function '${String(node.function_name)}' is not allowed`);
      case 'STAR':
        throw this.refuse("'*' and COLUMNS() are not allowed");
      case 'PARAMETER':
        throw this.refuse('parameters ($1, ?) are not allowed; write the values');
      default:
        throw this.refuse(`${cls.toLowerCase()} expressions are not allowed`);
    }
  }

  private children(node: Node, depth: number): Built[] {
    return ((node.children as Node[] | undefined) ?? []).map((c) => this.expr(c, depth));
  }

  private columnRef(node: Node): Built {
    const names = node.column_names as string[];
    if (names.length !== 1) {
      throw this.refuse(
        `qualified reference '${names.join('.')}' is not allowed (name this table's columns without a qualifier)`,
      );
    }
    const name = names[0] as string;
    const column = this.byKey.get(nameKey(name));
    if (column !== undefined) return (r) => r.column(column);
    const special = name.toLowerCase();
    if (SPECIAL_COLUMNS.has(special)) return () => special;
    throw this.refuse(`unknown column '${name}'`);
  }

  private constant(node: Node): Built {
    const value = node.value as Node;
    const type = value.type as Node;
    const id = String(type.id);
    if (value.is_null === true || id === 'NULL') return () => 'NULL';
    if (id === 'VARCHAR') {
      // Untyped placeholder: DuckDB infers its type from the context, as for a string literal
      // (so `id = '5'` on an INTEGER column and `ts > '2024-01-01'` compare as the column's type).
      const text = String(value.value);
      return (r) => r.param(text);
    }
    if (id === 'DECIMAL') {
      const info = type.type_info as Node;
      const width = Number(info.width);
      const scale = Number(info.scale);
      const text = decimalText(String(value.value), scale);
      return (r) => `CAST(${r.param(text)} AS DECIMAL(${width},${scale}))`;
    }
    if (CONSTANT_TYPES.has(id)) {
      const text = id === 'HUGEINT' ? hugeintText(value.value as Node) : String(value.value);
      return (r) => `CAST(${r.param(text)} AS ${id})`;
    }
    throw this.refuse(`a constant of type ${id}`);
  }

  private operator(node: Node, type: string, depth: number): Built {
    const parts = this.children(node, depth);
    const [first, ...rest] = parts;
    if (first === undefined) throw this.refuse(type);
    switch (type) {
      case 'OPERATOR_NOT':
        return (r) => `(NOT ${first(r)})`;
      case 'OPERATOR_IS_NULL':
        return (r) => `(${first(r)} IS NULL)`;
      case 'OPERATOR_IS_NOT_NULL':
        return (r) => `(${first(r)} IS NOT NULL)`;
      case 'OPERATOR_COALESCE':
        // coalesce() and ifnull() parse to this operator.
        return (r) => `COALESCE(${parts.map((p) => p(r)).join(', ')})`;
      case 'COMPARE_IN':
      case 'COMPARE_NOT_IN': {
        const op = type === 'COMPARE_IN' ? 'IN' : 'NOT IN';
        return (r) => `(${first(r)} ${op} (${rest.map((p) => p(r)).join(', ')}))`;
      }
      default:
        throw this.refuse(`operator ${type.replace(/^OPERATOR_/, '')} is not allowed`);
    }
  }

  private cast(node: Node, depth: number): Built {
    const target = this.castType(node.cast_type as Node);
    const child = this.expr(node.child as Node, depth);
    const fn = node.try_cast === true ? 'TRY_CAST' : 'CAST';
    return (r) => `${fn}(${child(r)} AS ${target})`;
  }

  /** The cast's type, re-emitted by the column type grammar; nested and user types refused. */
  private castType(type: Node): string {
    const id = String(type.id);
    let text: string | undefined;
    if (id === 'DECIMAL') {
      const info = type.type_info as Node;
      text = `DECIMAL(${Number(info.width)},${Number(info.scale)})`;
    } else if (CAST_TYPES.has(id) && type.type_info === null) {
      text = id;
    }
    const name = id === 'UNBOUND' ? String((type.type_info as Node | null)?.name ?? id) : id;
    if (text === undefined) throw this.refuse(`a cast to ${name} is not allowed`);
    return canonicalColumnType(text);
  }

  private func(node: Node, depth: number): Built {
    const name = String(node.function_name);
    const schema = String(node.schema ?? '');
    const catalog = String(node.catalog ?? '');
    if (catalog !== '' || (schema !== '' && schema !== 'main')) {
      throw this.refuse(
        `function '${[catalog, schema, name].filter((p) => p !== '').join('.')}' is not allowed`,
      );
    }
    const orders = ((node.order_bys as Node | null)?.orders as unknown[] | undefined) ?? [];
    if (node.filter != null || orders.length > 0 || node.distinct === true || node.export_state === true) {
      throw this.refuse(`'${name}' with DISTINCT, FILTER, ORDER BY or EXPORT_STATE is not allowed`);
    }
    const infix = INFIX[name];
    const escaped = ESCAPED_LIKE[name];
    if (infix === undefined && escaped === undefined && !FUNCTIONS.has(name)) {
      throw this.refuse(`function '${name}' is not allowed`);
    }
    const args = this.children(node, depth + 1);
    if (infix !== undefined) {
      const [a, b] = args;
      if (a !== undefined && b !== undefined && args.length === 2) return (r) => `(${a(r)} ${infix} ${b(r)})`;
      if (a !== undefined && args.length === 1 && (name === '-' || name === '+'))
        return (r) => `(${name}${a(r)})`;
      throw this.refuse(`operator '${name}' with ${args.length} operands`);
    }
    if (escaped !== undefined) {
      const [a, b, c] = args;
      if (a === undefined || b === undefined || c === undefined || args.length !== 3) {
        throw this.refuse(`'${name}' with ${args.length} operands`);
      }
      return (r) => `(${a(r)} ${escaped} ${b(r)} ESCAPE ${c(r)})`;
    }
    // `name` is one of FUNCTIONS (plain identifiers), so writing it back is safe.
    return (r) => `${name}(${args.map((p) => p(r)).join(', ')})`;
  }

  private refuse(what: string): StorageError {
    return refuse(this.text, what);
  }
}

/** `150` at scale 2 -> `1.50`. */
function decimalText(digits: string, scale: number): string {
  const negative = digits.startsWith('-');
  const abs = (negative ? digits.slice(1) : digits).padStart(scale + 1, '0');
  const text = scale === 0 ? abs : `${abs.slice(0, abs.length - scale)}.${abs.slice(abs.length - scale)}`;
  return negative ? `-${text}` : text;
}

/** DuckDB serializes a HUGEINT as a signed upper and an unsigned lower 64-bit half. */
function hugeintText(value: Node): string {
  return ((BigInt(String(value.upper)) << 64n) + BigInt(String(value.lower))).toString();
}
