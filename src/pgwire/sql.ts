import { tokenizeStrict } from '../core/workspaces/sql-lexer.js';
import { PgError } from './errors.js';

/**
 * A lexical look at one statement: just enough to recognise the commands the wire server answers
 * itself (SET/SHOW/RESET of session parameters, transaction control in PostgreSQL's spellings,
 * DISCARD, DEALLOCATE, LISTEN family, COPY FROM STDIN / TO STDOUT, set_config/current_setting).
 * Everything else is the session's (and DuckDB's) to parse.
 */

export type TokenKind = 'word' | 'qident' | 'string' | 'number' | 'op' | 'param';

export interface Token {
  kind: TokenKind;
  /** Words lower-cased; quoted identifiers and strings unescaped. */
  value: string;
  start: number;
  end: number;
}

/**
 * Tokens of `sql` from the core's lexer, in this module's kinds; undefined when a string, quoted
 * identifier or comment is unterminated.
 */
export function tokenize(sql: string): Token[] | undefined {
  const tokens = tokenizeStrict(sql);
  if (tokens === undefined) return undefined;
  return tokens.map((t) => ({
    kind: t.kind === 'quoted' ? 'qident' : t.kind === 'punct' || t.kind === 'semicolon' ? 'op' : t.kind,
    value: t.value,
    start: t.start,
    end: t.end,
  }));
}

// ---- commands ---------------------------------------------------------------------------------

export type IsolationLevel = 'serializable' | 'repeatable read' | 'read committed' | 'read uncommitted';

export interface TransactionModes {
  isolation?: IsolationLevel;
  readOnly?: boolean;
  deferrable?: boolean;
}

export interface CopyOptions {
  format: 'text' | 'csv' | 'binary';
  header: boolean;
  delimiter?: string;
  null?: string;
  quote?: string;
  escape?: string;
  encoding?: string;
  /** CSV output: quote these columns (or every one) even when not needed. */
  forceQuote?: '*' | string[];
}

export type Command =
  | { kind: 'empty' }
  | { kind: 'sql' }
  | { kind: 'set'; name: string; value: string | null; local: boolean }
  | { kind: 'set-transaction'; modes: TransactionModes; session: boolean }
  | { kind: 'show'; name: string }
  | { kind: 'show-all' }
  | { kind: 'reset'; name: string }
  | { kind: 'reset-all' }
  | { kind: 'begin'; tag: 'BEGIN' | 'START TRANSACTION'; modes: TransactionModes }
  | { kind: 'commit' }
  | { kind: 'rollback' }
  | { kind: 'discard'; what: 'ALL' | 'PLANS' | 'SEQUENCES' | 'TEMP' }
  | { kind: 'deallocate'; name: string | null }
  | { kind: 'unlisten' }
  | { kind: 'unsupported'; message: string }
  | {
      kind: 'copy-in';
      schema: string | undefined;
      table: string;
      columns: string[] | undefined;
      options: CopyOptions;
    }
  | {
      kind: 'copy-out';
      /** `COPY (query) TO STDOUT`: the query; `COPY table TO STDOUT`: undefined. */
      query: string | undefined;
      schema: string | undefined;
      table: string | undefined;
      columns: string[] | undefined;
      options: CopyOptions;
    }
  | { kind: 'declare'; name: string; query: string; binary: boolean; hold: boolean }
  | { kind: 'fetch'; name: string; count: number | 'all'; move: boolean }
  | { kind: 'close-cursor'; name: string | null }
  | { kind: 'set-config'; name: string; value: string; local: boolean; alias: string }
  | { kind: 'current-setting'; name: string; missingOk: boolean; alias: string }
  | { kind: 'error'; error: PgError };

/** Commands that end or start a transaction (never wrapped into an implicit one). */
export function isTransactionControl(c: Command): boolean {
  return c.kind === 'begin' || c.kind === 'commit' || c.kind === 'rollback';
}

const syntax = (near: Token | undefined): Command => ({
  kind: 'error',
  error: new PgError(
    '42601',
    near === undefined ? 'syntax error at end of input' : `syntax error at or near "${near.value}"`,
  ),
});

class Cursor {
  i = 0;
  constructor(readonly t: Token[]) {}
  peek(k = 0): Token | undefined {
    return this.t[this.i + k];
  }
  /** The next token if it is the word `w` (consumed). */
  word(...words: string[]): string | undefined {
    const tok = this.t[this.i];
    if (tok?.kind === 'word' && words.includes(tok.value)) {
      this.i++;
      return tok.value;
    }
    return undefined;
  }
  op(v: string): boolean {
    const tok = this.t[this.i];
    if (tok?.kind === 'op' && tok.value === v) {
      this.i++;
      return true;
    }
    return false;
  }
  next(): Token | undefined {
    return this.t[this.i++];
  }
  /** True when only a trailing `;` (or nothing) is left. */
  atEnd(): boolean {
    const rest = this.t.slice(this.i);
    return rest.every((tok) => tok.kind === 'op' && tok.value === ';');
  }
}

/** What one statement (as split by the session) is, for the wire server. */
export function classify(sql: string): Command {
  const tokens = tokenize(sql);
  if (tokens === undefined) return { kind: 'sql' };
  const body = tokens.filter((t) => !(t.kind === 'op' && t.value === ';'));
  if (body.length === 0) return { kind: 'empty' };
  const c = new Cursor(tokens);
  const first = c.next() as Token;
  if (first.kind !== 'word') return { kind: 'sql' };
  switch (first.value) {
    case 'set':
      return parseSet(c);
    case 'show':
      return parseShow(c);
    case 'reset':
      return parseReset(c);
    case 'begin': {
      c.word('work', 'transaction');
      return parseBegin(c, 'BEGIN');
    }
    case 'start':
      if (!c.word('transaction')) return { kind: 'sql' };
      return parseBegin(c, 'START TRANSACTION');
    case 'commit':
    case 'end':
      if (first.value === 'commit' && c.word('prepared'))
        return unsupported('prepared transactions are not supported');
      return parseTxEnd(c, { kind: 'commit' });
    case 'rollback':
    case 'abort':
      if (c.peek()?.kind === 'word' && c.peek()?.value === 'prepared') {
        return unsupported('prepared transactions are not supported');
      }
      if (c.peek()?.kind === 'word' && c.peek()?.value === 'to')
        return unsupported('savepoints are not supported');
      if (c.peek(1)?.kind === 'word' && c.peek(1)?.value === 'to')
        return unsupported('savepoints are not supported');
      return parseTxEnd(c, { kind: 'rollback' });
    case 'savepoint':
    case 'release':
      return unsupported('savepoints are not supported');
    case 'prepare':
      if (c.word('transaction')) return unsupported('prepared transactions are not supported');
      return { kind: 'sql' };
    case 'listen':
      return unsupported('LISTEN is not supported');
    case 'notify':
      return unsupported('NOTIFY is not supported');
    case 'unlisten':
      return { kind: 'unlisten' };
    case 'discard': {
      const what = c.word('all', 'plans', 'sequences', 'temp', 'temporary');
      if (what === undefined || !c.atEnd()) return syntax(c.peek());
      return { kind: 'discard', what: what === 'temporary' ? 'TEMP' : (what.toUpperCase() as 'ALL') };
    }
    case 'deallocate': {
      c.word('prepare');
      if (c.word('all')) return c.atEnd() ? { kind: 'deallocate', name: null } : syntax(c.peek());
      const name = c.next();
      if (name === undefined || (name.kind !== 'word' && name.kind !== 'qident') || !c.atEnd())
        return syntax(name);
      return { kind: 'deallocate', name: name.value };
    }
    case 'copy':
      return parseCopy(sql, c);
    case 'declare':
      return parseDeclare(sql, c);
    case 'fetch':
    case 'move':
      return parseFetch(c, first.value === 'move');
    case 'close': {
      if (c.word('all')) return c.atEnd() ? { kind: 'close-cursor', name: null } : syntax(c.peek());
      const name = c.next();
      if (name === undefined || (name.kind !== 'word' && name.kind !== 'qident') || !c.atEnd())
        return syntax(name);
      return { kind: 'close-cursor', name: name.value };
    }
    case 'select':
      return parseSelectSetting(c) ?? { kind: 'sql' };
    default:
      return { kind: 'sql' };
  }
}

function unsupported(message: string): Command {
  return { kind: 'unsupported', message };
}

function parseTxEnd(c: Cursor, done: Command): Command {
  c.word('work', 'transaction');
  if (c.word('and')) {
    const no = c.word('no');
    if (!c.word('chain')) return syntax(c.peek());
    if (!no) return unsupported('AND CHAIN is not supported');
  }
  return c.atEnd() ? done : syntax(c.peek());
}

function parseModes(c: Cursor): TransactionModes | Command {
  const modes: TransactionModes = {};
  for (;;) {
    if (c.atEnd()) return modes;
    if (c.word('isolation')) {
      if (!c.word('level')) return syntax(c.peek());
      if (c.word('serializable')) modes.isolation = 'serializable';
      else if (c.word('repeatable')) {
        if (!c.word('read')) return syntax(c.peek());
        modes.isolation = 'repeatable read';
      } else if (c.word('read')) {
        const w = c.word('committed', 'uncommitted');
        if (w === undefined) return syntax(c.peek());
        modes.isolation = w === 'committed' ? 'read committed' : 'read uncommitted';
      } else return syntax(c.peek());
    } else if (c.word('read')) {
      const w = c.word('only', 'write');
      if (w === undefined) return syntax(c.peek());
      modes.readOnly = w === 'only';
    } else if (c.word('not')) {
      if (!c.word('deferrable')) return syntax(c.peek());
      modes.deferrable = false;
    } else if (c.word('deferrable')) {
      modes.deferrable = true;
    } else return syntax(c.peek());
    c.op(',');
  }
}

function parseBegin(c: Cursor, tag: 'BEGIN' | 'START TRANSACTION'): Command {
  const modes = parseModes(c);
  if ('kind' in modes) return modes as Command;
  return { kind: 'begin', tag, modes };
}

/** A parameter name: word, quoted identifier, or dotted custom name (`myapp.setting`). */
function parseName(c: Cursor): string | undefined {
  const tok = c.peek();
  if (tok === undefined || (tok.kind !== 'word' && tok.kind !== 'qident')) return undefined;
  c.next();
  let name = tok.value;
  while (c.op('.')) {
    const part = c.next();
    if (part === undefined || (part.kind !== 'word' && part.kind !== 'qident')) return undefined;
    name += `.${part.value}`;
  }
  return name;
}

/** `value [, value]*` of SET; null for DEFAULT. */
function parseValues(c: Cursor): string | null | Command {
  const values: string[] = [];
  for (;;) {
    const tok = c.next();
    if (tok === undefined) return syntax(tok);
    if (tok.kind === 'op' && (tok.value === '-' || tok.value === '+')) {
      const num = c.next();
      if (num?.kind !== 'number') return syntax(num);
      values.push(tok.value === '-' ? `-${num.value}` : num.value);
    } else if (tok.kind === 'word' && tok.value === 'default' && values.length === 0 && c.atEnd()) {
      return null;
    } else if (
      tok.kind === 'string' ||
      tok.kind === 'number' ||
      tok.kind === 'word' ||
      tok.kind === 'qident'
    ) {
      values.push(tok.value);
    } else return syntax(tok);
    if (c.atEnd()) return values.join(', ');
    if (!c.op(',')) return syntax(c.peek());
  }
}

function parseSet(c: Cursor): Command {
  let local = false;
  if (c.word('local')) local = true;
  else if (c.word('session')) {
    if (c.word('characteristics')) {
      if (!c.word('as') || !c.word('transaction')) return syntax(c.peek());
      const modes = parseModes(c);
      if ('kind' in modes) return modes as Command;
      return { kind: 'set-transaction', modes, session: true };
    }
    if (c.word('authorization')) return unsupported('SET SESSION AUTHORIZATION is not supported');
  }
  const tok = c.peek();
  if (tok?.kind === 'word') {
    switch (tok.value) {
      case 'variable':
        if (c.peek(1)?.kind === 'word' || c.peek(1)?.kind === 'qident') return { kind: 'sql' };
        break;
      case 'global':
        if (c.peek(1)?.kind === 'word') return unsupported('SET GLOBAL is not supported');
        break;
      case 'transaction': {
        if (c.peek(1)?.kind === 'op') break;
        c.next();
        if (c.word('snapshot')) return unsupported('SET TRANSACTION SNAPSHOT is not supported');
        const modes = parseModes(c);
        if ('kind' in modes) return modes as Command;
        return { kind: 'set-transaction', modes, session: false };
      }
      case 'time':
        if (c.peek(1)?.kind === 'word' && c.peek(1)?.value === 'zone') {
          c.next();
          c.next();
          if (c.word('local', 'default'))
            return c.atEnd() ? { kind: 'set', name: 'timezone', value: null, local } : syntax(c.peek());
          if (c.word('interval')) {
            const v = c.next();
            if (v?.kind !== 'string') return syntax(v);
            while (!c.atEnd()) c.next();
            return { kind: 'set', name: 'timezone', value: v.value, local };
          }
          const value = parseValues(c);
          if (typeof value === 'object' && value !== null) return value;
          return { kind: 'set', name: 'timezone', value, local };
        }
        break;
      case 'names': {
        c.next();
        if (c.atEnd()) return { kind: 'set', name: 'client_encoding', value: null, local };
        const value = parseValues(c);
        if (typeof value === 'object' && value !== null) return value;
        return { kind: 'set', name: 'client_encoding', value, local };
      }
      case 'schema': {
        c.next();
        const v = c.next();
        if (v?.kind !== 'string' || !c.atEnd()) return syntax(v);
        return { kind: 'set', name: 'search_path', value: v.value, local };
      }
      case 'role':
        return unsupported('SET ROLE is not supported');
      case 'xml':
        if (c.peek(1)?.kind === 'word' && c.peek(1)?.value === 'option') {
          c.next();
          c.next();
          const value = parseValues(c);
          if (typeof value === 'object' && value !== null) return value;
          return { kind: 'set', name: 'xmloption', value, local };
        }
        break;
    }
  }
  const name = parseName(c);
  if (name === undefined) return syntax(c.peek());
  if (!c.op('=') && !c.word('to')) return syntax(c.peek());
  const value = parseValues(c);
  if (typeof value === 'object' && value !== null) return value;
  return { kind: 'set', name, value, local };
}

function parseShow(c: Cursor): Command {
  if (c.word('all')) {
    if (c.atEnd()) return { kind: 'show-all' };
    return { kind: 'sql' }; // DuckDB's SHOW ALL TABLES
  }
  const tok = c.peek();
  if (tok?.kind === 'word') {
    if (tok.value === 'tables' || tok.value === 'databases') {
      if (c.peek(1) === undefined || c.peek(1)?.value === ';' || tok.value === 'tables')
        return { kind: 'sql' };
    }
    if (tok.value === 'time' && c.peek(1)?.value === 'zone') {
      c.next();
      c.next();
      return c.atEnd() ? { kind: 'show', name: 'timezone' } : syntax(c.peek());
    }
    if (tok.value === 'transaction' && c.peek(1)?.value === 'isolation') {
      c.next();
      c.next();
      if (!c.word('level') || !c.atEnd()) return syntax(c.peek());
      return { kind: 'show', name: 'transaction_isolation' };
    }
    if (tok.value === 'session' && c.peek(1)?.value === 'authorization') {
      c.next();
      c.next();
      return c.atEnd() ? { kind: 'show', name: 'session_authorization' } : syntax(c.peek());
    }
  }
  const name = parseName(c);
  if (name === undefined || !c.atEnd()) return syntax(c.peek());
  return { kind: 'show', name };
}

function parseReset(c: Cursor): Command {
  if (c.word('all')) return c.atEnd() ? { kind: 'reset-all' } : syntax(c.peek());
  const tok = c.peek();
  if (tok?.kind === 'word') {
    if (tok.value === 'variable' && c.peek(1) !== undefined) return { kind: 'sql' };
    if (tok.value === 'time' && c.peek(1)?.value === 'zone') {
      c.next();
      c.next();
      return c.atEnd() ? { kind: 'reset', name: 'timezone' } : syntax(c.peek());
    }
    if (tok.value === 'session' && c.peek(1)?.value === 'authorization') return { kind: 'reset-all' };
    if (tok.value === 'role') return { kind: 'reset-all' };
  }
  const name = parseName(c);
  if (name === undefined || !c.atEnd()) return syntax(c.peek());
  return { kind: 'reset', name };
}

/** `SELECT [pg_catalog.]set_config('n', 'v', bool)` / `SELECT [pg_catalog.]current_setting('n' [, bool])`. */
function parseSelectSetting(c: Cursor): Command | undefined {
  if (c.word('pg_catalog') !== undefined && !c.op('.')) return undefined;
  const fn = c.word('set_config', 'current_setting');
  if (fn === undefined || !c.op('(')) return undefined;
  const name = c.next();
  if (name?.kind !== 'string') return undefined;
  if (fn === 'set_config') {
    if (!c.op(',')) return undefined;
    const value = c.next();
    if (value?.kind !== 'string' || !c.op(',')) return undefined;
    const local = c.word('true', 'false');
    if (local === undefined || !c.op(')')) return undefined;
    const alias = selectAlias(c, fn);
    if (alias === undefined) return undefined;
    return {
      kind: 'set-config',
      name: name.value.toLowerCase(),
      value: value.value,
      local: local === 'true',
      alias,
    };
  }
  let missingOk = false;
  if (c.op(',')) {
    const flag = c.word('true', 'false');
    if (flag === undefined) return undefined;
    missingOk = flag === 'true';
  }
  if (!c.op(')')) return undefined;
  const alias = selectAlias(c, fn);
  if (alias === undefined) return undefined;
  return { kind: 'current-setting', name: name.value.toLowerCase(), missingOk, alias };
}

/** `[AS] alias` then the end; the function name without one; undefined for anything else. */
function selectAlias(c: Cursor, fallback: string): string | undefined {
  if (c.atEnd()) return fallback;
  c.word('as');
  const tok = c.next();
  if (tok === undefined || (tok.kind !== 'word' && tok.kind !== 'qident') || !c.atEnd()) return undefined;
  return tok.value;
}

// ---- SQL cursors ------------------------------------------------------------------------------

/** `DECLARE name [BINARY] [ASENSITIVE|INSENSITIVE] [[NO] SCROLL] CURSOR [WITH[OUT] HOLD] FOR query`. */
function parseDeclare(sql: string, c: Cursor): Command {
  const name = c.next();
  if (name === undefined || (name.kind !== 'word' && name.kind !== 'qident')) return syntax(name);
  let binary = false;
  let hold = false;
  for (;;) {
    if (c.word('binary')) binary = true;
    else if (c.word('asensitive', 'insensitive', 'scroll')) continue;
    else if (c.word('no')) {
      if (!c.word('scroll')) return syntax(c.peek());
    } else break;
  }
  if (!c.word('cursor')) return syntax(c.peek());
  if (c.word('with')) {
    if (!c.word('hold')) return syntax(c.peek());
    hold = true;
  } else if (c.word('without')) {
    if (!c.word('hold')) return syntax(c.peek());
  }
  const forTok = c.peek();
  if (!c.word('for') || forTok === undefined) return syntax(c.peek());
  const query = sql.slice(forTok.end).trim().replace(/;\s*$/, '');
  if (query === '') return syntax(undefined);
  return { kind: 'declare', name: name.value, query, binary, hold };
}

/** `FETCH|MOVE [NEXT | n | ALL | FORWARD [n | ALL]] [FROM | IN] name`; backward moves are refused. */
function parseFetch(c: Cursor, move: boolean): Command {
  let count: number | 'all' = 1;
  const backwards = () =>
    ({ kind: 'error', error: new PgError('55000', 'cursor can only scan forward') }) as Command;
  if (c.word('prior', 'first', 'last', 'absolute', 'relative', 'backward')) return backwards();
  if (c.word('next')) count = 1;
  else if (c.word('all')) count = 'all';
  else {
    c.word('forward');
    if (c.word('all')) count = 'all';
    else {
      let sign = 1;
      if (c.op('-')) sign = -1;
      else c.op('+');
      const n = c.peek();
      if (n?.kind === 'number') {
        c.next();
        const v = sign * Number(n.value);
        if (!Number.isInteger(v)) return syntax(n);
        if (v <= 0)
          return v === 0 ? unsupported('FETCH 0 (the current row again) is not supported') : backwards();
        count = v;
      }
    }
  }
  c.word('from', 'in');
  const name = c.next();
  if (name === undefined || (name.kind !== 'word' && name.kind !== 'qident') || !c.atEnd())
    return syntax(name);
  return { kind: 'fetch', name: name.value, count, move };
}

// ---- COPY -------------------------------------------------------------------------------------

function parseCopy(sql: string, c: Cursor): Command {
  const options: CopyOptions = { format: 'text', header: false };
  if (c.word('binary')) options.format = 'binary';
  let query: string | undefined;
  let schema: string | undefined;
  let table: string | undefined;
  let columns: string[] | undefined;
  const open = c.peek();
  if (open?.kind === 'op' && open.value === '(') {
    c.next();
    let depth = 1;
    let close: Token | undefined;
    while (c.peek() !== undefined) {
      const tok = c.next() as Token;
      if (tok.kind === 'op' && tok.value === '(') depth++;
      if (tok.kind === 'op' && tok.value === ')' && --depth === 0) {
        close = tok;
        break;
      }
    }
    if (close === undefined) return syntax(undefined);
    query = sql.slice(open.end, close.start).trim();
  } else {
    const first = c.next();
    if (first === undefined || (first.kind !== 'word' && first.kind !== 'qident')) return syntax(first);
    table = first.value;
    if (c.op('.')) {
      const second = c.next();
      if (second === undefined || (second.kind !== 'word' && second.kind !== 'qident')) return syntax(second);
      schema = table;
      table = second.value;
      if (c.op('.')) return { kind: 'sql' }; // catalog-qualified: the session's business
    }
    if (c.op('(')) {
      columns = [];
      for (;;) {
        const col = c.next();
        if (col === undefined || (col.kind !== 'word' && col.kind !== 'qident')) return syntax(col);
        columns.push(col.value);
        if (c.op(')')) break;
        if (!c.op(',')) return syntax(c.peek());
      }
    }
  }
  const direction = c.word('from', 'to');
  if (direction === undefined) return syntax(c.peek());
  const source = c.peek();
  const isStd = source?.kind === 'word' && (source.value === 'stdin' || source.value === 'stdout');
  if (!isStd) return { kind: 'sql' }; // files and programs: the session refuses them
  c.next();
  if ((direction === 'from') !== (source?.value === 'stdin')) return syntax(source);
  if (direction === 'from' && query !== undefined) return syntax(source);
  const opts = parseCopyOptions(c, options);
  if (opts !== undefined) return opts;
  if (options.format === 'binary') return unsupported('COPY BINARY is not supported: use FORMAT text or csv');
  if (options.encoding !== undefined && !/^utf-?8$/i.test(options.encoding)) {
    return unsupported(`COPY ENCODING ${options.encoding} is not supported: only UTF8`);
  }
  for (const [name, value] of [
    ['DELIMITER', options.delimiter],
    ['QUOTE', options.quote],
    ['ESCAPE', options.escape],
  ] as const) {
    if (value !== undefined && [...value].length !== 1) {
      return {
        kind: 'error',
        error: new PgError('22023', `COPY ${name.toLowerCase()} must be a single one-byte character`),
      };
    }
  }
  if (options.format === 'text' && (options.quote !== undefined || options.escape !== undefined)) {
    return {
      kind: 'error',
      error: new PgError('0A000', 'COPY QUOTE and ESCAPE are available only in CSV mode'),
    };
  }
  if (direction === 'from') {
    return { kind: 'copy-in', schema, table: table as string, columns, options };
  }
  return { kind: 'copy-out', query, schema, table, columns, options };
}

function optionValue(c: Cursor): string | undefined {
  c.word('as');
  const v = c.next();
  if (v === undefined) return undefined;
  if (v.kind === 'string' || v.kind === 'word' || v.kind === 'qident' || v.kind === 'number') return v.value;
  return undefined;
}

function boolOption(c: Cursor): boolean | 'match' {
  const tok = c.peek();
  if (tok === undefined || (tok.kind === 'op' && (tok.value === ',' || tok.value === ')'))) return true;
  c.next();
  const v = tok.value.toLowerCase();
  if (v === 'match') return 'match';
  if (['true', 'on', '1', 'yes'].includes(v)) return true;
  return false;
}

function columnList(c: Cursor): string[] | undefined {
  if (!c.op('(')) return undefined;
  const cols: string[] = [];
  for (;;) {
    const col = c.next();
    if (col === undefined || (col.kind !== 'word' && col.kind !== 'qident')) return undefined;
    cols.push(col.value);
    if (c.op(')')) return cols;
    if (!c.op(',')) return undefined;
  }
}

/** `[WITH] ( option [value] [, ...] )` or the pre-9.0 option words; undefined when fine. */
function parseCopyOptions(c: Cursor, o: CopyOptions): Command | undefined {
  c.word('with');
  if (c.op('(')) {
    for (;;) {
      const name = c.next();
      if (name === undefined || name.kind !== 'word') return syntax(name);
      switch (name.value) {
        case 'format': {
          const f = optionValue(c)?.toLowerCase();
          if (f !== 'text' && f !== 'csv' && f !== 'binary') {
            return { kind: 'error', error: new PgError('22023', `COPY format "${f ?? ''}" not recognized`) };
          }
          o.format = f;
          break;
        }
        case 'header': {
          const h = boolOption(c);
          o.header = h !== false;
          break;
        }
        case 'delimiter':
        case 'null':
        case 'quote':
        case 'escape':
        case 'encoding': {
          const v = optionValue(c);
          if (v === undefined) return syntax(c.peek());
          o[name.value] = v;
          break;
        }
        case 'freeze':
          boolOption(c);
          break;
        case 'force_quote': {
          if (c.op('*')) o.forceQuote = '*';
          else {
            const cols = columnList(c);
            if (cols === undefined) return syntax(c.peek());
            o.forceQuote = cols;
          }
          break;
        }
        case 'oids':
        case 'force_not_null':
        case 'force_null':
        case 'default':
        case 'on_error':
          return unsupported(`COPY option ${name.value.toUpperCase()} is not supported`);
        default:
          return { kind: 'error', error: new PgError('42601', `option "${name.value}" not recognized`) };
      }
      if (c.op(')')) break;
      if (!c.op(',')) return syntax(c.peek());
    }
    return c.atEnd() ? undefined : syntax(c.peek());
  }
  // Legacy: BINARY | CSV | HEADER | DELIMITER [AS] 'x' | NULL [AS] 'x' | QUOTE ... | ESCAPE ... | FORCE QUOTE ...
  while (!c.atEnd()) {
    const w = c.word(
      'binary',
      'csv',
      'header',
      'delimiter',
      'null',
      'quote',
      'escape',
      'force',
      'oids',
      'encoding',
    );
    switch (w) {
      case 'binary':
        o.format = 'binary';
        break;
      case 'csv':
        o.format = 'csv';
        break;
      case 'header':
        o.header = true;
        break;
      case 'delimiter':
      case 'null':
      case 'quote':
      case 'escape':
      case 'encoding': {
        const v = optionValue(c);
        if (v === undefined) return syntax(c.peek());
        o[w] = v;
        break;
      }
      case 'force':
        if (c.word('quote')) {
          if (c.op('*')) o.forceQuote = '*';
          else {
            const cols: string[] = [];
            for (;;) {
              const col = c.next();
              if (col === undefined || (col.kind !== 'word' && col.kind !== 'qident')) return syntax(col);
              cols.push(col.value);
              if (!c.op(',')) break;
            }
            o.forceQuote = cols;
          }
          break;
        }
        return unsupported('COPY FORCE NOT NULL is not supported');
      case 'oids':
        return unsupported('COPY OIDS is not supported');
      default:
        return syntax(c.peek());
    }
  }
  return undefined;
}

/** `"name"` quoted for DuckDB (always quoted: keeps case, allows any character). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * DuckDB types of the parameter OIDs a client may declare in Parse that DuckDB cannot always infer
 * by itself (`$1::INTEGER + $2`): a declared type is the parameter's type in PostgreSQL, so the
 * statement is prepared with a cast. Text-like OIDs are left alone (DuckDB casts strings where
 * needed) and so is numeric (a DECIMAL cast would pick a scale).
 */
export const PARAM_CASTS: Readonly<Record<number, string>> = {
  16: 'BOOLEAN',
  17: 'BLOB',
  20: 'BIGINT',
  21: 'SMALLINT',
  23: 'INTEGER',
  26: 'BIGINT',
  114: 'JSON',
  700: 'FLOAT',
  701: 'DOUBLE',
  1082: 'DATE',
  1083: 'TIME',
  1114: 'TIMESTAMP',
  1184: 'TIMESTAMPTZ',
  1186: 'INTERVAL',
  1266: 'TIMETZ',
  2950: 'UUID',
  3802: 'JSON',
  1000: 'BOOLEAN[]',
  1005: 'SMALLINT[]',
  1007: 'INTEGER[]',
  1009: 'VARCHAR[]',
  1015: 'VARCHAR[]',
  1016: 'BIGINT[]',
  1021: 'FLOAT[]',
  1022: 'DOUBLE[]',
  1115: 'TIMESTAMP[]',
  1182: 'DATE[]',
  1185: 'TIMESTAMPTZ[]',
  2951: 'UUID[]',
};

/** `$n` → `CAST($n AS type)` for the 1-based parameters in `casts` (strings and comments untouched). */
export function castParams(sql: string, casts: ReadonlyMap<number, string>): string {
  const tokens = tokenize(sql);
  if (tokens === undefined) return sql;
  let out = '';
  let at = 0;
  for (const t of tokens) {
    if (t.kind !== 'param') continue;
    const type = casts.get(Number(t.value.slice(1)));
    if (type === undefined) continue;
    out += `${sql.slice(at, t.start)}CAST(${t.value} AS ${type})`;
    at = t.end;
  }
  return out + sql.slice(at);
}
