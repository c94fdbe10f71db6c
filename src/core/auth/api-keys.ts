import { randomBytes } from 'node:crypto';
import { logOperation } from '../audit.js';
import { requireProject, resolveBranch } from '../catalog/branches.js';
import type { KeyEntry } from '../catalog/catalog.js';
import { invalidArgument, notFound, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import type { ApiKey, ApiKeyScope, IssuedApiKey } from '../model.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { insertKeyRow, newKey } from './key-rows.js';

const DAY_MS = 86_400_000;
const newKeyId = (): string => `key_${randomBytes(6).toString('hex')}`;

function findKey(s: Storage, projectId: string, keyId: string): KeyEntry {
  requireProject(s, projectId);
  const entry = s.catalog.keysById.get(keyId);
  if (entry === undefined || entry.key.projectId !== projectId) {
    throw notFound('api_key_not_found', `API key ${keyId} not found in project ${projectId}`, {
      project_id: projectId,
      key_id: keyId,
    });
  }
  return entry;
}

const isActive = (k: ApiKey, now: number): boolean =>
  k.revokedAt === null && (k.expiresAt === null || Date.parse(k.expiresAt) > now);

/** createApiKey: branch scopes need a branch of the project; lifetime 1-365 days or none. */
export async function createApiKey(
  s: Storage,
  projectId: string,
  input: { description: string; scope: ApiKeyScope; branchId: string | null; expiresInDays: number | null },
  audit: AuditContext,
): Promise<IssuedApiKey> {
  requireProject(s, projectId);
  if (input.scope === 'project_admin' && input.branchId !== null) {
    throw invalidArgument('invalid_request', "branch_id must be null for scope 'project_admin'", {
      scope: input.scope,
    });
  }
  if (input.scope !== 'project_admin') {
    if (input.branchId === null) {
      throw invalidArgument('invalid_request', `branch_id is required for scope '${input.scope}'`, {
        scope: input.scope,
      });
    }
    resolveBranch(s, projectId, input.branchId);
  }
  const days = input.expiresInDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 365)) {
    throw invalidArgument('invalid_request', 'expires_in_days must be an integer from 1 to 365', {
      expires_in_days: days,
    });
  }
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const issued = newKey(
      { id: newKeyId(), projectId, scope: input.scope, branchId: input.branchId },
      { description: input.description, lifetimeMs: days === null ? null : days * DAY_MS, now: nowIso() },
    );
    await metaWrite(s, async (tx) => {
      requireProject(s, projectId);
      await insertKeyRow(s, tx, issued);
      return () => s.catalog.addKey(issued.entry);
    });
    const k = issued.entry.key;
    await logOperation(s, audit, {
      operation: 'create_api_key',
      projectId,
      resourceType: 'api_key',
      resourceId: k.id,
      details: { scope: k.scope, branch_id: k.branchId, description: k.description, expires_at: k.expiresAt },
      startedAt,
    });
    return { key: { ...k }, secret: issued.secret };
  });
}

/** listApiKeys: non-revoked keys (expired included, as the reference), created_at DESC. */
export async function listApiKeys(s: Storage, projectId: string): Promise<ApiKey[]> {
  requireProject(s, projectId);
  return [...s.catalog.keysById.values()]
    .map((e) => e.key)
    .filter((k) => k.projectId === projectId && k.revokedAt === null)
    .sort((a, b) =>
      a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1,
    )
    .map((k) => ({ ...k }));
}

export async function getApiKey(s: Storage, projectId: string, keyId: string): Promise<ApiKey> {
  return { ...findKey(s, projectId, keyId).key };
}

/** revokeApiKey: check and update under the metadata mutex, so two revokes cannot remove the last admin key. */
export async function revokeApiKey(
  s: Storage,
  projectId: string,
  keyId: string,
  audit: AuditContext,
): Promise<void> {
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const key = await metaWrite(s, async (tx) => {
      const entry = findKey(s, projectId, keyId);
      const k = entry.key;
      if (k.revokedAt !== null) {
        throw new StorageError('CONFLICT', 'api_key_revoked', `API key ${keyId} is already revoked`, {
          details: { project_id: projectId, key_id: keyId },
        });
      }
      const now = Date.now();
      if (k.scope === 'project_admin' && isActive(k, now)) {
        const active = [...s.catalog.keysById.values()].filter(
          (e) => e.key.projectId === projectId && e.key.scope === 'project_admin' && isActive(e.key, now),
        ).length;
        if (active <= 1) {
          throw new StorageError(
            'FAILED_PRECONDITION',
            'cannot_revoke_last_admin_key',
            'Cannot revoke the last active project_admin key of the project; create another one first',
            { details: { project_id: projectId, key_id: keyId, active_project_admin_keys: active } },
          );
        }
      }
      const revokedAt = nowIso();
      await tx.run(`UPDATE ${s.m}.api_keys SET revoked_at = $1 WHERE id = $2`, [revokedAt, keyId]);
      return () => {
        k.revokedAt = revokedAt;
        return k;
      };
    });
    await logOperation(s, audit, {
      operation: 'revoke_api_key',
      projectId,
      resourceType: 'api_key',
      resourceId: keyId,
      details: { scope: key.scope, branch_id: key.branchId, key_prefix: key.keyPrefix },
      startedAt,
    });
  });
}

const ROTATED = ' (rotated)';

/**
 * The rotated key's description: the old one with ` (rotated)` appended, as the reference; unlike
 * the reference, not appended again to a key rotated before, and a null description stays null
 * (the reference writes the text `None (rotated)`).
 */
export function rotatedDescription(description: string | null): string | null {
  if (description === null || description.endsWith(ROTATED)) return description;
  return `${description}${ROTATED}`;
}

/**
 * rotateApiKey: a new secret with the same scope, branch and lifetime (reference pitfall 01/13)
 * and the rotated description; the old key is revoked in the same transaction.
 */
export async function rotateApiKey(
  s: Storage,
  projectId: string,
  keyId: string,
  audit: AuditContext,
): Promise<IssuedApiKey> {
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const issued = await metaWrite(s, async (tx) => {
      const old = findKey(s, projectId, keyId);
      if (old.key.revokedAt !== null) {
        throw new StorageError(
          'FAILED_PRECONDITION',
          'cannot_rotate_revoked_key',
          `API key ${keyId} is revoked`,
          {
            details: { key_id: keyId },
          },
        );
      }
      const now = nowIso();
      const fresh = newKey(
        { id: newKeyId(), projectId, scope: old.key.scope, branchId: old.key.branchId },
        { description: rotatedDescription(old.key.description), lifetimeMs: old.lifetimeMs, now },
      );
      await insertKeyRow(s, tx, fresh);
      await tx.run(`UPDATE ${s.m}.api_keys SET revoked_at = $1 WHERE id = $2`, [now, keyId]);
      return () => {
        old.key.revokedAt = now;
        s.catalog.addKey(fresh.entry);
        return fresh;
      };
    });
    const k = issued.entry.key;
    await logOperation(s, audit, {
      operation: 'rotate_api_key',
      projectId,
      resourceType: 'api_key',
      resourceId: k.id,
      details: { old_key_id: keyId, scope: k.scope, branch_id: k.branchId, expires_at: k.expiresAt },
      startedAt,
    });
    return { key: { ...k }, secret: issued.secret };
  });
}
