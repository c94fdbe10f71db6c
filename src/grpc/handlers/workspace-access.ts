import type { WorkspaceCommandHandlers } from '../../../generated/grpc/commands.js';
import { CreateWorkspaceUserResponse } from '../../../generated/grpc/proto/workspace.js';
import { invalidArgument } from '../../core/errors.js';
import { grantWorkspaceAccess, revokeWorkspaceAccess } from '../../core/workspaces/workspace-grants.js';
import type { WorkspaceEntry } from '../../core/workspaces/workspace-model.js';
import {
  createWorkspaceUser,
  dropWorkspaceUser,
  requireWorkspaceLogin,
} from '../../core/workspaces/workspace-users.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { refOf, sameWorkspace, workspaceOf, writeOn } from '../workspace-refs.js';
import { projectOfRole } from './project.js';

/** The workspace role CreateWorkspaceCommand answers: `role_{workspace id}`. */
const ROLE_PREFIX = 'role_';

type Named = { field: string; find: () => WorkspaceEntry };

/**
 * The workspace of a grant or revoke, by any of workspaceObjectName (id or name),
 * workspaceUserName (a login of it) and workspaceRoleName, in the caller's project; the given
 * ones must agree.
 */
function grantedWorkspace(
  ctx: DriverContext,
  command: { workspaceObjectName: string; workspaceUserName: string; workspaceRoleName: string },
): WorkspaceEntry {
  const projectId = projectOf(ctx, '', 'credentials.host');
  const named: Named[] = [];
  if (command.workspaceObjectName !== '') {
    named.push({
      field: 'workspaceObjectName',
      find: () => workspaceOf(ctx, command.workspaceObjectName, 'workspaceObjectName', projectId),
    });
  }
  if (command.workspaceUserName !== '') {
    named.push({
      field: 'workspaceUserName',
      find: () => requireWorkspaceLogin(ctx.storage, projectId, command.workspaceUserName).workspace,
    });
  }
  if (command.workspaceRoleName !== '') {
    const role = command.workspaceRoleName;
    if (!role.startsWith(ROLE_PREFIX) || role.length === ROLE_PREFIX.length) {
      throw invalidArgument(
        'invalid_request',
        `workspaceRoleName ${role} is not of the form role_{workspace id}`,
      );
    }
    named.push({
      field: 'workspaceRoleName',
      find: () => workspaceOf(ctx, role.slice(ROLE_PREFIX.length), 'workspaceRoleName', projectId),
    });
  }
  return sameWorkspace(named, 'workspaceObjectName, workspaceUserName or workspaceRoleName');
}

/** The grantee project: projectUserName and/or projectRoleName as CreateProjectCommand answers them. */
function granteeOf(command: { projectUserName: string; projectRoleName: string }): string {
  const ids = [
    { field: 'projectUserName', id: projectOfRole(command.projectUserName, 'user', 'projectUserName') },
    { field: 'projectRoleName', id: projectOfRole(command.projectRoleName, 'role', 'projectRoleName') },
  ].filter((x): x is { field: string; id: string } => x.id !== null);
  const first = ids[0];
  if (first === undefined)
    throw invalidArgument('invalid_request', 'projectUserName or projectRoleName is required');
  if (ids.some((x) => x.id !== first.id)) {
    throw invalidArgument('invalid_request', 'projectUserName and projectRoleName name different projects');
  }
  return first.id;
}

/**
 * Workspace users and cross-project access (Keboola's workspace.proto): extra PG wire logins of a
 * workspace, and projects that may load their own tables into it.
 */
export const workspaceAccessHandlers = {
  /**
   * CreateWorkspaceUserCommand: a new login on the workspace named by workspaceObjectName or
   * workspaceId (they must agree when both are sent); stackPrefix, the project roles and meta
   * have nothing to map to.
   */
  async CreateWorkspaceUserCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectId, 'projectId');
    const named: Named[] = [];
    for (const [field, value] of [
      ['workspaceObjectName', command.workspaceObjectName],
      ['workspaceId', command.workspaceId],
    ] as const) {
      if (value !== '') named.push({ field, find: () => workspaceOf(ctx, value, field, projectId) });
    }
    const ws = sameWorkspace(named, 'workspaceObjectName or workspaceId');
    writeOn(ctx, ws);
    const user = await createWorkspaceUser(ctx.storage, refOf(ws), ctx.audit);
    note(ctx, 'info', `Workspace user ${user.username} created for workspace ${ws.id}`);
    return CreateWorkspaceUserResponse.fromPartial({
      workspaceUserName: user.username,
      workspacePassword: user.password,
    });
  },

  /** DropWorkspaceUserCommand: NOT_FOUND also for another project's user; not the main user. */
  async DropWorkspaceUserCommand(command, ctx) {
    if (command.workspaceUserName === '')
      throw invalidArgument('invalid_request', 'workspaceUserName is required');
    const projectId = projectOf(ctx, '', 'credentials.host');
    const { workspace } = requireWorkspaceLogin(ctx.storage, projectId, command.workspaceUserName);
    writeOn(ctx, workspace);
    await dropWorkspaceUser(ctx.storage, projectId, command.workspaceUserName, ctx.audit);
    note(ctx, 'info', `Workspace user ${command.workspaceUserName} dropped`);
    return null;
  },

  /**
   * GrantWorkspaceAccessToProjectCommand: the owner project (manage scope, or the admin key with
   * credentials.host) lets the grantee load its own tables into the workspace. Idempotent.
   */
  async GrantWorkspaceAccessToProjectCommand(command, ctx) {
    const ws = grantedWorkspace(ctx, command);
    const grantee = granteeOf(command);
    allow(ctx, 'manage', ws.projectId, ws.branchId ?? 'default');
    const { created } = await grantWorkspaceAccess(ctx.storage, refOf(ws), grantee, ctx.audit);
    note(
      ctx,
      'info',
      created
        ? `Project ${grantee} may load its tables into workspace ${ws.id}`
        : `Project ${grantee} already had access to workspace ${ws.id}`,
    );
    return null;
  },

  /** RevokeWorkspaceAccessToProjectCommand: idempotent (a warning when there was no grant). */
  async RevokeWorkspaceAccessToProjectCommand(command, ctx) {
    const ws = grantedWorkspace(ctx, command);
    const grantee = granteeOf(command);
    allow(ctx, 'manage', ws.projectId, ws.branchId ?? 'default');
    const { removed } = await revokeWorkspaceAccess(ctx.storage, refOf(ws), grantee, ctx.audit);
    if (removed) note(ctx, 'info', `Project ${grantee} no longer has access to workspace ${ws.id}`);
    else note(ctx, 'warning', `Project ${grantee} had no access to workspace ${ws.id}`);
    return null;
  },
} satisfies Pick<
  WorkspaceCommandHandlers<DriverContext>,
  | 'CreateWorkspaceUserCommand'
  | 'DropWorkspaceUserCommand'
  | 'GrantWorkspaceAccessToProjectCommand'
  | 'RevokeWorkspaceAccessToProjectCommand'
>;
