import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataEvent, StorageGauges } from './core/storage.js';
import { createPgWireMetrics, type PgWireMetrics } from './metrics-pgwire.js';

/**
 * Process-wide Prometheus metrics (GET /metrics, operationId getMetrics). Protocol adapters record
 * into it; gauges that describe storage are filled by a collect callback set at start-up.
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'operation' | 'method' | 'status'>;
  httpDuration: Histogram<'operation' | 'method' | 'status'>;
  duckdbErrors: Counter<'category'>;
  idempotencyReplays: Counter;
  /** S3 API requests by S3 operation name and status; bytes in and out of objects. */
  s3Operations: Counter<'operation' | 'status'>;
  s3Duration: Histogram<'operation'>;
  s3Bytes: Counter<'direction'>;
  /** PG wire sessions, refusals, statements, bytes. */
  pgwire: PgWireMetrics;
  /** Records a data-plane event of the core (StorageHooks.onDataEvent). */
  recordData(event: DataEvent): void;
  setStorageGauges(read: () => StorageGauges): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'duckstorage_' });
  const httpRequests = new Counter({
    name: 'duckstorage_http_requests_total',
    help: 'HTTP requests by operationId, method and status',
    labelNames: ['operation', 'method', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'duckstorage_http_request_duration_seconds',
    help: 'HTTP request latency by operationId, method and status',
    labelNames: ['operation', 'method', 'status'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const duckdbErrors = new Counter({
    name: 'duckstorage_duckdb_errors_total',
    help: 'Errors raised by DuckDB, by category (Catalog, Binder, Constraint, IO, ...)',
    labelNames: ['category'] as const,
    registers: [registry],
  });
  const idempotencyReplays = new Counter({
    name: 'duckstorage_idempotency_replays_total',
    help: 'Responses replayed for a repeated X-Idempotency-Key',
    registers: [registry],
  });
  const s3Operations = new Counter({
    name: 'duckstorage_s3_operations_total',
    help: 'S3 API requests by S3 operation and HTTP status',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const s3Duration = new Histogram({
    name: 'duckstorage_s3_operation_duration_seconds',
    help: 'S3 API request latency by S3 operation',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [registry],
  });
  const s3Bytes = new Counter({
    name: 'duckstorage_s3_bytes_total',
    help: 'Object bytes received (in) and sent (out) over the S3 API',
    labelNames: ['direction'] as const,
    registers: [registry],
  });
  const loadBuckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  const importOps = counter('duckstorage_import_operations_total', 'Imports by format and mode', [
    'format',
    'mode',
  ] as const);
  const importRows = counter('duckstorage_import_rows_total', 'Rows imported', ['format', 'mode'] as const);
  const importBytes = counter('duckstorage_import_bytes_total', 'Source bytes imported', [
    'format',
    'mode',
  ] as const);
  const importDuration = new Histogram({
    name: 'duckstorage_import_duration_seconds',
    help: 'Import duration by format and mode',
    labelNames: ['format', 'mode'] as const,
    buckets: loadBuckets,
    registers: [registry],
  });
  const exportOps = counter('duckstorage_export_operations_total', 'Exports by format', ['format'] as const);
  const exportRows = counter('duckstorage_export_rows_total', 'Rows exported', ['format'] as const);
  const exportBytes = counter('duckstorage_export_bytes_total', 'Bytes of exported files', [
    'format',
  ] as const);
  const exportDuration = new Histogram({
    name: 'duckstorage_export_duration_seconds',
    help: 'Export duration by format',
    labelNames: ['format'] as const,
    buckets: loadBuckets,
    registers: [registry],
  });
  const uploadBytes = counter('duckstorage_upload_bytes_total', 'Bytes received by file uploads', []);
  const uploadDuration = new Histogram({
    name: 'duckstorage_upload_duration_seconds',
    help: 'Duration of file uploads',
    buckets: loadBuckets,
    registers: [registry],
  });
  // Snapshots (note 05 section 8, with the expiry counters the reference declared and never fed).
  const snapshotsCreated = counter(
    'duckstorage_snapshots_created_total',
    'Snapshots written, by snapshot_type',
    ['type'],
  );
  const snapshotCreateDuration = new Histogram({
    name: 'duckstorage_snapshot_create_duration_seconds',
    help: 'Duration of snapshot exports, by snapshot_type',
    labelNames: ['type'] as const,
    buckets: loadBuckets,
    registers: [registry],
  });
  const snapshotsRestored = counter('duckstorage_snapshots_restored_total', 'Snapshot restores', []);
  const snapshotRestoreDuration = new Histogram({
    name: 'duckstorage_snapshot_restore_duration_seconds',
    help: 'Duration of snapshot restores',
    buckets: loadBuckets,
    registers: [registry],
  });
  const snapshotSweeps = counter(
    'duckstorage_snapshot_sweeps_total',
    'Runs of the snapshot retention sweep',
    [],
  );
  const snapshotsExpired = counter(
    'duckstorage_snapshots_expired_total',
    'Expired snapshots removed (files and rows) by the sweep',
    [],
  );
  const snapshotOrphans = counter(
    'duckstorage_snapshot_orphans_removed_total',
    'Snapshot directories without a row removed at start-up',
    [],
  );
  // Dev branches: copy-on-write copies, pulls and merges (note 10), with the bytes they moved.
  const branchOps = counter(
    'duckstorage_branch_table_operations_total',
    'Branch table copies, pulls and merges',
    ['action'],
  );
  const branchBytes = counter(
    'duckstorage_branch_table_bytes_total',
    'Bytes copied by branch table operations',
    ['action'],
  );
  const branchDuration = new Histogram({
    name: 'duckstorage_branch_table_duration_seconds',
    help: 'Duration of branch table copies, pulls and merges',
    labelNames: ['action'] as const,
    buckets: loadBuckets,
    registers: [registry],
  });
  const recordData = (e: DataEvent): void => {
    if (e.kind === 'import') {
      const labels = { format: e.format, mode: e.mode };
      importOps.inc(labels);
      importRows.inc(labels, e.rows);
      importBytes.inc(labels, e.bytes);
      importDuration.observe(labels, e.seconds);
    } else if (e.kind === 'export') {
      const labels = { format: e.format };
      exportOps.inc(labels);
      exportRows.inc(labels, e.rows);
      exportBytes.inc(labels, e.bytes);
      exportDuration.observe(labels, e.seconds);
    } else if (e.kind === 'upload') {
      uploadBytes.inc(e.bytes);
      uploadDuration.observe(e.seconds);
    } else if (e.kind === 'snapshot') {
      if (e.action === 'create') {
        snapshotsCreated.inc({ type: e.type });
        snapshotCreateDuration.observe({ type: e.type }, e.seconds);
      } else {
        snapshotsRestored.inc();
        snapshotRestoreDuration.observe(e.seconds);
      }
    } else if (e.kind === 'branch') {
      branchOps.inc({ action: e.action });
      branchBytes.inc({ action: e.action }, e.bytes);
      branchDuration.observe({ action: e.action }, e.seconds);
    } else {
      snapshotSweeps.inc();
      snapshotsExpired.inc(e.expired);
      snapshotOrphans.inc(e.orphans);
    }
  };
  let read: (() => StorageGauges) | undefined;
  const gauge = (name: string, help: string, pick: (g: StorageGauges) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (read !== undefined) this.set(pick(read()));
      },
    });
  gauge('duckstorage_open_table_files', 'Table files currently attached to DuckDB', (g) => g.openTableFiles);
  gauge('duckstorage_projects', 'Projects in the catalog', (g) => g.projects);
  gauge('duckstorage_buckets', 'Buckets in the catalog', (g) => g.buckets);
  gauge('duckstorage_tables', 'Tables in the catalog', (g) => g.tables);
  gauge('duckstorage_branches', 'Dev branches in the catalog', (g) => g.branches);
  gauge(
    'duckstorage_branch_tables',
    'Tables dev branches hold (copies and their own)',
    (g) => g.branchTables,
  );
  gauge('duckstorage_bucket_shares', 'Bucket shares (bucket, target project)', (g) => g.bucketShares);
  gauge('duckstorage_bucket_links', 'Linked buckets', (g) => g.bucketLinks);
  gauge(
    'duckstorage_workspaces',
    'Workspaces (expired ones until the reaper deletes them)',
    (g) => g.workspaces,
  );
  gauge(
    'duckstorage_preview_cache_bytes',
    'Estimated memory held by cached previews',
    (g) => g.previewCacheBytes,
  );
  gauge(
    'duckstorage_preview_cache_hits',
    'Previews served from the cache since start',
    (g) => g.previewCacheHits,
  );
  gauge(
    'duckstorage_preview_cache_misses',
    'Previews computed by DuckDB since start',
    (g) => g.previewCacheMisses,
  );
  gauge(
    'duckstorage_upload_sessions',
    'Upload sessions not registered or swept yet',
    (g) => g.uploadSessions,
  );
  gauge(
    'duckstorage_s3_multipart_uploads_active',
    'S3 multipart uploads created and not completed, aborted or swept yet',
    (g) => g.multipartUploads,
  );
  new Gauge({
    name: 'duckstorage_file_store_bytes',
    help: 'Bytes of the file store (registered and staged files) by project',
    labelNames: ['project_id'] as const,
    registers: [registry],
    collect() {
      if (read === undefined) return;
      // Reset first, so a deleted project's series disappears.
      this.reset();
      for (const [projectId, bytes] of Object.entries(read().fileStoreBytes))
        this.set({ project_id: projectId }, bytes);
    },
  });
  for (const [name, help, pick] of [
    ['duckstorage_snapshots', 'Snapshots stored, by snapshot_type', (t: { count: number }) => t.count],
    [
      'duckstorage_snapshot_bytes',
      'Parquet bytes of stored snapshots, by snapshot_type',
      (t: { bytes: number }) => t.bytes,
    ],
  ] as const) {
    new Gauge({
      name,
      help,
      labelNames: ['type'] as const,
      registers: [registry],
      collect() {
        if (read === undefined) return;
        this.reset();
        for (const [type, totals] of Object.entries(read().snapshots)) this.set({ type }, pick(totals));
      },
    });
  }
  return {
    registry,
    httpRequests,
    httpDuration,
    duckdbErrors,
    idempotencyReplays,
    s3Operations,
    s3Duration,
    s3Bytes,
    pgwire: createPgWireMetrics(registry),
    recordData,
    setStorageGauges(fn) {
      read = fn;
    },
  };
}
