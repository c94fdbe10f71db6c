import { requireProject, resolveBranch } from '../catalog/branches.js';
import { notFound, StorageError } from '../errors.js';
import type { Principal } from '../model.js';
import type { Storage } from '../storage.js';
import type { WorkspaceEntry } from './workspace-model.js';
import { viewBranch } from './workspace-objects.js';
import { isExpired } from './workspace-rows.js';

/** Where workspaces are addressed: the project path, or a branch path (`default` = main). */
export interface WorkspaceScope {
  projectId: string;
  /** Set on branch paths only: `default` or a dev branch id. */
  branchId?: string;
}

export interface WorkspaceRef extends WorkspaceScope {
  workspaceId: string;
}

/**
 * The workspace, in the reference's check order: NOT_FOUND `project_not_found`, then (branch
 * paths) `branch_not_found`, then `workspace_not_found` (also for another project's workspace,
 * and on a branch path for one of another branch or of main). Expired ones are returned.
 */
export function requireWorkspace(s: Storage, ref: WorkspaceRef): WorkspaceEntry {
  requireProject(s, ref.projectId);
  if (ref.branchId !== undefined) resolveBranch(s, ref.projectId, ref.branchId);
  const ws = s.workspaces.byId.get(ref.workspaceId);
  if (ws === undefined || ws.projectId !== ref.projectId) throw workspaceNotFound(ref);
  if (ref.branchId !== undefined && viewBranch(ws) !== ref.branchId) throw workspaceNotFound(ref);
  return ws;
}

/** requireWorkspace, then 410 (FAILED_PRECONDITION `workspace_expired`) for an expired one. */
export function requireLiveWorkspace(s: Storage, ref: WorkspaceRef): WorkspaceEntry {
  const ws = requireWorkspace(s, ref);
  if (isExpired(ws)) throw workspaceExpired(ws);
  return ws;
}

export function workspaceNotFound(ref: WorkspaceRef): StorageError {
  return ref.branchId === undefined
    ? notFound('workspace_not_found', `Workspace ${ref.workspaceId} not found in project ${ref.projectId}`, {
        project_id: ref.projectId,
        workspace_id: ref.workspaceId,
      })
    : notFound('workspace_not_found', `Workspace ${ref.workspaceId} not found in branch ${ref.branchId}`, {
        project_id: ref.projectId,
        branch_id: ref.branchId,
        workspace_id: ref.workspaceId,
      });
}

export const workspaceExpired = (ws: WorkspaceEntry): StorageError =>
  new StorageError('FAILED_PRECONDITION', 'workspace_expired', `Workspace ${ws.id} has expired`, {
    details: { workspace_id: ws.id, expired_at: ws.expiresAt },
  });

/** Runs `fn` with the workspace file attached (quoted alias); detached when its last user is done. */
export async function withWorkspaceDb<T>(
  s: Storage,
  ws: WorkspaceEntry,
  fn: (alias: string) => Promise<T>,
): Promise<T> {
  const lease = await s.workspaceDbs.lease(ws);
  try {
    return await fn(lease.alias);
  } finally {
    await lease.release();
  }
}

/**
 * The branch a project-path workspace route acts on, for scope checks (a branch-limited key
 * reaches only its branch's workspaces): the workspace's (`default` for main). For an id the
 * project does not have, the caller's own branch, so that the route answers the 404 anyone gets.
 */
export function workspaceBranchForAuth(
  s: Storage,
  principal: Principal,
  path: { project_id?: string; workspace_id?: string },
): string | undefined {
  if (path.workspace_id === undefined || path.project_id === undefined) return undefined;
  const ws = s.workspaces.byId.get(path.workspace_id);
  if (ws !== undefined && ws.projectId === path.project_id) return viewBranch(ws);
  return principal.kind === 'project' ? (principal.branchId ?? undefined) : undefined;
}
