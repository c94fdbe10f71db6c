import { duckdbErrorCategory, firstLine } from '../db/duckdb-errors.js';
import { INTERNAL_ALIAS } from '../db/engine.js';
import { StorageError } from '../errors.js';

/**
 * DuckDB errors of a session's own SQL. Unlike the API's (src/core/db/duckdb-errors.ts), user
 * text did reach SQL here, so parser, binder and catalog errors are the user's: INVALID_ARGUMENT
 * `sql_error` with DuckDB's category in details (each protocol maps categories to its codes).
 * Internal aliases are never shown (a message may name the catalog a view reads).
 */
export function sessionSqlError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const category = duckdbErrorCategory(error);
  if (category === undefined || !(error instanceof Error)) return StorageError.from(error);
  const message = scrub(firstLine(error.message));
  if (category === 'Out of Memory') {
    return new StorageError('RESOURCE_EXHAUSTED', 'out_of_memory', `${message} (limit DUCKDB_MEMORY_LIMIT)`, {
      cause: error,
      details: { category },
    });
  }
  if (category === 'Permission')
    return new StorageError('PERMISSION_DENIED', 'sql_not_allowed', message, { cause: error });
  if (category === 'INTERNAL' || category === 'Fatal') return StorageError.from(error);
  return new StorageError('INVALID_ARGUMENT', 'sql_error', message, { cause: error, details: { category } });
}

/** Replaces internal catalog aliases in a message. */
export function scrub(message: string): string {
  return message.replace(/"?\b[a-z]_(?:\d+_)?[0-9a-f]{24}\b"?/gi, (m) =>
    INTERNAL_ALIAS.test(m.replaceAll('"', '')) ? '<project>' : m,
  );
}

/** The alias named by DuckDB's `Catalog "x" does not exist!` (a view's file not attached). */
export function missingCatalog(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const m = /Catalog "([^"]+)" does not exist/.exec(error.message);
  return m?.[1];
}
