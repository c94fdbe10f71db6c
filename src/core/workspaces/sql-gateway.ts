import { randomBytes } from 'node:crypto';
import { nextAlias } from '../db/engine.js';
import { quoteIdent } from '../db/sql.js';
import { StorageError } from '../errors.js';
import { log, type Storage } from '../storage.js';
import { checkConnectionLimits } from './admin-sessions.js';
import { assertAuthAllowed, passwordMatches, recordAuthFailure, verifierFor } from './auth-limiter.js';
import {
  ALIAS_PARAMS_COLUMNS,
  ALIAS_PARAMS_TABLE,
  PRIMARY_KEYS_COLUMNS,
  PRIMARY_KEYS_TABLE,
  ProjectViews,
} from './project-views.js';
import { ALLOWED_TABLE_FUNCTIONS } from './sandbox.js';
import { WorkspaceSqlSession } from './sql-session.js';
import type { OpenSessionArgs, ScramVerifier, SqlGateway, SqlSession } from './sql-types.js';
import type { WorkspaceDbLease } from './workspace-db.js';
import { isExpired } from './workspace-rows.js';

/** The core's SqlGateway over a storage (src/core/workspaces/sql-types.ts). */
export function sqlGateway(s: Storage): SqlGateway {
  return {
    scramVerifier: async (username: string, address: string | null): Promise<ScramVerifier> => {
      assertAuthAllowed(s, username, address);
      return verifierFor(s, username);
    },
    checkPassword: async (username: string, password: string, address: string | null): Promise<boolean> => {
      assertAuthAllowed(s, username, address);
      const ok = passwordMatches(verifierFor(s, username), password) && s.workspaces.byUsername.has(username);
      if (!ok) recordAuthFailure(s, username, address);
      return ok;
    },
    authFailed: (username: string, address: string | null) => recordAuthFailure(s, username, address),
    open: (args: OpenSessionArgs) => openSession(s, args),
  };
}

/** Table and pragma functions of the instance that a session may not call, read once. */
const denied = new WeakMap<Storage, Promise<Set<string>>>();

function deniedTableFunctions(s: Storage): Promise<Set<string>> {
  let names = denied.get(s);
  if (names === undefined) {
    names = s.pool.use(async (conn) => {
      const reader = await conn.runAndReadAll(
        `SELECT DISTINCT lower(function_name) FROM duckdb_functions() WHERE function_type IN ('table', 'table_macro', 'pragma')`,
      );
      return new Set(
        reader
          .getRows()
          .map((r) => String(r[0]))
          .filter((n) => !ALLOWED_TABLE_FUNCTIONS.has(n)),
      );
    });
    denied.set(s, names);
  }
  return names;
}

async function openSession(s: Storage, args: OpenSessionArgs): Promise<SqlSession> {
  const ws = s.workspaces.byUsername.get(args.username);
  if (ws === undefined) {
    throw new StorageError('UNAUTHENTICATED', 'invalid_credentials', 'Invalid username or password');
  }
  if (isExpired(ws)) {
    throw new StorageError('FAILED_PRECONDITION', 'workspace_expired', `Workspace ${ws.id} has expired`, {
      details: { workspace_id: ws.id, expired_at: ws.expiresAt },
    });
  }
  return startSession(s, ws, args, () => s.workspaceDbs.lease(ws));
}

/**
 * A sandboxed session for a caller the protocol already authenticated for `projectId` (gRPC
 * ExecuteQueryCommand): on a workspace of the project when `workspaceId` is given, else on a
 * scratch in-memory workspace that disappears with the session.
 */
export async function openQuerySession(
  s: Storage,
  args: { projectId: string; branchId: string | null; workspaceId?: string; clientAddress: string | null },
): Promise<SqlSession> {
  if (args.workspaceId !== undefined) {
    const ws = s.workspaces.byId.get(args.workspaceId);
    if (ws === undefined || ws.projectId !== args.projectId) {
      throw new StorageError('NOT_FOUND', 'workspace_not_found', `Workspace ${args.workspaceId} not found`, {
        details: { project_id: args.projectId, workspace_id: args.workspaceId },
      });
    }
    return startSession(s, ws, { username: ws.username, clientAddress: args.clientAddress }, () =>
      s.workspaceDbs.lease(ws),
    );
  }
  const scratch = {
    id: `scratch_${randomBytes(6).toString('hex')}`,
    projectId: args.projectId,
    branchId: args.branchId,
  };
  return startSession(s, scratch, { username: '', clientAddress: args.clientAddress }, async () => {
    const alias = quoteIdent(nextAlias('w'));
    // Its own connection: attachConn belongs to TableFiles (used under its mutex).
    const run = async (sql: string) => {
      const conn = await s.instance.connect();
      try {
        await conn.run(sql);
      } finally {
        conn.closeSync();
      }
    };
    await run(`ATTACH ':memory:' AS ${alias}`);
    return { alias, release: () => run(`DETACH DATABASE IF EXISTS ${alias}`) };
  });
}

async function startSession(
  s: Storage,
  ws: { id: string; projectId: string; branchId: string | null },
  args: OpenSessionArgs,
  leaseWorkspace: () => Promise<WorkspaceDbLease>,
): Promise<SqlSession> {
  const sessionId = `pgw_${randomBytes(8).toString('hex')}`;
  const now = new Date().toISOString();
  const info = {
    sessionId,
    workspaceId: ws.id,
    projectId: ws.projectId,
    branchId: ws.branchId,
    // The login that opened it (main or extra user): dropping a user ends its sessions only.
    username: args.username,
    clientAddress: args.clientAddress,
    connectedAt: now,
    lastActivityAt: now,
    queryCount: 0,
    database: `workspace_${ws.id}`,
  };
  // Check and reserve in one synchronous step, so concurrent logins cannot overshoot a limit.
  checkConnectionLimits(s, ws.id, 'too_many_connections');
  let session: WorkspaceSqlSession | undefined;
  const placeholder = { info, end: async () => session?.end('terminated_by_admin') };
  s.workspaces.sessions.set(sessionId, placeholder);
  let conn: Awaited<ReturnType<typeof s.instance.connect>> | undefined;
  let workspace: WorkspaceDbLease | undefined;
  try {
    conn = await s.instance.connect();
    workspace = await leaseWorkspace();
    const project = quoteIdent(nextAlias('p'));
    await conn.run(`ATTACH ':memory:' AS ${project}`);
    await conn.run(`CREATE TABLE ${project}.main.${PRIMARY_KEYS_TABLE} (${PRIMARY_KEYS_COLUMNS})`);
    await conn.run(`CREATE TABLE ${project}.main.${ALIAS_PARAMS_TABLE} (${ALIAS_PARAMS_COLUMNS})`);
    await conn.run(`USE ${workspace.alias}`);
    const setup = args.setup?.({ workspace: workspace.alias, project }, { database: info.database }) ?? [];
    for (const sql of setup) await conn.run(sql);
    const views = new ProjectViews(
      s,
      conn,
      project,
      workspace.alias,
      args.extraSearchPath ?? [],
      ws.projectId,
      ws.branchId,
    );
    const opened = new WorkspaceSqlSession({
      s,
      info,
      conn,
      workspace,
      views,
      deniedTableFunctions: await deniedTableFunctions(s),
      queryTimeoutMs: s.config.pgwireQueryTimeoutSeconds * 1000,
      onClosed: () => {
        s.workspaces.sessions.delete(sessionId);
        clearTimeout(opened.idleTimer);
        s.hooks.onSqlSession?.('closed', ws.projectId);
      },
    });
    session = opened;
    await views.refresh(async (t) => {
      const lease = await s.files.lease(t.path);
      return () => lease.release();
    });
    opened.idleTimer = setTimeout(() => {
      log(s, 'info', 'sql session idle timeout', { session_id: sessionId });
      void opened.end('idle_timeout');
    }, s.config.pgwireIdleTimeoutSeconds * 1000);
    opened.idleTimer.unref();
    s.workspaces.sessions.set(sessionId, { info, end: (reason) => opened.end(reason) });
    s.hooks.onSqlSession?.('opened', ws.projectId);
    // A drop, reset or delete while this session was opening met only its placeholder: refuse
    // like a wrong password rather than keep a session its login no longer allows (checked
    // after 'opened', so that closing it counts as 'closed').
    if (args.username !== '' && s.workspaces.byUsername.get(args.username)?.id !== ws.id) {
      throw new StorageError('UNAUTHENTICATED', 'invalid_credentials', 'Invalid username or password');
    }
    return opened;
  } catch (error) {
    s.workspaces.sessions.delete(sessionId);
    if (session !== undefined) await session.close().catch(() => undefined);
    else {
      conn?.closeSync();
      await workspace?.release();
    }
    throw error;
  }
}
