import { logOperation } from '../audit.js';
import { MAIN_TABLES, type TableEntry } from '../catalog/catalog.js';
import { StorageError } from '../errors.js';
import { type AuditContext, log, type Storage } from '../storage.js';
import { tableConfig } from './settings.js';
import type { Trigger } from './settings-model.js';
import type { SnapshotType } from './snapshot-rows.js';
import { writeSnapshot } from './snapshot-write.js';

/** A destructive change about to happen to a table, as the hook sees it. */
export interface DestructiveChange {
  /** The settings that ask for a snapshot of it (any one suffices). */
  triggers: Trigger[];
  type: SnapshotType;
  /** E.g. `DROP TABLE in.c-main.orders`: the snapshot's description and the error's subject. */
  what: string;
}

/** Whether the table's settings ask for a snapshot before any of `triggers` (no I/O). */
export function wouldSnapshot(s: Storage, table: TableEntry, triggers: Trigger[]): boolean {
  // Snapshots are of main's tables (note 05): a dev branch's copy would list, and restore, as
  // main's table. Branch work is snapshotted where a branch gives it up: on pull.
  if (table.branchId !== MAIN_TABLES) return false;
  const { effective } = tableConfig(s, table);
  return effective.enabled && triggers.some((t) => effective.auto_snapshot_triggers[t]);
}

/**
 * The one pre-destructive hook of the core (note 05 section 6, pitfalls 9 and 10): every path
 * that destroys table data calls it under the table's write lock, right before the change, so
 * REST and later the gRPC driver behave the same. When the table's effective settings enable
 * one of `triggers`, the table is snapshotted first; if that fails and `fail_on_error` is on
 * (the default), the change is refused with UNAVAILABLE `auto_snapshot_failed` and nothing is
 * changed. Returns the snapshot id, or null when none was taken.
 */
export async function snapshotBeforeChange(
  s: Storage,
  table: TableEntry,
  change: DestructiveChange,
  audit: AuditContext,
): Promise<string | null> {
  const { effective } = tableConfig(s, table);
  if (!wouldSnapshot(s, table, change.triggers)) return null;
  const startedAt = Date.now();
  try {
    const snapshot = await writeSnapshot(s, table, {
      type: change.type,
      description: `Auto-backup before ${change.what}`,
      retentionDays: effective.retention.auto_days,
      createdBy: audit.actor,
    });
    await logOperation(s, audit, {
      operation: 'create_snapshot',
      projectId: table.projectId,
      resourceType: 'snapshot',
      resourceId: snapshot.id,
      details: {
        bucket_name: table.bucket,
        table_name: table.name,
        snapshot_type: snapshot.type,
        row_count: snapshot.rowCount,
      },
      startedAt,
    });
    return snapshot.id;
  } catch (error) {
    log(s, 'error', 'automatic snapshot failed', {
      request_id: audit.requestId,
      table: `${table.bucket}.${table.name}`,
      change: change.what,
      fail_on_error: effective.fail_on_error,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    if (!effective.fail_on_error) return null;
    throw new StorageError(
      'UNAVAILABLE',
      'auto_snapshot_failed',
      `The automatic snapshot before ${change.what} failed, so nothing was changed (snapshot settings: fail_on_error)`,
      {
        cause: error,
        details: { bucket_name: table.bucket, table_name: table.name, snapshot_type: change.type },
      },
    );
  }
}
