import { invalidArgument } from '../errors.js';

/**
 * S3 object keys of the file store (issue 13). Keys are metadata only: bytes live at id-derived
 * paths, so a key can never name a server path. They are still kept sane, because they come back
 * in listings, headers and tools' local paths (reference pitfall 08: `..%2F` keys escaped the
 * project directory).
 */
export const MAX_OBJECT_KEY_BYTES = 1024;

// C0 controls and DEL (NUL included) break headers and XML; `\` is a separator on some clients.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

// With the `u` flag a surrogate range matches only unpaired halves (not encodable as UTF-8).
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why `key` is not a valid object key, or null when it is. */
export function objectKeyProblem(key: string): string | null {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes === 0) return 'it is empty';
  if (bytes > MAX_OBJECT_KEY_BYTES) return `it has ${bytes} bytes, the limit is ${MAX_OBJECT_KEY_BYTES}`;
  if (FORBIDDEN.test(key)) return 'it contains a backslash or a control character';
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
