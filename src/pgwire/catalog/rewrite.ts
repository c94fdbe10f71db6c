import { COMPAT_INFO_SCHEMA, COMPAT_SCHEMA, compatObjectNames } from './objects.js';
import { identName, quoteLiteral, stringValue, type Token, tokenize } from './tokenizer.js';

/**
 * Rewrites the catalog queries PostgreSQL clients send (psql's backslash commands, pgJDBC's
 * DatabaseMetaData, DBeaver's navigator) into SQL DuckDB runs against the compatibility schemas
 * of compatSetup():
 *
 * - `pg_catalog.X` → `pgcompat.X` for the objects the compat schema defines, else `X` (DuckDB's
 *   own function, e.g. `generate_series`); `information_schema.X` → `pgcompat_information_schema.X`;
 * - `OPERATOR(pg_catalog.~)` → `~`; the regex operators `~ !~ ~* !~*` get PostgreSQL's
 *   "match anywhere" meaning (DuckDB's `~` matches the whole string);
 * - `'name'::regclass` / `::regtype` / `::regnamespace` → the compat oid lookups, `x::regclass::text`
 *   → the name, other `::regclass`/`::regproc`... casts vanish (oids stay numbers);
 *   `'pg_catalog.f'::regproc` → `'f'` (pg_type's proc columns hold names); `::oid`, `::name`,
 *   `::"char"`, `::int2vector`... → DuckDB types;
 * - `COLLATE pg_catalog.default` (and "C", POSIX) is dropped;
 * - `current_database()`, `current_catalog`, `current_user`, `session_user` → the session's names;
 * - `ANY ('{a,b}')` / `ALL ('{a,b}')` array literals → lists.
 *
 * A statement without any catalog word comes back unchanged (the same string) after one regex test.
 */
export function rewriteCatalogSql(sql: string): string {
  if (!QUICK.test(sql)) return sql;
  const tokens = tokenize(sql);
  return new Rewriter(tokens).run() ?? sql;
}

/** Whether a statement may read the PostgreSQL catalog (then the session needs it installed). */
export const touchesCatalog = (sql: string): boolean => QUICK.test(sql) || /pgcompat/i.test(sql);

const QUICK =
  /pg_|information_schema|reg(?:class|type|proc|namespace|role|oper|config)|current_(?:catalog|user|role|database)|session_user|operator\s*\(|version\s*\(/i;

/** Compat table macros: called unqualified (the sandbox allows them by name; the search path finds them). */
const UNQUALIFIED = new Set(['pg_get_keywords']);

const REG_TYPES = new Set([
  'regclass',
  'regtype',
  'regproc',
  'regprocedure',
  'regnamespace',
  'regrole',
  'regoper',
  'regoperator',
  'regconfig',
  'regdictionary',
  'regcollation',
]);

/** PG type names DuckDB lacks, as DuckDB types. */
const TYPE_MAP: Record<string, string> = {
  oid: 'BIGINT',
  xid: 'BIGINT',
  xid8: 'UBIGINT',
  cid: 'BIGINT',
  tid: 'VARCHAR',
  name: 'VARCHAR',
  char: 'VARCHAR',
  bpchar: 'VARCHAR',
  text: 'VARCHAR',
  pg_node_tree: 'VARCHAR',
  aclitem: 'VARCHAR',
  int2vector: 'SMALLINT[]',
  oidvector: 'BIGINT[]',
  anyarray: 'VARCHAR[]',
  cstring: 'VARCHAR',
  pg_lsn: 'VARCHAR',
  regproc: 'VARCHAR',
};

const TEXTISH = new Set(['text', 'varchar', 'name', 'character', 'bpchar']);
/** Set-returning functions whose FROM alias PG takes as the column name. */
const TABLE_FUNCTIONS = new Set(['unnest', 'generate_series', 'generate_subscripts', '_pg_expandarray']);

/** Words that end a FROM item or start another clause. */
const CLAUSE_WORDS = new Set([
  'select',
  'where',
  'on',
  'using',
  'group',
  'order',
  'having',
  'limit',
  'offset',
  'union',
  'except',
  'intersect',
  'window',
  'returning',
  'values',
  'set',
  'left',
  'right',
  'full',
  'inner',
  'cross',
  'natural',
  'join',
  'outer',
  'with',
  'into',
  'for',
  'fetch',
  'qualify',
]);

/** Words that may stand before a parenthesis without being a function name. */
const NOT_FUNCTIONS = new Set([
  'select',
  'where',
  'and',
  'or',
  'not',
  'on',
  'in',
  'when',
  'then',
  'else',
  'case',
  'from',
  'as',
  'by',
  'is',
  'exists',
  'any',
  'all',
  'some',
  'like',
  'ilike',
  'between',
  'join',
  'using',
  'with',
  'union',
  'except',
  'intersect',
  'distinct',
  'having',
  'limit',
  'offset',
  'values',
  'return',
  'returning',
  'set',
  'end',
  'over',
  'filter',
  'within',
  'lateral',
  'similar',
  'escape',
  'into',
  'table',
  'for',
]);
const COLLATIONS = new Set(['default', 'c', 'posix', 'ucs_basic']);
const REGEX_OPS: Record<string, { op: string; flags: string }> = {
  '~': { op: '~', flags: 's' },
  '!~': { op: '!~', flags: 's' },
  '~*': { op: '~', flags: 'si' },
  '!~*': { op: '!~', flags: 'si' },
};

interface Piece {
  /** index of the first token this piece came from */
  readonly at: number;
  text: string;
}

class Rewriter {
  private readonly out: Piece[] = [];
  private changed = false;
  private readonly catalogMode: boolean;
  private readonly compat = compatObjectNames();

  constructor(private readonly tokens: Token[]) {
    this.catalogMode = tokens.some(
      (t) =>
        (t.kind === 'word' || t.kind === 'qident') &&
        /^"?(pg_|information_schema|_pg_|reg(class|type|proc|namespace))/i.test(t.text),
    );
  }

  run(): string | undefined {
    const t = this.tokens;
    let i = 0;
    while (i < t.length) {
      const before = this.insertBefore.get(i);
      if (before !== undefined) this.emit(i, before);
      const next = this.step(i);
      for (let j = i; j < next; j++) {
        const extra = this.insertAfter.get(j);
        if (extra !== undefined) this.emit(j, extra);
      }
      i = next;
    }
    if (!this.changed) return undefined;
    return this.out.map((p) => p.text).join('');
  }

  /** Text to emit right after the token at an index (a table function's column alias). */
  private readonly insertAfter = new Map<number, string>();
  /** Text to emit right before the token at an index. */
  private readonly insertBefore = new Map<number, string>();

  private emit(at: number, text: string, changed = true): void {
    this.out.push({ at, text });
    if (changed) this.changed = true;
  }

  /** Index of the next token that is not space or comment, at or after `i` (tokens.length if none). */
  private sig(i: number): number {
    const t = this.tokens;
    let j = i;
    while (j < t.length && (t[j]?.kind === 'space' || t[j]?.kind === 'comment')) j++;
    return j;
  }

  /** The previous significant token index before `i` (-1 if none). */
  private prevSig(i: number): number {
    let j = i - 1;
    while (j >= 0 && (this.tokens[j]?.kind === 'space' || this.tokens[j]?.kind === 'comment')) j--;
    return j;
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private is(i: number, kind: Token['kind'], text?: string): boolean {
    const tk = this.tokens[i];
    if (tk === undefined || tk.kind !== kind) return false;
    return text === undefined || tk.text.toLowerCase() === text;
  }

  private isName(i: number, name: string): boolean {
    const tk = this.tokens[i];
    return tk !== undefined && (tk.kind === 'word' || tk.kind === 'qident') && identName(tk) === name;
  }

  private isIdent(i: number): boolean {
    const tk = this.tokens[i];
    return tk !== undefined && (tk.kind === 'word' || tk.kind === 'qident');
  }

  private step(i: number): number {
    const tk = this.tokens[i];
    if (tk === undefined) return i + 1;
    if (tk.kind === 'space' || tk.kind === 'comment') {
      this.emit(i, tk.text, false);
      return i + 1;
    }
    const prev = this.prevSig(i);
    const afterDot = prev >= 0 && this.is(prev, 'punct', '.');

    // schema-qualified names: pg_catalog.X, information_schema.X
    if (!afterDot && (this.isName(i, 'pg_catalog') || this.isName(i, 'information_schema'))) {
      const dot = this.sig(i + 1);
      const nameAt = this.sig(dot + 1);
      if (
        this.is(dot, 'punct', '.') &&
        this.isName(nameAt, 'pg_partition_ancestors') &&
        this.inFromClause(i)
      ) {
        return this.ancestorsInFrom(i, nameAt);
      }
      if (this.is(dot, 'punct', '.') && this.isIdent(nameAt)) {
        const nameTok = this.tok(nameAt) as Token;
        if (this.isName(i, 'information_schema')) {
          this.emit(i, `${COMPAT_INFO_SCHEMA}.${nameTok.text}`);
        } else if (prev >= 0 && this.is(prev, 'op', '::')) {
          return this.castType(prev, nameAt);
        } else if (this.compat.has(identName(nameTok)) && !UNQUALIFIED.has(identName(nameTok))) {
          this.emit(i, `${COMPAT_SCHEMA}.${nameTok.text}`);
        } else {
          if (TABLE_FUNCTIONS.has(identName(nameTok)) && this.inFromClause(i))
            this.tableFunctionAlias(nameAt);
          this.emit(i, nameTok.text);
        }
        return nameAt + 1;
      }
    }

    if (tk.kind === 'word') {
      const word = tk.text.toLowerCase();
      const next = this.sig(i + 1);
      const nextIsParen = this.is(next, 'punct', '(');
      if (nextIsParen && TABLE_FUNCTIONS.has(word)) this.tableFunctionAlias(i);
      if (nextIsParen && word === 'pg_partition_ancestors' && !afterDot && this.inFromClause(i)) {
        return this.ancestorsInFrom(i, i);
      }
      // OPERATOR(pg_catalog.~) → ~
      if (word === 'operator' && nextIsParen) {
        const close = this.findClose(next);
        if (close > 0) {
          const inner = this.tokens.slice(next + 1, close).filter((x) => x.kind === 'op');
          const op = inner.at(-1)?.text;
          if (op !== undefined) return this.operator(i, op, close + 1);
        }
      }
      if (word === 'collate' && !afterDot) {
        let j = this.sig(i + 1);
        if (this.isName(j, 'pg_catalog') && this.is(this.sig(j + 1), 'punct', '.'))
          j = this.sig(this.sig(j + 1) + 1);
        const name = this.tok(j);
        if (
          name !== undefined &&
          (name.kind === 'word' || name.kind === 'qident') &&
          COLLATIONS.has(identName(name).toLowerCase())
        ) {
          this.changed = true;
          return j + 1;
        }
      }
      if (!afterDot && !nextIsParen && word === 'current_catalog') {
        this.emit(i, `${COMPAT_SCHEMA}.current_database()`);
        return i + 1;
      }
      if (!afterDot && (word === 'current_user' || word === 'session_user' || word === 'current_role')) {
        if (nextIsParen && this.is(this.sig(next + 1), 'punct', ')')) {
          this.emit(i, `${COMPAT_SCHEMA}.session_user_name()`);
          return this.sig(next + 1) + 1;
        }
        if (!nextIsParen) {
          this.emit(i, `${COMPAT_SCHEMA}.session_user_name()`);
          return i + 1;
        }
      }
      if (!afterDot && nextIsParen && word === 'version' && this.is(this.sig(next + 1), 'punct', ')')) {
        // DuckDB's version() would answer DuckDB's; the sandbox refuses the bare name
        this.emit(i, `${COMPAT_SCHEMA}.version`);
        return i + 1;
      }
      if (!afterDot && nextIsParen && word === 'current_database') {
        this.emit(i, `${COMPAT_SCHEMA}.current_database`);
        return i + 1;
      }
      // x = ANY ('{a,b}') / ALL ('{a,b}'::text[])
      if ((word === 'any' || word === 'all') && nextIsParen) {
        const lit = this.sig(next + 1);
        const litTok = this.tok(lit);
        const value = litTok?.kind === 'string' ? stringValue(litTok.text) : undefined;
        if (value?.startsWith('{')) {
          let j = this.sig(lit + 1);
          if (this.is(j, 'op', '::')) j = this.skipType(this.sig(j + 1));
          if (this.is(j, 'punct', ')')) {
            const items = parseArrayLiteral(value).map((v) => (v === null ? 'NULL' : quoteLiteral(v)));
            this.emit(i, `${tk.text} (SELECT unnest([${items.join(', ')}]::VARCHAR[]))`);
            return j + 1;
          }
        }
      }
    }

    if (tk.kind === 'op') {
      if (tk.text === '::') {
        const typeAt = this.sig(i + 1);
        if (this.isName(typeAt, 'pg_catalog') && this.is(this.sig(typeAt + 1), 'punct', '.')) {
          return this.castType(i, this.sig(this.sig(typeAt + 1) + 1));
        }
        if (this.isIdent(typeAt)) {
          const name = identName(this.tok(typeAt) as Token);
          if (REG_TYPES.has(name) || name in TYPE_MAP) return this.castType(i, typeAt);
        }
      }
      if (this.catalogMode && tk.text in REGEX_OPS) return this.operator(i, tk.text, i + 1);
    }

    if (tk.kind === 'word' && this.catalogMode && tk.text !== tk.text.toLowerCase()) {
      // PG folds bare identifiers to lower case (result labels: TABLE_SCHEM → table_schem)
      this.emit(i, tk.text.toLowerCase());
      return i + 1;
    }
    this.emit(i, tk.text, false);
    return i + 1;
  }

  /** FROM unnest(x) u: PG names the column u, DuckDB the table (u is then a struct): add `(u)`. */
  private tableFunctionAlias(i: number): void {
    let from = i;
    if (this.is(this.prevSig(i), 'punct', '.')) from = this.prevSig(this.prevSig(i));
    if (!this.inFromClause(from)) return;
    const close = this.findClose(this.sig(i + 1));
    let alias = close > 0 ? this.sig(close + 1) : -1;
    if (alias > 0 && this.is(alias, 'word', 'as')) alias = this.sig(alias + 1);
    const aliasTok = this.tok(alias);
    if (
      aliasTok !== undefined &&
      this.isIdent(alias) &&
      !(aliasTok.kind === 'word' && CLAUSE_WORDS.has(aliasTok.text.toLowerCase())) &&
      !this.is(this.sig(alias + 1), 'punct', '(')
    ) {
      this.insertAfter.set(alias, `(${aliasTok.text.toLowerCase()})`);
    }
  }

  /** Whether the token at `i` stands in a FROM list (after FROM / JOIN / a comma there). */
  private inFromClause(i: number): boolean {
    let depth = 0;
    for (let j = i - 1; j >= 0; j--) {
      const tk = this.tokens[j] as Token;
      if (tk.kind === 'punct' && tk.text === ')') depth++;
      else if (tk.kind === 'punct' && tk.text === '(') {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && tk.kind === 'word') {
        const w = tk.text.toLowerCase();
        if (w === 'from' || w === 'join' || w === 'lateral') return true;
        if (CLAUSE_WORDS.has(w)) return false;
      }
    }
    return false;
  }

  /** The index of the `)` matching the `(` at `open`, or -1. */
  private findClose(open: number): number {
    let depth = 0;
    for (let j = open; j < this.tokens.length; j++) {
      const tk = this.tokens[j];
      if (tk?.kind !== 'punct') continue;
      if (tk.text === '(' || tk.text === '[') depth++;
      else if (tk.text === ')' || tk.text === ']') {
        depth--;
        if (depth === 0) return j;
      }
    }
    return -1;
  }

  /** Skips a type name (with an optional `pg_catalog.` and `[]`s); returns the next significant index. */
  private skipType(i: number): number {
    let j = i;
    if (this.isName(j, 'pg_catalog') && this.is(this.sig(j + 1), 'punct', '.'))
      j = this.sig(this.sig(j + 1) + 1);
    j = this.sig(j + 1);
    while (this.is(j, 'punct', '[') && this.is(this.sig(j + 1), 'punct', ']'))
      j = this.sig(this.sig(j + 1) + 1);
    return j;
  }

  /**
   * A cast `::` at `castAt` to the type named by the token at `typeAt` (its `pg_catalog.` already
   * skipped). Returns the index after the consumed tokens.
   */
  private castType(castAt: number, typeAt: number): number {
    const typeTok = this.tok(typeAt) as Token;
    const type = identName(typeTok);
    let end = typeAt + 1;
    // keep array brackets
    let brackets = '';
    let j = this.sig(end);
    while (this.is(j, 'punct', '[') && this.is(this.sig(j + 1), 'punct', ']')) {
      brackets += '[]';
      end = this.sig(j + 1) + 1;
      j = this.sig(end);
    }
    if (!REG_TYPES.has(type)) {
      this.popFrom(castAt);
      const mapped = TYPE_MAP[type];
      const text =
        mapped !== undefined
          ? brackets
            ? `${mapped.replace('[]', '')}${brackets}`
            : mapped
          : `${typeTok.text}${brackets}`;
      this.emit(castAt, `::${text}`);
      return end;
    }
    // a reg* cast: pop the operand
    const start = this.operandStart(castAt);
    const operand = this.popFrom(start);
    const operandTok = this.tok(this.sig(start));
    const single = operandTok !== undefined && this.sig(this.sig(start) + 1) === castAt;
    const literal = single && operandTok.kind === 'string' ? stringValue(operandTok.text) : undefined;
    // a bound parameter ($1::regtype) is a name or an oid in text, as a literal would be
    const param = single && operandTok.kind === 'param' ? `CAST(${operandTok.text} AS VARCHAR)` : undefined;
    const kind = type === 'regprocedure' ? 'regproc' : type === 'regoperator' ? 'regoper' : type;
    let expr: string;
    if (literal !== undefined) {
      if (kind === 'regclass') expr = `${COMPAT_SCHEMA}.regclass_oid(${quoteLiteral(literal)})`;
      else if (kind === 'regtype') expr = `${COMPAT_SCHEMA}.regtype_oid(${quoteLiteral(literal)})`;
      else if (kind === 'regnamespace') expr = `${COMPAT_SCHEMA}.regnamespace_oid(${quoteLiteral(literal)})`;
      else if (kind === 'regrole') expr = '10';
      else if (kind === 'regproc')
        expr = quoteLiteral(literal.replace(/^pg_catalog\./i, '').replace(/\(.*$/, ''));
      else expr = 'NULL';
    } else if (
      param !== undefined &&
      (kind === 'regclass' || kind === 'regtype' || kind === 'regnamespace')
    ) {
      expr = `${COMPAT_SCHEMA}.${kind}_oid(${param})`;
    } else {
      expr = operand.trim() === '' ? 'NULL' : `(${operand})`;
    }
    // a following ::text turns the oid into the name
    const next = this.sig(end);
    if (this.is(next, 'op', '::')) {
      let nameAt = this.sig(next + 1);
      if (this.isName(nameAt, 'pg_catalog') && this.is(this.sig(nameAt + 1), 'punct', '.'))
        nameAt = this.sig(this.sig(nameAt + 1) + 1);
      const nameTok = this.tok(nameAt);
      if (nameTok !== undefined && this.isIdent(nameAt) && TEXTISH.has(identName(nameTok))) {
        const fn =
          kind === 'regclass'
            ? 'regclass_text'
            : kind === 'regtype'
              ? 'regtype_text'
              : kind === 'regnamespace'
                ? 'regnamespace_text'
                : kind === 'regrole'
                  ? 'pg_get_userbyid'
                  : undefined;
        const text = fn === undefined ? `CAST(${expr} AS VARCHAR)` : `${COMPAT_SCHEMA}.${fn}(${expr})`;
        this.emit(start, text);
        return nameAt + 1;
      }
    }
    // a whole select-list item (x::regclass AS t, SELECT x::regclass FROM): PG prints the name
    if (literal === undefined && param === undefined && this.isSelectItem(start, end)) {
      const fn =
        kind === 'regclass'
          ? 'regclass_text'
          : kind === 'regtype'
            ? 'regtype_text'
            : kind === 'regnamespace'
              ? 'regnamespace_text'
              : undefined;
      if (fn !== undefined) {
        this.emit(start, `${COMPAT_SCHEMA}.${fn}(${expr})`);
        return end;
      }
    }
    this.emit(start, expr);
    return end;
  }

  /**
   * `FROM pg_partition_ancestors(x)`: without partitions a relation is its only ancestor, so
   * `unnest([x])` (a table function the sandbox allows).
   */
  private ancestorsInFrom(at: number, nameAt: number): number {
    const open = this.sig(nameAt + 1);
    const close = this.findClose(open);
    if (close < 0) {
      this.emit(at, 'pg_partition_ancestors');
      return nameAt + 1;
    }
    this.emit(at, 'unnest([');
    this.insertBefore.set(close, ']');
    return open + 1;
  }

  /** Whether tokens [start, end) form a whole item of a select list. */
  private isSelectItem(start: number, end: number): boolean {
    const before = this.prevSig(start);
    const after = this.sig(end);
    const b = before >= 0 ? (this.tok(before) as Token) : undefined;
    const a = this.tok(after);
    const word = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;
    if (word(a, 'as')) return true;
    const endsItem =
      a === undefined || word(a, 'from') || (a.kind === 'punct' && (a.text === ',' || a.text === ';'));
    if (word(b, 'select') || word(b, 'distinct')) return endsItem;
    if (b?.kind === 'punct' && b.text === ',') return a === undefined || word(a, 'from');
    return false;
  }

  /** Removes and returns the output emitted from token index `start` on. */
  private popFrom(start: number): string {
    let text = '';
    while (this.out.length > 0 && (this.out.at(-1) as Piece).at >= start) {
      text = (this.out.pop() as Piece).text + text;
    }
    return text;
  }

  /** The token index where the operand of the postfix cast at `castAt` starts. */
  private operandStart(castAt: number): number {
    let p = this.prevSig(castAt);
    if (p < 0) return castAt;
    for (;;) {
      const s = this.primaryStart(p);
      const before = this.prevSig(s);
      // a cast chain (x::int::regclass): the operand is all of x::int
      if (before >= 0 && this.is(before, 'op', '::')) {
        p = this.prevSig(before);
        if (p < 0) return s;
        continue;
      }
      return s;
    }
  }

  /** The first token of the primary expression that ends at token `p`. */
  private primaryStart(p: number): number {
    const tk = this.tok(p) as Token;
    if (tk.kind === 'punct' && (tk.text === ')' || tk.text === ']')) {
      const open = this.findOpen(p);
      if (open < 0) return p;
      const before = this.prevSig(open);
      if (before < 0) return open;
      if (this.tok(open)?.text === '[') return this.primaryStart(before);
      const b = this.tok(before) as Token;
      if (b.kind === 'qident' || (b.kind === 'word' && !NOT_FUNCTIONS.has(b.text.toLowerCase()))) {
        return this.qualifiedStart(before);
      }
      return open;
    }
    if (this.isIdent(p)) return this.qualifiedStart(p);
    return p;
  }

  private qualifiedStart(p: number): number {
    let s = p;
    for (;;) {
      const dot = this.prevSig(s);
      const name = dot >= 0 ? this.prevSig(dot) : -1;
      if (dot >= 0 && this.is(dot, 'punct', '.') && name >= 0 && this.isIdent(name)) s = name;
      else return s;
    }
  }

  private findOpen(close: number): number {
    let depth = 0;
    for (let j = close; j >= 0; j--) {
      const tk = this.tokens[j];
      if (tk?.kind !== 'punct') continue;
      if (tk.text === ')' || tk.text === ']') depth++;
      else if (tk.text === '(' || tk.text === '[') {
        depth--;
        if (depth === 0) return j;
      }
    }
    return -1;
  }

  /**
   * Emits operator `op` (from token `at`) and, for PG's regex operators, makes the pattern that
   * follows match anywhere. `next` is the index after the operator tokens.
   */
  private operator(at: number, op: string, next: number): number {
    const regex = REGEX_OPS[op];
    if (regex === undefined) {
      this.emit(at, op);
      return next;
    }
    const lit = this.sig(next);
    const litTok = this.tok(lit);
    const value = litTok?.kind === 'string' ? stringValue(litTok.text) : undefined;
    if (value !== undefined) {
      this.emit(at, `${regex.op} ${quoteLiteral(`(?${regex.flags}).*(?:${value}).*`)}`);
      return lit + 1;
    }
    // not a literal: wrap the operand that follows when it is a name, a parameter or a parenthesis
    if (
      litTok !== undefined &&
      (litTok.kind === 'param' || litTok.kind === 'word' || litTok.kind === 'qident')
    ) {
      let end = lit;
      while (this.is(this.sig(end + 1), 'punct', '.') && this.isIdent(this.sig(this.sig(end + 1) + 1))) {
        end = this.sig(this.sig(end + 1) + 1);
      }
      const text = this.tokens
        .slice(lit, end + 1)
        .map((x) => x.text)
        .join('');
      this.emit(at, `${regex.op} ('(?${regex.flags}).*(?:' || ${text} || ').*')`);
      return end + 1;
    }
    this.emit(at, regex.op, op !== regex.op);
    return next;
  }
}

/** `{a,"b c",NULL}` → `['a', 'b c', null]` (one dimension; enough for catalog queries). */
export function parseArrayLiteral(text: string): (string | null)[] {
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '');
  const out: (string | null)[] = [];
  let i = 0;
  while (i < body.length) {
    while (body.charAt(i) === ' ') i++;
    if (body.charAt(i) === '"') {
      let v = '';
      i++;
      while (i < body.length && body.charAt(i) !== '"') {
        if (body.charAt(i) === '\\') i++;
        v += body.charAt(i);
        i++;
      }
      i++;
      out.push(v);
    } else {
      let j = body.indexOf(',', i);
      if (j < 0) j = body.length;
      const v = body.slice(i, j).trim();
      out.push(v.toUpperCase() === 'NULL' ? null : v);
      i = j;
    }
    while (i < body.length && body.charAt(i) !== ',') i++;
    i++;
  }
  return body.trim() === '' ? [] : out;
}
