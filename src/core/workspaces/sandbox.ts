import { INTERNAL_ALIAS } from '../db/engine.js';
import { StorageError } from '../errors.js';
import { identName, isWord, type Token } from './sql-lexer.js';

/**
 * The SQL sandbox of workspace sessions (reference pitfall 07/1: nothing was blocked). Sessions
 * run on connections of the process's one DuckDB instance (TOOLCHAIN: one instance per process;
 * another one could not read files this one writes), where every other project's table files,
 * other workspaces and metadata are attached too, and DuckDB's external-access switch is per
 * instance. So every statement passes three fences before DuckDB binds it (binding already reads
 * files: read_csv sniffs at prepare):
 *  1. statement kinds: only queries, DML, DDL of the workspace and transactions; ATTACH, DETACH,
 *     COPY (the protocol serves COPY FROM STDIN / TO STDOUT itself), INSTALL, LOAD, PRAGMA, SET,
 *     RESET, USE, CALL, EXPORT/IMPORT DATABASE, CHECKPOINT, VACUUM, SECRETs are refused;
 *  2. lexical: no identifier shaped like an internal catalog alias (96 random bits each, never
 *     shown), no catalog-qualified name, no call of a table function outside the allow list
 *     (the denied set is every table and pragma function DuckDB has, read from the instance),
 *     no call of a denied scalar function, no DuckDB system relation, no file path where a
 *     table goes (replacement scans read files), no write to a project schema;
 *  3. the parse tree of every query part (the statement, or the query of INSERT ... SELECT,
 *     CREATE TABLE ... AS, CREATE VIEW ... AS, CREATE MACRO ... AS TABLE) from DuckDB's own
 *     parser (json_serialize_sql): table references by name only, table functions from the
 *     allow list.
 * Behind them, the instance itself may touch only the storage's directories
 * (`allowed_directories` + `enable_external_access = false`, src/core/db/engine.ts).
 */

/** Table functions a session may call (pure generators; nothing that reads files or catalogs). */
export const ALLOWED_TABLE_FUNCTIONS = new Set([
  'range',
  'generate_series',
  'unnest',
  'json_each',
  'json_tree',
  'duckdb_keywords',
  'pg_get_keywords',
  'generate_subscripts',
]);

/** Scalar functions that reveal server configuration (paths) or state of other sessions. */
const DENIED_SCALAR_FUNCTIONS = new Set(['current_setting', 'getenv', 'getvariable', 'enable_logging']);

/** Relations of DuckDB's own catalogs (they list every attached database). */
const DENIED_RELATION =
  /^(duckdb_.*|sqlite_master|sqlite_schema|sqlite_temp_master|sqlite_temp_schema|information_schema|pg_catalog)$/;

/** Catalog names of the instance itself. */
const DENIED_CATALOGS = new Set(['system', 'temp', 'memory']);

const FILE_LIKE =
  /[/\\]|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|gz|zst|duckdb|db|wal|arrow|ipc|feather|avro|xlsx|xls|key|blob)$/i;

/** Denied everywhere, by the first word(s) of a statement. */
const DENIED_FIRST = new Set([
  'attach',
  'detach',
  'copy',
  'install',
  'load',
  'force',
  'pragma',
  'set',
  'reset',
  'use',
  'call',
  'export',
  'import',
  'checkpoint',
  'vacuum',
  'analyze',
  'prepare',
  'execute',
  'deallocate',
]);

export interface StatementPlan {
  /** PG command tag without counts. */
  readonly tag: string;
  readonly transaction?: 'begin' | 'commit' | 'rollback';
  /** Query texts to check against DuckDB's parse tree before binding. */
  readonly queries: readonly string[];
  /** Lower-cased identifier names in the statement: the project tables it may read. */
  readonly names: ReadonlySet<string>;
  /**
   * A query whose result is small by its text (no FROM at all, or a final LIMIT of at most
   * SMALL_RESULT_ROWS): run materialized, one DuckDB call instead of a stream's three.
   */
  readonly smallResult: boolean;
}

export const SMALL_RESULT_ROWS = 10_000;

export interface SandboxContext {
  /** Table and pragma functions of the instance outside the allow list (lower-case). */
  readonly deniedTableFunctions: ReadonlySet<string>;
  /** Project schemas of the session (buckets, compatibility schemas), lower-case. */
  readonly protectedSchemas: ReadonlySet<string>;
}

export const notAllowed = (message: string): StorageError =>
  new StorageError('PERMISSION_DENIED', 'sql_not_allowed', message);

const notSupported = (message: string): StorageError =>
  new StorageError('FAILED_PRECONDITION', 'sql_not_supported', message);

/** Fences 1 and 2; returns what fence 3 must parse. Throws `sql_not_allowed` / `sql_not_supported`. */
export function planStatement(sql: string, tokens: readonly Token[], ctx: SandboxContext): StatementPlan {
  checkTokens(tokens, ctx);
  const names = new Set<string>();
  for (const token of tokens) {
    const name = identName(token);
    if (name !== undefined) names.add(name);
  }
  const plan = classify(sql, tokens, ctx);
  return { ...plan, names, smallResult: plan.tag === 'SELECT' && smallByText(tokens) };
}

function smallByText(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => isWord(t, 'from'))) return true;
  // `... LIMIT n` or `... LIMIT n OFFSET m` at the very end.
  const n = tokens.length;
  const at = isWord(tokens[n - 4], 'limit') ? n - 4 : isWord(tokens[n - 2], 'limit') ? n - 2 : -1;
  if (at < 0) return false;
  const limit = tokens[at + 1];
  if (limit?.kind !== 'number' || !/^\d+$/.test(limit.value) || Number(limit.value) > SMALL_RESULT_ROWS)
    return false;
  if (at === n - 4 && !(isWord(tokens[n - 2], 'offset') && tokens[n - 1]?.kind === 'number')) return false;
  // Only a top-level LIMIT counts: no unclosed parenthesis before it.
  let depth = 0;
  for (const t of tokens.slice(0, at)) {
    if (t.kind === 'punct' && t.value === '(') depth += 1;
    else if (t.kind === 'punct' && t.value === ')') depth -= 1;
  }
  return depth === 0;
}

function classify(
  sql: string,
  tokens: readonly Token[],
  ctx: SandboxContext,
): Omit<StatementPlan, 'names' | 'smallResult'> {
  let first = tokens[0];
  let offset = 0;
  // `(SELECT ...)`: a parenthesised query.
  while (first !== undefined && first.kind === 'punct' && first.value === '(') first = tokens[++offset];
  if (first === undefined) throw notSupported('Empty statement');
  const word = first.kind === 'word' ? first.value : '';
  const second = tokens[offset + 1];
  if (DENIED_FIRST.has(word)) {
    throw notAllowed(`${word.toUpperCase()} is not allowed in a workspace session`);
  }
  switch (word) {
    case 'select':
    case 'with':
    case 'values':
    case 'from':
    case 'table':
    case 'pivot':
    case 'unpivot':
    case 'describe':
    case 'summarize':
      return { tag: 'SELECT', queries: [sql] };
    case 'show':
      throw notSupported('SHOW of DuckDB objects is not supported; query the catalog instead');
    case 'explain': {
      const rest = tokens.slice(offset + 1 + (isWord(second, 'analyze') ? 1 : 0));
      const inner = rest[0];
      if (inner === undefined) throw notSupported('EXPLAIN needs a statement');
      const plan = classify(sql.slice(inner.start), rest, ctx);
      return { tag: 'EXPLAIN', queries: plan.queries };
    }
    case 'begin':
    case 'start':
      return { tag: 'BEGIN', transaction: 'begin', queries: [] };
    case 'commit':
    case 'end':
      return { tag: 'COMMIT', transaction: 'commit', queries: [] };
    case 'rollback':
    case 'abort':
      return { tag: 'ROLLBACK', transaction: 'rollback', queries: [] };
    case 'insert':
      checkTarget(tokens, offset, ctx, 'into');
      return { tag: 'INSERT', queries: queryAfterTarget(sql, tokens, offset) };
    case 'update':
      if (isWord(second, 'extensions'))
        throw notAllowed('UPDATE EXTENSIONS is not allowed in a workspace session');
      checkTarget(tokens, offset, ctx);
      return { tag: 'UPDATE', queries: [] };
    case 'delete':
      checkTarget(tokens, offset, ctx, 'from');
      return { tag: 'DELETE', queries: [] };
    case 'truncate':
      checkTarget(tokens, offset, ctx, 'table');
      return { tag: 'TRUNCATE TABLE', queries: [] };
    case 'create':
      return classifyCreate(sql, tokens, offset, ctx);
    case 'drop':
    case 'alter':
      return classifyDropAlter(word, tokens, offset, ctx);
    case 'comment':
      checkTarget(tokens, offset + 1, ctx);
      return { tag: 'COMMENT', queries: [] };
    default:
      throw notSupported(`Statement ${first.text.toUpperCase()} is not supported in a workspace session`);
  }
}

const OBJECT_KINDS = new Set(['table', 'view', 'schema', 'sequence', 'macro', 'function', 'type', 'index']);

function classifyCreate(
  sql: string,
  tokens: readonly Token[],
  offset: number,
  ctx: SandboxContext,
): Omit<StatementPlan, 'names' | 'smallResult'> {
  let i = offset + 1;
  if (isWord(tokens[i], 'or') && isWord(tokens[i + 1], 'replace')) i += 2;
  while (['temp', 'temporary', 'unique', 'persistent', 'local', 'global'].some((w) => isWord(tokens[i], w)))
    i += 1;
  const kindToken = tokens[i];
  const kind = kindToken?.kind === 'word' ? kindToken.value : '';
  if (kind === 'secret') throw notAllowed('CREATE SECRET is not allowed in a workspace session');
  if (!OBJECT_KINDS.has(kind))
    throw notSupported(`CREATE ${kindToken?.text ?? ''} is not supported in a workspace session`);
  checkTarget(tokens, i, ctx);
  if (kind === 'schema') {
    let j = i + 1;
    if (isWord(tokens[j], 'if')) j += 3;
    const name = tokens[j] === undefined ? undefined : identName(tokens[j] as Token);
    if (name !== undefined && ctx.protectedSchemas.has(name)) {
      throw notAllowed(`Schema "${name}" is a project schema; choose another name`);
    }
  }
  const tag = `CREATE ${kind === 'function' ? 'MACRO' : kind.toUpperCase()}`;
  if (kind === 'table' || kind === 'view' || kind === 'macro' || kind === 'function') {
    return { tag, queries: queryAfterAs(sql, tokens, i) };
  }
  return { tag, queries: [] };
}

function classifyDropAlter(
  word: string,
  tokens: readonly Token[],
  offset: number,
  ctx: SandboxContext,
): Omit<StatementPlan, 'names' | 'smallResult'> {
  const kindToken = tokens[offset + 1];
  const kind = kindToken?.kind === 'word' ? kindToken.value : '';
  if (kind === 'secret' || kind === 'persistent')
    throw notAllowed(`${word.toUpperCase()} SECRET is not allowed`);
  if (!OBJECT_KINDS.has(kind)) {
    throw notSupported(
      `${word.toUpperCase()} ${kindToken?.text ?? ''} is not supported in a workspace session`,
    );
  }
  checkTarget(tokens, offset + 1, ctx);
  return { tag: `${word.toUpperCase()} ${kind === 'function' ? 'MACRO' : kind.toUpperCase()}`, queries: [] };
}

/**
 * The object a write names (after the keyword at `at`, skipping IF [NOT] EXISTS and the optional
 * `word`): never in a project schema (project tables are read-only in a session).
 */
function checkTarget(tokens: readonly Token[], at: number, ctx: SandboxContext, word?: string): void {
  let i = at + 1;
  if (word !== undefined && isWord(tokens[i], word)) i += 1;
  if (isWord(tokens[i], 'or')) i += 2; // INSERT OR REPLACE / OR IGNORE
  if (isWord(tokens[i], 'into')) i += 1;
  if (isWord(tokens[i], 'if')) i += isWord(tokens[i + 1], 'not') ? 3 : 2;
  const first = tokens[i];
  const dot = tokens[i + 1];
  if (first === undefined) return;
  const name = identName(first);
  if (name !== undefined && dot?.kind === 'punct' && dot.value === '.' && ctx.protectedSchemas.has(name)) {
    throw notAllowed(
      `Schema "${first.value}" holds project tables, which are read-only in a workspace session`,
    );
  }
}

/** INSERT's query: from the first SELECT/WITH/VALUES/FROM/( after the target at depth 0. */
function queryAfterTarget(sql: string, tokens: readonly Token[], offset: number): string[] {
  let depth = 0;
  let seenTarget = false;
  for (let i = offset + 1; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && t.value === '(') {
      // `INSERT INTO t (a, b) SELECT` vs `INSERT INTO t (SELECT ...)`
      const next = tokens[i + 1];
      if (
        depth === 0 &&
        seenTarget &&
        (isWord(next, 'select') || isWord(next, 'with') || isWord(next, 'values'))
      ) {
        return [untilConflict(sql, tokens, i)];
      }
      depth += 1;
    } else if (t.kind === 'punct' && t.value === ')') depth -= 1;
    else if (depth === 0 && t.kind !== 'punct') {
      if (seenTarget && ['select', 'with', 'values', 'from'].some((w) => isWord(t, w))) {
        return [untilConflict(sql, tokens, i)];
      }
      if (!isWord(t, 'into') && !isWord(t, 'or') && !isWord(t, 'replace') && !isWord(t, 'ignore'))
        seenTarget = true;
    }
  }
  return [];
}

/** The query text from token `i` to the end or a top-level ON CONFLICT / RETURNING. */
function untilConflict(sql: string, tokens: readonly Token[], i: number): string {
  let depth = 0;
  const start = (tokens[i] as Token).start;
  for (let j = i; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.value === '(') depth += 1;
    else if (t.kind === 'punct' && t.value === ')') depth -= 1;
    else if (
      depth === 0 &&
      ((isWord(t, 'on') && isWord(tokens[j + 1], 'conflict')) || isWord(t, 'returning'))
    ) {
      return sql.slice(start, t.start);
    }
  }
  return sql.slice(start);
}

/** CREATE TABLE/VIEW/MACRO ... AS <query>: the query after the first top-level AS. */
function queryAfterAs(sql: string, tokens: readonly Token[], from: number): string[] {
  let depth = 0;
  for (let i = from + 1; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && t.value === '(') depth += 1;
    else if (t.kind === 'punct' && t.value === ')') depth -= 1;
    else if (depth === 0 && isWord(t, 'as')) {
      let j = i + 1;
      if (isWord(tokens[j], 'table')) j += 1;
      const next = tokens[j];
      if (next === undefined) return [];
      const isQuery = ['select', 'with', 'values', 'from', 'table', 'pivot', 'unpivot'].some((w) =>
        isWord(next, w),
      );
      const paren = next.kind === 'punct' && next.value === '(';
      // A scalar macro body is an expression: check it as `SELECT <expression>`.
      return [isQuery || paren ? sql.slice(next.start) : `SELECT ${sql.slice(next.start)}`];
    }
  }
  return [];
}

/** Fence 2 over every token. */
function checkTokens(tokens: readonly Token[], ctx: SandboxContext): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const name = identName(t);
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (name !== undefined) {
      if (INTERNAL_ALIAS.test(name)) throw notAllowed('Names of internal catalogs are not allowed');
      const called = next?.kind === 'punct' && next.value === '(';
      const qualifier = prev?.kind === 'punct' && prev.value === '.';
      // Qualified too (`system.main.read_csv(...)`), unless a project-catalog schema qualifies it
      // (the protocol's own functions there, e.g. PG wire's `pgcompat.version()`).
      const schema = qualifier ? tokens[i - 2] : undefined;
      const ownSchema = schema !== undefined && ctx.protectedSchemas.has(identName(schema) ?? '');
      if (called && !ownSchema && ctx.deniedTableFunctions.has(name)) {
        throw notAllowed(`Function ${name}() is not allowed in a workspace session`);
      }
      if (called && DENIED_SCALAR_FUNCTIONS.has(name)) {
        throw notAllowed(`Function ${name}() is not allowed in a workspace session`);
      }
      if (DENIED_RELATION.test(name) && !called) {
        throw notAllowed(`DuckDB's system relation ${name} is not available; use pg_catalog`);
      }
      if (DENIED_CATALOGS.has(name) && next?.kind === 'punct' && next.value === '.' && !qualifier) {
        throw notAllowed(`Catalog ${name} is not available in a workspace session`);
      }
    }
    // U&"..." / U&'...' spell names with escapes the lexer cannot see through.
    if ((t.kind === 'quoted' || t.kind === 'string') && /^u&/i.test(t.text)) {
      throw notSupported('Unicode-escaped names (U&) are not supported in a workspace session');
    }
    // Strings can name objects too (nextval('catalog.schema.seq')).
    if (t.kind === 'string' && /\b[a-z]_(?:\d+_)?[0-9a-f]{24}\b/i.test(t.value)) {
      throw notAllowed('Names of internal catalogs are not allowed');
    }
    if ((t.kind === 'string' || t.kind === 'quoted') && FILE_LIKE.test(t.value)) {
      const afterFrom =
        isWord(prev, 'from') || isWord(prev, 'join') || (prev?.kind === 'punct' && prev.value === ',');
      if (afterFrom && t.kind === 'string')
        throw notAllowed('Reading files is not allowed in a workspace session');
      if (t.kind === 'quoted' && (isWord(prev, 'from') || isWord(prev, 'join'))) {
        throw notAllowed('Reading files is not allowed in a workspace session');
      }
    }
  }
}

/** Fence 3: a parse tree from json_serialize_sql. Throws `sql_not_allowed`. */
export function checkQueryTree(tree: unknown, ctx: SandboxContext): void {
  walk(tree, ctx, 0);
}

function walk(node: unknown, ctx: SandboxContext, depth: number): void {
  if (depth > 2000) throw notSupported('Statement too deeply nested');
  if (Array.isArray(node)) {
    for (const item of node) walk(item, ctx, depth + 1);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (obj.type === 'BASE_TABLE') {
    const catalog = String(obj.catalog_name ?? '');
    const schema = String(obj.schema_name ?? '');
    const table = String(obj.table_name ?? '');
    if (catalog !== '') throw notAllowed('Catalog-qualified names are not allowed in a workspace session');
    if (FILE_LIKE.test(table)) throw notAllowed('Reading files is not allowed in a workspace session');
    for (const part of [schema, table]) {
      const lower = part.toLowerCase();
      if (INTERNAL_ALIAS.test(lower) || DENIED_RELATION.test(lower) || DENIED_CATALOGS.has(lower)) {
        throw notAllowed(`Relation ${part} is not available in a workspace session`);
      }
    }
  }
  if (obj.type === 'TABLE_FUNCTION') {
    const fn = obj.function as Record<string, unknown> | undefined;
    const name = String(fn?.function_name ?? '').toLowerCase();
    const qualified = String(fn?.catalog ?? '') !== '' || String(fn?.schema ?? '') !== '';
    if (qualified || !ALLOWED_TABLE_FUNCTIONS.has(name)) {
      throw notAllowed(`Table function ${name}() is not allowed in a workspace session`);
    }
  }
  if (obj.class === 'FUNCTION') {
    const name = String(obj.function_name ?? '').toLowerCase();
    const catalog = String(obj.catalog ?? '');
    if (catalog !== '' || DENIED_SCALAR_FUNCTIONS.has(name)) {
      throw notAllowed(`Function ${name}() is not allowed in a workspace session`);
    }
  }
  for (const value of Object.values(obj)) walk(value, ctx, depth + 1);
}
