import { invalidArgument, notFound } from '../errors.js';

/**
 * Input checks of the file store. Names are metadata only (never a path segment: on-disk paths
 * come from ids), but they still end up in Content-Disposition headers and S3 listings, so they
 * are kept printable (reference pitfall: `filename`/`name` were unvalidated path components).
 */
export const MAX_FILE_NAME_BYTES = 255;

// C0 controls and DEL (NUL included) break headers and terminals; `/` and `\` are separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const FORBIDDEN = /[\u0000-\u001f\u007f/\\]/;

// With the `u` flag a surrogate range matches only unpaired halves (not encodable as UTF-8).
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** INVALID_ARGUMENT `invalid_file_name` unless `name` is 1-255 UTF-8 bytes, no separator, NUL or control. */
export function validateFileName(name: string): void {
  const bytes = Buffer.byteLength(name, 'utf8');
  let why: string | null = null;
  if (bytes === 0) why = 'it is empty';
  else if (bytes > MAX_FILE_NAME_BYTES) why = `it has ${bytes} bytes, the limit is ${MAX_FILE_NAME_BYTES}`;
  else if (name === '.' || name === '..') why = 'it is a relative path segment';
  else if (FORBIDDEN.test(name)) why = 'it contains a path separator or a control character';
  else if (LONE_SURROGATE.test(name)) why = 'it is not valid Unicode';
  if (why !== null) {
    throw invalidArgument('invalid_file_name', `Invalid file name: ${why}`, {
      name,
      rule: `1-${MAX_FILE_NAME_BYTES} bytes of UTF-8 without '/', '\\\\', NUL or control characters, not '.' or '..'`,
    });
  }
}

// A media type as RFC 9110 section 8.3.1 (type "/" subtype, optional parameters), printable ASCII.
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;[\x20-\x7e]*)?$/;

/** INVALID_ARGUMENT `invalid_content_type` unless it is a media type (it is sent back as a header). */
export function validateContentType(contentType: string): void {
  if (contentType.length > 255 || !MEDIA_TYPE.test(contentType)) {
    throw invalidArgument(
      'invalid_content_type',
      `Invalid content type '${contentType}': expected type/subtype`,
      {
        content_type: contentType,
      },
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids and upload keys are uuid4 strings; anything else cannot exist (and never reaches a path). */
export const isUuid = (value: string): boolean => UUID.test(value);

export function requireFileId(projectId: string, fileId: string): void {
  if (!isUuid(fileId)) throw fileNotFound(projectId, fileId);
}

export const fileNotFound = (projectId: string, fileId: string) =>
  notFound('file_not_found', `File ${fileId} not found in project ${projectId}`, {
    project_id: projectId,
    file_id: fileId,
  });

export const sessionNotFound = (uploadKey: string) =>
  notFound('upload_session_not_found', 'Upload session not found or expired', { upload_key: uploadKey });
