/**
 * HTTP `Range` (RFC 9110 section 14) for one byte range, shared by the Files API download and the
 * S3 GetObject of a later issue. Forms: `bytes=a-b`, `bytes=a-`, `bytes=-n`.
 */
export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive. */
  end: number;
}

/**
 * `null`: serve the whole file (no header, another unit, several ranges or a malformed value,
 * which RFC 9110 lets a server ignore); `'unsatisfiable'`: answer 416; otherwise the range,
 * clamped to the file.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (header === undefined) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (match === null) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Number.MAX_SAFE_INTEGER : Number(last);
  if (!Number.isSafeInteger(start) || end < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/** `Content-Range` of a 206. */
export const contentRange = (range: ByteRange, size: number): string =>
  `bytes ${range.start}-${range.end}/${size}`;

/**
 * Whether `If-None-Match` matches `etag` (weak comparison, as RFC 9110 section 13.1.2 asks for
 * GET): `*`, or any listed tag equal once the `W/` prefix is dropped.
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}
