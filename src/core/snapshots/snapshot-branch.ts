import { resolveBranch } from '../catalog/branches.js';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';

/**
 * Snapshots and their settings live on the main branch only (note 05 section 3): a dev branch
 * is FAILED_PRECONDITION `operation_not_allowed`, an unknown one NOT_FOUND.
 */
export function requireMainBranch(s: Storage, projectId: string, branchId: string, op: string): void {
  const branch = resolveBranch(s, projectId, branchId);
  if (!branch.isMain) {
    throw new StorageError(
      'FAILED_PRECONDITION',
      'operation_not_allowed',
      `Cannot ${op} from dev branches. Use default branch.`,
      { details: { branch_id: branchId } },
    );
  }
}
