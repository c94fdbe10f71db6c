import { isAbsolute, join, resolve } from 'node:path';

/** Settings of the storage core; every limit is a named env var so its error can name it. */
export interface CoreConfig {
  dataDir: string;
  duckdbDir: string;
  filesDir: string;
  snapshotsDir: string;
  metadataPath: string;
  /** LRU bound of attached table files (MAX_OPEN_TABLES). */
  maxOpenTables: number;
  /** `SET threads` (DUCKDB_THREADS). */
  duckdbThreads: number;
  /** `SET memory_limit` (DUCKDB_MEMORY_LIMIT). */
  duckdbMemoryLimit: string;
  /** DuckDB connections for concurrent reads (DUCKDB_CONNECTIONS). */
  connectionPoolSize: number;
  /** Hard cap on preview rows (PREVIEW_MAX_ROWS). */
  previewMaxRows: number;
  /** Longest a read query may run before it is interrupted (QUERY_TIMEOUT_MS; 0 = no limit). */
  queryTimeoutMs: number;
  /** Memory for recently computed previews, invalidated by every write (PREVIEW_CACHE_MB; 0 = off). */
  previewCacheBytes: number;
  /** Wait for a table lock before RESOURCE_EXHAUSTED `table_locked` (TABLE_LOCK_TIMEOUT_MS). */
  tableLockTimeoutMs: number;
  /** Queued waiters per table before an immediate RESOURCE_EXHAUSTED (TABLE_LOCK_MAX_WAITERS). */
  tableLockMaxWaiters: number;
  /** Lifetime of a stored idempotent response (IDEMPOTENCY_TTL_SECONDS). */
  idempotencyTtlSeconds: number;
  /** Largest single file accepted by any upload path (MAX_UPLOAD_BYTES). */
  maxUploadBytes: number;
  /** Bytes of files (registered and staged) one project may hold (FILES_QUOTA_BYTES; 0 = no quota). */
  filesQuotaBytes: number;
  /** Lifetime of an upload session and its staged bytes (UPLOAD_SESSION_TTL_SECONDS). */
  uploadSessionTtlSeconds: number;
  /** How often expired sessions and orphaned staging files are swept (FILE_SWEEP_INTERVAL_SECONDS). */
  fileSweepIntervalSeconds: number;
  /** How often expired snapshots are removed (files first, then rows). */
  snapshotSweepIntervalSeconds: number;
  /** An S3 multipart upload not completed within this is aborted by the sweep (MULTIPART_UPLOAD_TTL_SECONDS). */
  multipartUploadTtlSeconds: number;
  /** Smallest part but the last of a completed multipart upload (MULTIPART_MIN_PART_BYTES; S3: 5 MiB). */
  multipartMinPartBytes: number;
  /** Multipart uploads in progress per project (MULTIPART_UPLOADS_PER_PROJECT). */
  multipartUploadsPerProject: number;
  /** S3 access key pairs one project may hold (S3_CREDENTIALS_PER_PROJECT). */
  s3CredentialsPerProject: number;
  /** How often expired and over-size workspaces are dealt with (WORKSPACE_REAPER_INTERVAL_SECONDS). */
  workspaceReaperIntervalSeconds: number;
  /** How long an expired workspace is kept (410 `workspace_expired`) before the reaper deletes it. */
  workspaceExpiredRetentionHours: number;
  /** Live SQL sessions of the whole server (PGWIRE_MAX_CONNECTIONS_TOTAL). */
  pgwireMaxConnectionsTotal: number;
  /** Live SQL sessions of one workspace (PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE). */
  pgwireMaxConnectionsPerWorkspace: number;
  /** A session without activity for this long is ended (PGWIRE_IDLE_TIMEOUT_SECONDS). */
  pgwireIdleTimeoutSeconds: number;
  /** Longest one SQL statement may run (PGWIRE_QUERY_TIMEOUT_SECONDS). */
  pgwireQueryTimeoutSeconds: number;
  /** Failed password checks per username and per client address in a minute before 429 (PGWIRE_AUTH_MAX_FAILURES). */
  pgwireAuthMaxFailures: number;
  /** Where clients reach the PG wire listener, as connection info tells them. */
  pgwirePublic: PgwirePublicEndpoint;
  apiVersion: string;
}

/** What workspace connection info advertises (PGWIRE_PUBLIC_HOST, PGWIRE_PUBLIC_PORT, PGWIRE_TLS). */
export interface PgwirePublicEndpoint {
  host: string;
  port: number;
  /** libpq's sslmode: `require` when the listener requires TLS (PGWIRE_TLS=require), else `prefer`. */
  sslMode: 'require' | 'prefer';
}

/** DuckDB's worker threads when DUCKDB_THREADS is unset (bench:pgwire's in-process side uses it too). */
export const DEFAULT_DUCKDB_THREADS = 2;

export function loadCoreConfig(env: NodeJS.ProcessEnv): CoreConfig {
  const dataDir = resolve(env.DATA_DIR || './data');
  const under = (name: string, fallback: string): string => {
    const raw = env[name];
    if (raw === undefined || raw === '') return join(dataDir, fallback);
    return isAbsolute(raw) ? raw : resolve(raw);
  };
  const memory = env.DUCKDB_MEMORY_LIMIT || '1GB';
  // The value ends up in a SET statement: allow only a size literal such as 512MB or 1.5GB.
  if (!/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)$/i.test(memory)) {
    throw new Error(`Setting DUCKDB_MEMORY_LIMIT=${memory} is invalid: expected a size such as 512MB or 1GB`);
  }
  return {
    dataDir,
    duckdbDir: under('DUCKDB_DIR', 'duckdb'),
    filesDir: under('FILES_DIR', 'files'),
    snapshotsDir: under('SNAPSHOTS_DIR', 'snapshots'),
    metadataPath: under('METADATA_DB_PATH', 'metadata.duckdb'),
    maxOpenTables: intSetting(env, 'MAX_OPEN_TABLES', 256, 1, 1_000_000),
    duckdbThreads: intSetting(env, 'DUCKDB_THREADS', DEFAULT_DUCKDB_THREADS, 1, 1024),
    duckdbMemoryLimit: memory,
    connectionPoolSize: intSetting(env, 'DUCKDB_CONNECTIONS', 4, 1, 256),
    previewMaxRows: intSetting(env, 'PREVIEW_MAX_ROWS', 10_000, 1, 10_000_000),
    queryTimeoutMs: intSetting(env, 'QUERY_TIMEOUT_MS', 30_000, 0, 3_600_000),
    previewCacheBytes: intSetting(env, 'PREVIEW_CACHE_MB', 64, 0, 65_536) * 1024 * 1024,
    tableLockTimeoutMs: intSetting(env, 'TABLE_LOCK_TIMEOUT_MS', 30_000, 0, 3_600_000),
    tableLockMaxWaiters: intSetting(env, 'TABLE_LOCK_MAX_WAITERS', 64, 0, 100_000),
    idempotencyTtlSeconds: intSetting(env, 'IDEMPOTENCY_TTL_SECONDS', 600, 1, 7 * 24 * 3600),
    maxUploadBytes: intSetting(env, 'MAX_UPLOAD_BYTES', 10 * 1024 ** 3, 1, 2 ** 50),
    filesQuotaBytes: intSetting(env, 'FILES_QUOTA_BYTES', 0, 0, 2 ** 52),
    uploadSessionTtlSeconds: intSetting(env, 'UPLOAD_SESSION_TTL_SECONDS', 24 * 3600, 1, 30 * 24 * 3600),
    fileSweepIntervalSeconds: intSetting(env, 'FILE_SWEEP_INTERVAL_SECONDS', 300, 1, 24 * 3600),
    snapshotSweepIntervalSeconds: intSetting(env, 'SNAPSHOT_SWEEP_INTERVAL_SECONDS', 3600, 1, 24 * 3600),
    multipartUploadTtlSeconds: intSetting(env, 'MULTIPART_UPLOAD_TTL_SECONDS', 24 * 3600, 1, 30 * 24 * 3600),
    multipartMinPartBytes: intSetting(env, 'MULTIPART_MIN_PART_BYTES', 5 * 1024 ** 2, 1, 5 * 1024 ** 3),
    multipartUploadsPerProject: intSetting(env, 'MULTIPART_UPLOADS_PER_PROJECT', 1000, 1, 1_000_000),
    s3CredentialsPerProject: intSetting(env, 'S3_CREDENTIALS_PER_PROJECT', 100, 1, 100_000),
    workspaceReaperIntervalSeconds: intSetting(env, 'WORKSPACE_REAPER_INTERVAL_SECONDS', 60, 1, 24 * 3600),
    workspaceExpiredRetentionHours: intSetting(env, 'WORKSPACE_EXPIRED_RETENTION_HOURS', 24, 0, 24 * 365),
    pgwireMaxConnectionsTotal: intSetting(env, 'PGWIRE_MAX_CONNECTIONS_TOTAL', 100, 1, 100_000),
    pgwireMaxConnectionsPerWorkspace: intSetting(env, 'PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE', 10, 1, 100_000),
    pgwireIdleTimeoutSeconds: intSetting(env, 'PGWIRE_IDLE_TIMEOUT_SECONDS', 3600, 1, 30 * 24 * 3600),
    pgwireQueryTimeoutSeconds: intSetting(env, 'PGWIRE_QUERY_TIMEOUT_SECONDS', 300, 1, 24 * 3600),
    pgwireAuthMaxFailures: intSetting(env, 'PGWIRE_AUTH_MAX_FAILURES', 10, 1, 1_000_000),
    pgwirePublic: pgwirePublicEndpoint(env),
    apiVersion: '0.1.0',
  };
}

/**
 * The advertised PG wire endpoint. The listener (src/pgwire) reads PGWIRE_HOST (default
 * `0.0.0.0`), PGWIRE_PORT (default 5432) and PGWIRE_TLS with the same defaults; a wildcard bind
 * address is no address to connect to, so it is advertised as `localhost`.
 */
function pgwirePublicEndpoint(env: NodeJS.ProcessEnv): PgwirePublicEndpoint {
  const bind = env.PGWIRE_HOST || '0.0.0.0';
  const wildcard = bind === '0.0.0.0' || bind === '::';
  const port = intSetting(env, 'PGWIRE_PORT', 5432, 0, 65535);
  return {
    host: env.PGWIRE_PUBLIC_HOST || (wildcard ? 'localhost' : bind),
    port: intSetting(env, 'PGWIRE_PUBLIC_PORT', port, 0, 65535),
    sslMode: (env.PGWIRE_TLS ?? '').toLowerCase() === 'require' ? 'require' : 'prefer',
  };
}

/** An integer setting within [min, max]; a bad value stops start-up with a message naming it. */
export function intSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Setting ${name}=${raw} is invalid: expected an integer from ${min} to ${max}`);
  }
  return value;
}
