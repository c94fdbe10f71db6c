import { type ErrorCode, StorageError } from '../core/errors.js';

/** The one table from core error codes to HTTP statuses (the spec's `Error` responses). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  FAILED_PRECONDITION: 400,
  PAYLOAD_TOO_LARGE: 413,
  RESOURCE_EXHAUSTED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Reasons whose HTTP status is more specific than their code's (the spec declares them): an
 * expired upload session or workspace is 410 Gone, a Range beyond the file 416 (as the reference), a
 * driver command DuckStorage does not serve 501.
 */
const REASON_STATUS: Readonly<Record<string, number>> = {
  upload_session_expired: 410,
  workspace_expired: 410,
  range_not_satisfiable: 416,
  // A driver command DuckStorage does not serve (src/grpc/bridge.ts).
  unimplemented: 501,
};

export function httpStatus(error: StorageError): number {
  return REASON_STATUS[error.reason] ?? HTTP_STATUS[error.code];
}

/** One issue of a 422 (`ValidationIssue` in the spec; the reference's FastAPI shape). */
export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  ctx?: Record<string, unknown>;
}

/** Body of the spec's `Error` schema. */
export interface ErrorBody {
  code: ErrorCode;
  error: string;
  message: string;
  request_id: string;
  detail: { error: string; message: string; details?: Record<string, unknown> } | ValidationIssue[];
}

export function errorBody(error: StorageError, requestId: string): ErrorBody {
  const issues = error.details?.issues;
  const detail =
    error.code === 'VALIDATION_FAILED' && Array.isArray(issues)
      ? (issues as ValidationIssue[])
      : {
          error: error.reason,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        };
  return { code: error.code, error: error.reason, message: error.message, request_id: requestId, detail };
}

export function validationError(issues: ValidationIssue[]): StorageError {
  const first = issues[0];
  const where = first === undefined ? '' : `: ${first.loc.join('.')} ${first.msg}`;
  return new StorageError('VALIDATION_FAILED', 'validation_error', `Request validation failed${where}`, {
    details: { issues },
  });
}
