import { blobValue, DuckDBBlobValue } from '@duckdb/node-api';
import { hashSecret } from '../auth/key-secrets.js';
import { StorageError } from '../errors.js';
import { metaWrite, num, text, UNCHANGED_CATALOG } from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import { isoFromMillis } from '../timestamps.js';
import { idempotencyRowId, open, seal } from './idempotency-crypto.js';
import { PENDING_STALE_SECONDS } from './idempotency-store.js';

/**
 * Idempotent requests (X-Idempotency-Key, note 01 section 5), persisted in metadata.duckdb.
 * Fixes of reference pitfalls 01/3-8: entries are scoped to the credential, a pending row
 * reserves the key first, the whole URL and body hash must match, expired rows never answer,
 * responses are stored encrypted with their headers.
 */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface IdempotencyTicket {
  readonly id: string;
  readonly credential: string;
  readonly key: string;
}

export interface IdempotentRequest {
  credential: string;
  key: string;
  method: string;
  url: string;
  bodyHash: string;
}

const conflict = (reason: string, message: string, details: Record<string, unknown> = {}) =>
  new StorageError('CONFLICT', reason, message, { details });

export async function beginIdempotent(
  s: Storage,
  req: IdempotentRequest,
): Promise<{ kind: 'new'; ticket: IdempotencyTicket } | { kind: 'replay'; response: StoredResponse }> {
  const id = idempotencyRowId(req.credential, req.key);
  const projectId = s.catalog.keysByHash.get(hashSecret(req.credential))?.key.projectId ?? null;
  type Outcome = { kind: 'new'; ticket: IdempotencyTicket } | { kind: 'replay'; response: StoredResponse };
  return metaWrite<Outcome>(
    s,
    async (tx) => {
      const rows = await tx.rows(
        `SELECT state, method, url, body_hash, status, payload, expires_at <= now() AS expired,
              (state = 'pending' AND created_at < now() - INTERVAL ${PENDING_STALE_SECONDS} SECOND) AS stale
       FROM ${s.m}.idempotency_keys WHERE id = $1`,
        [id],
      );
      const row = rows[0];
      if (row !== undefined && row.expired !== true && row.stale !== true) {
        if (text(row.method) !== req.method) {
          throw conflict(
            'idempotency_conflict',
            `Idempotency key was used with ${text(row.method)}, not ${req.method}`,
          );
        }
        if (text(row.url) !== req.url) {
          throw conflict('idempotency_conflict', 'Idempotency key was used with a different URL');
        }
        if (text(row.body_hash) !== req.bodyHash) {
          throw conflict('idempotency_conflict', 'Idempotency key was used with a different request body');
        }
        if (text(row.state) === 'pending') {
          throw conflict(
            'idempotency_in_progress',
            'A request with this idempotency key is still in progress; retry later',
          );
        }
        if (row.payload instanceof DuckDBBlobValue) {
          const { headers, body } = open(req.credential, req.key, id, row.payload.bytes);
          const response: StoredResponse = { status: num(row.status), headers, body };
          return () => ({ kind: 'replay' as const, response });
        }
      }
      if (row !== undefined) await tx.run(`DELETE FROM ${s.m}.idempotency_keys WHERE id = $1`, [id]);
      const now = Date.now();
      await tx.run(
        `INSERT INTO ${s.m}.idempotency_keys (id, project_id, state, method, url, body_hash, created_at, expires_at)
       VALUES ($1, $2, 'pending', $3, $4, $5, $6, $7)`,
        [
          id,
          projectId,
          req.method,
          req.url,
          req.bodyHash,
          isoFromMillis(now),
          isoFromMillis(now + s.config.idempotencyTtlSeconds * 1000),
        ],
      );
      const ticket: IdempotencyTicket = { id, credential: req.credential, key: req.key };
      return () => ({ kind: 'new' as const, ticket });
    },
    UNCHANGED_CATALOG,
  );
}

/** Stores the response for replay, or (null) drops the reservation so a retry runs again. */
export async function completeIdempotent(
  s: Storage,
  ticket: IdempotencyTicket,
  response: StoredResponse | null,
): Promise<void> {
  await metaWrite(
    s,
    async (tx) => {
      if (response === null) {
        await tx.run(`DELETE FROM ${s.m}.idempotency_keys WHERE id = $1`, [ticket.id]);
        return () => undefined;
      }
      const payload = seal(ticket.credential, ticket.key, ticket.id, {
        headers: response.headers,
        body: response.body,
      });
      await tx.run(
        `UPDATE ${s.m}.idempotency_keys SET state = 'done', status = $1, payload = $2, expires_at = $3 WHERE id = $4`,
        [
          response.status,
          blobValue(payload),
          isoFromMillis(Date.now() + s.config.idempotencyTtlSeconds * 1000),
          ticket.id,
        ],
      );
      return () => undefined;
    },
    UNCHANGED_CATALOG,
  );
}
