import { logOperation } from '../audit.js';
import { alreadyExists, notFound, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { newExtraUsername, newPassword, newWorkspaceUserId, scramVerifier } from './credentials.js';
import { insertWorkspaceUserRow } from './workspace-access-rows.js';
import { withWorkspaceWrite } from './workspace-locks.js';
import { requireLiveWorkspace, type WorkspaceRef } from './workspace-lookup.js';
import type { WorkspaceEntry, WorkspaceUser } from './workspace-model.js';
import { type ConnectionInfo, connectionInfo } from './workspaces.js';

/**
 * Extra PG wire logins of a workspace (driver CreateWorkspaceUserCommand /
 * DropWorkspaceUserCommand; Keboola: "an additional workspace user, e.g. for query service
 * credentials"). A login of either kind opens a session on the same workspace with the same
 * sandbox and project view, and counts toward the same connection limits (sessions are counted
 * per workspace). The password is shown once; only its SCRAM verifier is stored.
 */

/** A login found by username: its workspace, and the extra user (null: the main user). */
export interface WorkspaceLogin {
  workspace: WorkspaceEntry;
  user: WorkspaceUser | null;
}

/**
 * The login `username` of a workspace of `projectId`; NOT_FOUND `workspace_user_not_found` also
 * for another project's (no hint that it exists there).
 */
export function requireWorkspaceLogin(s: Storage, projectId: string, username: string): WorkspaceLogin {
  const ws = s.workspaces.byUsername.get(username);
  if (ws === undefined || ws.projectId !== projectId) {
    throw notFound('workspace_user_not_found', `No workspace user ${username} in project ${projectId}`, {
      project_id: projectId,
      workspace_user_name: username,
    });
  }
  return { workspace: ws, user: ws.username === username ? null : (ws.users.get(username) ?? null) };
}

/** createWorkspaceUser: a new login (unique across all workspace logins) and its password. */
export async function createWorkspaceUser(
  s: Storage,
  ref: WorkspaceRef,
  audit: AuditContext,
): Promise<ConnectionInfo & { password: string }> {
  const first = requireLiveWorkspace(s, ref);
  const startedAt = Date.now();
  const password = newPassword();
  const verifier = await scramVerifier(password);
  const { ws, user } = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => {
      const ws = requireLiveWorkspace(s, ref);
      let username = newExtraUsername(ws.id);
      while (s.workspaces.byUsername.has(username)) username = newExtraUsername(ws.id);
      const user: WorkspaceUser = {
        id: newWorkspaceUserId(),
        username,
        verifier,
        createdAt: nowIso(),
        createdBy: audit.actor,
      };
      await metaWrite(s, async (tx) => {
        // Under the metadata mutex: no other login can take the name meanwhile (main usernames
        // are also made under it), and the workspace is still in service.
        if (s.workspaces.byId.get(ws.id) !== ws) throw notFoundAgain(ref);
        if (s.workspaces.byUsername.has(username)) {
          throw alreadyExists('workspace_user_exists', `Workspace user ${username} already exists`);
        }
        await insertWorkspaceUserRow(s, tx, ws, user);
        return () => s.workspaces.addUser(ws, user);
      });
      return { ws, user };
    }),
  );
  await logOperation(s, audit, {
    operation: 'create_workspace_user',
    projectId: ws.projectId,
    resourceType: 'workspace_user',
    resourceId: user.id,
    details: { workspace_id: ws.id, username: user.username },
    startedAt,
  });
  return { ...connectionInfo(s, ws, password, user.username), password };
}

const notFoundAgain = (ref: WorkspaceRef): StorageError =>
  notFound('workspace_not_found', `Workspace ${ref.workspaceId} not found in project ${ref.projectId}`, {
    project_id: ref.projectId,
    workspace_id: ref.workspaceId,
  });

/** The extra user `username` of a workspace of the project, or why not (main user, unknown). */
function requireExtraUser(
  s: Storage,
  projectId: string,
  username: string,
): WorkspaceLogin & {
  user: WorkspaceUser;
} {
  const login = requireWorkspaceLogin(s, projectId, username);
  if (login.user === null) {
    throw new StorageError(
      'FAILED_PRECONDITION',
      'main_workspace_user',
      `${username} is the main user of workspace ${login.workspace.id}; drop the workspace (DropWorkspaceCommand) instead`,
      { details: { workspace_id: login.workspace.id, workspace_user_name: username } },
    );
  }
  return { workspace: login.workspace, user: login.user };
}

/**
 * Runs `fn` on an extra user under its workspace's write lock with the login out of the registry
 * (no new session can open with it); its live sessions are ended first with `reason`. The login
 * comes back unless `fn`'s commit removed the user.
 */
async function withLoginSuspended<T>(
  s: Storage,
  projectId: string,
  username: string,
  reason: 'user_dropped' | 'credentials_reset',
  fn: (ws: WorkspaceEntry, user: WorkspaceUser) => Promise<T>,
): Promise<{ ws: WorkspaceEntry; user: WorkspaceUser; result: T }> {
  const first = requireExtraUser(s, projectId, username);
  return trackWrite(s, () =>
    withWorkspaceWrite(s, [first.workspace.id], async () => {
      const { workspace: ws, user } = requireExtraUser(s, projectId, username);
      s.workspaces.byUsername.delete(username);
      try {
        await s.workspaces.endSessionsOf(ws.id, username, reason);
        return { ws, user, result: await fn(ws, user) };
      } finally {
        if (s.workspaces.byId.get(ws.id) === ws && ws.users.get(username) !== undefined)
          s.workspaces.byUsername.set(username, ws);
      }
    }),
  );
}

/**
 * dropWorkspaceUser: its live sessions end (FATAL `user_dropped`), then its row goes; a login
 * with it fails like an unknown user's. The main user cannot be dropped (FAILED_PRECONDITION).
 */
export async function dropWorkspaceUser(
  s: Storage,
  projectId: string,
  username: string,
  audit: AuditContext,
): Promise<void> {
  const startedAt = Date.now();
  const { ws, user } = await withLoginSuspended(s, projectId, username, 'user_dropped', (ws, user) =>
    metaWrite(s, async (tx) => {
      await tx.run(`DELETE FROM ${s.m}.workspace_users WHERE id = $1`, [user.id]);
      return () => s.workspaces.removeUser(ws, username);
    }),
  );
  await logOperation(s, audit, {
    operation: 'drop_workspace_user',
    projectId: ws.projectId,
    resourceType: 'workspace_user',
    resourceId: user.id,
    details: { workspace_id: ws.id, username },
    startedAt,
  });
}

/**
 * resetWorkspaceUserPassword (ResetWorkspacePasswordCommand naming an extra user): a new
 * password for that login only; its live sessions end first (`credentials_reset`), the main
 * user's and other users' stay.
 */
export async function resetWorkspaceUserPassword(
  s: Storage,
  projectId: string,
  username: string,
  audit: AuditContext,
): Promise<ConnectionInfo & { password: string }> {
  const startedAt = Date.now();
  const password = newPassword();
  const verifier = await scramVerifier(password);
  const { ws, user } = await withLoginSuspended(s, projectId, username, 'credentials_reset', (_ws, user) =>
    metaWrite(s, async (tx) => {
      await tx.run(
        `UPDATE ${s.m}.workspace_users SET scram_salt = $1, scram_iterations = $2, scram_stored_key = $3, scram_server_key = $4 WHERE id = $5`,
        [verifier.salt, verifier.iterations, verifier.storedKey, verifier.serverKey, user.id],
      );
      return () => {
        user.verifier = verifier;
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'reset_workspace_user_password',
    projectId: ws.projectId,
    resourceType: 'workspace_user',
    resourceId: user.id,
    details: { workspace_id: ws.id, username },
    startedAt,
  });
  return { ...connectionInfo(s, ws, password, username), password };
}
