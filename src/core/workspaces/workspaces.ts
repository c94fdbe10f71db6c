import { logOperation } from '../audit.js';
import { requireProject, resolveBranch } from '../catalog/branches.js';
import type { PgwirePublicEndpoint } from '../config.js';
import { quoteIdent } from '../db/sql.js';
import { metaWrite } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { isoFromMillis, nowIso } from '../timestamps.js';
import { newPassword, newUsername, newWorkspaceId, scramVerifier } from './credentials.js';
import type { SessionEndReason } from './sql-types.js';
import { workspaceAccessCleanup } from './workspace-access-rows.js';
import { type LoadItemResult, loadItems, resolveSource } from './workspace-load.js';
import { withWorkspaceRead, withWorkspaceWrite } from './workspace-locks.js';
import {
  requireLiveWorkspace,
  requireWorkspace,
  type WorkspaceRef,
  type WorkspaceScope,
  withWorkspaceDb,
} from './workspace-lookup.js';
import type { WorkspaceEntry } from './workspace-model.js';
import {
  dropAllObjects,
  dropObject,
  fileSize,
  listObjects,
  sessionTables,
  type WorkspaceObject,
} from './workspace-objects.js';
import { insertWorkspaceRow, isExpired, removeWorkspaceFiles, workspaceClock } from './workspace-rows.js';

/** How a client connects over PG wire; the password only in create and reset answers. */
export interface ConnectionInfo {
  host: string;
  port: number;
  /** `workspace_{id}`, what current_database() shows. */
  database: string;
  username: string;
  password: string | null;
  sslMode: PgwirePublicEndpoint['sslMode'];
  /** `postgresql://user[:password]@host:port/workspace_{id}?sslmode=…` */
  connectionString: string;
}

export interface Workspace {
  id: string;
  projectId: string;
  /** null = main. */
  branchId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  createdBy: string | null;
  /** The file and its WAL on disk. */
  sizeBytes: number;
  sizeLimitBytes: number;
  status: 'active' | 'expired';
  connection: ConnectionInfo;
}

export interface AttachedTable {
  /** The bucket (a link's own name): the schema a session reads it under. */
  schema: string;
  table: string;
  rows: number;
}

export interface WorkspaceDetail extends Workspace {
  activeSessions: number;
  attachedTables: AttachedTable[];
  objects: WorkspaceObject[];
}

export interface CreateWorkspaceInput {
  name: string;
  /** null = never expires. */
  ttlHours: number | null;
  sizeLimitBytes: number;
  /** `bucket.table` sources loaded at once (each must exist; any failure undoes the create). */
  preloadTables: string[];
}

/** How `username` (the main user unless given: an extra user) connects to the workspace. */
export function connectionInfo(
  s: Storage,
  ws: WorkspaceEntry,
  password: string | null,
  username: string = ws.username,
): ConnectionInfo {
  const { host, port, sslMode } = s.config.pgwirePublic;
  const database = `workspace_${ws.id}`;
  const hostPart = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  // The password is [A-Za-z0-9_-] (credentials.ts): nothing to escape in a URL.
  const user = password === null ? username : `${username}:${password}`;
  return {
    host,
    port,
    database,
    username,
    password,
    sslMode,
    connectionString: `postgresql://${user}@${hostPart}:${port}/${database}?sslmode=${sslMode}`,
  };
}

/**
 * The advertised endpoint, for a PG listener that learns its port only when listening (PORT 0)
 * or is reached through another address; PGWIRE_PUBLIC_* set it otherwise.
 */
export function advertisePgwireEndpoint(s: Storage, endpoint: Partial<PgwirePublicEndpoint>): void {
  Object.assign(s.config.pgwirePublic, endpoint);
}

async function toWorkspace(
  s: Storage,
  ws: WorkspaceEntry,
  password: string | null = null,
): Promise<Workspace> {
  return {
    id: ws.id,
    projectId: ws.projectId,
    branchId: ws.branchId,
    name: ws.name,
    createdAt: ws.createdAt,
    expiresAt: ws.expiresAt,
    createdBy: ws.createdBy,
    sizeBytes: await fileSize(s, ws),
    sizeLimitBytes: ws.sizeLimitBytes,
    status: isExpired(ws) ? 'expired' : 'active',
    connection: connectionInfo(s, ws, password),
  };
}

/** The branch a scope names: null for main (no branch id, or `default`). */
function scopeBranch(s: Storage, scope: WorkspaceScope): string | null {
  requireProject(s, scope.projectId);
  if (scope.branchId === undefined) return null;
  return resolveBranch(s, scope.projectId, scope.branchId).branch?.id ?? null;
}

/**
 * createWorkspace (project path: main; branch path: that branch, `default` = main). The file
 * is made first (with `_workspace_info`), then the row commits in one metadata transaction; if
 * the row fails the file is removed, and start-up removes a file a crash left without a row
 * (reference pitfall 07/14). Preloaded tables are loaded after, and any failure among them
 * deletes the workspace again and is the answer.
 */
export async function createWorkspace(
  s: Storage,
  scope: WorkspaceScope,
  input: CreateWorkspaceInput,
  audit: AuditContext,
): Promise<{ workspace: Workspace; password: string }> {
  const startedAt = Date.now();
  const branchId = scopeBranch(s, scope);
  // Unknown preload sources fail before anything exists.
  for (const source of input.preloadTables)
    resolveSource(s, { projectId: scope.projectId, branchId }, source);
  const password = newPassword();
  const verifier = await scramVerifier(password);
  let id = newWorkspaceId();
  while (s.workspaces.byId.has(id)) id = newWorkspaceId();
  // A fresh id makes a fresh name, and extra users have another shape; checked all the same.
  let username = newUsername(id);
  while (s.workspaces.byUsername.has(username)) username = newUsername(id);
  const createdAt = nowIso();
  const entry: WorkspaceEntry = {
    id,
    projectId: scope.projectId,
    branchId,
    name: input.name,
    createdAt,
    expiresAt:
      input.ttlHours === null ? null : isoFromMillis(workspaceClock.now() + input.ttlHours * 3_600_000),
    sizeLimitBytes: input.sizeLimitBytes,
    username,
    verifier,
    createdBy: audit.actor,
    users: new Map(),
    grantees: new Set(),
  };
  await trackWrite(s, async () => {
    await writeWorkspaceFile(s, entry);
    try {
      await metaWrite(s, async (tx) => {
        // The project or branch may have gone while the file was written.
        scopeBranch(s, scope);
        await insertWorkspaceRow(s, tx, entry);
        return () => s.workspaces.add(entry);
      });
    } catch (error) {
      await s.workspaceDbs.forget(entry.id);
      await removeWorkspaceFiles(s, entry);
      throw error;
    }
  });
  await logOperation(s, audit, {
    operation: 'create_workspace',
    projectId: entry.projectId,
    resourceType: 'workspace',
    resourceId: entry.id,
    details: {
      name: entry.name,
      branch_id: entry.branchId,
      ttl_hours: input.ttlHours,
      expires_at: entry.expiresAt,
      size_limit_bytes: entry.sizeLimitBytes,
      preload_tables: input.preloadTables,
    },
    startedAt,
  });
  if (input.preloadTables.length > 0) await preload(s, entry, input.preloadTables, audit);
  return { workspace: await toWorkspace(s, entry, password), password };
}

async function preload(
  s: Storage,
  ws: WorkspaceEntry,
  sources: string[],
  audit: AuditContext,
): Promise<void> {
  let failed: LoadItemResult | undefined;
  await trackWrite(s, () =>
    withWorkspaceWrite(s, [ws.id], async () => {
      const result = await loadItems(
        s,
        ws,
        sources.map((source) => ({ source })),
      );
      failed = result.items.find((r) => r.status === 'failed');
      if (failed !== undefined) await destroy(s, ws, 'workspace_deleted');
    }),
  );
  if (failed?.error != null) {
    await logOperation(s, audit, {
      operation: 'delete_workspace',
      projectId: ws.projectId,
      resourceType: 'workspace',
      resourceId: ws.id,
      details: { name: ws.name, reason: 'preload_failed', source: failed.source },
      startedAt: Date.now(),
    });
    throw failed.error;
  }
}

/** The new file with its `_workspace_info` rows, complete on disk (detached) when this returns. */
async function writeWorkspaceFile(s: Storage, ws: WorkspaceEntry): Promise<void> {
  try {
    await withWorkspaceDb(s, ws, (alias) =>
      s.pool.use(async (conn) => {
        const info = `${alias}.main.${quoteIdent('_workspace_info')}`;
        await conn.run(`CREATE TABLE ${info} (key VARCHAR PRIMARY KEY, value VARCHAR)`);
        await conn.run(`INSERT INTO ${info} VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8)`, [
          'workspace_id',
          ws.id,
          'created_at',
          ws.createdAt,
          'project_id',
          ws.projectId,
          'branch_id',
          ws.branchId ?? 'default',
        ]);
      }),
    );
  } catch (error) {
    await s.workspaceDbs.forget(ws.id);
    await removeWorkspaceFiles(s, ws);
    throw error;
  }
}

/**
 * listWorkspaces: newest first; the project path lists main's and every branch's, a branch path
 * one branch's (`default`: main's). Expired ones are listed as `expired`; `total` counts all.
 */
export async function listWorkspaces(
  s: Storage,
  scope: WorkspaceScope,
  page: { limit: number; offset: number },
): Promise<{ workspaces: Workspace[]; total: number }> {
  const branchId = scopeBranch(s, scope);
  const all = s.workspaces
    .ofProject(scope.projectId)
    .filter((ws) => scope.branchId === undefined || ws.branchId === branchId)
    .sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  const slice = all.slice(page.offset, page.offset + page.limit);
  return { workspaces: await Promise.all(slice.map((ws) => toWorkspace(s, ws))), total: all.length };
}

/**
 * getWorkspace: with live sessions (counted in memory), the project tables a session sees (from
 * the catalog, no table file opened) and the workspace's own tables and views (row counts
 * DuckDB keeps; views are not executed: reference pitfall 07/18).
 */
export async function getWorkspace(s: Storage, ref: WorkspaceRef): Promise<WorkspaceDetail> {
  const first = requireLiveWorkspace(s, ref);
  return withWorkspaceRead(s, first.id, async () => {
    const ws = requireLiveWorkspace(s, ref);
    const objects = await withWorkspaceDb(s, ws, (alias) => listObjects(s, alias));
    return {
      ...(await toWorkspace(s, ws)),
      activeSessions: s.workspaces.sessionsOf(ws.id).length,
      attachedTables: sessionTables(s, ws).map((v) => ({
        schema: v.bucket,
        table: v.name,
        rows: v.entry.rowCount,
      })),
      objects,
    };
  });
}

/**
 * Takes workspaces out of service: out of the registry (no login or REST call finds them), their
 * sessions ended, their files detached. Returns how to put them back if the delete fails.
 */
async function detach(s: Storage, list: WorkspaceEntry[], reason: SessionEndReason): Promise<() => void> {
  const restore = () => {
    for (const ws of list) if (!s.workspaces.byId.has(ws.id)) s.workspaces.add(ws);
  };
  for (const ws of list) s.workspaces.remove(ws.id);
  try {
    await Promise.all(list.map((ws) => s.workspaces.endSessions(ws.id, reason)));
    for (const ws of list) await s.workspaceDbs.forget(ws.id);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}

/**
 * Sessions (of all its users) ended, file detached, its row, users and grants deleted (one
 * transaction), then the file and WAL unlinked.
 */
export async function destroy(s: Storage, ws: WorkspaceEntry, reason: SessionEndReason): Promise<void> {
  const restore = await detach(s, [ws], reason);
  try {
    await metaWrite(s, async (tx) => {
      await workspaceAccessCleanup(s, { workspaceId: ws.id }).run(tx);
      await tx.run(`DELETE FROM ${s.m}.workspaces WHERE id = $1`, [ws.id]);
      return () => undefined;
    });
  } catch (error) {
    restore();
    throw error;
  }
  await removeWorkspaceFiles(s, ws);
}

/** deleteWorkspace: also an expired one (no 410). Its live sessions are ended first (pitfall 07/19). */
export async function deleteWorkspace(s: Storage, ref: WorkspaceRef, audit: AuditContext): Promise<void> {
  const first = requireWorkspace(s, ref);
  const startedAt = Date.now();
  const sizeBytes = await fileSize(s, first);
  await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => destroy(s, requireWorkspace(s, ref), 'workspace_deleted')),
  );
  await logOperation(s, audit, {
    operation: 'delete_workspace',
    projectId: first.projectId,
    resourceType: 'workspace',
    resourceId: first.id,
    details: { name: first.name, branch_id: first.branchId, size_bytes: sizeBytes },
    startedAt,
  });
}

/**
 * For deleteProject and deleteBranch (reference pitfall 07/15): runs `fn` (which deletes the
 * workspaces' rows in its own transaction) with the scope's workspaces out of service: locked,
 * sessions ended, files detached; put back if `fn` fails, files removed when it succeeds.
 */
export async function withWorkspacesGone<T>(
  s: Storage,
  scope: { projectId: string; branchId?: string },
  audit: AuditContext,
  fn: () => Promise<T>,
): Promise<T> {
  const inScope = () =>
    s.workspaces
      .ofProject(scope.projectId)
      .filter((ws) => scope.branchId === undefined || ws.branchId === scope.branchId);
  return withWorkspaceWrite(
    s,
    inScope().map((ws) => ws.id),
    async () => {
      const list = inScope();
      const restore = await detach(s, list, 'workspace_deleted');
      let result: T;
      try {
        result = await fn();
      } catch (error) {
        restore();
        throw error;
      }
      // Created while fn waited for its locks: their rows went with fn's transaction too.
      const late = inScope();
      if (late.length > 0) await detach(s, late, 'workspace_deleted');
      for (const ws of [...list, ...late]) {
        await removeWorkspaceFiles(s, ws);
        await logOperation(s, audit, {
          operation: 'delete_workspace',
          projectId: ws.projectId,
          resourceType: 'workspace',
          resourceId: ws.id,
          details: {
            name: ws.name,
            branch_id: ws.branchId,
            reason: scope.branchId === undefined ? 'project_deleted' : 'branch_deleted',
          },
          startedAt: Date.now(),
        });
      }
      return result;
    },
  );
}

/**
 * resetWorkspaceCredentials: a new password (the username stays). No login can use the old one
 * from the start (the username is out of the registry meanwhile); live sessions are ended before
 * the new verifier commits (reference pitfall 07/19: old sessions stayed connected).
 */
export async function resetWorkspaceCredentials(
  s: Storage,
  ref: WorkspaceRef,
  audit: AuditContext,
): Promise<ConnectionInfo> {
  const first = requireLiveWorkspace(s, ref);
  const startedAt = Date.now();
  const password = newPassword();
  const verifier = await scramVerifier(password);
  const ws = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => {
      const current = requireLiveWorkspace(s, ref);
      s.workspaces.byUsername.delete(current.username);
      try {
        await s.workspaces.endSessions(current.id, 'credentials_reset');
        await metaWrite(s, async (tx) => {
          await tx.run(
            `UPDATE ${s.m}.workspaces SET scram_salt = $1, scram_iterations = $2, scram_stored_key = $3, scram_server_key = $4 WHERE id = $5`,
            [verifier.salt, verifier.iterations, verifier.storedKey, verifier.serverKey, current.id],
          );
          return () => {
            current.verifier = verifier;
          };
        });
      } finally {
        if (s.workspaces.byId.get(current.id) === current)
          s.workspaces.byUsername.set(current.username, current);
      }
      return current;
    }),
  );
  await logOperation(s, audit, {
    operation: 'reset_workspace_credentials',
    projectId: ws.projectId,
    resourceType: 'workspace',
    resourceId: ws.id,
    details: { username: ws.username },
    startedAt,
  });
  return connectionInfo(s, ws, password);
}

/** clearWorkspace: drops every table and view listed in the detail (`_` names stay). */
export async function clearWorkspace(s: Storage, ref: WorkspaceRef, audit: AuditContext): Promise<void> {
  const first = requireLiveWorkspace(s, ref);
  const startedAt = Date.now();
  const dropped = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () =>
      withWorkspaceDb(s, requireLiveWorkspace(s, ref), (alias) => dropAllObjects(s, alias)),
    ),
  );
  await logOperation(s, audit, {
    operation: 'clear_workspace',
    projectId: first.projectId,
    resourceType: 'workspace',
    resourceId: first.id,
    details: { objects_dropped: dropped },
    startedAt,
  });
}

/** dropWorkspaceObject: one table or view by its listed name, or 404 `object_not_found`. */
export async function dropWorkspaceObject(
  s: Storage,
  ref: WorkspaceRef,
  objectName: string,
  audit: AuditContext,
): Promise<void> {
  const first = requireLiveWorkspace(s, ref);
  const startedAt = Date.now();
  const dropped = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => {
      const ws = requireLiveWorkspace(s, ref);
      return withWorkspaceDb(s, ws, (alias) => dropObject(s, ws, alias, objectName));
    }),
  );
  await logOperation(s, audit, {
    operation: 'drop_workspace_object',
    projectId: first.projectId,
    resourceType: 'workspace_object',
    resourceId: `${first.id}/${dropped.name}`,
    details: { type: dropped.type },
    startedAt,
  });
}

/** A size limit in GB as bytes (the API's unit; the core keeps bytes). */
export const gigabytes = (gb: number): number => gb * 1024 ** 3;
