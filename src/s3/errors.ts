import { XMLBuilder } from 'fast-xml-parser';
import { type ErrorCode, StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';

/**
 * The S3 error codes this adapter answers with, and their HTTP status (AWS S3 API reference,
 * "Error responses"). Every error under the S3 prefix is one of these, as an XML `Error` body.
 */
export const S3_ERRORS = {
  AccessDenied: 403,
  AuthorizationHeaderMalformed: 400,
  AuthorizationQueryParametersError: 400,
  BadDigest: 400,
  BucketAlreadyOwnedByYou: 409,
  EntityTooLarge: 413,
  EntityTooSmall: 400,
  IncompleteBody: 400,
  InternalError: 500,
  InvalidAccessKeyId: 403,
  InvalidArgument: 400,
  InvalidBucketName: 400,
  InvalidDigest: 400,
  InvalidPart: 400,
  InvalidPartOrder: 400,
  InvalidRange: 416,
  InvalidRequest: 400,
  MalformedXML: 400,
  MethodNotAllowed: 405,
  MissingContentLength: 411,
  NoSuchBucket: 404,
  NoSuchKey: 404,
  NoSuchUpload: 404,
  NotImplemented: 501,
  PreconditionFailed: 412,
  RequestTimeTooSkewed: 403,
  ServiceUnavailable: 503,
  SignatureDoesNotMatch: 403,
  SlowDown: 503,
  XAmzContentSHA256Mismatch: 400,
} as const;

export type S3ErrorCode = keyof typeof S3_ERRORS;

/** An error of the S3 protocol itself (signature, sub-resource, XML), raised inside src/s3. */
export class S3Error extends Error {
  readonly code: S3ErrorCode;
  /** Overrides the code's status (the reference's 401 for a missing credential). */
  readonly status: number;

  constructor(code: S3ErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'S3Error';
    this.code = code;
    this.status = options.status ?? S3_ERRORS[code];
  }
}

/** Core reasons whose S3 code is more specific than their core code's. */
const REASON_CODE: Readonly<Record<string, S3ErrorCode>> = {
  project_not_found: 'NoSuchBucket',
  object_not_found: 'NoSuchKey',
  file_not_found: 'NoSuchKey',
  file_content_not_found: 'NoSuchKey',
  upload_not_found: 'NoSuchUpload',
  invalid_part: 'InvalidPart',
  invalid_part_order: 'InvalidPartOrder',
  entity_too_small: 'EntityTooSmall',
  bad_digest: 'BadDigest',
  invalid_digest: 'InvalidDigest',
  content_sha256_mismatch: 'XAmzContentSHA256Mismatch',
  malformed_xml: 'MalformedXML',
  invalid_part_number: 'InvalidArgument',
  range_not_satisfiable: 'InvalidRange',
  precondition_failed: 'PreconditionFailed',
};

/** The one table from core error codes to S3 error codes. */
export const S3_CODE: Record<ErrorCode, S3ErrorCode> = {
  INVALID_ARGUMENT: 'InvalidArgument',
  VALIDATION_FAILED: 'InvalidArgument',
  UNAUTHENTICATED: 'AccessDenied',
  PERMISSION_DENIED: 'AccessDenied',
  NOT_FOUND: 'NoSuchKey',
  ALREADY_EXISTS: 'BucketAlreadyOwnedByYou',
  CONFLICT: 'InvalidRequest',
  FAILED_PRECONDITION: 'InvalidRequest',
  PAYLOAD_TOO_LARGE: 'EntityTooLarge',
  RESOURCE_EXHAUSTED: 'SlowDown',
  UNAVAILABLE: 'ServiceUnavailable',
  INTERNAL: 'InternalError',
};

export interface RenderedS3Error {
  status: number;
  code: S3ErrorCode;
  body: string;
}

const xml = new XMLBuilder({ suppressEmptyNode: false });

/** The XML declaration every S3 body starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Any thrown value as an S3 `Error` document: S3Error and StorageError as they are (a missing
 * credential keeps the reference's 401), anything else as InternalError with a generic message,
 * its cause logged with the request id.
 */
export function renderS3Error(
  error: unknown,
  requestId: string,
  resource: string,
  log: Logger,
): RenderedS3Error {
  let code: S3ErrorCode;
  let status: number;
  let message: string;
  if (error instanceof S3Error) {
    ({ code, status, message } = error);
  } else if (error instanceof StorageError && error.code !== 'INTERNAL') {
    code = REASON_CODE[error.reason] ?? S3_CODE[error.code];
    status = error.code === 'UNAUTHENTICATED' ? 401 : S3_ERRORS[code];
    // Limits answer 429 here too (the REST mapping), naming the limit in the message.
    if (error.code === 'RESOURCE_EXHAUSTED') status = 429;
    message = error.message;
  } else {
    code = 'InternalError';
    status = 500;
    message = 'We encountered an internal error. Please try again.';
    log.log('error', 's3 request failed', { request_id: requestId, error });
  }
  const body =
    XML_DECLARATION +
    xml.build({ Error: { Code: code, Message: message, Resource: resource, RequestId: requestId } });
  return { status, code, body };
}
