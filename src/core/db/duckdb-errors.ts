import { type ErrorCode, StorageError } from '../errors.js';

/**
 * The one place that reads DuckDB error messages. DuckDB rejects with plain `Error`s whose
 * message starts with a category ("Conversion Error: ..."); we map the category to a code.
 */
const CATEGORY = /^([A-Za-z ]+) Error:/;

interface Mapping {
  code: ErrorCode;
  reason: string;
}

const BY_CATEGORY: Record<string, Mapping> = {
  Conversion: { code: 'INVALID_ARGUMENT', reason: 'invalid_value' },
  'Invalid Input': { code: 'INVALID_ARGUMENT', reason: 'invalid_value' },
  'Out of Range': { code: 'INVALID_ARGUMENT', reason: 'value_out_of_range' },
  // e.g. a primary key over a LIST column: "Invalid type Error: ... Invalid type for index key."
  'Invalid type': { code: 'INVALID_ARGUMENT', reason: 'invalid_value' },
  Constraint: { code: 'CONFLICT', reason: 'constraint_violation' },
  TransactionContext: { code: 'CONFLICT', reason: 'transaction_conflict' },
  'Out of Memory': { code: 'RESOURCE_EXHAUSTED', reason: 'out_of_memory' },
  Interrupt: { code: 'UNAVAILABLE', reason: 'query_interrupted' },
};

/** `Conversion`, `Binder`, ... or undefined when the error does not come from DuckDB. */
export function duckdbErrorCategory(error: unknown): string | undefined {
  if (!(error instanceof Error) || error instanceof StorageError) return undefined;
  return CATEGORY.exec(error.message)?.[1];
}

/** The first line of a DuckDB message: the part worth showing (the rest is a SQL excerpt). */
export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

export interface ClassifyOptions {
  /** Reason to use instead of the category's default (e.g. `invalid_filter_value`). */
  reason?: string;
  /** Message prefix explaining what we were doing. */
  context?: string;
  details?: Record<string, unknown>;
}

/**
 * Turns anything thrown by DuckDB into a StorageError. IO lock conflicts are UNAVAILABLE;
 * categories that only our own SQL can cause (Catalog, Parser, Binder, Internal) stay INTERNAL
 * with the cause kept, because user text never reaches SQL.
 */
export function fromDuckdbError(error: unknown, options: ClassifyOptions = {}): StorageError {
  if (error instanceof StorageError) return error;
  const category = duckdbErrorCategory(error);
  if (category === undefined || !(error instanceof Error)) return StorageError.from(error);
  let mapping = BY_CATEGORY[category];
  if (category === 'IO' && /Could not set lock|Conflicting lock/.test(error.message)) {
    mapping = { code: 'UNAVAILABLE', reason: 'storage_locked' };
  }
  if (mapping === undefined) {
    return new StorageError('INTERNAL', 'internal_server_error', 'An internal error occurred', {
      cause: error,
      details: { duckdb_category: category },
    });
  }
  const text = firstLine(error.message);
  const message = options.context === undefined ? text : `${options.context}: ${text}`;
  return new StorageError(mapping.code, options.reason ?? mapping.reason, message, {
    cause: error,
    details: { ...options.details, duckdb_category: category },
  });
}
