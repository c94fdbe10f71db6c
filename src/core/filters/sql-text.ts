/**
 * A lexical pass over filter text before DuckDB parses it: comments and `;` are refused
 * outright (a filter is one expression; the reference's clients test `1=1 -- x` and
 * `1=1; DROP TABLE data` as injections). String literals ('…', E'…', $tag$…$tag$) and quoted
 * identifiers are skipped so `name = 'a -- b; c'` passes. Misreading an exotic literal can only
 * refuse more, never let anything through: what runs is rebuilt from DuckDB's parse tree.
 * Returns what was refused, or undefined.
 */
export function refusedLexically(text: string): string | undefined {
  if (text.includes('\0')) return 'a NUL character';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === "'") {
      const escaped = i > 0 && /[eE]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9_]/.test(text[i - 2] ?? '');
      i = skipQuoted(text, i, "'", escaped);
    } else if (ch === '"') {
      i = skipQuoted(text, i, '"', false);
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]?[A-Za-z0-9_]*\$/.exec(text.slice(i))?.[0];
      if (tag === undefined) {
        i += 1;
      } else {
        const end = text.indexOf(tag, i + tag.length);
        i = end < 0 ? text.length : end + tag.length;
      }
    } else if ((ch === '-' && next === '-') || (ch === '/' && next === '*')) {
      return 'a comment';
    } else if (ch === ';') {
      return "';' (a filter is a single expression)";
    } else {
      i += 1;
    }
  }
  return undefined;
}

/** Index after the closing quote (a doubled quote is an escaped one). */
function skipQuoted(text: string, start: number, quote: string, backslashes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (backslashes && ch === '\\') {
      i += 2;
    } else if (ch === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return text.length;
}
