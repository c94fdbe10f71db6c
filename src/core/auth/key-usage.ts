import type { KeyEntry } from '../catalog/catalog.js';
import { metaWrite, UNCHANGED_CATALOG } from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import { isoFromMillis, millisFromIso } from '../timestamps.js';

const FLUSH_INTERVAL_MS = 60_000;

/**
 * Records a key use in memory at most once a minute (ApiKeyResponse.last_used_at); the
 * metadata row is written by `flushLastUsed` (timer and close), never per request
 * (reference pitfall 01/16).
 */
export function touchKey(entry: KeyEntry, now = Date.now()): void {
  const last = entry.key.lastUsedAt === null ? 0 : millisFromIso(entry.key.lastUsedAt);
  if (now - last < FLUSH_INTERVAL_MS) return;
  entry.key.lastUsedAt = isoFromMillis(now);
  entry.dirty = true;
}

export async function flushLastUsed(s: Storage): Promise<void> {
  const dirty = [...s.catalog.keysById.values()].filter((k) => k.dirty);
  if (dirty.length === 0) return;
  await metaWrite(
    s,
    async (tx) => {
      for (const entry of dirty) {
        await tx.run(`UPDATE ${s.m}.api_keys SET last_used_at = $1 WHERE id = $2`, [
          entry.key.lastUsedAt,
          entry.key.id,
        ]);
      }
      return () => {
        for (const entry of dirty) entry.dirty = false;
      };
    },
    UNCHANGED_CATALOG,
  );
}
