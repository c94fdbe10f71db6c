import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { StorageError } from '../core/errors.js';
import { beginIdempotent, completeIdempotent, type StoredResponse } from '../core/idempotency/idempotency.js';
import type { Storage } from '../core/storage.js';

/** A response as the pipeline sends it; also what an idempotency replay stores. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** A streamed body (application/octet-stream answers); never stored for idempotency replays. */
  stream?: Readable;
}

const HEADER_MAX = 255;

export interface IdempotentCall {
  storage: Storage;
  key: string;
  credential: string;
  method: string;
  url: string;
  rawBody: Buffer;
}

/**
 * X-Idempotency-Key on POST/PUT/DELETE (spec parameter IdempotencyKey): replays the kept answer,
 * else runs `execute` (which renders errors as responses) and keeps 2xx and 409 answers (never auth, validation or server failures,
 * so a corrected retry is not stuck with an old error).
 */
export async function withIdempotency(
  call: IdempotentCall,
  execute: () => Promise<HttpResponse>,
): Promise<HttpResponse & { replayed: boolean }> {
  if (call.key.length > HEADER_MAX) {
    throw new StorageError(
      'VALIDATION_FAILED',
      'validation_error',
      `X-Idempotency-Key is longer than ${HEADER_MAX}`,
      {
        details: {
          issues: [
            {
              type: 'string_too_long',
              loc: ['header', 'X-Idempotency-Key'],
              msg: `at most ${HEADER_MAX} characters`,
            },
          ],
        },
      },
    );
  }
  const begun = await beginIdempotent(call.storage, {
    credential: call.credential,
    key: call.key,
    method: call.method,
    url: call.url,
    bodyHash: createHash('sha256').update(call.rawBody).digest('hex'),
  });
  if (begun.kind === 'replay') {
    // Only a replay carries the key and the replay flag (as the reference; the first answer has neither).
    const r: StoredResponse = begun.response;
    const marks = { 'x-idempotency-key': call.key, 'x-idempotency-replay': 'true' };
    return { ...r, headers: { ...r.headers, ...marks }, replayed: true };
  }
  let response: HttpResponse;
  try {
    response = await execute();
  } catch (error) {
    await completeIdempotent(call.storage, begun.ticket, null);
    throw error;
  }
  const keep = (response.status >= 200 && response.status < 300) || response.status === 409;
  await completeIdempotent(call.storage, begun.ticket, keep ? response : null);
  return { ...response, replayed: false };
}
