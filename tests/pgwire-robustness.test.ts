import { randomBytes } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgWireServer, startPgWireServer } from '../src/pgwire/index.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import {
  dataRow,
  errorFields,
  FakeGateway,
  fe,
  type RawMessage,
  RawPgClient,
  rowDescription,
} from '../src/pgwire/testing.js';

// Hostile and broken clients: garbage, truncated and oversized packets, messages out of order,
// lying length fields, random typed messages after login. Each only ever costs its own
// connection: a well-behaved client keeps working through all of it, and no session is left.

let db: DuckDBInstance;
let gateway: FakeGateway;
/** Cleartext password auth (raw clients log in without SCRAM), 1 MiB message limit. */
let server: PgWireServer;
/** SCRAM, small pending limit and a short auth timeout. */
let guarded: PgWireServer;
let watcher: pg.Client;

const settings = (env: Record<string, string>) =>
  loadPgWireSettings({ PGWIRE_HOST: '127.0.0.1', PGWIRE_PORT: '0', PGWIRE_TLS: 'off', ...env });

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  gateway = new FakeGateway(db, { users: { alice: { password: 'alice-secret' } } });
  server = await startPgWireServer(
    {
      ...settings({ PGWIRE_AUTH: 'password', PGWIRE_MAX_MESSAGE_BYTES: String(1024 * 1024) }),
      catalogCompat: false,
    },
    gateway,
  );
  guarded = await startPgWireServer(
    { ...settings({ PGWIRE_MAX_PENDING: '4', PGWIRE_AUTH_TIMEOUT_MS: '400' }), catalogCompat: false },
    gateway,
  );
  watcher = new pg.Client({ host: '127.0.0.1', port: server.port, user: 'alice', password: 'alice-secret' });
  await watcher.connect();
});

afterAll(async () => {
  await watcher?.end();
  await server?.close();
  await guarded?.close();
  db?.closeSync();
});

/** The well-behaved client still gets answers. */
async function stillServing(): Promise<void> {
  const { rows } = await watcher.query('SELECT 1 AS ok');
  expect(rows).toEqual([{ ok: 1 }]);
}

/** Everything the server sends until it closes the connection. */
async function drain(c: RawPgClient): Promise<RawMessage[]> {
  const out: RawMessage[] = [];
  for (;;) {
    try {
      out.push(await c.next(5000));
    } catch {
      return out;
    }
  }
}

function fatal(msgs: RawMessage[]): Record<string, string> | undefined {
  const e = msgs.find((m) => m.type === 'E');
  return e === undefined ? undefined : errorFields(e.body);
}

const login = () => RawPgClient.login(server.port, 'alice', 'alice-secret');

describe('before authentication', () => {
  it('closes a connection that sends garbage', async () => {
    for (let i = 0; i < 20; i++) {
      const c = await RawPgClient.open(server.port);
      c.write(randomBytes(1 + Math.floor(Math.random() * 2000)));
      await Promise.race([c.closed, new Promise((r) => setTimeout(r, 3000))]);
      c.socket.destroy();
    }
    await stillServing();
  });

  it('refuses startup packets with impossible lengths without allocating them', async () => {
    for (const len of [0, 3, 7, 10_001, 0x7fffffff, -1]) {
      const c = await RawPgClient.open(server.port);
      const b = Buffer.alloc(8);
      b.writeInt32BE(len, 0);
      b.writeInt32BE(196608, 4);
      c.write(b);
      const msgs = await drain(c);
      expect(fatal(msgs)).toMatchObject({ S: 'FATAL', C: '08P01', M: 'invalid length of startup packet' });
    }
    await stillServing();
  });

  it('survives truncated packets and clients that vanish mid-packet', async () => {
    const c = await RawPgClient.open(server.port);
    const startup = fe.startup({ user: 'alice' });
    c.write(startup.subarray(0, 10));
    await new Promise((r) => setTimeout(r, 50));
    c.socket.destroy();
    const c2 = await RawPgClient.open(server.port);
    c2.write(startup);
    await c2.next();
    c2.write(fe.password('alice-secret').subarray(0, 6));
    await new Promise((r) => setTimeout(r, 50));
    c2.socket.destroy();
    await stillServing();
  });

  it('validates the startup packet: user required, protocol 3 only, terminated strings', async () => {
    const noUser = await RawPgClient.open(server.port);
    noUser.write(fe.startup({ database: 'x' }));
    expect(fatal(await drain(noUser))).toMatchObject({ C: '28000' });

    const v2 = await RawPgClient.open(server.port);
    const p = fe.startup({ user: 'alice' });
    p.writeInt32BE(0x20000, 4);
    v2.write(p);
    expect(fatal(await drain(v2))).toMatchObject({ C: '0A000' });

    const broken = await RawPgClient.open(server.port);
    const q = Buffer.concat([fe.startup({ user: 'alice' }).subarray(0, -1), Buffer.from('x')]);
    broken.write(q);
    expect(fatal(await drain(broken))).toMatchObject({ C: '08P01' });
  });

  it('answers a newer 3.x minor version and _pq_ options with NegotiateProtocolVersion', async () => {
    const c = await RawPgClient.open(server.port);
    const p = fe.startup({ user: 'alice', '_pq_.compression': 'on' });
    p.writeInt32BE(0x30002, 4);
    c.write(p);
    const v = await c.next();
    expect(v.type).toBe('v');
    expect(v.body.readInt32BE(0)).toBe(0);
    expect(v.body.readInt32BE(4)).toBe(1);
    expect(v.body.subarray(8).toString()).toBe('_pq_.compression\0');
    expect((await c.next()).type).toBe('R');
    c.write(fe.password('alice-secret'));
    expect((await c.until('Z')).some((m) => m.type === 'K')).toBe(true);
    c.write(fe.terminate());
    await c.closed;
  });

  it('declines GSS encryption and answers SSLRequest with N when TLS is off', async () => {
    const c = await RawPgClient.open(server.port);
    const gss = Buffer.alloc(8);
    gss.writeInt32BE(8, 0);
    gss.writeInt32BE(80877104, 4);
    c.write(gss);
    expect(await c.byte()).toBe('N');
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    c.write(ssl);
    expect(await c.byte()).toBe('N');
    c.write(fe.startup({ user: 'alice' }));
    expect((await c.next()).type).toBe('R');
    c.socket.destroy();
  });

  it('refuses messages other than password responses during authentication', async () => {
    const c = await RawPgClient.open(server.port);
    c.write(fe.startup({ user: 'alice' }));
    await c.next();
    c.write(fe.query('SELECT 1'));
    expect(fatal(await drain(c))).toMatchObject({ S: 'FATAL', C: '08P01' });
    await stillServing();
  });

  it('handles malformed SASL messages (SCRAM server)', async () => {
    // A SASLInitialResponse whose length field lies.
    const c = await RawPgClient.open(guarded.port);
    c.write(fe.startup({ user: 'alice' }));
    expect((await c.next()).type).toBe('R');
    const body = Buffer.concat([
      Buffer.from('SCRAM-SHA-256\0'),
      Buffer.from([0, 0, 0x10, 0]),
      Buffer.from('n,,n=,r=abc'),
    ]);
    c.write(fe.raw('p', body));
    expect(fatal(await drain(c))).toMatchObject({ C: '08P01' });
    // An unknown mechanism.
    const c2 = await RawPgClient.open(guarded.port);
    c2.write(fe.startup({ user: 'alice' }));
    await c2.next();
    const first = Buffer.from('n,,n=,r=abc');
    const len = Buffer.alloc(4);
    len.writeInt32BE(first.length);
    c2.write(fe.raw('p', Buffer.concat([Buffer.from('SCRAM-SHA-1\0'), len, first])));
    expect(fatal(await drain(c2))).toMatchObject({ S: 'FATAL' });
    // A client-final message with another nonce: the generic failure.
    const c3 = await RawPgClient.open(guarded.port);
    c3.write(fe.startup({ user: 'alice' }));
    await c3.next();
    c3.write(fe.raw('p', Buffer.concat([Buffer.from('SCRAM-SHA-256\0'), len, first])));
    expect((await c3.next()).type).toBe('R');
    c3.write(fe.raw('p', Buffer.from('c=biws,r=not-the-nonce,p=AAAA')));
    expect(fatal(await drain(c3))).toMatchObject({
      C: '28P01',
      M: 'password authentication failed for user "alice"',
    });
    await stillServing();
  });

  it('bounds connections waiting for authentication and times them out', async () => {
    const idle: RawPgClient[] = [];
    for (let i = 0; i < 4; i++) idle.push(await RawPgClient.open(guarded.port));
    await new Promise((r) => setTimeout(r, 50));
    const extra = await RawPgClient.open(guarded.port);
    expect(fatal(await drain(extra))).toMatchObject({ C: '53300' });
    // The idle ones are closed at PGWIRE_AUTH_TIMEOUT_MS.
    const started = Date.now();
    await Promise.all(idle.map((c) => c.closed));
    expect(Date.now() - started).toBeLessThan(3000);
    // The server side notices the closes a moment later; then logins go through again.
    let ok = new pg.Client({
      host: '127.0.0.1',
      port: guarded.port,
      user: 'alice',
      password: 'alice-secret',
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await ok.connect();
        break;
      } catch (error) {
        if (attempt > 20) throw error;
        await new Promise((r) => setTimeout(r, 50));
        ok = new pg.Client({
          host: '127.0.0.1',
          port: guarded.port,
          user: 'alice',
          password: 'alice-secret',
        });
      }
    }
    expect((await ok.query('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    await ok.end();
  });

  it('ignores a malformed CancelRequest and closes it', async () => {
    const c = await RawPgClient.open(server.port);
    const b = Buffer.alloc(12);
    b.writeInt32BE(12, 0);
    b.writeInt32BE(80877102, 4);
    c.write(b);
    await drain(c);
    await stillServing();
  });
});

describe('after authentication', () => {
  it('closes the connection for a length below 4 or an unknown message type', async () => {
    const c = await login();
    c.write(Buffer.from([0x51, 0, 0, 0, 2]));
    expect(fatal(await drain(c))).toMatchObject({ C: '08P01' });
    const c2 = await login();
    c2.write(fe.raw('Z', Buffer.alloc(0)));
    expect(fatal(await drain(c2))).toMatchObject({ C: '08P01', M: 'invalid frontend message type 90' });
    await stillServing();
  });

  it('refuses an oversized length prefix with 54000 naming the limit, before reading it', async () => {
    const c = await login();
    const head = Buffer.alloc(5);
    head.write('Q');
    head.writeInt32BE(0x7ffffff0, 1);
    c.write(head);
    const e = fatal(await drain(c));
    expect(e).toMatchObject({ S: 'FATAL', C: '54000' });
    expect(e?.M).toContain('PGWIRE_MAX_MESSAGE_BYTES');
    const big = await login();
    big.write(fe.query(`SELECT '${'x'.repeat(2 * 1024 * 1024)}'`));
    expect(fatal(await drain(big))).toMatchObject({ C: '54000' });
    await stillServing();
  });

  it('answers lying Bind/Parse fields with an error and recovers at Sync', async () => {
    const c = await login();
    // Parse declaring 1000 parameter types in a short message.
    const parse = fe.raw('P', Buffer.concat([Buffer.from('\0SELECT 1\0'), Buffer.from([0x03, 0xe8])]));
    c.write(parse, fe.sync());
    let msgs = await c.until('Z');
    expect(fatal(msgs)).toMatchObject({ S: 'ERROR', C: '08P01' });
    // Bind whose parameter length runs past the message.
    c.write(fe.parse('', 'SELECT $1::INTEGER AS v'));
    const bind = fe.raw(
      'B',
      Buffer.concat([Buffer.from('\0\0'), Buffer.from([0, 0, 0, 1, 0x7f, 0, 0, 0, 1, 2])]),
    );
    c.write(bind, fe.execute(''), fe.sync());
    msgs = await c.until('Z');
    expect(fatal(msgs)).toMatchObject({ C: '08P01' });
    // Wrong parameter count and a bad result format code.
    c.write(fe.parse('s1', 'SELECT $1::INTEGER AS v'), fe.bind('', 's1', [], [], []), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '08P01' });
    c.write(fe.bind('', 's1', [], [Buffer.from('1')], [7]), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '22023' });
    // Unknown statement and portal names.
    c.write(fe.bind('', 'nope', [], [], []), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '26000' });
    c.write(fe.execute('nope'), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '34000' });
    // Then it works.
    c.write(fe.bind('', 's1', [], [Buffer.from('41')], []), fe.execute(''), fe.sync());
    msgs = await c.until('Z');
    expect(dataRow((msgs.find((m) => m.type === 'D') as RawMessage).body)[0]?.toString()).toBe('41');
    c.end();
  });

  it('survives random typed messages from many clients, leaving no session behind', async () => {
    const types = 'QPBDESHCXdcfFpZ';
    const closedBefore = gateway.closed;
    const openedBefore = gateway.opened;
    const clients = await Promise.all(Array.from({ length: 30 }, () => login()));
    await Promise.all(
      clients.map(async (c) => {
        for (let i = 0; i < 20 && !c.ended; i++) {
          const type = types[Math.floor(Math.random() * types.length)] as string;
          const body = randomBytes(Math.floor(Math.random() * 64));
          c.write(fe.raw(type, body));
          if (Math.random() < 0.3) c.write(fe.sync());
          await new Promise((r) => setTimeout(r, 2));
        }
        c.socket.destroy();
      }),
    );
    await stillServing();
    expect(gateway.opened - openedBefore).toBe(30);
    const deadline = Date.now() + 10_000;
    while (gateway.sessions.size > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(gateway.closed - closedBefore).toBeGreaterThanOrEqual(30);
    expect(gateway.sessions.size).toBe(1); // the watcher
  });
});

describe('extended protocol details (raw)', () => {
  it('suspends a portal at the row limit and resumes it', async () => {
    const c = await login();
    c.write(
      fe.parse('big', 'SELECT range::INTEGER AS i FROM range(5)'),
      fe.bind('p1', 'big', [], [], [1]),
      fe.describe('P', 'p1'),
      fe.execute('p1', 2),
      fe.flush(),
    );
    let msgs = await c.until('s');
    expect(msgs.map((m) => m.type)).toEqual(['1', '2', 'T', 'D', 'D', 's']);
    expect(rowDescription((msgs[2] as RawMessage).body)).toEqual([
      { name: 'i', oid: 23, size: 4, modifier: -1, format: 1 },
    ]);
    expect(dataRow((msgs[4] as RawMessage).body)[0]).toEqual(Buffer.from([0, 0, 0, 1]));
    c.write(fe.execute('p1', 2), fe.execute('p1', 10), fe.execute('p1', 10), fe.sync());
    msgs = await c.until('Z');
    expect(msgs.map((m) => m.type)).toEqual(['D', 'D', 's', 'D', 'C', 'C', 'Z']);
    expect((msgs[4] as RawMessage).body.toString()).toBe('SELECT 1\0');
    expect((msgs[5] as RawMessage).body.toString()).toBe('SELECT 0\0');
    // After Sync (no transaction) the portal is gone; the statement stays.
    c.write(fe.execute('p1'), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '34000' });
    c.write(fe.close('S', 'big'), fe.bind('', 'big', [], [], []), fe.sync());
    msgs = await c.until('Z');
    expect(msgs[0]?.type).toBe('3');
    expect(fatal(msgs)).toMatchObject({ C: '26000' });
    c.end();
  });

  it('keeps a suspended portal whole when other statements run in between', async () => {
    const c = await login();
    c.write(fe.query('BEGIN'));
    await c.until('Z');
    c.write(
      fe.parse('s', 'SELECT range::INTEGER AS i FROM range(10000)'),
      fe.bind('p', 's', [], [], []),
      fe.execute('p', 3),
      fe.sync(),
    );
    expect((await c.until('Z')).filter((m) => m.type === 'D')).toHaveLength(3);
    // Another statement (simple query) and a Parse of a new one while `p` is suspended.
    c.write(fe.query('SELECT 42 AS x'), fe.parse('other', 'SELECT 1'), fe.sync());
    await c.until('Z');
    await c.until('Z');
    c.write(fe.execute('p', 0), fe.sync());
    const msgs = await c.until('Z');
    const rows = msgs.filter((m) => m.type === 'D').map((m) => Number(dataRow(m.body)[0]?.toString()));
    expect(rows).toHaveLength(9997);
    expect(rows[0]).toBe(3);
    expect(rows.at(-1)).toBe(9999);
    expect(msgs.at(-2)?.body.toString()).toBe('SELECT 9997\0');
    c.write(fe.query('COMMIT'));
    await c.until('Z');
    c.end();
  });

  it('runs the writes between two Syncs as one implicit transaction (all or nothing)', async () => {
    const c = await login();
    c.write(fe.query('CREATE TABLE batch(id INTEGER PRIMARY KEY)'));
    await c.until('Z');
    const insert = (id: number) => [fe.bind('', 'ins', [], [Buffer.from(String(id))], []), fe.execute('')];
    c.write(
      fe.parse('ins', 'INSERT INTO batch VALUES ($1)'),
      ...insert(1),
      ...insert(2),
      ...insert(1),
      ...insert(3),
      fe.sync(),
    );
    let msgs = await c.until('Z');
    expect(fatal(msgs)).toMatchObject({ C: '23505' });
    expect(msgs.at(-1)?.body.toString()).toBe('I');
    const count = async () => {
      c.write(fe.query('SELECT count(*)::INTEGER FROM batch'));
      const m = await c.until('Z');
      return dataRow((m.find((x) => x.type === 'D') as RawMessage).body)[0]?.toString();
    };
    expect(await count()).toBe('0');
    c.write(...insert(1), ...insert(2), fe.sync());
    msgs = await c.until('Z');
    expect(msgs.map((m) => m.type)).toEqual(['2', 'C', '2', 'C', 'Z']);
    expect(msgs.at(-1)?.body.toString()).toBe('I');
    expect(await count()).toBe('2');
    // An explicit BEGIN in the pipeline makes it a regular transaction that outlives Sync.
    c.write(fe.parse('b', 'BEGIN'), fe.bind('', 'b', [], [], []), fe.execute(''), ...insert(5), fe.sync());
    msgs = await c.until('Z');
    expect(msgs.at(-1)?.body.toString()).toBe('T');
    c.write(fe.query('ROLLBACK'));
    await c.until('Z');
    expect(await count()).toBe('2');
    c.end();
  });

  it('describes a statement without running it, per-column result formats', async () => {
    const c = await login();
    const before = gateway.sessions.size;
    c.write(fe.parse('ins', 'INSERT INTO never_created VALUES ($1)'), fe.sync());
    expect(fatal(await c.until('Z'))).toMatchObject({ C: '42P01' });
    c.write(
      fe.parse('sel', 'SELECT $1::INTEGER AS a, $2::VARCHAR AS b, 2.5::DOUBLE AS c', [23]),
      fe.describe('S', 'sel'),
      fe.bind('', 'sel', [1, 0], [Buffer.from([0, 0, 0, 7]), Buffer.from('seven')], [0, 1, 0]),
      fe.describe('P', ''),
      fe.execute(''),
      fe.sync(),
    );
    const msgs = await c.until('Z');
    expect(msgs.map((m) => m.type)).toEqual(['1', 't', 'T', '2', 'T', 'D', 'C', 'Z']);
    const params = msgs[1]?.body as Buffer;
    expect([params.readInt16BE(0), params.readUInt32BE(2), params.readUInt32BE(6)]).toEqual([2, 23, 25]);
    expect(rowDescription((msgs[4] as RawMessage).body).map((f) => [f.name, f.oid, f.format])).toEqual([
      ['a', 23, 0],
      ['b', 25, 1],
      ['c', 701, 0],
    ]);
    expect(dataRow((msgs[5] as RawMessage).body).map((v) => v?.toString())).toEqual(['7', 'seven', '2.5']);
    expect(gateway.sessions.size).toBe(before);
    c.end();
  });

  it('types `SELECT $1` once bound (Describe of the portal runs the read once)', async () => {
    const c = await login();
    c.write(
      fe.parse('', 'SELECT $1 AS v'),
      fe.describe('S', ''),
      fe.bind('', '', [], [Buffer.from('hello')], []),
      fe.describe('P', ''),
      fe.execute(''),
      fe.sync(),
    );
    const msgs = await c.until('Z');
    expect(fatal(msgs)).toBeUndefined();
    const described = rowDescription((msgs.filter((m) => m.type === 'T').at(-1) as RawMessage).body);
    expect(described.map((f) => [f.name, f.oid])).toEqual([['v', 25]]);
    expect(dataRow((msgs.find((m) => m.type === 'D') as RawMessage).body)[0]?.toString()).toBe('hello');
    c.end();
  });

  it('handles COPY FROM STDIN failures: CopyFail, bad data, other messages', async () => {
    const c = await login();
    c.write(fe.query('CREATE TABLE rc(a INTEGER, b VARCHAR)'));
    await c.until('Z');
    c.write(fe.query('COPY rc FROM STDIN'));
    expect((await c.next()).type).toBe('G');
    c.write(fe.copyData('1\tone\n'), fe.copyFail('client gave up'));
    let msgs = await c.until('Z');
    expect(fatal(msgs)).toMatchObject({ C: '57014', M: 'COPY from stdin failed: client gave up' });
    c.write(fe.query('COPY rc FROM STDIN WITH (FORMAT csv)'));
    expect((await c.next()).type).toBe('G');
    c.write(fe.copyData('x,y\n'), fe.copyDone());
    msgs = await c.until('Z');
    expect(fatal(msgs)?.C).toMatch(/^22/);
    c.write(fe.query('COPY rc FROM STDIN'));
    await c.next();
    c.write(fe.query('SELECT 1'));
    msgs = await c.until('Z');
    expect(fatal(msgs)).toMatchObject({ C: '08P01' });
    // Stray copy messages outside COPY are dropped; multi-statement with COPY in the middle.
    c.write(
      fe.copyData('junk'),
      fe.copyDone(),
      fe.query('COPY rc FROM STDIN; SELECT count(*)::INTEGER AS n FROM rc'),
    );
    expect((await c.next()).type).toBe('G');
    c.write(fe.copyData('7\tseven\n8\t'), fe.copyData('\\N\n'), fe.copyDone());
    msgs = await c.until('Z');
    expect(msgs.map((m) => m.type)).toEqual(['C', 'T', 'D', 'C', 'Z']);
    expect((msgs[0] as RawMessage).body.toString()).toBe('COPY 2\0');
    expect(dataRow((msgs[2] as RawMessage).body)[0]?.toString()).toBe('2');
    c.end();
  });
});
