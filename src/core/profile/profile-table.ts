import { logOperation } from '../audit.js';
import { withTableRead } from '../branches/copy-on-write.js';
import { withQueryTimeout } from '../db/query-timeout.js';
import { invalidArgument, StorageError } from '../errors.js';
import { duckdbFailure } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { tablePath } from '../tables/table-stats.js';
import { computeProfile } from './compute-profile.js';
import { PROFILE_MODES, type ProfileMode, type TableProfile } from './profile-model.js';

/**
 * profileTable: per-column statistics of a table in at most four aggregate scans (base stats;
 * moments, quantiles and correlations; outliers and histograms; text patterns), whatever the
 * column count; the reference ran up to 9 scans per column. Runs under the table's read lock
 * on a pooled connection, bounded as a whole by QUERY_TIMEOUT_MS, and logs `profile_table`.
 */
export async function profileTable(
  s: Storage,
  ref: TableRef,
  mode: ProfileMode,
  audit: AuditContext,
): Promise<TableProfile> {
  const startedAt = Date.now();
  if (!PROFILE_MODES.includes(mode)) {
    throw invalidArgument('invalid_request', `mode must be one of ${PROFILE_MODES.join(', ')}`, { mode });
  }
  const first = requireTable(s, ref);
  const profile = await withTableRead(s, ref, async () => {
    // Again under the lock: a write queued ahead of us may have re-created the table.
    const table = requireTable(s, ref);
    const lease = await s.files.lease(tablePath(s, table));
    try {
      return await s.pool.use((conn) =>
        withQueryTimeout(conn, s.config.queryTimeoutMs, () =>
          computeProfile(conn, `${lease.alias}.main.data`, table, mode),
        ),
      );
    } catch (error) {
      throw profileFailure(s, error);
    } finally {
      lease.release();
    }
  });
  await logOperation(s, audit, {
    operation: 'profile_table',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: {
      row_count: profile.rowCount,
      column_count: profile.columnCount,
      mode,
      quality_score: profile.qualityScore,
      branch_id: ref.branchId,
    },
    startedAt,
  });
  // Through a link the table is named by the link, as the caller addresses it.
  return first.projectId === ref.projectId ? profile : { ...profile, bucketName: ref.bucket };
}

/**
 * Our SQL over the table's own columns: a DuckDB error is a bug of ours, not bad input (the
 * reference's `profile_table_failed`, with the cause kept for the log). Timeouts and
 * unavailability keep their own codes.
 */
function profileFailure(s: Storage, error: unknown): StorageError {
  const mapped = duckdbFailure(s, error);
  if (mapped.code !== 'INTERNAL' && mapped.code !== 'INVALID_ARGUMENT') return mapped;
  if (error instanceof StorageError && error.code !== 'INTERNAL') return error;
  return new StorageError('INTERNAL', 'profile_table_failed', 'Failed to profile table', {
    cause: error,
    ...(mapped.details === undefined ? {} : { details: mapped.details }),
  });
}
