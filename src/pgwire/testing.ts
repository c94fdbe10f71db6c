import { createHash, createHmac, pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect as netConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANY,
  blobValue,
  type DuckDBConnection,
  type DuckDBInstance,
  type DuckDBPreparedStatement,
  type DuckDBResult,
  type DuckDBType,
  DuckDBTypeId,
  type DuckDBValue,
  StatementType,
} from '@duckdb/node-api';
import { StorageError } from '../core/errors.js';
import type {
  CopyInTarget,
  OpenSessionArgs,
  ScramVerifier,
  SessionEndReason,
  SqlColumn,
  SqlCursor,
  SqlGateway,
  SqlParam,
  SqlSession,
  SqlSessionInfo,
  SqlStatement,
  TransactionState,
} from '../core/workspaces/sql-types.js';
import { tokenize } from './sql.js';

/**
 * Test support: an in-memory SqlGateway over one DuckDB instance, for the PG wire tests until the
 * core's gateway lands. Users and passwords are given; every session gets its own connection to
 * the same database. It counts open and closed sessions so tests can prove none is left behind.
 */

export interface FakeUser {
  password: string;
  workspaceId?: string;
  projectId?: string;
  expired?: boolean;
}

export interface FakeGatewayOptions {
  users: Record<string, FakeUser>;
  maxConnections?: number;
  /** Failed proofs per user before `too_many_auth_attempts`. */
  maxAuthFailures?: number;
  /** Server-side statement time limit in ms (0 = none). */
  serverTimeoutMs?: number;
}

export function scramVerifierOf(password: string, salt: Buffer, iterations = 4096): ScramVerifier {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return {
    salt: salt.toString('base64'),
    iterations,
    storedKey: createHash('sha256').update(clientKey).digest('base64'),
    serverKey: serverKey.toString('base64'),
  };
}

export class FakeGateway implements SqlGateway {
  readonly sessions = new Set<FakeSession>();
  opened = 0;
  closed = 0;
  readonly failures = new Map<string, number>();
  private readonly verifiers = new Map<string, ScramVerifier>();

  constructor(
    readonly instance: DuckDBInstance,
    readonly options: FakeGatewayOptions,
  ) {
    for (const [name, user] of Object.entries(options.users)) {
      this.verifiers.set(
        name,
        scramVerifierOf(user.password, createHash('sha256').update(`salt:${name}`).digest().subarray(0, 16)),
      );
    }
  }

  private limited(username: string): void {
    if ((this.failures.get(username) ?? 0) >= (this.options.maxAuthFailures ?? 1000)) {
      throw new StorageError(
        'RESOURCE_EXHAUSTED',
        'too_many_auth_attempts',
        'Too many failed password attempts (limit PGWIRE_AUTH_MAX_FAILURES)',
        {
          details: { limit: 'PGWIRE_AUTH_MAX_FAILURES' },
        },
      );
    }
  }

  async scramVerifier(username: string, _clientAddress: string | null): Promise<ScramVerifier> {
    this.limited(username);
    const v = this.verifiers.get(username);
    if (v !== undefined) return v;
    // Unknown users get a stable fake verifier: the failure looks like a wrong password.
    return scramVerifierOf(
      randomUUID(),
      createHash('sha256').update(`fake:${username}`).digest().subarray(0, 16),
    );
  }

  /** As the core's: a wrong password counts as a failure by itself. */
  async checkPassword(username: string, password: string, clientAddress: string | null): Promise<boolean> {
    this.limited(username);
    const ok = this.options.users[username]?.password === password;
    if (!ok) this.authFailed(username, clientAddress);
    return ok;
  }

  authFailed(username: string, _clientAddress: string | null): void {
    this.failures.set(username, (this.failures.get(username) ?? 0) + 1);
  }

  async open(args: OpenSessionArgs): Promise<SqlSession> {
    const user = this.options.users[args.username];
    if (user === undefined)
      throw new StorageError('UNAUTHENTICATED', 'invalid_credentials', 'Invalid username or password');
    if (user.expired)
      throw new StorageError('FAILED_PRECONDITION', 'workspace_expired', 'Workspace has expired');
    const max = this.options.maxConnections ?? 1000;
    if (this.sessions.size >= max) {
      throw new StorageError(
        'RESOURCE_EXHAUSTED',
        'too_many_connections',
        `Too many connections (PGWIRE_MAX_CONNECTIONS_TOTAL=${max})`,
        {
          details: { limit: 'PGWIRE_MAX_CONNECTIONS_TOTAL', max },
        },
      );
    }
    const conn = await this.instance.connect();
    const session = new FakeSession(this, conn, {
      sessionId: `pgs_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
      workspaceId: user.workspaceId ?? 'ws_test',
      projectId: user.projectId ?? 'p1',
      branchId: null,
      username: args.username,
      clientAddress: args.clientAddress,
      connectedAt: new Date().toISOString(),
      lastActivityAt: new Date().toISOString(),
      queryCount: 0,
      database: `workspace_${user.workspaceId ?? 'ws_test'}`,
    });
    this.sessions.add(session);
    this.opened++;
    return session;
  }

  /** Ends every session of the fake with `reason` (as the core's reaper or admin would). */
  endAll(reason: SessionEndReason): void {
    for (const s of this.sessions) s.end(reason);
  }
}

const CATEGORY = /^([A-Za-z ]+?) Error: /;

function sqlError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const category = CATEGORY.exec(message)?.[1];
  if (category === undefined) return StorageError.from(error);
  return new StorageError('INVALID_ARGUMENT', 'sql_error', message, { details: { category }, cause: error });
}

const TAG_WORDS = new Set(['TABLE', 'VIEW', 'SCHEMA', 'SEQUENCE', 'INDEX', 'MACRO', 'FUNCTION', 'TYPE']);

function tagOf(sql: string, type: StatementType): string {
  const words = (tokenize(sql) ?? [])
    .filter((t) => t.kind === 'word')
    .slice(0, 6)
    .map((t) => t.value.toUpperCase());
  switch (type) {
    case StatementType.SELECT:
      return 'SELECT';
    case StatementType.INSERT:
      return 'INSERT';
    case StatementType.UPDATE:
      return 'UPDATE';
    case StatementType.DELETE:
      return 'DELETE';
    case StatementType.EXPLAIN:
      return 'EXPLAIN';
    case StatementType.TRANSACTION:
      return words[0] === 'BEGIN' || words[0] === 'START'
        ? 'BEGIN'
        : words[0] === 'COMMIT' || words[0] === 'END'
          ? 'COMMIT'
          : 'ROLLBACK';
    case StatementType.CREATE:
    case StatementType.DROP:
    case StatementType.ALTER: {
      const what = words.slice(1).find((w) => TAG_WORDS.has(w));
      if (type === StatementType.CREATE && words.includes('AS') && what === 'TABLE') return 'CREATE TABLE AS';
      return what === undefined ? (words[0] ?? 'OK') : `${words[0]} ${what}`;
    }
    default:
      return words[0] ?? 'OK';
  }
}

class FakeStatement implements SqlStatement {
  constructor(
    readonly sql: string,
    readonly tag: string,
    readonly parameterTypes: readonly (DuckDBType | undefined)[],
    readonly columns: readonly SqlColumn[],
    readonly prepared: DuckDBPreparedStatement,
  ) {}
  close(): void {
    try {
      this.prepared.destroySync();
    } catch {
      // already gone
    }
  }
}

export class FakeSession implements SqlSession {
  transaction: TransactionState = 'idle';
  private readonly listeners: ((reason: SessionEndReason) => void)[] = [];
  private timeoutMs = 0;
  private running = false;
  private interruptReason: 'query_canceled' | 'query_timeout' | undefined;
  private isClosed = false;
  private ended = false;
  /** Statements run (tests). */
  statementsRun = 0;

  constructor(
    private readonly gateway: FakeGateway,
    private readonly conn: DuckDBConnection,
    readonly info: SqlSessionInfo,
  ) {}

  /** The fake has no catalogs of its own: trusted SQL runs on its connection as is. */
  readonly catalogs = { workspace: 'memory', project: 'memory' };

  async runTrusted(statements: readonly string[]): Promise<void> {
    for (const sql of statements) await this.conn.run(sql);
  }

  split(sql: string): string[] {
    const tokens = tokenize(sql);
    if (tokens === undefined) return sql.trim() === '' ? [] : [sql];
    const out: string[] = [];
    let start = 0;
    for (const t of tokens) {
      if (t.kind === 'op' && t.value === ';') {
        const part = sql.slice(start, t.end);
        if (tokenize(part)?.some((x) => !(x.kind === 'op' && x.value === ';'))) out.push(part.trim());
        start = t.end;
      }
    }
    const rest = sql.slice(start);
    if ((tokenize(rest) ?? []).length > 0) out.push(rest.trim());
    return out;
  }

  private checkState(sql: string): void {
    if (this.isClosed) throw new StorageError('UNAVAILABLE', 'session_closed', 'The session is closed');
    if (this.transaction !== 'failed') return;
    const first = (tokenize(sql) ?? []).find((t) => t.kind === 'word')?.value;
    if (first === 'rollback' || first === 'abort' || first === 'commit' || first === 'end') return;
    throw new StorageError(
      'FAILED_PRECONDITION',
      'transaction_aborted',
      'Current transaction is aborted (please ROLLBACK)',
    );
  }

  private fail(error: unknown): StorageError {
    let e = sqlError(error);
    const reason = this.interruptReason;
    if (reason !== undefined && /INTERRUPT|Interrupted/i.test(e.message)) {
      e = new StorageError(
        'RESOURCE_EXHAUSTED',
        reason,
        reason === 'query_timeout'
          ? 'canceling statement due to statement timeout'
          : 'canceling statement due to user request',
      );
    }
    if (this.transaction === 'in_transaction') this.transaction = 'failed';
    return e;
  }

  async prepare(sql: string): Promise<SqlStatement> {
    this.checkState(sql);
    const words = (tokenize(sql) ?? []).filter((t) => t.kind === 'word').map((t) => t.value);
    if (words[0] === 'copy' || words[0] === 'attach' || words[0] === 'install' || words[0] === 'load') {
      throw new StorageError(
        'PERMISSION_DENIED',
        'sql_not_allowed',
        `${words[0].toUpperCase()} is not allowed here`,
      );
    }
    let prepared: DuckDBPreparedStatement;
    try {
      prepared = await this.conn.prepare(sql);
    } catch (error) {
      throw this.fail(error);
    }
    const type = prepared.statementType;
    const params: (DuckDBType | undefined)[] = [];
    for (let i = 1; i <= prepared.parameterCount; i++) {
      const id = prepared.parameterTypeId(i);
      params.push(
        id === DuckDBTypeId.INVALID || id === DuckDBTypeId.ANY ? undefined : prepared.parameterType(i),
      );
    }
    const columns: SqlColumn[] = [];
    for (let i = 0; i < prepared.columnCount; i++) {
      let t: DuckDBType;
      try {
        t = prepared.columnType(i);
      } catch {
        t = ANY;
      }
      columns.push({ name: prepared.columnName(i), type: t });
    }
    const dml =
      type === StatementType.INSERT || type === StatementType.UPDATE || type === StatementType.DELETE;
    const returnsRows =
      type === StatementType.SELECT ||
      type === StatementType.EXPLAIN ||
      type === StatementType.PRAGMA ||
      type === StatementType.CALL ||
      (dml && !(columns.length === 1 && columns[0]?.name === 'Count'));
    return new FakeStatement(sql, tagOf(sql, type), params, returnsRows ? columns : [], prepared);
  }

  async execute(statement: SqlStatement, params: readonly SqlParam[]): Promise<SqlCursor> {
    this.checkState(statement.sql);
    const st = statement as FakeStatement;
    const values: DuckDBValue[] = params.map((p) =>
      p === null ? null : typeof p === 'string' ? p : blobValue(p),
    );
    this.running = true;
    this.interruptReason = undefined;
    this.statementsRun++;
    const timeout = this.timeoutMs || this.gateway.options.serverTimeoutMs || 0;
    const timer =
      timeout > 0
        ? setTimeout(() => {
            this.interruptReason = 'query_timeout';
            this.conn.interrupt();
          }, timeout)
        : undefined;
    let result: DuckDBResult;
    try {
      st.prepared.clearBindings();
      if (values.length > 0) st.prepared.bind(values);
      result = await st.prepared.stream();
    } catch (error) {
      if (timer !== undefined) clearTimeout(timer);
      this.running = false;
      throw this.fail(error);
    }
    const tag = statement.tag;
    if (tag === 'BEGIN') this.transaction = 'in_transaction';
    else if (tag === 'COMMIT' || tag === 'ROLLBACK') this.transaction = 'idle';
    const returnsRows = statement.columns.length > 0;
    const columns: SqlColumn[] = [];
    if (returnsRows) {
      for (let i = 0; i < result.columnCount; i++)
        columns.push({ name: result.columnName(i), type: result.columnType(i) });
    }
    let rowsChanged = 0;
    let done = !returnsRows;
    if (!returnsRows) {
      try {
        const chunk = await result.fetchChunk();
        const v = chunk !== null && chunk.rowCount > 0 ? chunk.getRows()[0]?.[0] : undefined;
        rowsChanged = typeof v === 'bigint' || typeof v === 'number' ? Number(v) : result.rowsChanged;
      } catch {
        rowsChanged = result.rowsChanged;
      }
    }
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
      this.running = false;
    };
    if (done) finish();
    return {
      columns,
      rowsChanged,
      fetch: async () => {
        if (done) return undefined;
        try {
          const chunk = await result.fetchChunk();
          if (chunk === null || chunk.rowCount === 0) {
            done = true;
            finish();
            return undefined;
          }
          return chunk;
        } catch (error) {
          done = true;
          finish();
          throw this.fail(error);
        }
      },
      close: async () => {
        if (!done) {
          done = true;
          finish();
        }
      },
    };
  }

  async copyIn(target: CopyInTarget, source: AsyncIterable<Uint8Array>): Promise<number> {
    this.checkState('copy');
    const dir = await mkdtemp(join(tmpdir(), 'pgwire-copy-'));
    try {
      const parts: Uint8Array[] = [];
      for await (const chunk of source) parts.push(chunk);
      const file = join(dir, 'data.csv');
      await writeFile(file, Buffer.concat(parts));
      const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
      const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
      const table = (target.schema === undefined ? '' : `${ident(target.schema)}.`) + ident(target.table);
      const cols = target.columns === undefined ? '' : ` (${target.columns.map(ident).join(', ')})`;
      const sql = `COPY ${table}${cols} FROM ${q(file)} (FORMAT csv, DELIMITER ${q(target.delimiter)}, HEADER ${target.header}, NULL ${q(target.nullString)}, QUOTE ${q(target.quote ?? '"')}, ESCAPE ${q(target.escape ?? '"')}, allow_quoted_nulls false)`;
      try {
        const r = await this.conn.run(sql);
        return r.rowsChanged;
      } catch (error) {
        throw this.fail(error);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  setStatementTimeout(ms: number): void {
    const max = this.gateway.options.serverTimeoutMs ?? 0;
    this.timeoutMs = max > 0 && (ms === 0 || ms > max) ? max : ms;
  }

  cancel(): void {
    if (!this.running) return;
    this.interruptReason = 'query_canceled';
    this.conn.interrupt();
  }

  onEnd(listener: (reason: SessionEndReason) => void): void {
    this.listeners.push(listener);
  }

  /** The server ends this session (tests). */
  end(reason: SessionEndReason): void {
    if (this.ended || this.isClosed) return;
    this.ended = true;
    for (const l of this.listeners) l(reason);
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    if (this.running) this.conn.interrupt();
    try {
      if (this.transaction !== 'idle') await this.conn.run('ROLLBACK').catch(() => undefined);
    } finally {
      this.conn.closeSync();
      this.gateway.sessions.delete(this);
      this.gateway.closed++;
    }
  }
}

// ---- a raw protocol client (tests of framing, binary parameters, portals, garbage) -------------

export interface RawMessage {
  type: string;
  body: Buffer;
}

function typed(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const cstr = (s: string) => Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);
const i16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const i32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

/** Frontend messages. */
export const fe = {
  startup(params: Record<string, string>): Buffer {
    const body = Buffer.concat([
      i32(196608),
      ...Object.entries(params).flatMap(([k, v]) => [cstr(k), cstr(v)]),
      Buffer.from([0]),
    ]);
    return Buffer.concat([i32(body.length + 4), body]);
  },
  password: (pw: string) => typed('p', cstr(pw)),
  query: (sql: string) => typed('Q', cstr(sql)),
  parse: (name: string, sql: string, oids: number[] = []) =>
    typed('P', Buffer.concat([cstr(name), cstr(sql), i16(oids.length), ...oids.map((o) => i32(o))])),
  bind: (
    portal: string,
    statement: string,
    paramFormats: number[],
    params: (Buffer | null)[],
    resultFormats: number[],
  ) =>
    typed(
      'B',
      Buffer.concat([
        cstr(portal),
        cstr(statement),
        i16(paramFormats.length),
        ...paramFormats.map(i16),
        i16(params.length),
        ...params.flatMap((p) => (p === null ? [i32(-1)] : [i32(p.length), p])),
        i16(resultFormats.length),
        ...resultFormats.map(i16),
      ]),
    ),
  describe: (kind: 'S' | 'P', name: string) => typed('D', Buffer.concat([Buffer.from(kind), cstr(name)])),
  execute: (portal: string, maxRows = 0) => typed('E', Buffer.concat([cstr(portal), i32(maxRows)])),
  close: (kind: 'S' | 'P', name: string) => typed('C', Buffer.concat([Buffer.from(kind), cstr(name)])),
  sync: () => typed('S', Buffer.alloc(0)),
  flush: () => typed('H', Buffer.alloc(0)),
  copyData: (data: Buffer | string) => typed('d', Buffer.from(data)),
  copyDone: () => typed('c', Buffer.alloc(0)),
  copyFail: (why: string) => typed('f', cstr(why)),
  terminate: () => typed('X', Buffer.alloc(0)),
  raw: typed,
};

export class RawPgClient {
  private buf = Buffer.alloc(0);
  private waiter: (() => void) | undefined;
  ended = false;
  readonly closed: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.waiter?.();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        this.ended = true;
        this.waiter?.();
        resolve();
      });
    });
    socket.on('error', () => undefined);
  }

  /** A plain TCP connection, nothing sent yet. */
  static async open(port: number): Promise<RawPgClient> {
    const socket = netConnect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    socket.setNoDelay(true);
    return new RawPgClient(socket);
  }

  /** Startup and authentication (cleartext password or SCRAM-SHA-256), up to ReadyForQuery. */
  static async login(
    port: number,
    user: string,
    password: string,
    params: Record<string, string> = {},
  ): Promise<RawPgClient> {
    const c = await RawPgClient.open(port);
    c.write(fe.startup({ user, database: 'db', ...params }));
    let auth = await c.next();
    if (auth.type === 'E') throw new Error(`login failed: ${JSON.stringify(errorFields(auth.body))}`);
    if (auth.type === 'R' && auth.body.readInt32BE(0) === 3) c.write(fe.password(password));
    else if (auth.type === 'R' && auth.body.readInt32BE(0) === 10) {
      // SCRAM-SHA-256 (RFC 5802 / 7677), as libpq does it.
      const nonce = randomBytes(18).toString('base64');
      const bare = `n=,r=${nonce}`;
      const first = Buffer.from(`n,,${bare}`);
      const len = Buffer.alloc(4);
      len.writeInt32BE(first.length);
      c.write(fe.raw('p', Buffer.concat([Buffer.from('SCRAM-SHA-256\0'), len, first])));
      auth = await c.next();
      if (auth.type !== 'R' || auth.body.readInt32BE(0) !== 11)
        throw new Error(`SCRAM: unexpected ${auth.type}`);
      const serverFirst = auth.body.subarray(4).toString();
      const attrs = Object.fromEntries(serverFirst.split(',').map((kv) => [kv[0], kv.slice(2)]));
      const salted = pbkdf2Sync(
        password,
        Buffer.from(attrs.s ?? '', 'base64'),
        Number(attrs.i),
        32,
        'sha256',
      );
      const clientKey = createHmac('sha256', salted).update('Client Key').digest();
      const storedKey = createHash('sha256').update(clientKey).digest();
      const withoutProof = `c=${Buffer.from('n,,').toString('base64')},r=${attrs.r}`;
      const authMessage = `${bare},${serverFirst},${withoutProof}`;
      const signature = createHmac('sha256', storedKey).update(authMessage).digest();
      const proof = Buffer.from(clientKey.map((b, i) => b ^ (signature[i] as number)));
      c.write(fe.raw('p', Buffer.from(`${withoutProof},p=${proof.toString('base64')}`)));
    } else throw new Error(`unexpected authentication request ${auth.type}`);
    const msgs = await c.until('Z');
    const error = msgs.find((m) => m.type === 'E');
    if (error !== undefined) throw new Error(`login failed: ${JSON.stringify(errorFields(error.body))}`);
    c.startupMessages = msgs;
    return c;
  }

  startupMessages: RawMessage[] = [];

  write(...bufs: Buffer[]): void {
    this.socket.write(Buffer.concat(bufs));
  }

  /** Raw bytes received not yet parsed (e.g. the single-byte SSLRequest answer). */
  async byte(timeoutMs = 5000): Promise<string | undefined> {
    await this.wait(() => this.buf.length >= 1, timeoutMs);
    if (this.buf.length === 0) return undefined;
    const b = this.buf.subarray(0, 1).toString('latin1');
    this.buf = this.buf.subarray(1);
    return b;
  }

  private async wait(ready: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready() && !this.ended) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timeout waiting for the server');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  /** The next backend message; undefined when the connection closed first. */
  async next(timeoutMs = 5000): Promise<RawMessage> {
    await this.wait(() => this.buf.length >= 5 && this.buf.length >= 1 + this.buf.readInt32BE(1), timeoutMs);
    if (this.buf.length < 5 || this.buf.length < 1 + this.buf.readInt32BE(1))
      throw new Error('connection closed');
    const len = this.buf.readInt32BE(1);
    const msg = {
      type: this.buf.subarray(0, 1).toString('latin1'),
      body: Buffer.from(this.buf.subarray(5, 1 + len)),
    };
    this.buf = this.buf.subarray(1 + len);
    return msg;
  }

  /** Messages up to and including the first of `type`. */
  async until(type: string, timeoutMs = 10000): Promise<RawMessage[]> {
    const out: RawMessage[] = [];
    for (;;) {
      const m = await this.next(timeoutMs);
      out.push(m);
      if (m.type === type) return out;
    }
  }

  end(): void {
    this.socket.end();
  }
}

/** ErrorResponse / NoticeResponse fields by their one-letter codes. */
export function errorFields(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let o = 0;
  while (o < body.length && body[o] !== 0) {
    const code = String.fromCharCode(body[o] as number);
    const end = body.indexOf(0, o + 1);
    out[code] = body.subarray(o + 1, end).toString('utf8');
    o = end + 1;
  }
  return out;
}

/** DataRow values (null for SQL NULL). */
export function dataRow(body: Buffer): (Buffer | null)[] {
  const n = body.readInt16BE(0);
  const out: (Buffer | null)[] = [];
  let o = 2;
  for (let i = 0; i < n; i++) {
    const len = body.readInt32BE(o);
    o += 4;
    if (len < 0) out.push(null);
    else {
      out.push(body.subarray(o, o + len));
      o += len;
    }
  }
  return out;
}

/** RowDescription fields: name, type OID, format. */
export function rowDescription(
  body: Buffer,
): { name: string; oid: number; size: number; modifier: number; format: number }[] {
  const n = body.readInt16BE(0);
  const out = [];
  let o = 2;
  for (let i = 0; i < n; i++) {
    const end = body.indexOf(0, o);
    const name = body.subarray(o, end).toString('utf8');
    o = end + 1;
    const oid = body.readUInt32BE(o + 6);
    const size = body.readInt16BE(o + 10);
    const modifier = body.readInt32BE(o + 12);
    const format = body.readInt16BE(o + 16);
    o += 18;
    out.push({ name, oid, size, modifier, format });
  }
  return out;
}
