/**
 * A PostgreSQL/DuckDB lexer, just enough to split statements and see every identifier: strings
 * ('' and E'' with backslashes), dollar quotes, quoted identifiers, nested block comments. The
 * sandbox relies on it never mistaking quoted text for code and vice versa, so it errs on the
 * side of "identifier": anything that is not a string, comment or punctuation is a word.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'semicolon';

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token. */
  readonly text: string;
  /** Words: lower-cased; quoted identifiers: unquoted as written; strings: their content. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = sql.length;
  const push = (kind: TokenKind, start: number, end: number, value: string) =>
    tokens.push({ kind, text: sql.slice(start, end), value, start, end });
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '-' && next === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth += 1;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth -= 1;
          i += 2;
        } else i += 1;
      }
    } else if (c === "'" || ((c === 'E' || c === 'e') && next === "'")) {
      const start = i;
      const backslash = c !== "'";
      i += backslash ? 2 : 1;
      let value = '';
      while (i < n) {
        const ch = sql[i] as string;
        if (backslash && ch === '\\' && i + 1 < n) {
          value += sql[i + 1];
          i += 2;
        } else if (ch === "'" && sql[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (ch === "'") {
          i += 1;
          break;
        } else {
          value += ch;
          i += 1;
        }
      }
      push('string', start, i, value);
    } else if (c === '"') {
      const start = i;
      i += 1;
      let value = '';
      while (i < n) {
        if (sql[i] === '"' && sql[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (sql[i] === '"') {
          i += 1;
          break;
        } else {
          value += sql[i];
          i += 1;
        }
      }
      push('quoted', start, i, value);
    } else if (c === '$' && next !== undefined && /[0-9]/.test(next)) {
      const start = i;
      i += 1;
      while (i < n && /[0-9]/.test(sql[i] as string)) i += 1;
      push('param', start, i, sql.slice(start, i));
    } else if (c === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
      if (m === null) {
        push('punct', i, i + 1, c);
        i += 1;
      } else {
        const start = i;
        const tag = m[0];
        const close = sql.indexOf(tag, i + tag.length);
        const end = close === -1 ? n : close + tag.length;
        push('string', start, end, sql.slice(i + tag.length, close === -1 ? n : close));
        i = end;
      }
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(sql[i] as string)) i += 1;
      push('word', start, i, sql.slice(start, i).toLowerCase());
    } else if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      const start = i;
      while (i < n && /[0-9a-zA-Z_.]/.test(sql[i] as string)) {
        // `1..2` is not a number followed by a number; stop before a second dot run.
        if (sql[i] === '.' && sql[i + 1] === '.') break;
        i += 1;
      }
      push('number', start, i, sql.slice(start, i));
    } else if (c === ';') {
      push('semicolon', i, i + 1, c);
      i += 1;
    } else {
      push('punct', i, i + 1, c);
      i += 1;
    }
  }
  return tokens;
}

/** The statements of a simple-query string, as source text, empty ones dropped. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  let hasCode = false;
  for (const token of tokenize(sql)) {
    if (token.kind === 'semicolon') {
      if (hasCode) out.push(sql.slice(start, token.start).trim());
      start = token.end;
      hasCode = false;
    } else hasCode = true;
  }
  if (hasCode) out.push(sql.slice(start).trim());
  return out;
}

/** Whether a token is the keyword `word` (unquoted). */
export const isWord = (token: Token | undefined, word: string): boolean =>
  token !== undefined && token.kind === 'word' && token.value === word;

/** An identifier token (word or quoted) and its name as DuckDB compares it (case-insensitive). */
export const identName = (token: Token): string | undefined =>
  token.kind === 'word' ? token.value : token.kind === 'quoted' ? token.value.toLowerCase() : undefined;
