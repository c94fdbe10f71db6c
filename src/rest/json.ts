import { randomBytes } from 'node:crypto';

/**
 * JSON encoding for responses. Integers beyond 2^53 reach us as `bigint` (preview of BIGINT,
 * HUGEINT, UBIGINT columns) and are emitted as plain JSON numbers with every digit, as the
 * reference service did; Node 20 has no JSON.rawJSON, so they travel as marked strings.
 */
// A per-process nonce keeps user strings from ever looking like a marker.
const NONCE = randomBytes(6).toString('hex');
const MARK = `\u0000bigint-${NONCE}:`;
const MARKED = new RegExp(`"\\\\u0000bigint-${NONCE}:(-?\\d+)"`, 'g');

export function stringifyJson(value: unknown): string {
  // Fast path: a replacer function makes JSON.stringify several times slower, and most answers
  // hold no bigint; one that does throws a TypeError here and takes the slow path.
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  let sawBigint = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') {
      sawBigint = true;
      return `${MARK}${v.toString()}`;
    }
    return v;
  });
  return sawBigint ? text.replace(MARKED, '$1') : text;
}
