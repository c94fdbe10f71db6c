import { invalidArgument, notFound } from '../core/errors.js';
import { requireLoadGrant } from '../core/workspaces/workspace-grants.js';
import type { WorkspaceRef } from '../core/workspaces/workspace-lookup.js';
import type { WorkspaceEntry } from '../core/workspaces/workspace-model.js';
import { allow, type DriverContext, projectOf } from './context.js';

/**
 * How workspace commands name a workspace: by DuckStorage id (the workspaceObjectName
 * CreateWorkspace answered) or by Connection's workspace id (its name here), in the caller's
 * project (credentials.host unless `projectId` is given).
 */
export function workspaceOf(
  ctx: DriverContext,
  name: string,
  field: string,
  projectId?: string,
): WorkspaceEntry {
  if (name === '') throw invalidArgument('invalid_request', `${field} is required`);
  const project = projectId ?? projectOf(ctx, '', 'credentials.host');
  const byId = ctx.storage.workspaces.byId.get(name);
  const ws =
    byId !== undefined && byId.projectId === project
      ? byId
      : ctx.storage.workspaces.ofProject(project).find((w) => w.name === name);
  if (ws === undefined) {
    throw notFound('workspace_not_found', `Workspace ${name} not found in project ${project}`, {
      project_id: project,
      workspace_id: name,
    });
  }
  return ws;
}

/**
 * The workspace a load writes into: one of the caller's project, else (by id only) one of another
 * project that granted the caller's project access (GrantWorkspaceAccessToProjectCommand;
 * PERMISSION_DENIED without the grant). `granted` says which.
 */
export function loadTargetOf(
  ctx: DriverContext,
  name: string,
  field: string,
): { ws: WorkspaceEntry; granted: boolean } {
  const project = projectOf(ctx, '', 'credentials.host');
  try {
    return { ws: workspaceOf(ctx, name, field, project), granted: false };
  } catch (error) {
    const other = ctx.storage.workspaces.byId.get(name);
    if (other === undefined) throw error;
    requireLoadGrant(other, project);
    return { ws: other, granted: true };
  }
}

/** Several names of one workspace (any may be empty, not all): each must name the same one. */
export function sameWorkspace(
  named: { field: string; find: () => WorkspaceEntry }[],
  what: string,
): WorkspaceEntry {
  const found = named.map((n) => ({ field: n.field, ws: n.find() }));
  const first = found[0];
  if (first === undefined) throw invalidArgument('invalid_request', `${what} is required`);
  const other = found.find((f) => f.ws.id !== first.ws.id);
  if (other !== undefined) {
    throw invalidArgument(
      'invalid_request',
      `${first.field} and ${other.field} name different workspaces (${first.ws.id}, ${other.ws.id})`,
    );
  }
  return first.ws;
}

export const refOf = (ws: WorkspaceEntry): WorkspaceRef => ({ projectId: ws.projectId, workspaceId: ws.id });

/** Write scope on the workspace's project and branch (REST's rule for workspace writes). */
export const writeOn = (ctx: DriverContext, ws: WorkspaceEntry): void =>
  allow(ctx, 'write', ws.projectId, ws.branchId ?? 'default');
