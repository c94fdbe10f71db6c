import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type SecureContext, TLSSocket } from 'node:tls';
import { BackendError, type ConnectionState, PostgresConnection, ScramSha256AuthFlow } from 'pg-gateway';
import { StorageError } from '../core/errors.js';
import type {
  ScramVerifier,
  SessionEndReason,
  SqlGateway,
  SqlSession,
} from '../core/workspaces/sql-types.js';
import { createLogger, type Logger } from '../log.js';
import { rewriteCatalogSql, scrubCatalogError } from './catalog/index.js';
import { PgConnection } from './connection.js';
import type { PgWireHooks, PgWireMetricsHooks, PgWireRefusal, PgWireSessionView } from './context.js';
import { PgError, sqlstateOf, toPgError } from './errors.js';
import { PacketReader } from './framing.js';
import { parseStartupOptions, SessionSettings } from './guc.js';
import { LazyCatalogSession } from './lazy-catalog.js';
import { Output } from './output.js';
import {
  backendKeyData,
  CANCEL_REQUEST,
  errorBuffer,
  FE,
  GSSENC_REQUEST,
  MAX_STARTUP_PACKET,
  MessageReader,
  MessageWriter,
  negotiateProtocolVersion,
  PROTOCOL_3_0,
  parameterStatus,
  SSL_REQUEST,
} from './protocol.js';
import type { PgWireSettings } from './settings.js';
import { loadTlsMaterial, secureContextOf } from './tls.js';

export interface PgWireOptions extends PgWireSettings {
  /** Where a self-signed certificate is kept when no PGWIRE_TLS_CERT/KEY are set (`DATA_DIR/pgwire-tls`). */
  tlsDir?: string;
  /** How long close() lets sessions end before their sockets are destroyed (default 5000 ms). */
  shutdownGraceMs?: number;
  /**
   * PostgreSQL catalog compatibility (src/pgwire/catalog: pg_catalog / information_schema for
   * psql, pgJDBC, DBeaver) set up in every session and catalog queries rewritten. Default true.
   */
  catalogCompat?: boolean;
}

export interface PgWireServer {
  /** The port listened on (the real one when PGWIRE_PORT=0). */
  port: number;
  /** Stops listening, ends every session with FATAL 57P01, waits until all are closed. */
  close(): Promise<void>;
  /** The live sessions. */
  sessions(): PgWireSessionView[];
}

/** Messages authentication may see at most (SASL and password messages are small). */
const MAX_AUTH_MESSAGE = 16 * 1024;

const EMPTY = new Uint8Array(0);

/** The FATAL a session end reason is told with. */
const END_REASONS: Readonly<Record<SessionEndReason, [string, string]>> = {
  client_disconnect: ['08006', 'connection closed'],
  idle_timeout: ['57P05', 'terminating connection due to idle-session timeout'],
  workspace_deleted: ['57P04', 'terminating connection because the workspace was deleted'],
  credentials_reset: ['57P01', 'terminating connection because the workspace credentials were reset'],
  user_dropped: ['57P01', 'terminating connection because the workspace user was dropped'],
  workspace_expired: ['57P01', 'terminating connection because the workspace expired'],
  terminated_by_admin: ['57P01', 'terminating connection due to administrator command'],
  server_shutdown: ['57P01', 'terminating connection due to administrator command'],
};

/**
 * Starts the PostgreSQL wire server: TLS negotiation, startup and authentication (SCRAM-SHA-256 or
 * cleartext password through pg-gateway, verified with the gateway's verifier), then one
 * SqlSession per connection answered by PgConnection. Resolves once listening.
 */
export async function startPgWireServer(
  options: PgWireOptions,
  gateway: SqlGateway,
  hooks: PgWireHooks = {},
): Promise<PgWireServer> {
  const log = hooks.log ?? createLogger('silent');
  const metrics = hooks.metrics;
  let secureContext: SecureContext | undefined;
  if (options.tls !== 'off') {
    const material = await loadTlsMaterial(options.tlsCertPath, options.tlsKeyPath, options.tlsDir);
    secureContext = secureContextOf(material);
    log.log('info', 'pgwire tls ready', { source: material.source });
  }
  const clients = new Set<Client>();
  const byPid = new Map<number, Client>();
  let pending = 0;
  let closing = false;
  const shared: Shared = {
    options,
    gateway,
    log,
    metrics,
    secureContext,
    byPid,
    allocatePid() {
      for (;;) {
        const pid = randomInt(1000, 2 ** 31 - 1);
        if (!byPid.has(pid)) return pid;
      }
    },
    donePending() {
      pending = Math.max(0, pending - 1);
    },
  };

  const server: Server = createServer(
    { noDelay: true, keepAlive: true, keepAliveInitialDelay: 60_000 },
    (socket) => {
      socket.on('error', () => undefined); // every error ends in 'close', handled there
      if (closing) {
        refuseSocket(socket, '57P03', 'the database system is shutting down');
        metrics?.onConnectionRefused?.('server_closing');
        return;
      }
      if (pending >= options.maxPending) {
        refuseSocket(
          socket,
          '53300',
          `too many connections waiting for authentication (PGWIRE_MAX_PENDING=${options.maxPending})`,
        );
        metrics?.onConnectionRefused?.('too_many_pending');
        return;
      }
      pending++;
      const client = new Client(socket, shared);
      clients.add(client);
      client.run().finally(() => {
        clients.delete(client);
      });
    },
  );
  server.on('error', (error) => log.log('error', 'pgwire listener error', { error }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  log.log('info', 'pgwire listening', { host: options.host, port, tls: options.tls, auth: options.auth });

  return {
    port,
    sessions: () => [...clients].flatMap((c) => c.view() ?? []),
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of clients) c.shutdown();
      const grace = options.shutdownGraceMs ?? 5000;
      const all = Promise.all([...clients].map((c) => c.closed));
      const timer = setTimeout(() => {
        for (const c of clients) c.destroy();
      }, grace);
      timer.unref();
      await all;
      clearTimeout(timer);
      await stopped;
    },
  };
}

interface Shared {
  options: PgWireOptions;
  gateway: SqlGateway;
  log: Logger;
  metrics: PgWireMetricsHooks | undefined;
  secureContext: SecureContext | undefined;
  byPid: Map<number, Client>;
  allocatePid(): number;
  donePending(): void;
}

/** Writes one FATAL and closes a socket we will not serve. */
function refuseSocket(socket: Socket, code: string, message: string): void {
  socket.end(errorBuffer({ severity: 'FATAL', code, message }));
  setTimeout(() => socket.destroy(), 1000).unref();
}

/** One TCP connection, from accept to close. */
class Client {
  private readonly raw: Socket;
  private stream: Duplex;
  private readonly out: Output;
  private readonly log: Logger;
  private readonly address: string | null;
  private readonly pid: number;
  private readonly secret: number;
  private tls = false;
  private isPending = true;
  private closing = false;
  private authTimer: NodeJS.Timeout | undefined;
  private reader: PacketReader;
  private username = '';
  private startupParams: Record<string, string> = {};
  private session: SqlSession | undefined;
  private conn: PgConnection | undefined;
  private settings: SessionSettings | undefined;
  private connectedAt = new Date().toISOString();
  private resolveClosed!: () => void;
  /** Resolves once the socket closed and the session was closed. */
  readonly closed: Promise<void>;

  constructor(
    socket: Socket,
    private readonly shared: Shared,
  ) {
    this.raw = socket;
    this.stream = socket;
    this.address = socket.remoteAddress ?? null;
    this.log = shared.log;
    this.out = new Output(socket, (n) => shared.metrics?.onBytesSent?.(n));
    this.reader = new PacketReader(socket);
    this.pid = shared.allocatePid();
    this.secret = randomBytes(4).readInt32BE(0);
    this.closed = new Promise<void>((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  async run(): Promise<void> {
    this.raw.setNoDelay(true);
    this.authTimer = setTimeout(() => this.authTimeout(), this.shared.options.authTimeoutMs);
    this.authTimer.unref();
    const socketClosed = new Promise<void>((resolve) => this.raw.once('close', () => resolve()));
    try {
      const startup = await this.negotiate();
      if (startup !== undefined) this.startGateway(startup);
      await socketClosed;
    } catch (error) {
      this.log.log('error', 'pgwire connection failed', { error, client: this.address });
      this.destroy();
      await socketClosed;
    } finally {
      await this.cleanup();
    }
  }

  view(): PgWireSessionView | undefined {
    const s = this.session;
    const c = this.conn;
    if (s === undefined || c === undefined) return undefined;
    const tx = s.transaction;
    return {
      pid: this.pid,
      sessionId: s.info.sessionId,
      workspaceId: s.info.workspaceId,
      projectId: s.info.projectId,
      branchId: s.info.branchId,
      username: s.info.username,
      clientAddress: this.address,
      applicationName: this.settings?.get('application_name') ?? '',
      tls: this.tls,
      connectedAt: this.connectedAt,
      state: c.active
        ? 'active'
        : tx === 'idle'
          ? 'idle'
          : tx === 'failed'
            ? 'idle in transaction (aborted)'
            : 'idle in transaction',
      query: c.query,
    };
  }

  /** CancelRequest target: interrupts the running statement. */
  cancel(secret: number): void {
    const a = Buffer.alloc(4);
    a.writeInt32BE(secret);
    const b = Buffer.alloc(4);
    b.writeInt32BE(this.secret);
    if (!timingSafeEqual(a, b)) return;
    if (this.conn?.active) this.session?.cancel();
  }

  // ---- negotiation: SSLRequest / GSSENCRequest / CancelRequest / StartupMessage --------------

  private async negotiate(): Promise<Uint8Array | undefined> {
    for (;;) {
      let packet: Uint8Array | undefined;
      try {
        packet = await this.reader.readUntyped(MAX_STARTUP_PACKET);
      } catch (error) {
        this.refuse('protocol_error', (error as PgError).code ?? '08P01', (error as Error).message);
        return undefined;
      }
      if (packet === undefined) return undefined;
      const view = Buffer.from(packet.buffer, packet.byteOffset, packet.byteLength);
      const code = view.readInt32BE(4);
      if (code === SSL_REQUEST && packet.length === 8) {
        if (this.tls || this.reader.pendingBytes > 0) {
          // A second SSLRequest, or data sent before our answer (CVE-2021-23214): not trusted.
          this.refuse('protocol_error', '08P01', 'invalid SSL negotiation');
          return undefined;
        }
        if (this.shared.secureContext === undefined) {
          this.raw.write('N');
          continue;
        }
        this.raw.write('S');
        if (!(await this.upgrade())) return undefined;
        continue;
      }
      if (code === GSSENC_REQUEST && packet.length === 8) {
        this.stream.write('N');
        continue;
      }
      if (code === CANCEL_REQUEST && packet.length === 16) {
        const pid = view.readInt32BE(8);
        const secret = view.readInt32BE(12);
        this.shared.byPid.get(pid)?.cancel(secret);
        this.destroy();
        return undefined;
      }
      const major = code >>> 16;
      if (major !== 3) {
        this.refuse(
          'protocol_error',
          '0A000',
          `unsupported frontend protocol ${major}.${code & 0xffff}: server supports 3.0`,
        );
        return undefined;
      }
      if (this.shared.options.tls === 'require' && !this.tls) {
        this.refuse(
          'tls_required',
          '28000',
          'SSL connection is required (PGWIRE_TLS=require): connect with sslmode=require',
        );
        return undefined;
      }
      return this.checkStartup(view);
    }
  }

  /** TLS over the raw socket after `S`. */
  private async upgrade(): Promise<boolean> {
    const rest = this.reader.detach();
    if (rest.length > 0) {
      this.destroy();
      return false;
    }
    const tlsSocket = new TLSSocket(this.raw, {
      isServer: true,
      secureContext: this.shared.secureContext as SecureContext,
    });
    tlsSocket.on('error', () => undefined);
    const ok = await new Promise<boolean>((resolve) => {
      tlsSocket.once('secure', () => resolve(true));
      tlsSocket.once('error', () => resolve(false));
      tlsSocket.once('close', () => resolve(false));
    });
    if (!ok) {
      this.destroy();
      return false;
    }
    this.tls = true;
    this.stream = tlsSocket;
    this.out.setSocket(tlsSocket);
    this.reader = new PacketReader(tlsSocket);
    return true;
  }

  /**
   * Validates the StartupMessage (key/value pairs, `user`), answers a newer 3.x minor or `_pq_.`
   * options with NegotiateProtocolVersion, and returns the packet pg-gateway should see (3.0).
   */
  private checkStartup(view: Buffer): Uint8Array | undefined {
    const code = view.readInt32BE(4);
    const params: [string, string][] = [];
    let ok = true;
    try {
      const r = new MessageReader(view, 8);
      for (;;) {
        const key = r.cstring();
        if (key === '') break;
        params.push([key, r.cstring()]);
      }
      r.done();
    } catch {
      ok = false;
    }
    if (!ok) {
      this.refuse(
        'protocol_error',
        '08P01',
        'invalid startup packet layout: expected terminator as last byte',
      );
      return undefined;
    }
    const minor = code & 0xffff;
    const ignored = params.filter(([k]) => k.startsWith('_pq_.')).map(([k]) => k);
    const kept = params.filter(([k]) => !k.startsWith('_pq_.'));
    const user = kept.find(([k]) => k === 'user')?.[1] ?? '';
    if (user === '') {
      this.refuse('protocol_error', '28000', 'no PostgreSQL user name specified in startup packet');
      return undefined;
    }
    if (kept.some(([k, v]) => k === 'replication' && v !== 'false' && v !== 'off' && v !== '0')) {
      this.refuse('protocol_error', '0A000', 'replication connections are not supported');
      return undefined;
    }
    this.username = user;
    this.startupParams = Object.fromEntries(kept);
    if (minor > 0 || ignored.length > 0) {
      const w = new MessageWriter(128);
      negotiateProtocolVersion(w, 0, ignored);
      void this.out.writeRaw(w.take());
    }
    if (minor === 0 && ignored.length === 0) return new Uint8Array(view);
    // The same packet as protocol 3.0 without the `_pq_.` options.
    const w = new MessageWriter(view.length);
    w.int32(0).int32(PROTOCOL_3_0);
    for (const [k, v] of kept) w.cstring(k).cstring(v);
    w.byte(0);
    const out = new Uint8Array(w.take());
    Buffer.from(out.buffer).writeInt32BE(out.length, 0);
    return out;
  }

  // ---- pg-gateway: startup and authentication, then every message to PgConnection ------------

  private startGateway(startup: Uint8Array): void {
    const { options } = this.shared;
    let first: Uint8Array | undefined = startup;
    const readable = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          if (first !== undefined) {
            controller.enqueue(first);
            first = undefined;
            return;
          }
          try {
            const authenticated = this.conn !== undefined;
            const msg = await this.reader.readTyped(
              authenticated ? options.maxMessageBytes : MAX_AUTH_MESSAGE,
              authenticated ? 'PGWIRE_MAX_MESSAGE_BYTES' : 'authentication messages',
            );
            if (msg === undefined || this.closing) controller.close();
            else controller.enqueue(msg);
          } catch (error) {
            const e = error instanceof PgError ? error : new PgError('08P01', 'protocol violation');
            this.fatal(e.code, e.message, this.conn === undefined ? 'protocol_error' : undefined);
            controller.close();
          }
        },
        cancel: () => undefined,
      },
      { highWaterMark: 0 },
    );
    const writable = new WritableStream<Uint8Array>({
      write: async (chunk) => {
        if (this.closing || chunk.length === 0) return;
        await this.out.writeRaw(chunk);
      },
      close: () => this.end(),
      abort: () => this.destroy(),
    });
    const addr = this.address;
    const gateway = this.shared.gateway;
    const auth =
      options.auth === 'password'
        ? {
            method: 'password' as const,
            getClearTextPassword: () => '',
            validateCredentials: async ({ username, password }: { username: string; password: string }) => {
              let ok: boolean;
              try {
                ok = await gateway.checkPassword(username, password, addr);
              } catch (error) {
                throw this.authError(error);
              }
              // checkPassword counts its own failures (the core's does): no authFailed here.
              if (!ok) this.authRefused(username, false);
              return ok;
            },
          }
        : {
            method: 'scram-sha-256' as const,
            getScramSha256Data: async ({ username }: { username: string }) => {
              try {
                return await gateway.scramVerifier(username, addr);
              } catch (error) {
                throw this.authError(error);
              }
            },
            validateCredentials: async (p: {
              authMessage: string;
              clientProof: string;
              username: string;
              scramSha256Data: ScramVerifier;
            }) => {
              const ok = verifyScramProof(p.authMessage, p.clientProof, p.scramSha256Data.storedKey);
              if (!ok) this.authRefused(p.username);
              return ok;
            },
          };
    const connection: PostgresConnection = new PostgresConnection(
      { readable, writable },
      {
        auth,
        onAuthenticated: () => this.open(),
        onMessage: (data, state) => this.onMessage(data, state, connection),
      },
    );
  }

  /** Rate limits and gateway failures during authentication, as pg-gateway's FATAL. */
  private authError(error: unknown): BackendError {
    if (error instanceof StorageError && error.reason === 'too_many_auth_attempts') {
      this.shared.metrics?.onConnectionRefused?.('rate_limited');
      // The core's message names the limit (PGWIRE_AUTH_MAX_FAILURES=n per minute).
      return BackendError.create({ severity: 'FATAL', code: '53400', message: error.message });
    }
    const e = toPgError(error, this.log, { client: this.address, user: this.username });
    this.shared.metrics?.onConnectionRefused?.('auth_failed');
    return BackendError.create({ severity: 'FATAL', code: e.code, message: e.message });
  }

  /** A wrong password or unknown user: one generic FATAL 28P01, nothing more. */
  private authRefused(username: string, record = true): void {
    if (record) this.shared.gateway.authFailed(username, this.address);
    this.fatal('28P01', `password authentication failed for user "${username}"`, 'auth_failed');
  }

  /** Messages pg-gateway would choke on before authentication; every message after it. */
  private async onMessage(
    data: Uint8Array,
    state: ConnectionState,
    connection: PostgresConnection,
  ): Promise<Uint8Array | undefined> {
    if (this.closing) return EMPTY;
    if (state.step === 'AwaitingInitialMessage') return undefined; // the startup packet, checked
    if (state.step === 'PerformingAuthentication') {
      const error = checkAuthMessage(data, connection);
      if (error === undefined) return undefined;
      if (error.code === '28P01') this.authRefused(this.username);
      else this.fatal(error.code, error.message, 'protocol_error');
      return EMPTY;
    }
    if (this.conn === undefined) return EMPTY;
    await this.conn.handle(data);
    return EMPTY;
  }

  /** After the password was proven: the session, then ParameterStatus and BackendKeyData. */
  private async open(): Promise<void> {
    const { gateway, metrics } = this.shared;
    let session: SqlSession;
    const compat = this.shared.options.catalogCompat !== false;
    let lazy: LazyCatalogSession | undefined;
    const database = databaseName(this.username, this.startupParams.database);
    try {
      const opened = await gateway.open({ username: this.username, clientAddress: this.address });
      // The PostgreSQL catalog is created on the session's first catalog query.
      lazy = compat
        ? new LazyCatalogSession(opened, { database, user: this.username, pid: this.pid })
        : undefined;
      session = lazy ?? opened;
    } catch (error) {
      const e = error instanceof StorageError ? error : StorageError.from(error);
      const sqlstate = e.code === 'INTERNAL' ? 'XX000' : sqlstateOf(e);
      const refusal: PgWireRefusal =
        e.reason === 'too_many_connections'
          ? 'too_many_connections'
          : e.reason === 'workspace_expired'
            ? 'workspace_expired'
            : e.reason === 'invalid_credentials'
              ? 'auth_failed'
              : 'open_failed';
      metrics?.onConnectionRefused?.(refusal);
      let message = toPgError(e, this.log, { client: this.address, user: this.username }).message;
      if (e.reason === 'invalid_credentials')
        message = `password authentication failed for user "${this.username}"`;
      throw BackendError.create({ severity: 'FATAL', code: sqlstate, message });
    }
    if (this.closing) {
      await session.close().catch(() => undefined);
      throw BackendError.create({
        severity: 'FATAL',
        code: '57P01',
        message: 'terminating connection due to administrator command',
      });
    }
    this.session = session;
    const settings = new SessionSettings(this.username);
    for (const [k, v] of Object.entries(this.startupParams)) {
      if (k === 'user' || k === 'database' || k === 'options' || k === 'replication') continue;
      settings.startup(k, v);
    }
    for (const [k, v] of parseStartupOptions(this.startupParams.options ?? '')) settings.startup(k, v);
    this.settings = settings;
    this.conn = new PgConnection({
      session,
      settings,
      out: this.out,
      log: this.log.child({ session_id: session.info.sessionId }),
      metrics,
      terminate: (code, message) => this.fatal(code, message),
      end: () => this.end(),
      rewrite: compat ? rewriteCatalogSql : (sql) => sql,
      scrub: (message) =>
        lazy?.installed === undefined
          ? message
          : scrubCatalogError(message, lazy.installed, { database: session.info.database }),
    });
    this.conn.applyStatementTimeout();
    this.conn.armIdleTimer(); // the first ReadyForQuery is pg-gateway's
    session.onEnd((reason) => {
      const [code, message] = END_REASONS[reason];
      this.fatal(code, message);
    });
    this.shared.byPid.set(this.pid, this);
    this.donePending();
    metrics?.onSessionOpened?.(session.info.projectId);
    const w = this.out.w;
    for (const [name, value] of settings.reported()) parameterStatus(w, name, value);
    backendKeyData(w, this.pid, this.secret);
    // pg-gateway writes ReadyForQuery next, through the same output.
  }

  private donePending(): void {
    if (!this.isPending) return;
    this.isPending = false;
    if (this.authTimer !== undefined) clearTimeout(this.authTimer);
    this.shared.donePending();
  }

  private authTimeout(): void {
    if (!this.isPending || this.closing) return;
    this.shared.metrics?.onConnectionRefused?.('auth_timeout');
    this.fatal('08006', 'canceling authentication due to timeout');
  }

  private refuse(reason: PgWireRefusal, code: string, message: string): void {
    this.fatal(code, message, reason);
  }

  /** Sends one FATAL, then closes; nothing is written after it. */
  fatal(code: string, message: string, refusal?: PgWireRefusal): void {
    if (this.closing) return;
    if (refusal !== undefined) this.shared.metrics?.onConnectionRefused?.(refusal);
    this.shared.metrics?.onError?.(code);
    this.out.w.truncate(0);
    void this.out.writeRaw(errorBuffer({ severity: 'FATAL', code, message }));
    this.out.close();
    this.session?.cancel();
    this.end();
  }

  /** Graceful end (Terminate, pg-gateway closing its side). */
  end(): void {
    if (this.closing && this.stream.destroyed) return;
    this.closing = true;
    this.out.close();
    // A TLS socket ends the raw one itself, after its last record (our FATAL) went out.
    this.stream.end();
    setTimeout(() => this.destroy(), 2000).unref();
  }

  destroy(): void {
    this.closing = true;
    this.out.close();
    this.stream.destroy();
    this.raw.destroy();
  }

  /** Server shutdown: FATAL 57P01 to sessions, pending connections just go. */
  shutdown(): void {
    if (this.conn !== undefined) this.fatal('57P01', 'terminating connection due to administrator command');
    else this.destroy();
  }

  /** Always runs once the socket closed: the session never outlives its connection. */
  private async cleanup(): Promise<void> {
    this.closing = true;
    if (this.authTimer !== undefined) clearTimeout(this.authTimer);
    this.donePending();
    if (this.shared.byPid.get(this.pid) === this) this.shared.byPid.delete(this.pid);
    const session = this.session;
    try {
      if (session !== undefined) {
        if (this.conn?.active) session.cancel();
        await this.conn?.dispose();
      }
    } catch (error) {
      this.log.log('warn', 'pgwire connection dispose failed', { error });
    } finally {
      if (session !== undefined) {
        try {
          await session.close();
        } catch (error) {
          this.log.log('error', 'pgwire session close failed', { error, session_id: session.info.sessionId });
        }
        this.shared.metrics?.onSessionClosed?.(session.info.projectId);
      }
      this.resolveClosed();
    }
  }
}

/**
 * The database name the catalog shows before the session tells it: the client's `database` when
 * it is a workspace's (`workspace_<id>`), else derived from the username (`ws_<id>_<suffix>`).
 */
function databaseName(username: string, requested: string | undefined): string {
  if (requested !== undefined && /^workspace_[A-Za-z0-9_]+$/.test(requested)) return requested;
  const m = /^ws_(.+)_[^_]+$/.exec(username);
  return m === null ? 'workspace' : `workspace_${m[1]}`;
}

/**
 * Checks the structure of a message during authentication before pg-gateway reads it (it would
 * throw on a malformed one): only `p` messages, well-formed SASLInitialResponse / SASLResponse
 * (with the server's nonce) or PasswordMessage. A nonce mismatch counts as a wrong password.
 */
function checkAuthMessage(data: Uint8Array, connection: PostgresConnection): PgError | undefined {
  if (data[0] !== FE.Password) {
    return new PgError('08P01', `expected password response, got message type ${data[0]}`);
  }
  try {
    const r = new MessageReader(data, 5);
    const flow = connection.authFlow;
    if (flow instanceof ScramSha256AuthFlow) {
      if (flow.step === 'Initial') {
        const mechanism = r.cstring();
        const len = r.int32();
        if (mechanism !== 'SCRAM-SHA-256') return undefined; // pg-gateway refuses it cleanly
        if (len < 0 || len !== r.remaining)
          return new PgError('08P01', 'malformed SASLInitialResponse message');
        const first = Buffer.from(r.rest()).toString('utf8');
        if (!/^[ny],|^y,|^n,/.test(first) && !first.startsWith('p='))
          return new PgError('08P01', 'malformed SCRAM message');
        if (first.startsWith('p=')) return new PgError('28000', 'channel binding is not supported');
        if (!/(^|,)r=[^,]+/.test(first)) return new PgError('08P01', 'malformed SCRAM message');
        return undefined;
      }
      const final = Buffer.from(r.rest()).toString('utf8');
      const parts = final.split(',');
      const nonce = parts.find((p) => p.startsWith('r='))?.slice(2);
      const proof = parts.find((p) => p.startsWith('p='))?.slice(2);
      const binding = parts.find((p) => p.startsWith('c='));
      if (nonce === undefined || proof === undefined || binding === undefined) {
        return new PgError('08P01', 'malformed SCRAM message');
      }
      if (nonce !== flow.serverNonce) return new PgError('28P01', 'password authentication failed');
      return undefined;
    }
    r.cstring(); // PasswordMessage
    r.done();
    return undefined;
  } catch {
    return new PgError('08P01', 'malformed authentication message');
  }
}

/**
 * SCRAM-SHA-256 proof check (RFC 5802): ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage);
 * valid when SHA-256(ClientKey) equals StoredKey. Constant-time compare.
 */
export function verifyScramProof(authMessage: string, clientProof: string, storedKeyB64: string): boolean {
  const proof = Buffer.from(clientProof, 'base64');
  const storedKey = Buffer.from(storedKeyB64, 'base64');
  if (proof.length !== 32 || storedKey.length !== 32) return false;
  const signature = createHmac('sha256', storedKey).update(authMessage).digest();
  const clientKey = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) clientKey[i] = (proof[i] as number) ^ (signature[i] as number);
  const computed = createHash('sha256').update(clientKey).digest();
  return timingSafeEqual(computed, storedKey);
}
