import type { IncomingMessage } from 'node:http';
import { StorageError } from '../core/errors.js';
import { validationError } from './errors.js';

/**
 * Reads a request body up to MAX_REQUEST_BYTES. A larger body is refused (413) from its
 * Content-Length before anything is read, or as soon as the stream passes the limit.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) {
      req.resume(); // drain the rest so the connection can answer
      throw tooLarge(size, limit);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(size: number, limit: number): StorageError {
  return new StorageError(
    'PAYLOAD_TOO_LARGE',
    'request_too_large',
    `Request body of ${size} bytes exceeds the limit MAX_REQUEST_BYTES=${limit}`,
    { details: { size_bytes: size, limit_bytes: limit } },
  );
}

/** JSON body -> value; malformed JSON is a 422 `json_invalid` issue like the reference's. */
export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) {
    throw validationError([{ type: 'missing', loc: ['body'], msg: 'Field required' }]);
  }
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message : 'Invalid JSON';
    throw validationError([{ type: 'json_invalid', loc: ['body'], msg: `JSON decode error: ${msg}` }]);
  }
}
