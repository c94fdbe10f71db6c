import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { flushLastUsed } from './auth/key-usage.js';
import { loadServerSecret } from './auth/server-secret.js';
import { Catalog } from './catalog/catalog.js';
import { stagingDir } from './catalog/paths.js';
import { reconcile } from './catalog/reconcile.js';
import type { CoreConfig } from './config.js';
import { acquireInstance, nextAlias, releaseInstance } from './db/engine.js';
import { Mutex } from './db/mutex.js';
import { ConnectionPool } from './db/pool.js';
import { quoteIdent, quoteLiteral } from './db/sql.js';
import { TableFiles } from './db/table-files.js';
import { StorageError } from './errors.js';
import { fileGauges } from './files/file-usage.js';
import { sweepFiles } from './files/sweep.js';
import { cleanupIdempotency } from './idempotency/idempotency-store.js';
import { loadCatalog } from './metadata/load.js';
import { migrate } from './metadata/migrate.js';
import { loadSnapshotSettings } from './snapshots/settings.js';
import type { LocalConfig } from './snapshots/settings-model.js';
import { loadSnapshotTotals, sweepSnapshots } from './snapshots/snapshot-sweep.js';
import { PreviewCache } from './tables/preview-cache.js';
import { TableLocks } from './tables/rw-lock.js';
import { WorkspaceRegistry } from './workspaces/registry.js';
import { loadWorkspaceAccess } from './workspaces/workspace-access-rows.js';
import { WorkspaceDbs } from './workspaces/workspace-db.js';
import { reapWorkspaces } from './workspaces/workspace-reaper.js';
import { loadWorkspaces } from './workspaces/workspace-rows.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** What the data plane reports for metrics (import/export by format and mode, upload bytes). */
export type DataEvent =
  | {
      kind: 'import';
      format: string;
      mode: 'full' | 'incremental';
      rows: number;
      bytes: number;
      seconds: number;
    }
  | { kind: 'export'; format: string; rows: number; bytes: number; seconds: number }
  | { kind: 'upload'; bytes: number; seconds: number }
  | {
      kind: 'snapshot';
      action: 'create' | 'restore';
      type: string;
      rows: number;
      bytes: number;
      seconds: number;
    }
  | { kind: 'snapshot_sweep'; expired: number; orphans: number; bytes: number }
  | { kind: 'branch'; action: 'copy' | 'pull' | 'merge'; bytes: number; seconds: number };

export interface StorageHooks {
  onDuckdbError?(category: string): void;
  onDataEvent?(event: DataEvent): void;
  /** A workspace SQL session opened or closed (live sessions per project). */
  onSqlSession?(event: 'opened' | 'closed', projectId: string): void;
  log?: (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;
}

/** Who asked, for the operations log. `actor` is 'admin' or the key id. */
export interface AuditContext {
  requestId: string;
  actor: string;
}

/** An open storage. Only `config` is for transports; the rest are the core's internals. */
export interface Storage {
  readonly config: CoreConfig;
  readonly instance: DuckDBInstance;
  /** Quoted alias of the attached metadata.duckdb; metadata tables are `${m}.projects` etc. */
  readonly m: string;
  /** Dedicated connection for metadata writes, used only under `metaMutex`. */
  readonly metaConn: DuckDBConnection;
  readonly metaMutex: Mutex;
  readonly pool: ConnectionPool;
  readonly files: TableFiles;
  readonly locks: TableLocks;
  readonly previewCache: PreviewCache;
  readonly catalog: Catalog;
  readonly hooks: StorageHooks;
  readonly state: { closing: boolean; closed: boolean; activeWrites: number; opLogSeq: number };
  readonly idleWaiters: (() => void)[];
  readonly timers: NodeJS.Timeout[];
  readonly attachConn: DuckDBConnection;
  /** Stored snapshot settings by `{level}:{uid}` (src/core/snapshots/settings.ts). */
  readonly snapshotSettings: Map<string, LocalConfig>;
  /** Snapshot count and bytes by snapshot_type, for the gauges. */
  readonly snapshotTotals: Map<string, { count: number; bytes: number }>;
  /** Workspaces and live SQL sessions (src/core/workspaces/). */
  readonly workspaces: WorkspaceRegistry;
  /** Attached workspace files. */
  readonly workspaceDbs: WorkspaceDbs;
}

export function log(
  s: Pick<Storage, 'hooks'>,
  level: LogLevel,
  msg: string,
  fields?: Record<string, unknown>,
): void {
  s.hooks.log?.(level, msg, fields);
}

export async function openStorage(config: CoreConfig, hooks: StorageHooks = {}): Promise<Storage> {
  for (const dir of [config.dataDir, config.duckdbDir, config.filesDir, config.snapshotsDir]) {
    await mkdir(dir, { recursive: true });
  }
  await mkdir(stagingDir(config.duckdbDir), { recursive: true });
  await mkdir(dirname(config.metadataPath), { recursive: true });
  // Read (or create) DATA_DIR/secret.key now, so a damaged one stops start-up, not a later request.
  loadServerSecret(config);
  const instance = await acquireInstance(config);
  const opened: DuckDBConnection[] = [];
  let pool: ConnectionPool | undefined;
  try {
    const metaConn = await instance.connect();
    opened.push(metaConn);
    const attachConn = await instance.connect();
    opened.push(attachConn);
    const m = quoteIdent(nextAlias('m'));
    await metaConn.run(`ATTACH ${quoteLiteral(config.metadataPath)} AS ${m}`);
    await migrate(metaConn, m);
    pool = await ConnectionPool.create(instance, config.connectionPoolSize);
    const previewCache = new PreviewCache(config.previewCacheBytes);
    const s: Storage = {
      config,
      instance,
      m,
      metaConn,
      metaMutex: new Mutex(),
      pool,
      files: new TableFiles(attachConn, config.maxOpenTables, config.tableLockTimeoutMs),
      locks: new TableLocks(
        { timeoutMs: config.tableLockTimeoutMs, maxWaiters: config.tableLockMaxWaiters },
        (key) => previewCache.invalidate(key),
      ),
      previewCache,
      catalog: new Catalog(),
      hooks,
      state: { closing: false, closed: false, activeWrites: 0, opLogSeq: 0 },
      idleWaiters: [],
      timers: [],
      attachConn,
      snapshotSettings: new Map(),
      snapshotTotals: new Map(),
      workspaces: new WorkspaceRegistry(),
      workspaceDbs: new WorkspaceDbs(attachConn, config.duckdbDir),
    };
    await loadCatalog(s);
    await loadWorkspaces(s);
    await loadWorkspaceAccess(s);
    await loadSnapshotSettings(s);
    await loadSnapshotTotals(s);
    await sweepSnapshots(s, { startup: true });
    await reconcile(s);
    startTimers(s);
    log(s, 'info', 'storage opened', { ...s.catalog.counts(), metadata: config.metadataPath });
    return s;
  } catch (error) {
    pool?.close();
    for (const conn of opened) conn.closeSync();
    releaseInstance(instance);
    throw error;
  }
}

function startTimers(s: Storage): void {
  const every = (ms: number, fn: () => Promise<unknown>) => {
    const timer = setInterval(() => {
      fn().catch((error: unknown) => log(s, 'warn', 'background job failed', { error: String(error) }));
    }, ms);
    timer.unref();
    s.timers.push(timer);
  };
  // Reference: cleanup every 300 s; never less often than the TTL.
  every(Math.min(300, s.config.idempotencyTtlSeconds) * 1000, () => cleanupIdempotency(s));
  every(60_000, () => flushLastUsed(s));
  // Expired upload sessions and stray staging files (start-up runs it too, from reconcile).
  every(s.config.fileSweepIntervalSeconds * 1000, () => sweepFiles(s));
  // Snapshot retention (reference pitfall 05/1: expiry was never enforced).
  every(s.config.snapshotSweepIntervalSeconds * 1000, () => sweepSnapshots(s));
  // Workspace TTL and size limits, idle sessions (reference pitfall 07/8: never enforced).
  every(s.config.workspaceReaperIntervalSeconds * 1000, () => reapWorkspaces(s));
}

/**
 * Runs a write, refusing new ones once closing started, so `closeStorage` can wait for the
 * in-flight ones.
 */
export async function trackWrite<T>(s: Storage, fn: () => Promise<T>): Promise<T> {
  if (s.state.closing) {
    throw new StorageError('UNAVAILABLE', 'storage_closing', 'The storage is shutting down; retry later');
  }
  s.state.activeWrites += 1;
  try {
    return await fn();
  } finally {
    s.state.activeWrites -= 1;
    if (s.state.activeWrites === 0) for (const wake of s.idleWaiters.splice(0)) wake();
  }
}

export async function closeStorage(s: Storage): Promise<void> {
  if (s.state.closing) return;
  s.state.closing = true;
  for (const timer of s.timers) clearInterval(timer);
  // Live SQL sessions end first (they hold leases and workspace files).
  await Promise.all([...s.workspaces.sessions.values()].map((x) => x.end('server_shutdown')));
  if (s.state.activeWrites > 0) await new Promise<void>((resolve) => s.idleWaiters.push(resolve));
  await flushLastUsed(s).catch((error: unknown) =>
    log(s, 'warn', 'could not flush api key last_used_at', { error: String(error) }),
  );
  await s.metaMutex.run(async () => {
    await s.workspaceDbs.closeAll();
    await s.files.closeAll();
    await s.metaConn.run(`DETACH DATABASE IF EXISTS ${s.m}`);
  });
  s.pool.close();
  s.metaConn.closeSync();
  s.attachConn.closeSync();
  releaseInstance(s.instance);
  s.state.closed = true;
}

/** What the storage reports at each metrics scrape. */
export interface StorageGauges {
  openTableFiles: number;
  projects: number;
  buckets: number;
  tables: number;
  branches: number;
  branchTables: number;
  bucketShares: number;
  bucketLinks: number;
  previewCacheBytes: number;
  previewCacheHits: number;
  previewCacheMisses: number;
  /** Bytes of the file store (registered and staged) by project id. */
  fileStoreBytes: Record<string, number>;
  /** Upload sessions not registered, expired or swept yet. */
  uploadSessions: number;
  /** S3 multipart uploads in progress. */
  multipartUploads: number;
  /** Snapshots and their Parquet bytes by snapshot_type. */
  snapshots: Record<string, { count: number; bytes: number }>;
  /** Workspaces in the registry (expired ones until the reaper deletes them). */
  workspaces: number;
}

export function reportData(s: Pick<Storage, 'hooks'>, event: DataEvent): void {
  s.hooks.onDataEvent?.(event);
}

export function storageGauges(s: Storage): StorageGauges {
  return {
    openTableFiles: s.files.openCount,
    ...s.catalog.counts(),
    previewCacheBytes: s.previewCache.sizeBytes,
    previewCacheHits: s.previewCache.hits,
    previewCacheMisses: s.previewCache.misses,
    ...fileGauges(s),
    snapshots: Object.fromEntries([...s.snapshotTotals].map(([type, t]) => [type, { ...t }])),
    workspaces: s.workspaces.byId.size,
  };
}
