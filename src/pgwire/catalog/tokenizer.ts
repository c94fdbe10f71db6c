/**
 * A small PostgreSQL lexer, enough to rewrite catalog queries without touching what is inside
 * strings, quoted identifiers, dollar quotes and comments. Tokens cover the input exactly: joining
 * their `text` gives the input back.
 */

export type TokenKind =
  /** spaces, tabs, newlines */
  | 'space'
  /** `-- ...` to the end of the line, or a (nested) `/* ... *\/` */
  | 'comment'
  /** `'...'`, `E'...'`, `B'...'`, `X'...'`, `N'...'`, `U&'...'` */
  | 'string'
  /** `$$...$$` or `$tag$...$tag$` */
  | 'dollar'
  /** `"..."` (also `U&"..."`) */
  | 'qident'
  /** a bare word: keyword or identifier */
  | 'word'
  | 'number'
  /** `$1`, `$2`, ... */
  | 'param'
  /** an operator made of `+-*\/<>=~!@#%^&|\`?` characters, or `::` */
  | 'op'
  /** one of `( ) [ ] , ; . :` */
  | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const OP_CHARS = '+-*/<>=~!@#%^&|`?';
const PUNCT = '()[],;.:';

function isWordStart(c: string): boolean {
  return /[A-Za-z_\u0080-\uffff]/.test(c);
}

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
}

/** Splits `sql` into tokens. Never throws: an unterminated string or comment runs to the end. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  const n = sql.length;
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    out.push({ kind, text: sql.slice(i, end) });
    i = end;
  };
  while (i < n) {
    const c = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      let j = i + 1;
      while (j < n && /[ \t\n\r\f]/.test(sql.charAt(j))) j++;
      push('space', j);
    } else if (c === '-' && next === '-') {
      const j = sql.indexOf('\n', i);
      push('comment', j < 0 ? n : j);
    } else if (c === '/' && next === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql.startsWith('/*', j)) {
          depth++;
          j += 2;
        } else if (sql.startsWith('*/', j)) {
          depth--;
          j += 2;
        } else j++;
      }
      push('comment', j);
    } else if (c === "'") {
      push('string', scanQuoted(sql, i + 1, "'", false));
    } else if ((c === 'E' || c === 'e') && next === "'") {
      push('string', scanQuoted(sql, i + 2, "'", true));
    } else if (/[BbXxNn]/.test(c) && next === "'") {
      push('string', scanQuoted(sql, i + 2, "'", false));
    } else if (
      (c === 'U' || c === 'u') &&
      next === '&' &&
      (sql.charAt(i + 2) === "'" || sql.charAt(i + 2) === '"')
    ) {
      const q = sql.charAt(i + 2);
      push(q === "'" ? 'string' : 'qident', scanQuoted(sql, i + 3, q, false));
    } else if (c === '"') {
      push('qident', scanQuoted(sql, i + 1, '"', false));
    } else if (c === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const tag = m[0];
        const close = sql.indexOf(tag, i + tag.length);
        push('dollar', close < 0 ? n : close + tag.length);
      } else if (/[0-9]/.test(next)) {
        let j = i + 1;
        while (j < n && /[0-9]/.test(sql.charAt(j))) j++;
        push('param', j);
      } else push('op', i + 1);
    } else if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordChar(sql.charAt(j))) j++;
      push('word', j);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
      const m = /^(?:0[xX][0-9A-Fa-f_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9]+)?)/.exec(sql.slice(i));
      push('number', i + Math.max(1, m?.[0].length ?? 1));
    } else if (c === ':' && next === ':') {
      push('op', i + 2);
    } else if (PUNCT.includes(c)) {
      push('punct', i + 1);
    } else if (OP_CHARS.includes(c)) {
      let j = i + 1;
      while (j < n && OP_CHARS.includes(sql.charAt(j))) {
        // `--` and `/*` start comments even inside an operator.
        if (sql.startsWith('--', j) || sql.startsWith('/*', j)) break;
        j++;
      }
      push('op', j);
    } else {
      push('op', i + 1);
    }
  }
  return out;
}

/** Index just past the closing quote; a doubled quote is an escaped one; `\` escapes in E''. */
function scanQuoted(sql: string, from: number, quote: string, backslash: boolean): number {
  let j = from;
  const n = sql.length;
  while (j < n) {
    const c = sql.charAt(j);
    if (backslash && c === '\\') {
      j += 2;
    } else if (c === quote) {
      if (sql.charAt(j + 1) === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return n;
}

/** The value of a string token (`'a''b'` → `a'b`, `E'\\n'` → newline); undefined for other prefixes. */
export function stringValue(text: string): string | undefined {
  if (text.startsWith("'"))
    return text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined).replaceAll("''", "'");
  if (/^[Ee]'/.test(text)) {
    const body = text.slice(2, text.endsWith("'") && text.length > 2 ? -1 : undefined);
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const c = body.charAt(i);
      if (c === "'" && body.charAt(i + 1) === "'") {
        out += "'";
        i++;
      } else if (c === '\\' && i + 1 < body.length) {
        const e = body.charAt(++i);
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
        if (e in simple) out += simple[e];
        else if (/[0-7]/.test(e)) {
          const m = /^[0-7]{1,3}/.exec(body.slice(i)) ?? ['0'];
          out += String.fromCharCode(Number.parseInt(m[0], 8));
          i += m[0].length - 1;
        } else if (e === 'x' && /[0-9A-Fa-f]/.test(body.charAt(i + 1))) {
          const m = /^[0-9A-Fa-f]{1,2}/.exec(body.slice(i + 1)) ?? ['0'];
          out += String.fromCharCode(Number.parseInt(m[0], 16));
          i += m[0].length;
        } else if ((e === 'u' || e === 'U') && /^[0-9A-Fa-f]{4}/.test(body.slice(i + 1))) {
          const len = e === 'u' ? 4 : 8;
          out += String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 1 + len), 16));
          i += len;
        } else out += e;
      } else out += c;
    }
    return out;
  }
  return undefined;
}

/** A standard SQL string literal for `value`. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted identifier's name (`"a""b"` → `a"b`); a bare word folds to lower case as PG does. */
export function identName(token: Token): string {
  if (token.kind === 'qident' && token.text.startsWith('"'))
    return token.text.slice(1, -1).replaceAll('""', '"');
  return token.text.toLowerCase();
}
