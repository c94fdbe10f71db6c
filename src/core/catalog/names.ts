import { isAbsolute, relative, resolve } from 'node:path';
import { invalidArgument } from '../errors.js';

/**
 * Name rules of the contract (specs/duckapi.json ProjectCreate.id, TableCreate.name,
 * ColumnDefinition.name). They keep every name safe as a path segment; SQL identifiers are
 * quoted anyway.
 */
export type NameKind = 'project' | 'bucket' | 'table' | 'column';

const RULES: Record<NameKind, { pattern: RegExp; rule: string }> = {
  project: {
    pattern: /^(?!.*_branch_)[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    rule: '1-64 letters, digits, _ or -, starting with a letter or digit, never containing _branch_',
  },
  bucket: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/,
    rule: '1-96 letters, digits, _, . or -, starting with a letter or digit',
  },
  table: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/,
    rule: '1-96 letters, digits, _, . or -, starting with a letter or digit',
  },
  column: {
    pattern: /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
    rule: '1-64 letters, digits or _, not starting with a digit',
  },
};

/** Throws INVALID_ARGUMENT `invalid_name` naming the kind and the rule. */
export function validateName(kind: NameKind, name: string): void {
  const { pattern, rule } = RULES[kind];
  // The patterns already exclude `.` and `..` (first char alphanumeric); checked again on purpose.
  if (name === '.' || name === '..' || !pattern.test(name)) {
    throw invalidArgument('invalid_name', `Invalid ${kind} name '${name}': use ${rule}`, {
      kind,
      name,
      rule,
    });
  }
}

/** Case-insensitive identity of buckets, tables and columns (DuckDB identifiers are too). */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Joins segments under root and refuses any result that leaves root (defence in depth). */
export function pathUnder(root: string, ...segments: string[]): string {
  const base = resolve(root);
  const full = resolve(base, ...segments);
  const rel = relative(base, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw invalidArgument('invalid_path', `Path escapes its storage root: ${segments.join('/')}`);
  }
  return full;
}
