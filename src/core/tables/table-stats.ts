import { stat } from 'node:fs/promises';
import type { TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { tableFile, walFile } from '../catalog/paths.js';
import type { Storage } from '../storage.js';

/** Lock key of a table: ids are case-sensitive, bucket and table names are not. */
export const tableLockKey = (projectId: string, bucket: string, table: string): string =>
  `${projectId}/${nameKey(bucket)}/${nameKey(table)}`;

export const tablePath = (s: Storage, t: Pick<TableEntry, 'projectId' | 'bucket' | 'name'>): string =>
  tableFile(s.config.duckdbDir, t.projectId, t.bucket, t.name);

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
