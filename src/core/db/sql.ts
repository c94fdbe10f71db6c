/** SQL text helpers. Identifiers are always quoted; values are bound, except ATTACH paths. */

/** `"name"` with embedded quotes doubled. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `'text'` with embedded quotes doubled. Only for strings we build ourselves (file paths for
 * ATTACH, which takes no parameters); never for user values.
 */
export function quoteLiteral(text: string): string {
  if (text.includes('\0')) throw new Error('NUL byte in SQL literal');
  return `'${text.replaceAll("'", "''")}'`;
}
