/**
 * The one PostgreSQL/DuckDB lexer of statements (the sandbox's and the PG wire server's command
 * recognition): strings ('', E'' with backslashes, B'', X'', N'', U&''), dollar quotes, quoted
 * identifiers (also U&""), nested block comments, parameters, operators. The sandbox relies on it
 * never mistaking quoted text for code and vice versa, so it errs on the side of "identifier":
 * anything that is not a string, comment or punctuation is a word.
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
const PUNCT = '(),.[]:';
const OPERATOR = '+-*/<>=~!@#%^&|`?';
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The tokens of `sql`. Unterminated strings, quoted identifiers, dollar quotes and comments run to
 * the end of the input (what DuckDB's parser will reject); `tokenizeStrict` tells them apart.
 */
export function tokenize(sql: string): Token[] {
  return lex(sql).tokens;
}

/** tokenize, or undefined when a string, quoted identifier, dollar quote or comment is unterminated. */
export function tokenizeStrict(sql: string): Token[] | undefined {
  const { tokens, complete } = lex(sql);
  return complete ? tokens : undefined;
}

function lex(sql: string): { tokens: Token[]; complete: boolean } {
  const tokens: Token[] = [];
  let complete = true;
  let i = 0;
  const n = sql.length;
  const push = (kind: TokenKind, start: number, end: number, value: string) =>
    tokens.push({ kind, text: sql.slice(start, end), value, start, end });
  /** A quoted run from the quote at `open`: its unescaped content and where it ends. */
  const quoted = (open: number, quote: string, backslashes: boolean): { value: string; end: number } => {
    let j = open + 1;
    let value = '';
    while (j < n) {
      const ch = sql[j] as string;
      if (backslashes && ch === '\\' && j + 1 < n) {
        const next = sql[j + 1] as string;
        value += ESCAPES[next] ?? next;
        j += 2;
      } else if (ch === quote && sql[j + 1] === quote) {
        value += quote;
        j += 2;
      } else if (ch === quote) {
        return { value, end: j + 1 };
      } else {
        value += ch;
        j += 1;
      }
    }
    complete = false;
    return { value, end: n };
  };
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    const start = i;
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
      if (depth > 0) complete = false;
    } else if (/[eEbBxXnN]/.test(c) && next === "'") {
      // E'...' (backslash escapes), B'...', X'...', N'...'
      const r = quoted(i + 1, "'", c === 'e' || c === 'E');
      push('string', start, r.end, r.value);
      i = r.end;
    } else if ((c === 'u' || c === 'U') && next === '&' && (sql[i + 2] === "'" || sql[i + 2] === '"')) {
      // U&'...' / U&"...": the text keeps the U& prefix (the sandbox refuses these).
      const q = sql[i + 2] as string;
      const r = quoted(i + 2, q, false);
      push(q === "'" ? 'string' : 'quoted', start, r.end, r.value);
      i = r.end;
    } else if (c === "'" || c === '"') {
      const r = quoted(i, c, false);
      push(c === "'" ? 'string' : 'quoted', start, r.end, r.value);
      i = r.end;
    } else if (c === '$' && next !== undefined && /[0-9]/.test(next)) {
      i += 1;
      while (i < n && /[0-9]/.test(sql[i] as string)) i += 1;
      push('param', start, i, sql.slice(start, i));
    } else if (c === '$' && /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.test(sql.slice(i))) {
      const tag = (
        /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i)) as RegExpExecArray
      )[0];
      const close = sql.indexOf(tag, i + tag.length);
      if (close === -1) complete = false;
      const end = close === -1 ? n : close + tag.length;
      push('string', start, end, sql.slice(i + tag.length, close === -1 ? n : close));
      i = end;
    } else if (WORD_START.test(c)) {
      while (i < n && WORD_PART.test(sql[i] as string)) i += 1;
      push('word', start, i, sql.slice(start, i).toLowerCase());
    } else if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(sql.slice(i));
      i += m?.[0].length ?? 1;
      push('number', start, i, sql.slice(start, i));
    } else if (c === ';') {
      push('semicolon', start, i + 1, c);
      i += 1;
    } else if (PUNCT.includes(c) || !OPERATOR.includes(c)) {
      push('punct', start, i + 1, c);
      i += 1;
    } else {
      // An operator: a run of operator characters (`=` stands alone, as PostgreSQL reads `=-1`).
      i += 1;
      while (i < n && c !== '=' && OPERATOR.includes(sql[i] as string)) i += 1;
      push('punct', start, i, sql.slice(start, i));
    }
  }
  return { tokens, complete };
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
