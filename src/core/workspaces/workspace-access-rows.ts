import { iso, type MetaTx, metaWrite, readRows, text, textOrNull } from '../metadata/tx.js';
import { log, type Storage } from '../storage.js';
import type { WorkspaceUser } from './workspace-model.js';
import { verifierOfRow } from './workspace-rows.js';

/**
 * The rows of migration 8 beside a workspace's own: `workspace_users` (extra logins) and
 * `workspace_grants` (projects that may load into it). The registry's entries mirror them
 * (`users`, `grantees`), written through after COMMIT; they go with the workspace, its project,
 * its branch and (grants) the grantee project, in the transaction that removes those.
 */

/** Fills the users and grantees of the loaded workspaces (start-up, after loadWorkspaces). */
export async function loadWorkspaceAccess(s: Storage): Promise<void> {
  for (const r of await readRows(s.metaConn, `SELECT * FROM ${s.m}.workspace_users`)) {
    const ws = s.workspaces.byId.get(text(r.workspace_id));
    if (ws === undefined) continue;
    s.workspaces.addUser(ws, {
      id: text(r.id),
      username: text(r.username),
      verifier: verifierOfRow(r),
      createdAt: iso(r.created_at),
      createdBy: textOrNull(r.created_by),
    });
  }
  for (const r of await readRows(s.metaConn, `SELECT * FROM ${s.m}.workspace_grants`)) {
    const grantee = text(r.grantee_project_id);
    if (s.catalog.projects.has(grantee)) s.workspaces.byId.get(text(r.workspace_id))?.grantees.add(grantee);
  }
}

export async function insertWorkspaceUserRow(
  s: Storage,
  tx: MetaTx,
  ws: { id: string; projectId: string },
  user: WorkspaceUser,
): Promise<void> {
  await tx.run(
    `INSERT INTO ${s.m}.workspace_users (id, workspace_id, project_id, username, scram_salt, scram_iterations,
       scram_stored_key, scram_server_key, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      user.id,
      ws.id,
      ws.projectId,
      user.username,
      user.verifier.salt,
      user.verifier.iterations,
      user.verifier.storedKey,
      user.verifier.serverKey,
      user.createdAt,
      user.createdBy,
    ],
  );
}

/** What goes when a workspace, a branch (its workspaces) or a project goes. */
export type AccessScope = { workspaceId: string } | { projectId: string; branchId?: string };

/**
 * Deletes the users and grants of a scope in the caller's transaction (run it before the
 * workspaces' rows go: a branch's are found through them); `forget` after COMMIT drops a deleted
 * project from every workspace's grantees (the scope's own workspaces leave the registry whole).
 */
export function workspaceAccessCleanup(
  s: Storage,
  scope: AccessScope,
): { run: (tx: MetaTx) => Promise<void>; forget: () => void } {
  if ('workspaceId' in scope) {
    return {
      async run(tx) {
        await tx.run(`DELETE FROM ${s.m}.workspace_users WHERE workspace_id = $1`, [scope.workspaceId]);
        await tx.run(`DELETE FROM ${s.m}.workspace_grants WHERE workspace_id = $1`, [scope.workspaceId]);
      },
      forget: () => undefined,
    };
  }
  const { projectId, branchId } = scope;
  if (branchId !== undefined) {
    const ofBranch = `workspace_id IN (SELECT id FROM ${s.m}.workspaces WHERE project_id = $1 AND branch_id = $2)`;
    return {
      async run(tx) {
        await tx.run(`DELETE FROM ${s.m}.workspace_users WHERE ${ofBranch}`, [projectId, branchId]);
        await tx.run(`DELETE FROM ${s.m}.workspace_grants WHERE ${ofBranch}`, [projectId, branchId]);
      },
      forget: () => undefined,
    };
  }
  return {
    async run(tx) {
      await tx.run(`DELETE FROM ${s.m}.workspace_users WHERE project_id = $1`, [projectId]);
      await tx.run(`DELETE FROM ${s.m}.workspace_grants WHERE project_id = $1 OR grantee_project_id = $1`, [
        projectId,
      ]);
    },
    forget() {
      for (const ws of s.workspaces.byId.values()) ws.grantees.delete(projectId);
    },
  };
}

/**
 * Start-up reconciliation (after reconcileWorkspaces): users and grants whose workspace row is
 * gone, and grants of a gone grantee project (rows a crash or an older version left).
 */
export async function reconcileWorkspaceAccess(s: Storage): Promise<void> {
  await metaWrite(s, async (tx) => {
    const gone = `NOT EXISTS (SELECT 1 FROM ${s.m}.workspaces w WHERE w.id = workspace_id)`;
    const users = await tx.rows(`SELECT id FROM ${s.m}.workspace_users WHERE ${gone}`);
    const grants = await tx.rows(
      `SELECT workspace_id FROM ${s.m}.workspace_grants
       WHERE ${gone} OR NOT EXISTS (SELECT 1 FROM ${s.m}.projects p WHERE p.id = grantee_project_id)`,
    );
    if (users.length + grants.length > 0) {
      log(s, 'warn', 'reconcile: removing workspace users and grants of gone workspaces or projects', {
        users: users.length,
        grants: grants.length,
      });
    }
    await tx.run(`DELETE FROM ${s.m}.workspace_users WHERE ${gone}`);
    await tx.run(
      `DELETE FROM ${s.m}.workspace_grants
       WHERE ${gone} OR NOT EXISTS (SELECT 1 FROM ${s.m}.projects p WHERE p.id = grantee_project_id)`,
    );
    return () => undefined;
  });
}
