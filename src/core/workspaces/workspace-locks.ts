import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import { TableLocks } from '../tables/rw-lock.js';

/**
 * Per-workspace reader/writer locks of the REST operations: reads of the file (detail) run
 * together; load, clear, drop, reset and delete run alone, so a delete never detaches a file under
 * a running load and size checks see one load at a time. SQL sessions take none (they are ended
 * before a delete). Lock order: workspace locks before table locks, everywhere (a load reads
 * tables under its workspace lock; project and branch deletes take their workspaces' first).
 */
const perStorage = new WeakMap<Storage, TableLocks>();

function locksOf(s: Storage): TableLocks {
  let locks = perStorage.get(s);
  if (locks === undefined) {
    locks = new TableLocks({
      timeoutMs: s.config.tableLockTimeoutMs,
      maxWaiters: s.config.tableLockMaxWaiters,
    });
    perStorage.set(s, locks);
  }
  return locks;
}

const busy = (error: unknown): unknown => {
  if (!(error instanceof StorageError) || error.reason !== 'table_locked') return error;
  const id = String(error.details?.table ?? '');
  return new StorageError(
    'RESOURCE_EXHAUSTED',
    'workspace_busy',
    `Workspace ${id} is busy with other operations (limits TABLE_LOCK_TIMEOUT_MS, TABLE_LOCK_MAX_WAITERS); retry later`,
    { details: { workspace_id: id } },
  );
};

export async function withWorkspaceRead<T>(s: Storage, id: string, fn: () => Promise<T>): Promise<T> {
  let entered = false;
  try {
    return await locksOf(s).withRead(id, () => {
      entered = true;
      return fn();
    });
  } catch (error) {
    throw entered ? error : busy(error);
  }
}

/** Write locks on several workspaces (taken in sorted order). */
export async function withWorkspaceWrite<T>(s: Storage, ids: string[], fn: () => Promise<T>): Promise<T> {
  let entered = false;
  try {
    return await locksOf(s).withWriteMany(ids, () => {
      entered = true;
      return fn();
    });
  } catch (error) {
    throw entered ? error : busy(error);
  }
}
