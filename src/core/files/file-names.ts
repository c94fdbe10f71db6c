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

/**
 * S3 object keys (issue 13) are metadata too: bytes live at id-derived paths, so a key never
 * names a server path. They are kept sane because they come back in listings, headers and tools'
 * local paths (reference pitfall 08: `..%2F` keys escaped the project directory). Unlike names,
 * keys may hold `/`.
 */
export const MAX_OBJECT_KEY_BYTES = 1024;

// The name rule's characters minus `/`: C0 controls, DEL and `\`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const FORBIDDEN_IN_KEY = /[\u0000-\u001f\u007f\\]/;

/** Why `key` is not a valid object key, or null when it is. */
export function objectKeyProblem(key: string): string | null {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes === 0) return 'it is empty';
  if (bytes > MAX_OBJECT_KEY_BYTES) return `it has ${bytes} bytes, the limit is ${MAX_OBJECT_KEY_BYTES}`;
  if (FORBIDDEN_IN_KEY.test(key)) return 'it contains a backslash or a control character';
  if (LONE_SURROGATE.test(key)) return 'it is not valid Unicode';
  if (key.split('/').some((segment) => segment === '.' || segment === '..'))
    return "it contains a '.' or '..' segment";
  return null;
}

/** INVALID_ARGUMENT `invalid_object_key` unless `key` is a valid object key. */
export function validateObjectKey(key: string): void {
  const why = objectKeyProblem(key);
  if (why !== null) {
    throw invalidArgument('invalid_object_key', `Invalid object key: ${why}`, {
      key,
      rule: `1-${MAX_OBJECT_KEY_BYTES} bytes of UTF-8 without NUL, control characters, '\\\\' or '.'/'..' segments`,
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
