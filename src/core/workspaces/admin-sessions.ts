import { logOperation } from '../audit.js';
import { alreadyExists, notFound, StorageError } from '../errors.js';
import type { AuditContext, Storage } from '../storage.js';
import { nowIso } from '../timestamps.js';
import type { SessionEndReason, SqlSessionInfo } from './sql-types.js';
import { workspaceExpired } from './workspace-lookup.js';
import type { LiveSession } from './workspace-model.js';
import { isExpired } from './workspace-rows.js';

/**
 * The sessions of `/internal/pgwire/sessions` (reference note 07 section 5): what the registry
 * holds, live PG wire connections and sessions an external SQL front end registered here. A
 * session exists while it is live; ending one removes it (the reference kept rows nothing closed,
 * pitfall 07/3). Registered sessions count toward the connection limits like sockets do.
 */
export interface SessionView {
  sessionId: string;
  workspaceId: string;
  clientIp: string | null;
  connectedAt: string;
  lastActivityAt: string;
  queryCount: number;
  status: 'active';
  /** `pgwire`: a connection to our PG wire listener; `registered`: registered through the API. */
  kind: 'pgwire' | 'registered';
}

type MutableInfo = { -readonly [K in keyof SqlSessionInfo]: SqlSessionInfo[K] };

/** A session an admin registered: its activity comes from the API, ending it only forgets it. */
class RegisteredSession implements LiveSession {
  constructor(
    readonly info: MutableInfo,
    private readonly s: Storage,
  ) {}

  async end(_reason: SessionEndReason): Promise<void> {
    if (this.s.workspaces.sessions.get(this.info.sessionId) === this) {
      this.s.workspaces.sessions.delete(this.info.sessionId);
    }
  }
}

const view = (x: LiveSession): SessionView => ({
  sessionId: x.info.sessionId,
  workspaceId: x.info.workspaceId,
  clientIp: x.info.clientAddress,
  connectedAt: x.info.connectedAt,
  lastActivityAt: x.info.lastActivityAt,
  queryCount: x.info.queryCount,
  status: 'active',
  kind: x instanceof RegisteredSession ? 'registered' : 'pgwire',
});

/**
 * The per-workspace and total limits, checked and reserved in one synchronous step (the
 * reference's check-then-insert was not atomic). RESOURCE_EXHAUSTED `connection_limit_reached`
 * with the reference's details.
 */
export function checkConnectionLimits(
  s: Storage,
  workspaceId: string,
  /** The REST endpoints' `connection_limit_reached`; a SQL login's `too_many_connections`. */
  reason: 'connection_limit_reached' | 'too_many_connections' = 'connection_limit_reached',
): void {
  const active = s.workspaces.sessionsOf(workspaceId).length;
  const perWorkspace = s.config.pgwireMaxConnectionsPerWorkspace;
  if (active >= perWorkspace) {
    throw new StorageError(
      'RESOURCE_EXHAUSTED',
      reason,
      `Maximum connections (${perWorkspace}) reached for workspace (PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE)`,
      { details: { workspace_id: workspaceId, active_sessions: active, limit: perWorkspace } },
    );
  }
  const total = s.workspaces.sessions.size;
  if (total >= s.config.pgwireMaxConnectionsTotal) {
    throw new StorageError(
      'RESOURCE_EXHAUSTED',
      reason,
      `Maximum connections (${s.config.pgwireMaxConnectionsTotal}) reached for the server (PGWIRE_MAX_CONNECTIONS_TOTAL)`,
      {
        details: {
          workspace_id: workspaceId,
          active_sessions: total,
          limit: s.config.pgwireMaxConnectionsTotal,
        },
      },
    );
  }
}

/** registerPgwireSession: 404 unknown workspace, 410 expired, 409 a session id in use, 429 limits. */
export async function registerSession(
  s: Storage,
  input: { sessionId: string; workspaceId: string; clientIp: string | null },
  audit: AuditContext,
): Promise<SessionView> {
  const startedAt = Date.now();
  const ws = s.workspaces.byId.get(input.workspaceId);
  if (ws === undefined) {
    throw notFound('workspace_not_found', `Workspace ${input.workspaceId} not found`, {
      workspace_id: input.workspaceId,
    });
  }
  if (isExpired(ws)) throw workspaceExpired(ws);
  if (s.workspaces.sessions.has(input.sessionId)) {
    throw alreadyExists('session_exists', `Session ${input.sessionId} already exists`, {
      session_id: input.sessionId,
    });
  }
  checkConnectionLimits(s, ws.id);
  const now = nowIso();
  const session = new RegisteredSession(
    {
      sessionId: input.sessionId,
      workspaceId: ws.id,
      projectId: ws.projectId,
      branchId: ws.branchId,
      username: ws.username,
      clientAddress: input.clientIp,
      connectedAt: now,
      lastActivityAt: now,
      queryCount: 0,
      database: `workspace_${ws.id}`,
    },
    s,
  );
  s.workspaces.sessions.set(input.sessionId, session);
  await logOperation(s, audit, {
    operation: 'register_pgwire_session',
    projectId: ws.projectId,
    resourceType: 'pgwire_session',
    resourceId: input.sessionId,
    details: { workspace_id: ws.id, client_ip: input.clientIp },
    startedAt,
  });
  return view(session);
}

/** listPgwireSessions: newest first; `status` other than `active` matches nothing (ended ones are gone). */
export function listSessions(s: Storage, filter: { workspaceId?: string; status?: string }): SessionView[] {
  return [...s.workspaces.sessions.values()]
    .filter((x) => filter.workspaceId === undefined || x.info.workspaceId === filter.workspaceId)
    .filter(() => filter.status === undefined || filter.status === 'active')
    .map(view)
    .sort((a, b) =>
      a.connectedAt < b.connectedAt
        ? 1
        : a.connectedAt > b.connectedAt
          ? -1
          : a.sessionId < b.sessionId
            ? -1
            : 1,
    );
}

function requireSession(s: Storage, sessionId: string): LiveSession {
  const session = s.workspaces.sessions.get(sessionId);
  if (session === undefined) {
    throw notFound('session_not_found', `Session ${sessionId} not found`, { session_id: sessionId });
  }
  return session;
}

export function getSession(s: Storage, sessionId: string): SessionView {
  return view(requireSession(s, sessionId));
}

/**
 * updatePgwireSessionActivity: a registered session's last activity moves to now (and its query
 * count up, unless `incrementQueries` is false). A PG wire connection records its own activity
 * per statement; for it this reads the current values.
 */
export function touchSession(s: Storage, sessionId: string, incrementQueries: boolean): SessionView {
  const session = requireSession(s, sessionId);
  if (session instanceof RegisteredSession) {
    session.info.lastActivityAt = nowIso();
    if (incrementQueries) session.info.queryCount += 1;
  }
  return view(session);
}

/**
 * endPgwireSession: a PG wire connection is closed (its client is told `terminated_by_admin`),
 * a registered session forgotten; `reason` goes to the operations log.
 */
export async function endSession(
  s: Storage,
  sessionId: string,
  reason: string,
  audit: AuditContext,
): Promise<void> {
  const startedAt = Date.now();
  const session = requireSession(s, sessionId);
  await session.end('terminated_by_admin');
  await logOperation(s, audit, {
    operation: 'end_pgwire_session',
    projectId: session.info.projectId,
    resourceType: 'pgwire_session',
    resourceId: sessionId,
    details: { workspace_id: session.info.workspaceId, reason, kind: view(session).kind },
    startedAt,
  });
}

/**
 * Ends sessions without activity for `idleTimeoutSeconds` (a negative value: every session, as
 * the reference). Used by cleanupPgwireSessions and the reaper.
 */
export async function endIdleSessions(s: Storage, idleTimeoutSeconds: number): Promise<SessionView[]> {
  const cutoff = Date.now() - idleTimeoutSeconds * 1000;
  const idle = [...s.workspaces.sessions.values()].filter((x) => Date.parse(x.info.lastActivityAt) < cutoff);
  await Promise.all(idle.map((x) => x.end('idle_timeout')));
  return idle.map(view);
}

/** cleanupPgwireSessions: 0 or absent = PGWIRE_IDLE_TIMEOUT_SECONDS; each ended session is logged. */
export async function cleanupSessions(
  s: Storage,
  idleTimeoutSeconds: number | undefined,
  audit: AuditContext,
): Promise<{ ended: number; idleTimeoutSeconds: number }> {
  const startedAt = Date.now();
  const timeout =
    idleTimeoutSeconds === undefined || idleTimeoutSeconds === 0
      ? s.config.pgwireIdleTimeoutSeconds
      : idleTimeoutSeconds;
  const ended = await endIdleSessions(s, timeout);
  for (const x of ended) {
    const ws = s.workspaces.byId.get(x.workspaceId);
    if (ws === undefined) continue;
    await logOperation(s, audit, {
      operation: 'end_pgwire_session',
      projectId: ws.projectId,
      resourceType: 'pgwire_session',
      resourceId: x.sessionId,
      details: { workspace_id: x.workspaceId, reason: 'idle_timeout', kind: x.kind },
      startedAt,
    });
  }
  return { ended: ended.length, idleTimeoutSeconds: timeout };
}
