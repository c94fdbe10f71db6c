import { intSetting } from '../core/config.js';

/**
 * Settings of the PostgreSQL wire server, from the environment:
 *
 * - `PGWIRE_HOST` (default `0.0.0.0`): listen address.
 * - `PGWIRE_PORT` (default `5432`; `0` = any free port): listen port.
 * - `PGWIRE_TLS`: `on` (default: TLS offered to clients that ask with SSLRequest, plaintext
 *   accepted), `require` (plaintext refused with FATAL 28000), `off` (SSLRequest answered `N`).
 * - `PGWIRE_TLS_CERT` / `PGWIRE_TLS_KEY`: PEM files of the server certificate and its key (both or
 *   neither); without them a self-signed certificate is generated at first start and kept (mode
 *   0600) in the directory the server is given (`DATA_DIR/pgwire-tls/`).
 * - `PGWIRE_AUTH`: `scram-sha-256` (default) or `password` (cleartext password; use with TLS).
 * - `PGWIRE_MAX_MESSAGE_BYTES` (default 64 MiB): largest frontend message; a larger length prefix
 *   gets FATAL 54000 and the connection is closed (nothing of that size is ever allocated).
 * - `PGWIRE_MAX_PENDING` (default `64`): connections not yet authenticated at once; more are
 *   refused at once with FATAL 53300 (the total of sessions is the core's
 *   PGWIRE_MAX_CONNECTIONS_TOTAL, checked at open).
 * - `PGWIRE_AUTH_TIMEOUT_MS` (default `10000`): time from accept to a finished authentication
 *   (TLS handshake and startup included); then the connection is closed.
 */
export interface PgWireSettings {
  host: string;
  port: number;
  tls: 'on' | 'require' | 'off';
  tlsCertPath: string | null;
  tlsKeyPath: string | null;
  auth: 'scram-sha-256' | 'password';
  maxMessageBytes: number;
  maxPending: number;
  authTimeoutMs: number;
}

export function loadPgWireSettings(env: NodeJS.ProcessEnv): PgWireSettings {
  const tls = (env.PGWIRE_TLS || 'on').toLowerCase();
  if (tls !== 'on' && tls !== 'require' && tls !== 'off') {
    throw new Error(`Setting PGWIRE_TLS=${env.PGWIRE_TLS} is invalid: expected on, require or off`);
  }
  const auth = (env.PGWIRE_AUTH || 'scram-sha-256').toLowerCase();
  if (auth !== 'scram-sha-256' && auth !== 'password') {
    throw new Error(`Setting PGWIRE_AUTH=${env.PGWIRE_AUTH} is invalid: expected scram-sha-256 or password`);
  }
  const cert = env.PGWIRE_TLS_CERT || null;
  const key = env.PGWIRE_TLS_KEY || null;
  if ((cert === null) !== (key === null)) {
    throw new Error('Settings PGWIRE_TLS_CERT and PGWIRE_TLS_KEY go together: set both or neither');
  }
  const host = env.PGWIRE_HOST || '0.0.0.0';
  return {
    host,
    port: intSetting(env, 'PGWIRE_PORT', 5432, 0, 65535),
    tls,
    tlsCertPath: cert,
    tlsKeyPath: key,
    auth,
    maxMessageBytes: intSetting(env, 'PGWIRE_MAX_MESSAGE_BYTES', 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxPending: intSetting(env, 'PGWIRE_MAX_PENDING', 64, 1, 100_000),
    authTimeoutMs: intSetting(env, 'PGWIRE_AUTH_TIMEOUT_MS', 10_000, 100, 600_000),
  };
}
