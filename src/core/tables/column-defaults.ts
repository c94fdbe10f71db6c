import { invalidArgument } from '../errors.js';

/**
 * Column defaults (ColumnDefinition.default): only literals and a few functions, re-emitted
 * canonically so raw text never reaches DDL (reference pitfall 03/1).
 */
const FUNCTIONS: Record<string, string> = {
  current_timestamp: 'current_timestamp',
  'current_timestamp()': 'current_timestamp',
  current_date: 'current_date',
  'current_date()': 'current_date',
  'now()': 'now()',
  'gen_random_uuid()': 'gen_random_uuid()',
};
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const STRING = /^'((?:[^']|'')*)'$/s;

/** The SQL text of a default, or INVALID_ARGUMENT `invalid_default`. */
export function canonicalDefault(text: string): string {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase().replaceAll(/\s+/g, '');
  const fn = FUNCTIONS[lower];
  if (fn !== undefined) return fn;
  if (lower === 'true' || lower === 'false' || lower === 'null') return lower.toUpperCase();
  if (NUMBER.test(trimmed) && trimmed.length <= 64) return trimmed;
  const string = STRING.exec(trimmed);
  if (string !== null && !trimmed.includes('\0')) {
    const value = (string[1] ?? '').replaceAll("''", "'");
    return `'${value.replaceAll("'", "''")}'`;
  }
  throw invalidArgument(
    'invalid_default',
    `Invalid default '${text}': use a number, a quoted string, TRUE, FALSE, NULL, current_timestamp, current_date, now() or gen_random_uuid()`,
    { default: text },
  );
}
