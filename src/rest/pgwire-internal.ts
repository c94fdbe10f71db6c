import type { components } from '../../generated/openapi.js';
import type { PgwireInternalHandlers } from '../../generated/rest/operations.js';
import {
  cleanupSessions,
  endSession,
  getSession,
  listSessions,
  registerSession,
  type SessionView,
  touchSession,
} from '../core/workspaces/admin-sessions.js';
import { authenticatePassword } from '../core/workspaces/password-auth.js';
import type { RestContext } from './context.js';

type Schemas = components['schemas'];

const sessionJson = (x: SessionView): Schemas['PGWireSessionInfo'] => ({
  session_id: x.sessionId,
  workspace_id: x.workspaceId,
  client_ip: x.clientIp,
  connected_at: x.connectedAt,
  last_activity_at: x.lastActivityAt,
  query_count: x.queryCount,
  status: x.status,
  kind: x.kind,
});

/**
 * Resolvers of the `pgwire-internal` tag (reference note 07 section 5): admin key only (the
 * reference had no auth at all, pitfall 07/2); paths in answers are relative to DATA_DIR.
 */
export const pgwireInternalResolvers = {
  /** authenticatePgwireUser: rate-limited; the password is proven before anything else is told. */
  async authenticatePgwireUser({ body }, ctx) {
    const auth = await authenticatePassword(ctx.storage, {
      username: body.username,
      password: body.password,
      clientIp: body.client_ip ?? null,
    });
    return {
      status: 200,
      body: {
        workspace_id: auth.workspaceId,
        project_id: auth.projectId,
        branch_id: auth.branchId,
        db_path: auth.dbPath,
        tables: auth.tables.map((t) => ({ bucket: t.bucket, name: t.name, path: t.path, rows: t.rows })),
        memory_limit: auth.memoryLimit,
        query_timeout_seconds: auth.queryTimeoutSeconds,
      },
    };
  },

  /** registerPgwireSession: counted against the connection limits. */
  async registerPgwireSession({ body }, ctx) {
    const session = await registerSession(
      ctx.storage,
      { sessionId: body.session_id, workspaceId: body.workspace_id, clientIp: body.client_ip ?? null },
      ctx.audit,
    );
    return { status: 201, body: sessionJson(session) };
  },

  /** listPgwireSessions: a bare array (the reference's shape). */
  async listPgwireSessions({ query }, ctx) {
    const sessions = listSessions(ctx.storage, {
      ...(query.workspace_id === undefined ? {} : { workspaceId: query.workspace_id }),
      ...(query.status === undefined ? {} : { status: query.status }),
    });
    return { status: 200, body: sessions.map(sessionJson) };
  },

  /** cleanupPgwireSessions */
  async cleanupPgwireSessions({ query }, ctx) {
    const done = await cleanupSessions(ctx.storage, query.idle_timeout_seconds, ctx.audit);
    return { status: 200, body: { cleaned_up: done.ended, idle_timeout_seconds: done.idleTimeoutSeconds } };
  },

  /** getPgwireSession */
  async getPgwireSession({ path }, ctx) {
    return { status: 200, body: sessionJson(getSession(ctx.storage, path.session_id)) };
  },

  /** endPgwireSession: a PG wire connection's socket is closed. */
  async endPgwireSession({ path, query }, ctx) {
    await endSession(ctx.storage, path.session_id, query.reason ?? 'disconnected', ctx.audit);
    return { status: 204 };
  },

  /** updatePgwireSessionActivity */
  async updatePgwireSessionActivity({ path, body }, ctx) {
    const session = touchSession(ctx.storage, path.session_id, body.increment_queries ?? true);
    return { status: 200, body: sessionJson(session) };
  },
} satisfies PgwireInternalHandlers<RestContext>;
