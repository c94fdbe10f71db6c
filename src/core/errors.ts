/**
 * The one error type of the storage core. Every protocol maps `code` in exactly one table
 * (src/rest/errors.ts: HTTP status; later src/grpc/errors.ts and src/pgwire/errors.ts).
 * `reason` is the stable snake_case word the reference service sent as `detail.error`
 * (e.g. `bucket_not_found`), kept so that its clients keep working.
 */
export const ERROR_CODES = [
  'INVALID_ARGUMENT', // semantically bad input (HTTP 400)
  'VALIDATION_FAILED', // input that does not match the contract's schema (HTTP 422)
  'UNAUTHENTICATED', // no or unknown credential (HTTP 401)
  'PERMISSION_DENIED', // credential valid but not allowed (HTTP 403)
  'NOT_FOUND', // (HTTP 404)
  'ALREADY_EXISTS', // (HTTP 409)
  'CONFLICT', // state conflict: non-empty bucket, idempotency key reuse (HTTP 409)
  'FAILED_PRECONDITION', // operation not allowed in the current state (HTTP 400, as the reference)
  'PAYLOAD_TOO_LARGE', // a size limit was exceeded (HTTP 413)
  'RESOURCE_EXHAUSTED', // a count/rate limit was exceeded (HTTP 429)
  'UNAVAILABLE', // storage not usable right now (HTTP 503)
  'INTERNAL', // anything unexpected; the client sees a generic message (HTTP 500)
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Record<string, unknown>;

export interface StorageErrorOptions {
  details?: ErrorDetails;
  cause?: unknown;
}

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: ErrorCode;
  readonly reason: string;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, reason: string, message: string, options: StorageErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.reason = reason;
    this.details = options.details;
  }

  /** Wraps anything thrown into a StorageError; unknown errors become INTERNAL and keep their cause. */
  static from(error: unknown): StorageError {
    if (error instanceof StorageError) return error;
    return new StorageError('INTERNAL', 'internal_server_error', 'An internal error occurred', {
      cause: error,
    });
  }
}

export const notFound = (reason: string, message: string, details?: ErrorDetails): StorageError =>
  new StorageError('NOT_FOUND', reason, message, details === undefined ? {} : { details });

export const invalidArgument = (reason: string, message: string, details?: ErrorDetails): StorageError =>
  new StorageError('INVALID_ARGUMENT', reason, message, details === undefined ? {} : { details });

export const alreadyExists = (reason: string, message: string, details?: ErrorDetails): StorageError =>
  new StorageError('ALREADY_EXISTS', reason, message, details === undefined ? {} : { details });
