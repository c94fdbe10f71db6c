import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgWireMetricsHooks, type PgWireServer, startPgWireServer } from '../src/pgwire/index.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import { FakeGateway } from '../src/pgwire/testing.js';
import { loadTlsMaterial } from '../src/pgwire/tls.js';

// The server's lifecycle: metrics hooks, sessions(), shutdown, connection limits, idle timeouts
// enforced per session, startup options, the self-signed certificate kept on disk.

let db: DuckDBInstance;
let dir: string;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'pgwire-server-'));
});

afterAll(() => {
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const USERS = { alice: { password: 'alice-secret', projectId: 'p7' } };

async function start(
  gateway: FakeGateway,
  env: Record<string, string> = {},
  metrics?: PgWireMetricsHooks,
): Promise<PgWireServer> {
  return startPgWireServer(
    {
      ...loadPgWireSettings({ PGWIRE_HOST: '127.0.0.1', PGWIRE_PORT: '0', ...env }),
      tlsDir: join(dir, 'tls'),
      catalogCompat: false,
    },
    gateway,
    metrics === undefined ? {} : { metrics },
  );
}

function client(server: PgWireServer, extra: Partial<pg.ClientConfig> = {}): pg.Client {
  return new pg.Client({
    host: '127.0.0.1',
    port: server.port,
    user: 'alice',
    password: 'alice-secret',
    ...extra,
  });
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('PG wire server lifecycle', () => {
  it('reports metrics: sessions, queries with tags, bytes, refusals, errors', async () => {
    const events: string[] = [];
    const queries: [string, number][] = [];
    let bytes = 0;
    const gateway = new FakeGateway(db, { users: USERS });
    const server = await start(
      gateway,
      {},
      {
        onSessionOpened: (p) => events.push(`opened ${p}`),
        onSessionClosed: (p) => events.push(`closed ${p}`),
        onQuery: (tag, seconds) => queries.push([tag, seconds]),
        onBytesSent: (n) => {
          bytes += n;
        },
        onConnectionRefused: (reason) => events.push(`refused ${reason}`),
        onError: (code) => events.push(`error ${code}`),
      },
    );
    try {
      const c = client(server, { application_name: 'metrics-test' });
      await c.connect();
      await c.query('SELECT 1; CREATE TABLE m1(a INTEGER); INSERT INTO m1 VALUES (1); DROP TABLE m1');
      await c.query('SET application_name = x');
      await c.query('SELECT $1::INTEGER', [1]);
      await c.query('SELECT nope').catch(() => undefined);
      const [view] = server.sessions();
      expect(view).toMatchObject({
        projectId: 'p7',
        workspaceId: 'ws_test',
        username: 'alice',
        applicationName: 'x',
        state: 'idle',
        tls: false,
        query: 'SELECT nope',
      });
      await c.end();
      await client(server, { password: 'wrong' })
        .connect()
        .catch(() => undefined);
      await until(() => events.includes('closed p7'));
      expect(events.sort()).toEqual([
        'closed p7',
        'error 28P01',
        'error 42703',
        'opened p7',
        'refused auth_failed',
      ]);
      expect(queries.map(([t]) => t)).toEqual([
        'SELECT',
        'CREATE TABLE',
        'INSERT',
        'DROP TABLE',
        'SET',
        'SELECT',
        'ERROR',
      ]);
      expect(queries.every(([, s]) => s >= 0 && s < 5)).toBe(true);
      expect(bytes).toBeGreaterThan(200);
    } finally {
      await server.close();
    }
  });

  it('ends every session with FATAL 57P01 on close() and waits for them', async () => {
    const gateway = new FakeGateway(db, { users: USERS });
    const server = await start(gateway);
    const clients = [client(server), client(server)];
    const errors: unknown[] = [];
    for (const c of clients) {
      await c.connect();
      c.on('error', (e) => errors.push(e));
    }
    const busy = clients[0]?.query('SELECT count(*) FROM range(10000000000)').catch((e: unknown) => e);
    await until(() => server.sessions().some((s) => s.state === 'active'));
    await server.close();
    expect(gateway.sessions.size).toBe(0);
    expect(gateway.closed).toBe(2);
    expect(await busy).toMatchObject({ code: '57P01' });
    await until(() => errors.length >= 1);
    expect(errors).toContainEqual(expect.objectContaining({ code: '57P01', severity: 'FATAL' }));
  });

  it('PGWIRE_AUTH=password: the generic 28P01, failures counted once, then 53400', async () => {
    const gateway = new FakeGateway(db, { users: USERS, maxAuthFailures: 2 });
    const server = await start(gateway, { PGWIRE_AUTH: 'password', PGWIRE_TLS: 'off' });
    try {
      for (const user of ['alice', 'alice']) {
        await expect(client(server, { user, password: 'bad' }).connect()).rejects.toMatchObject({
          code: '28P01',
          message: 'password authentication failed for user "alice"',
        });
      }
      expect(gateway.failures.get('alice')).toBe(2);
      const limited = await client(server)
        .connect()
        .catch((e: unknown) => e);
      expect(limited).toMatchObject({ code: '53400' });
      expect((limited as Error).message).toContain('PGWIRE_AUTH_MAX_FAILURES');
    } finally {
      await server.close();
    }
  });

  it('answers the core connection limit with FATAL 53300', async () => {
    const gateway = new FakeGateway(db, { users: USERS, maxConnections: 1 });
    const refusals: string[] = [];
    const server = await start(gateway, {}, { onConnectionRefused: (r) => refusals.push(r) });
    try {
      const first = client(server);
      await first.connect();
      const err = await client(server)
        .connect()
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: '53300', severity: 'FATAL' });
      expect((err as Error).message).toContain('PGWIRE_MAX_CONNECTIONS_TOTAL');
      expect(refusals).toEqual(['too_many_connections']);
      await first.end();
    } finally {
      await server.close();
    }
  });

  it('enforces idle_in_transaction_session_timeout and idle_session_timeout (25P03 / 57P05)', async () => {
    const gateway = new FakeGateway(db, { users: USERS });
    const server = await start(gateway);
    try {
      const tx = client(server);
      await tx.connect();
      const txErrors: unknown[] = [];
      tx.on('error', (e) => txErrors.push(e));
      await tx.query("SET idle_in_transaction_session_timeout = '150ms'");
      await tx.query('SELECT 1'); // idle, not in a transaction: no timeout
      await new Promise((r) => setTimeout(r, 300));
      await tx.query('BEGIN');
      await until(() => txErrors.length > 0);
      expect(txErrors[0]).toMatchObject({ code: '25P03' });
      const idle = client(server, { options: '-c idle_session_timeout=150ms' });
      await idle.connect();
      const idleErrors: unknown[] = [];
      idle.on('error', (e) => idleErrors.push(e));
      await until(() => idleErrors.length > 0);
      expect(idleErrors[0]).toMatchObject({ code: '57P05' });
      await until(() => gateway.sessions.size === 0);
    } finally {
      await server.close();
    }
  });

  it('applies startup options (-c statement_timeout) and startup parameters', async () => {
    const gateway = new FakeGateway(db, { users: USERS });
    const server = await start(gateway);
    try {
      const c = client(server, { options: '-c statement_timeout=150ms', application_name: 'startup-app' });
      await c.connect();
      expect((await c.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '150ms' }]);
      expect((await c.query('SHOW application_name')).rows).toEqual([{ application_name: 'startup-app' }]);
      await expect(c.query('SELECT count(*) FROM range(10000000000)')).rejects.toMatchObject({
        code: '57014',
      });
      await c.query('RESET application_name');
      expect((await c.query('SHOW application_name')).rows).toEqual([{ application_name: 'startup-app' }]);
      await c.end();
    } finally {
      await server.close();
    }
  });

  it('keeps one self-signed certificate (mode 0600) across starts, or uses the configured files', async () => {
    const tlsDir = join(dir, 'certs');
    const first = await loadTlsMaterial(null, null, tlsDir);
    expect(first.source).toBe('self-signed');
    expect(statSync(join(tlsDir, 'server.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(tlsDir, 'server.crt')).mode & 0o777).toBe(0o600);
    const second = await loadTlsMaterial(null, null, tlsDir);
    expect(second.cert).toBe(first.cert);
    const cert = join(dir, 'my.crt');
    const key = join(dir, 'my.key');
    writeFileSync(cert, first.cert);
    writeFileSync(key, first.key);
    const files = await loadTlsMaterial(cert, key, undefined);
    expect(files).toMatchObject({ source: 'files', cert: readFileSync(cert, 'utf8') });
    await expect(loadTlsMaterial(null, null, undefined)).rejects.toThrow(/PGWIRE_TLS_CERT/);
    // A server on these files speaks TLS.
    const gateway = new FakeGateway(db, { users: USERS });
    const server = await startPgWireServer(
      {
        ...loadPgWireSettings({
          PGWIRE_HOST: '127.0.0.1',
          PGWIRE_PORT: '0',
          PGWIRE_TLS_CERT: cert,
          PGWIRE_TLS_KEY: key,
        }),
        catalogCompat: false,
      },
      gateway,
    );
    try {
      const c = client(server, { ssl: { rejectUnauthorized: false } });
      await c.connect();
      expect(server.sessions()[0]?.tls).toBe(true);
      await c.end();
    } finally {
      await server.close();
    }
  });
});
