import { stat } from 'node:fs/promises';
import type { TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { tableFile, walFile } from '../catalog/paths.js';
import type { Storage } from '../storage.js';

/**
 * Lock key of a table: ids are case-sensitive, bucket and table names are not. A branch's copy
 * has its own key (`project@branch/...`), so branch writes never wait for main's writers.
 */
export const tableLockKey = (projectId: string, bucket: string, table: string, branchId = ''): string =>
  `${projectId}${branchId === '' ? '' : `@${branchId}`}/${nameKey(bucket)}/${nameKey(table)}`;

/** The lock key of a catalog entry (main table or branch copy). */
export const lockKeyOf = (t: Pick<TableEntry, 'projectId' | 'bucket' | 'name' | 'branchId'>): string =>
  tableLockKey(t.projectId, t.bucket, t.name, t.branchId);

export const tablePath = (
  s: Storage,
  t: Pick<TableEntry, 'projectId' | 'bucket' | 'name'> & { branchId?: string },
): string => tableFile(s.config.duckdbDir, t.projectId, t.bucket, t.name, t.branchId ?? '');

/** size_bytes of a table: file + WAL bytes (one definition for every write path). */
export async function fileBytes(file: string): Promise<number> {
  let total = 0;
  for (const path of [file, walFile(file)]) {
    try {
      total += (await stat(path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return total;
}
