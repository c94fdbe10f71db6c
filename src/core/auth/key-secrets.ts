import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyScope } from '../model.js';

/**
 * Key format of the reference (note 01 section 3.1): `proj_{pid}_admin_{32 hex}`,
 * `proj_{pid}_branch_{bid}_admin_{32 hex}`, `proj_{pid}_branch_{bid}_read_{32 hex}`. Keys are
 * looked up by the SHA-256 of the whole key (unique), never by the non-secret prefix
 * (reference pitfall 01/2).
 */
export function generateSecret(projectId: string, scope: ApiKeyScope, branchId: string | null): string {
  const random = randomBytes(16).toString('hex');
  if (scope === 'project_admin' || branchId === null) return `proj_${projectId}_admin_${random}`;
  return `proj_${projectId}_branch_${branchId}_${scope === 'branch_admin' ? 'admin' : 'read'}_${random}`;
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The reference's `get_key_prefix`: no secret material. */
export function keyPrefix(secret: string): string {
  const parts = secret.split('_');
  if (parts.length >= 6 && parts[2] === 'branch') return `${parts.slice(0, 5).join('_')}_...`;
  if (parts.length >= 4) return `${parts.slice(0, 3).join('_')}_...`;
  return `${secret.slice(0, 20)}...`;
}
