import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { invalidArgument, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { withWorkspaceWrite } from './workspace-locks.js';
import { requireLiveWorkspace, requireWorkspace, type WorkspaceRef } from './workspace-lookup.js';
import type { WorkspaceEntry } from './workspace-model.js';

/**
 * Workspace access for another project (driver GrantWorkspaceAccessToProjectCommand /
 * RevokeWorkspaceAccessToProjectCommand; Keboola: "make some project role member of workspace
 * role", so that the project owning a source bucket performs the load into a workspace whose own
 * project cannot read that bucket). A grantee may load its own tables into the workspace
 * (loadWorkspaceTables with `sourceProjectId`), nothing else: no session, no other command
 * finds the workspace for it.
 */

/** Whether `projectId` may load its tables into the workspace: its owner or a grantee. */
export function mayLoadFrom(ws: WorkspaceEntry, projectId: string): boolean {
  return projectId === ws.projectId || ws.grantees.has(projectId);
}

/** PERMISSION_DENIED `workspace_not_granted` unless mayLoadFrom. */
export function requireLoadGrant(ws: WorkspaceEntry, projectId: string): void {
  if (mayLoadFrom(ws, projectId)) return;
  throw new StorageError(
    'PERMISSION_DENIED',
    'workspace_not_granted',
    `Project ${projectId} has no access to workspace ${ws.id} of project ${ws.projectId} (GrantWorkspaceAccessToProjectCommand)`,
    { details: { workspace_id: ws.id, project_id: projectId } },
  );
}

/** A grant that changed something, in the operations log. */
async function logGrant(
  s: Storage,
  audit: AuditContext,
  operation: 'grant_workspace_access' | 'revoke_workspace_access',
  ws: WorkspaceEntry,
  granteeProjectId: string,
  startedAt: number,
): Promise<void> {
  await logOperation(s, audit, {
    operation,
    projectId: ws.projectId,
    resourceType: 'workspace',
    resourceId: ws.id,
    details: { grantee_project_id: granteeProjectId },
    startedAt,
  });
}

/**
 * grantWorkspaceAccess: `granteeProjectId` (an existing project, not the owner) may load its
 * tables into the workspace. Idempotent: `created` is false when the grant existed.
 */
export async function grantWorkspaceAccess(
  s: Storage,
  ref: WorkspaceRef,
  granteeProjectId: string,
  audit: AuditContext,
): Promise<{ created: boolean }> {
  const first = requireLiveWorkspace(s, ref);
  const startedAt = Date.now();
  const check = (ws: WorkspaceEntry) => {
    requireProject(s, granteeProjectId);
    if (granteeProjectId === ws.projectId) {
      throw invalidArgument(
        'grant_to_owner',
        `Workspace ${ws.id} belongs to project ${granteeProjectId}: it needs no grant`,
        { workspace_id: ws.id, project_id: granteeProjectId },
      );
    }
  };
  check(first);
  const created = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => {
      const ws = requireLiveWorkspace(s, ref);
      if (ws.grantees.has(granteeProjectId)) return false;
      return metaWrite(s, async (tx) => {
        // The grantee or the workspace may have gone while the lock was awaited.
        check(ws);
        requireLiveWorkspace(s, ref);
        await tx.run(
          `INSERT INTO ${s.m}.workspace_grants (workspace_id, project_id, grantee_project_id, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5)`,
          [ws.id, ws.projectId, granteeProjectId, nowIso(), audit.actor],
        );
        return () => {
          ws.grantees.add(granteeProjectId);
          return true;
        };
      });
    }),
  );
  if (created) await logGrant(s, audit, 'grant_workspace_access', first, granteeProjectId, startedAt);
  return { created };
}

/**
 * revokeWorkspaceAccess: idempotent (`removed` is false when there was no grant), so that a
 * repeated cleanup by Connection succeeds; an unknown workspace or project is still NOT_FOUND.
 */
export async function revokeWorkspaceAccess(
  s: Storage,
  ref: WorkspaceRef,
  granteeProjectId: string,
  audit: AuditContext,
): Promise<{ removed: boolean }> {
  const first = requireWorkspace(s, ref);
  const startedAt = Date.now();
  const removed = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => {
      const ws = requireWorkspace(s, ref);
      if (!ws.grantees.has(granteeProjectId)) {
        requireProject(s, granteeProjectId); // an unknown grantee is NOT_FOUND, not "no grant"
        return false;
      }
      return metaWrite(s, async (tx) => {
        await tx.run(
          `DELETE FROM ${s.m}.workspace_grants WHERE workspace_id = $1 AND grantee_project_id = $2`,
          [ws.id, granteeProjectId],
        );
        return () => ws.grantees.delete(granteeProjectId);
      });
    }),
  );
  if (removed) await logGrant(s, audit, 'revoke_workspace_access', first, granteeProjectId, startedAt);
  return { removed };
}
