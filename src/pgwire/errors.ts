import { type ErrorCode, StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';

/**
 * PostgreSQL errors of the wire server: a SQLSTATE, a message and optional detail/hint. Everything
 * a client sees as ErrorResponse is one of these; core errors are mapped by `toPgError` through
 * the one table below.
 */
export class PgError extends Error {
  override readonly name = 'PgError';
  readonly code: string;
  readonly detail: string | undefined;
  readonly hint: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { detail?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.detail = options.detail;
    this.hint = options.hint;
  }
}

interface Rule {
  /** Core `reason` (exact). */
  reason?: string;
  /** Core `code`. */
  code?: ErrorCode;
  /** DuckDB error category (`details.category`, or the message's `Xxx Error:` prefix). */
  category?: string;
  /** Tested against the DuckDB message. */
  message?: RegExp;
  sqlstate: string;
}

/**
 * THE table from core errors to SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html),
 * first match wins: specific reasons, then DuckDB categories refined by message, then core codes.
 */
export const SQLSTATE_RULES: readonly Rule[] = [
  // authentication, sessions and limits
  { reason: 'invalid_credentials', sqlstate: '28P01' },
  { reason: 'too_many_auth_attempts', sqlstate: '53400' },
  { reason: 'too_many_connections', sqlstate: '53300' },
  { reason: 'workspace_expired', sqlstate: '28000' },
  { reason: 'workspace_not_found', sqlstate: '28000' },
  { reason: 'query_timeout', sqlstate: '57014' },
  { reason: 'query_canceled', sqlstate: '57014' },
  { reason: 'sql_not_allowed', sqlstate: '42501' },
  { reason: 'sql_not_supported', sqlstate: '0A000' },
  { reason: 'out_of_memory', sqlstate: '53200' },
  { reason: 'transaction_aborted', sqlstate: '25P02' },
  // DuckDB categories (sql_error), refined by message
  { category: 'TransactionContext', message: /aborted/i, sqlstate: '25P02' },
  { category: 'TransactionContext', message: /within a transaction|already/i, sqlstate: '25001' },
  { category: 'TransactionContext', message: /no transaction/i, sqlstate: '25P01' },
  { category: 'TransactionContext', message: /conflict/i, sqlstate: '40001' },
  { category: 'TransactionContext', sqlstate: '25000' },
  {
    category: 'Catalog',
    message: /(Table|View) with name .* does not exist|Table .* does not exist/i,
    sqlstate: '42P01',
  },
  { category: 'Catalog', message: /Schema with name .* does not exist/i, sqlstate: '3F000' },
  { category: 'Catalog', message: /Catalog .* does not exist/i, sqlstate: '3D000' },
  { category: 'Catalog', message: /Function with name .* does not exist|Macro/i, sqlstate: '42883' },
  { category: 'Catalog', message: /(Table|View|Sequence) with name .* already exists/i, sqlstate: '42P07' },
  { category: 'Catalog', message: /Schema with name .* already exists/i, sqlstate: '42P06' },
  { category: 'Catalog', message: /already exists/i, sqlstate: '42710' },
  { category: 'Catalog', sqlstate: '42704' },
  { category: 'Binder', message: /ambiguous/i, sqlstate: '42702' },
  { category: 'Binder', message: /column/i, sqlstate: '42703' },
  { category: 'Binder', message: /function/i, sqlstate: '42883' },
  { category: 'Binder', message: /GROUP BY|aggregate/i, sqlstate: '42803' },
  { category: 'Binder', message: /type|cast/i, sqlstate: '42804' },
  { category: 'Binder', sqlstate: '42000' },
  { category: 'Parser', sqlstate: '42601' },
  { category: 'Syntax', sqlstate: '42601' },
  { category: 'Conversion', message: /out of range/i, sqlstate: '22003' },
  { category: 'Conversion', sqlstate: '22P02' },
  { category: 'Out of Range', sqlstate: '22003' },
  { category: 'Constraint', message: /duplicate key|PRIMARY KEY or UNIQUE/i, sqlstate: '23505' },
  { category: 'Constraint', message: /NOT NULL/i, sqlstate: '23502' },
  { category: 'Constraint', message: /CHECK/i, sqlstate: '23514' },
  { category: 'Constraint', message: /foreign key/i, sqlstate: '23503' },
  { category: 'Constraint', sqlstate: '23000' },
  { category: 'Invalid Input', sqlstate: '22000' },
  { category: 'Mismatch Type', sqlstate: '42804' },
  { category: 'Invalid Type', sqlstate: '42804' },
  { category: 'Not implemented', sqlstate: '0A000' },
  { category: 'Permission', sqlstate: '42501' },
  { category: 'INTERRUPT', sqlstate: '57014' },
  { category: 'Interrupt', sqlstate: '57014' },
  { category: 'Out of Memory', sqlstate: '53200' },
  { category: 'IO', sqlstate: '58030' },
  { category: 'Dependency', sqlstate: '2BP01' },
  { category: 'Sequence', sqlstate: '2200H' },
  { category: 'Invalid Configuration', sqlstate: '22023' },
  // core codes
  { code: 'INVALID_ARGUMENT', sqlstate: '22023' },
  { code: 'VALIDATION_FAILED', sqlstate: '22023' },
  { code: 'UNAUTHENTICATED', sqlstate: '28000' },
  { code: 'PERMISSION_DENIED', sqlstate: '42501' },
  { code: 'NOT_FOUND', sqlstate: '42704' },
  { code: 'ALREADY_EXISTS', sqlstate: '42710' },
  { code: 'CONFLICT', sqlstate: '40001' },
  { code: 'FAILED_PRECONDITION', sqlstate: '55000' },
  { code: 'PAYLOAD_TOO_LARGE', sqlstate: '54000' },
  { code: 'RESOURCE_EXHAUSTED', sqlstate: '53400' },
  { code: 'UNAVAILABLE', sqlstate: '57P03' },
];

/** Messages of the SQLSTATEs whose core text would say too much or too little. */
const FIXED_MESSAGES: Readonly<Record<string, string>> = {
  query_canceled: 'canceling statement due to user request',
};

const CATEGORY = /^([A-Za-z ]+?) Error: /;

/** The SQLSTATE of a core error (XX000 when nothing matches: an internal error). */
export function sqlstateOf(error: StorageError): string {
  if (error.code === 'INTERNAL') return 'XX000';
  const detailCategory = error.details?.category;
  const category =
    typeof detailCategory === 'string' ? detailCategory : (CATEGORY.exec(error.message)?.[1] ?? undefined);
  for (const rule of SQLSTATE_RULES) {
    if (rule.reason !== undefined && rule.reason !== error.reason) continue;
    if (rule.code !== undefined && rule.code !== error.code) continue;
    if (rule.category !== undefined && rule.category.toLowerCase() !== category?.toLowerCase()) continue;
    if (rule.message !== undefined && !rule.message.test(error.message)) continue;
    return rule.sqlstate;
  }
  return 'XX000';
}

/**
 * Any thrown value as a PgError: PgError as is, a StorageError through the table (its message's
 * first line; DuckDB's "Did you mean"/"Candidate bindings" lines become the hint), anything else
 * (or a core INTERNAL) as XX000 with a generic message, its cause logged with the session id.
 * Stack traces never reach the client.
 */
export function toPgError(
  error: unknown,
  log: Logger,
  fields: Record<string, unknown> = {},
  scrub: (message: string) => string = (m) => m,
): PgError {
  if (error instanceof PgError) return error;
  if (error instanceof StorageError) {
    const sqlstate = sqlstateOf(error);
    if (sqlstate !== 'XX000') {
      const fixed = FIXED_MESSAGES[error.reason];
      const { message, hint } = splitDuckdbMessage(scrub(error.message));
      return new PgError(sqlstate, fixed ?? message, hint === undefined ? {} : { hint });
    }
  }
  const id = typeof fields.session_id === 'string' ? ` (session ${fields.session_id})` : '';
  log.log('error', 'pgwire internal error', { ...fields, error });
  return new PgError('XX000', `internal error${id}`);
}

/** DuckDB's multi-line message: the first line, and its suggestion lines as a hint. */
export function splitDuckdbMessage(text: string): { message: string; hint?: string } {
  const lines = text.split('\n');
  const message = (lines[0] ?? '').trim() || 'error';
  const hints = lines
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => /^(Did you mean|Candidate)/i.test(l));
  return hints.length > 0 ? { message, hint: hints.join(' ') } : { message };
}
