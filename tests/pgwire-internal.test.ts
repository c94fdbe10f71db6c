import { isAbsolute } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError, DuckStorageClient } from '../generated/sdk-ts/index.js';
import { readRows } from '../src/core/metadata/tx.js';
import { sqlGateway } from '../src/core/workspaces/sql-gateway.js';
import type { SessionEndReason } from '../src/core/workspaces/sql-types.js';
import { workspaceClock } from '../src/core/workspaces/workspace-rows.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * `/internal/pgwire/*` (note 07 section 5, pitfalls 2, 3 and 12): admin key only; password checks
 * rate-limited and proven before anything else is told; paths relative to DATA_DIR; sessions are
 * the registry's live ones (PG wire connections and registered ones), counted toward the limits,
 * ended for real.
 */
let t: TestServer;
let projectKey: string;
const P = 'pgi';
const main = { project_id: P, branch_id: 'default' };
let branchId: string;

const error = (fn: () => Promise<unknown>) => failure<DuckStorageApiError>(fn);
const messageOf = (e: DuckStorageApiError) => (e.body as { message: string }).message;
const details = (e: DuckStorageApiError) => (e.body as { detail: { details?: unknown } }).detail.details;
const newWorkspace = async (name: string, ttl_hours: number | null = null) => {
  const ws = await t.admin.createWorkspace({ path: { project_id: P }, body: { name, ttl_hours } });
  return { id: ws.id, username: ws.connection.username, password: ws.connection.password ?? '' };
};

beforeAll(async () => {
  t = await startTestServer({ PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE: '2', PGWIRE_AUTH_MAX_FAILURES: '5' });
  projectKey = (await t.admin.createProject({ body: { id: P } })).api_key;
  await t.admin.createBucket({ path: main, body: { name: 'b' } });
  await t.admin.createTable({
    path: { ...main, bucket_name: 'b' },
    body: { name: 't', columns: [{ name: 'a', type: 'INTEGER' }] },
  });
  await t.admin.createTable({
    path: { ...main, bucket_name: 'b' },
    body: { name: 'u', columns: [{ name: 'a', type: 'INTEGER' }] },
  });
  branchId = (await t.admin.createBranch({ path: { project_id: P }, body: { name: 'dev' } })).id;
  // The branch copies t on its first write.
  await t.admin.addColumn({
    path: { project_id: P, branch_id: branchId, bucket_name: 'b', table_name: 't' },
    body: { name: 'c', type: 'VARCHAR' },
  });
});
afterAll(async () => {
  await t?.stop();
});
afterEach(() => {
  workspaceClock.now = () => Date.now();
});

describe('admin key only', () => {
  it('401 without a key and 403 with a project key, on every route', async () => {
    const calls = (c: DuckStorageClient) => [
      () => c.authenticatePgwireUser({ body: { username: 'u', password: 'p' } }),
      () => c.registerPgwireSession({ body: { session_id: 's', workspace_id: 'w' } }),
      () => c.listPgwireSessions({}),
      () => c.getPgwireSession({ path: { session_id: 's' } }),
      () => c.updatePgwireSessionActivity({ path: { session_id: 's' }, body: {} }),
      () => c.endPgwireSession({ path: { session_id: 's' } }),
      () => c.cleanupPgwireSessions({}),
    ];
    for (const call of calls(t.as())) expect((await error(call)).status).toBe(401);
    for (const call of calls(t.as(projectKey))) expect((await error(call)).status).toBe(403);
  });
});

describe('authenticatePgwireUser', () => {
  it('answers where the workspace and the tables it sees are, relative to DATA_DIR', async () => {
    const ws = await newWorkspace('auth');
    const auth = await t.admin.authenticatePgwireUser({
      body: { username: ws.username, password: ws.password, client_ip: '10.0.0.1' },
    });
    expect(auth).toEqual({
      workspace_id: ws.id,
      project_id: P,
      branch_id: null,
      db_path: `duckdb/project_${P}/_workspaces/${ws.id}.duckdb`,
      tables: [
        { bucket: 'b', name: 't', path: `duckdb/project_${P}/b/t.duckdb`, rows: 0 },
        { bucket: 'b', name: 'u', path: `duckdb/project_${P}/b/u.duckdb`, rows: 0 },
      ],
      memory_limit: '1GB',
      query_timeout_seconds: 300,
    });
    // A branch workspace gets the branch's copy where it has one.
    const onBranch = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: branchId },
      body: { name: 'branch-auth' },
    });
    const branchAuth = await t.admin.authenticatePgwireUser({
      body: { username: onBranch.connection.username, password: onBranch.connection.password ?? '' },
    });
    expect(branchAuth.branch_id).toBe(branchId);
    expect(branchAuth.tables.map((x) => x.path)).toEqual([
      `duckdb/project_${P}/_branches/${branchId}/b/t.duckdb`,
      `duckdb/project_${P}/b/u.duckdb`,
    ]);
    for (const path of [branchAuth.db_path, ...branchAuth.tables.map((x) => x.path)]) {
      expect(isAbsolute(path)).toBe(false);
    }
  });

  it('a wrong password and an unknown user fail alike; a reset password replaces the old one at once', async () => {
    const ws = await newWorkspace('wrong');
    const wrong = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: ws.username, password: 'x'.repeat(32) } }),
    );
    const unknown = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: 'ws_nobody', password: 'x'.repeat(32) } }),
    );
    for (const e of [wrong, unknown]) {
      expect([e.status, e.reason, messageOf(e), details(e)]).toEqual([
        401,
        'invalid_credentials',
        'Invalid username or password',
        undefined,
      ]);
    }
    const reset = await t.admin.resetWorkspaceCredentials({ path: { project_id: P, workspace_id: ws.id } });
    const old = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: ws.username, password: ws.password } }),
    );
    expect(old.status).toBe(401);
    const fresh = await t.admin.authenticatePgwireUser({
      body: { username: ws.username, password: reset.password ?? '' },
    });
    expect(fresh.workspace_id).toBe(ws.id);
  });

  it('is never replayed: X-Idempotency-Key is ignored, so a reset password stops working at once', async () => {
    const ws = await newWorkspace('no-replay');
    const auth = () =>
      t.fetch('/internal/pgwire/auth', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${ADMIN_KEY}`,
          'content-type': 'application/json',
          'x-idempotency-key': 'auth-1',
        },
        body: JSON.stringify({ username: ws.username, password: ws.password }),
      });
    expect((await auth()).status).toBe(200);
    await t.admin.resetWorkspaceCredentials({ path: { project_id: P, workspace_id: ws.id } });
    const again = await auth();
    expect(again.status).toBe(401);
    expect(again.headers.get('x-idempotency-replay')).toBeNull();
  });

  it('refuses further attempts past PGWIRE_AUTH_MAX_FAILURES, even with the right password', async () => {
    const ws = await newWorkspace('limited');
    for (let i = 0; i < 5; i += 1) {
      const e = await error(() =>
        t.admin.authenticatePgwireUser({
          body: { username: ws.username, password: 'nope', client_ip: '10.9.9.9' },
        }),
      );
      expect(e.status).toBe(401);
    }
    const blocked = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: ws.username, password: ws.password } }),
    );
    expect([blocked.status, blocked.reason]).toEqual([429, 'too_many_auth_attempts']);
    // The address is blocked too, for any user.
    const other = await newWorkspace('same-address');
    const byAddress = await error(() =>
      t.admin.authenticatePgwireUser({
        body: { username: other.username, password: other.password, client_ip: '10.9.9.9' },
      }),
    );
    expect(byAddress.status).toBe(429);
    expect(
      (await t.admin.authenticatePgwireUser({ body: { username: other.username, password: other.password } }))
        .workspace_id,
    ).toBe(other.id);
  });

  it('tells expiry (410) and a full connection limit (429) only after the password is proven', async () => {
    const ws = await newWorkspace('expiring', 1);
    workspaceClock.now = () => Date.now() + 2 * 3_600_000;
    const wrong = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: ws.username, password: 'bad' } }),
    );
    expect(wrong.status).toBe(401);
    const expired = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: ws.username, password: ws.password } }),
    );
    expect([expired.status, expired.reason]).toEqual([410, 'workspace_expired']);
    workspaceClock.now = () => Date.now();
    const full = await newWorkspace('full');
    for (const id of ['full-1', 'full-2']) {
      await t.admin.registerPgwireSession({ body: { session_id: id, workspace_id: full.id } });
    }
    const limited = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: full.username, password: full.password } }),
    );
    expect([limited.status, limited.reason]).toEqual([429, 'connection_limit_reached']);
    expect(details(limited)).toEqual({ workspace_id: full.id, active_sessions: 2, limit: 2 });
    const bad = await error(() =>
      t.admin.authenticatePgwireUser({ body: { username: full.username, password: 'bad' } }),
    );
    expect(bad.status).toBe(401);
    for (const id of ['full-1', 'full-2']) await t.admin.endPgwireSession({ path: { session_id: id } });
  });
});

describe('sessions', () => {
  it('registers, lists, reads, records activity, ends; counted toward the limit', async () => {
    const ws = await newWorkspace('sessions');
    const created = await t.admin.registerPgwireSession({
      body: { session_id: 'sess-1', workspace_id: ws.id, client_ip: '10.1.1.1' },
    });
    expect(created).toMatchObject({
      session_id: 'sess-1',
      workspace_id: ws.id,
      client_ip: '10.1.1.1',
      query_count: 0,
      status: 'active',
      kind: 'registered',
    });
    expect(created.connected_at).toBe(created.last_activity_at);
    const dup = await error(() =>
      t.admin.registerPgwireSession({ body: { session_id: 'sess-1', workspace_id: ws.id } }),
    );
    expect([dup.status, dup.reason]).toEqual([409, 'session_exists']);
    const unknown = await error(() =>
      t.admin.registerPgwireSession({ body: { session_id: 'sess-x', workspace_id: 'ws_nothing' } }),
    );
    expect([unknown.status, unknown.reason]).toEqual([404, 'workspace_not_found']);
    await t.admin.registerPgwireSession({ body: { session_id: 'sess-2', workspace_id: ws.id } });
    const limit = await error(() =>
      t.admin.registerPgwireSession({ body: { session_id: 'sess-3', workspace_id: ws.id } }),
    );
    expect([limit.status, limit.reason]).toEqual([429, 'connection_limit_reached']);
    expect(
      (await t.admin.getWorkspace({ path: { project_id: P, workspace_id: ws.id } })).active_sessions,
    ).toBe(2);

    const listed = await t.admin.listPgwireSessions({ query: { workspace_id: ws.id } });
    expect(listed.map((x) => x.session_id).sort()).toEqual(['sess-1', 'sess-2']);
    expect(await t.admin.listPgwireSessions({ query: { workspace_id: ws.id, status: 'timeout' } })).toEqual(
      [],
    );
    expect((await t.admin.listPgwireSessions({ query: { status: 'active' } })).length).toBeGreaterThanOrEqual(
      2,
    );

    expect(
      (await t.admin.updatePgwireSessionActivity({ path: { session_id: 'sess-1' }, body: {} })).query_count,
    ).toBe(1);
    expect(
      (await t.admin.updatePgwireSessionActivity({ path: { session_id: 'sess-1' }, body: {} })).query_count,
    ).toBe(2);
    const quiet = await t.admin.updatePgwireSessionActivity({
      path: { session_id: 'sess-1' },
      body: { increment_queries: false },
    });
    expect(quiet.query_count).toBe(2);
    expect(quiet.last_activity_at >= created.last_activity_at).toBe(true);
    expect((await t.admin.getPgwireSession({ path: { session_id: 'sess-1' } })).query_count).toBe(2);

    await t.admin.endPgwireSession({
      path: { session_id: 'sess-1' },
      query: { reason: 'client_disconnect' },
    });
    for (const call of [
      () => t.admin.getPgwireSession({ path: { session_id: 'sess-1' } }),
      () => t.admin.endPgwireSession({ path: { session_id: 'sess-1' } }),
      () => t.admin.updatePgwireSessionActivity({ path: { session_id: 'sess-1' }, body: {} }),
    ]) {
      const e = await error(call);
      expect([e.status, e.reason]).toEqual([404, 'session_not_found']);
    }
    // A slot is free again.
    await t.admin.registerPgwireSession({ body: { session_id: 'sess-3', workspace_id: ws.id } });
    const s = t.server.storage;
    const log = await readRows(
      s.metaConn,
      `SELECT operation, details FROM ${s.m}.operations_log WHERE resource_type = 'pgwire_session' AND resource_id = 'sess-1' ORDER BY id`,
    );
    expect(log.map((r) => r.operation)).toEqual(['register_pgwire_session', 'end_pgwire_session']);
    expect(JSON.parse(String(log[1]?.details))).toMatchObject({ reason: 'client_disconnect' });
    // Deleting the workspace ends its sessions.
    await t.admin.deleteWorkspace({ path: { project_id: P, workspace_id: ws.id } });
    expect(await t.admin.listPgwireSessions({ query: { workspace_id: ws.id } })).toEqual([]);
  });

  it('refuses a session for an expired workspace', async () => {
    const ws = await newWorkspace('expired-session', 1);
    workspaceClock.now = () => Date.now() + 2 * 3_600_000;
    const e = await error(() =>
      t.admin.registerPgwireSession({ body: { session_id: 'late', workspace_id: ws.id } }),
    );
    expect([e.status, e.reason]).toEqual([410, 'workspace_expired']);
  });

  it('cleanup ends idle sessions: none within PGWIRE_IDLE_TIMEOUT_SECONDS, every one with a negative timeout', async () => {
    const ws = await newWorkspace('cleanup');
    await t.admin.registerPgwireSession({ body: { session_id: 'idle-1', workspace_id: ws.id } });
    await t.admin.registerPgwireSession({ body: { session_id: 'idle-2', workspace_id: ws.id } });
    expect(await t.admin.cleanupPgwireSessions({})).toEqual({ cleaned_up: 0, idle_timeout_seconds: 3600 });
    expect(await t.admin.cleanupPgwireSessions({ query: { idle_timeout_seconds: 0 } })).toEqual({
      cleaned_up: 0,
      idle_timeout_seconds: 3600,
    });
    const all = await t.admin.cleanupPgwireSessions({ query: { idle_timeout_seconds: -1 } });
    expect(all.cleaned_up).toBeGreaterThanOrEqual(2);
    expect(all.idle_timeout_seconds).toBe(-1);
    expect(await t.admin.listPgwireSessions({ query: { workspace_id: ws.id } })).toEqual([]);
  });

  it('lists a live PG wire session, reads its own activity, and closes it for real on DELETE', async () => {
    const ws = await newWorkspace('live');
    const session = await sqlGateway(t.server.storage).open({
      username: ws.username,
      clientAddress: '192.168.1.7',
    });
    const ended: SessionEndReason[] = [];
    session.onEnd((reason) => ended.push(reason));
    const [listed] = await t.admin.listPgwireSessions({ query: { workspace_id: ws.id } });
    expect(listed).toMatchObject({
      session_id: session.info.sessionId,
      client_ip: '192.168.1.7',
      kind: 'pgwire',
      status: 'active',
    });
    const touched = await t.admin.updatePgwireSessionActivity({
      path: { session_id: session.info.sessionId },
      body: {},
    });
    expect(touched.query_count).toBe(listed?.query_count);
    await t.admin.endPgwireSession({ path: { session_id: session.info.sessionId } });
    expect(ended).toEqual(['terminated_by_admin']);
    expect(await t.admin.listPgwireSessions({ query: { workspace_id: ws.id } })).toEqual([]);
  });
});
