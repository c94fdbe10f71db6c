import { ServerError, Status } from 'nice-grpc';
import { type ErrorCode, StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';

/**
 * The one table from core error codes to gRPC status codes (reference pitfall 09: a duplicate
 * project was INVALID_ARGUMENT, a missing table INTERNAL). CONFLICT (non-empty bucket, duplicate
 * key, share in use) is a state the caller must change first: FAILED_PRECONDITION.
 */
export const GRPC_STATUS: Record<ErrorCode, Status> = {
  INVALID_ARGUMENT: Status.INVALID_ARGUMENT,
  VALIDATION_FAILED: Status.INVALID_ARGUMENT,
  UNAUTHENTICATED: Status.UNAUTHENTICATED,
  PERMISSION_DENIED: Status.PERMISSION_DENIED,
  NOT_FOUND: Status.NOT_FOUND,
  ALREADY_EXISTS: Status.ALREADY_EXISTS,
  CONFLICT: Status.FAILED_PRECONDITION,
  FAILED_PRECONDITION: Status.FAILED_PRECONDITION,
  PAYLOAD_TOO_LARGE: Status.RESOURCE_EXHAUSTED,
  RESOURCE_EXHAUSTED: Status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: Status.UNAVAILABLE,
  INTERNAL: Status.INTERNAL,
};

/** A command, or a field value of one, that DuckStorage does not serve: UNIMPLEMENTED naming it. */
export const unimplemented = (what: string): ServerError =>
  new ServerError(Status.UNIMPLEMENTED, `${what} is not implemented by DuckStorage`);

/** A malformed request (bad Any, missing field): INVALID_ARGUMENT. */
export const badRequest = (message: string): ServerError => new ServerError(Status.INVALID_ARGUMENT, message);

/** A ServerError that keeps the core's StorageError it came from (the HTTP bridge answers with it). */
export type DriverServerError = ServerError & { storageError?: StorageError };

export interface GrpcFailure {
  error: DriverServerError;
  /** The core's stable reason word (`table_not_found`), sent as trailer `duckstorage-reason`. */
  reason: string;
}

/**
 * Anything a command threw -> the status the client sees. StorageErrors keep their message;
 * anything else is INTERNAL with a generic message naming the request id, its cause logged.
 */
export function toGrpcFailure(error: unknown, requestId: string, log: Logger): GrpcFailure {
  if (error instanceof ServerError) {
    return { error, reason: error.code === Status.UNIMPLEMENTED ? 'unimplemented' : 'invalid_request' };
  }
  const e = StorageError.from(error);
  if (e.code === 'INTERNAL') {
    log.log('error', 'driver command failed', { error: e.cause ?? e });
    const masked = new ServerError(Status.INTERNAL, `An internal error occurred (request id ${requestId})`);
    return { error: Object.assign(masked, { storageError: e }), reason: e.reason };
  }
  return {
    error: Object.assign(new ServerError(GRPC_STATUS[e.code], e.message), { storageError: e }),
    reason: e.reason,
  };
}
