import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CoreConfig, intSetting, loadCoreConfig } from './core/config.js';
import { type GrpcSettings, loadGrpcSettings } from './grpc/settings.js';
import type { LogLevel } from './log.js';
import { loadPgWireSettings, type PgWireSettings } from './pgwire/settings.js';
import { loadS3Settings, type S3Settings } from './s3/settings.js';

/** Every server setting, from env vars with defaults (README "Configuration" lists them all). */
export interface ServerConfig {
  host: string;
  port: number;
  adminApiKey: string;
  /** Where the admin key came from, so start-up can tell the operator. */
  adminKeySource: 'env' | 'file' | 'generated';
  adminKeyFile: string;
  maxRequestBytes: number;
  /** Largest request line plus headers (MAX_HEADER_BYTES); Node's own parser enforces it. */
  maxHeaderBytes: number;
  /** Longest a request may take to arrive, body included (REQUEST_TIMEOUT_MS; 0 = none): large uploads. */
  requestTimeoutMs: number;
  logLevel: LogLevel | 'silent';
  corsOrigins: string[];
  shutdownTimeoutMs: number;
  /** The S3-compatible API, served on the same listener under its prefix. */
  s3: S3Settings;
  /** The PostgreSQL wire listener (PGWIRE_*, src/pgwire/settings.ts). */
  pgwire: PgWireSettings;
  /** The gRPC storage driver listener (GRPC_*, src/grpc/settings.ts). */
  grpc: GrpcSettings;
  core: CoreConfig;
}

const MIN_ADMIN_KEY_LENGTH = 16;

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const core = loadCoreConfig(env);
  const admin = resolveAdminKey(env.ADMIN_API_KEY, core.dataDir);
  return {
    host: env.HOST ?? '0.0.0.0',
    port: intSetting(env, 'PORT', 8000, 0, 65535),
    ...admin,
    maxRequestBytes: intSetting(env, 'MAX_REQUEST_BYTES', 1024 * 1024, 1024, 1024 ** 3),
    maxHeaderBytes: intSetting(env, 'MAX_HEADER_BYTES', 16 * 1024, 1024, 1024 * 1024),
    requestTimeoutMs: intSetting(env, 'REQUEST_TIMEOUT_MS', 3_600_000, 0, 24 * 3_600_000),
    logLevel: logLevelSetting(env.LOG_LEVEL),
    corsOrigins: (env.CORS_ORIGINS ?? '*')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    shutdownTimeoutMs: intSetting(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    s3: loadS3Settings(env, admin.adminApiKey),
    pgwire: loadPgWireSettings(env),
    grpc: loadGrpcSettings(env),
    core,
  };
}

function logLevelSetting(raw: string | undefined): LogLevel | 'silent' {
  const value = raw ?? 'info';
  if (['debug', 'info', 'warn', 'error', 'silent'].includes(value)) return value as LogLevel | 'silent';
  throw new Error(`Setting LOG_LEVEL=${value} is invalid: expected debug, info, warn, error or silent`);
}

/**
 * ADMIN_API_KEY from the environment, else the key kept in DATA_DIR/admin-api-key, else a new
 * random one written there (mode 0600). A weak configured key is refused: it guards everything.
 */
function resolveAdminKey(
  fromEnv: string | undefined,
  dataDir: string,
): Pick<ServerConfig, 'adminApiKey' | 'adminKeySource' | 'adminKeyFile'> {
  const adminKeyFile = join(dataDir, 'admin-api-key');
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_ADMIN_KEY_LENGTH) {
      throw new Error(`Setting ADMIN_API_KEY is too short: use at least ${MIN_ADMIN_KEY_LENGTH} characters`);
    }
    return { adminApiKey: fromEnv, adminKeySource: 'env', adminKeyFile };
  }
  if (existsSync(adminKeyFile)) {
    const stored = readFileSync(adminKeyFile, 'utf8').trim();
    if (stored.length >= MIN_ADMIN_KEY_LENGTH)
      return { adminApiKey: stored, adminKeySource: 'file', adminKeyFile };
  }
  mkdirSync(dataDir, { recursive: true });
  const generated = `admin_${randomBytes(24).toString('hex')}`;
  writeFileSync(adminKeyFile, `${generated}\n`, { mode: 0o600 });
  chmodSync(adminKeyFile, 0o600);
  return { adminApiKey: generated, adminKeySource: 'generated', adminKeyFile };
}
