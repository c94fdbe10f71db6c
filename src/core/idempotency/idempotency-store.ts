import type { Storage } from '../storage.js';

/** A reservation older than this belongs to a crashed request and counts as absent. */
export const PENDING_STALE_SECONDS = 300;

/** Deletes expired responses and stale reservations (timer; reference: every 300 s). */
export async function cleanupIdempotency(s: Storage): Promise<void> {
  if (s.state.closing) return;
  await s.metaMutex.run(() =>
    s.metaConn.run(
      `DELETE FROM ${s.m}.idempotency_keys WHERE expires_at <= now()
       OR (state = 'pending' AND created_at < now() - INTERVAL ${PENDING_STALE_SECONDS} SECOND)`,
    ),
  );
}
