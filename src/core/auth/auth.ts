import { createHash, timingSafeEqual } from 'node:crypto';
import { StorageError } from '../errors.js';
import type { AccessRequest, Principal } from '../model.js';
import type { Storage } from '../storage.js';
import { touchKey } from './key-usage.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The admin key's digest, computed once per key rather than on every request. */
let adminDigest: { key: string; digest: Buffer } | undefined;
function digestOfAdminKey(adminKey: string): Buffer {
  if (adminDigest?.key !== adminKey) adminDigest = { key: adminKey, digest: digest(adminKey) };
  return adminDigest.digest;
}

const unauthenticated = (): StorageError =>
  new StorageError('UNAUTHENTICATED', 'unauthorized', 'Invalid or expired API key');

/**
 * Establishes who calls. The admin key is compared in constant time (digests of equal length);
 * project keys are found by the SHA-256 of the whole key in memory. No DuckDB query.
 */
export async function authenticate(s: Storage, token: string, adminKey: string): Promise<Principal> {
  const tokenDigest = digest(token);
  if (adminKey !== '' && timingSafeEqual(tokenDigest, digestOfAdminKey(adminKey))) return { kind: 'admin' };
  // The same SHA-256 as `hashSecret`, which stored keys are indexed by.
  const entry = s.catalog.keysByHash.get(tokenDigest.toString('hex'));
  if (entry === undefined) throw unauthenticated();
  const { key } = entry;
  const now = Date.now();
  if (key.revokedAt !== null) throw unauthenticated();
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now) throw unauthenticated();
  if (!s.catalog.projects.has(key.projectId)) throw unauthenticated();
  touchKey(entry, now);
  return {
    kind: 'project',
    keyId: key.id,
    projectId: key.projectId,
    scope: key.scope,
    branchId: key.branchId,
  };
}

const forbidden = (message: string): StorageError =>
  new StorageError('PERMISSION_DENIED', 'forbidden', message);

/**
 * Every route's authorization (x-duckstorage-access in the contract), fixing reference pitfall
 * 01/1 (scopes were not enforced): read = any key of the project on its branch; write =
 * project_admin or branch_admin on its branch; manage = project_admin; admin = admin key.
 */
export function authorize(principal: Principal, req: AccessRequest): void {
  if (principal.kind === 'admin') return;
  if (req.access === 'admin') throw forbidden('Requires the admin API key');
  if (req.projectId === undefined || req.projectId !== principal.projectId) {
    throw forbidden(`Access denied to project ${req.projectId ?? ''}`.trim());
  }
  const onOwnBranch =
    principal.branchId === null || req.branchId === undefined || req.branchId === principal.branchId;
  switch (req.access) {
    case 'manage':
      if (principal.scope !== 'project_admin') throw forbidden('Requires a project_admin key');
      return;
    case 'read':
      if (!onOwnBranch) throw forbidden(`This key is limited to branch ${principal.branchId}`);
      return;
    case 'write':
      if (principal.scope === 'branch_read') throw forbidden('This key is read-only');
      if (principal.scope === 'project_admin') return;
      if (req.branchId === undefined || req.branchId !== principal.branchId) {
        throw forbidden(`This key is limited to branch ${principal.branchId}`);
      }
      return;
  }
}
