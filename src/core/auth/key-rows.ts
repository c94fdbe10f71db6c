import type { KeyEntry } from '../catalog/catalog.js';
import type { MetaTx } from '../metadata/tx.js';
import type { ApiKey, ApiKeyScope } from '../model.js';
import type { Storage } from '../storage.js';
import { isoFromMillis, millisFromIso } from '../timestamps.js';
import { generateSecret, hashSecret, keyPrefix } from './key-secrets.js';

export interface NewKey {
  entry: KeyEntry;
  secret: string;
}

/** A fresh key (secret, hash, prefix) ready to insert. */
export function newKey(
  ids: { id: string; projectId: string; scope: ApiKeyScope; branchId: string | null },
  opts: { description: string | null; lifetimeMs: number | null; now: string },
): NewKey {
  const secret = generateSecret(ids.projectId, ids.scope, ids.branchId);
  const key: ApiKey = {
    ...ids,
    keyPrefix: keyPrefix(secret),
    description: opts.description,
    createdAt: opts.now,
    lastUsedAt: null,
    expiresAt: opts.lifetimeMs === null ? null : isoFromMillis(millisFromIso(opts.now) + opts.lifetimeMs),
    revokedAt: null,
  };
  return { secret, entry: { key, hash: hashSecret(secret), lifetimeMs: opts.lifetimeMs, dirty: false } };
}

export async function insertKeyRow(s: Storage, tx: MetaTx, { entry }: NewKey): Promise<void> {
  const k = entry.key;
  await tx.run(
    `INSERT INTO ${s.m}.api_keys (id, project_id, branch_id, key_hash, key_prefix, scope, description, created_at, expires_at, lifetime_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      k.id,
      k.projectId,
      k.branchId,
      entry.hash,
      k.keyPrefix,
      k.scope,
      k.description,
      k.createdAt,
      k.expiresAt,
      entry.lifetimeMs,
    ],
  );
}
