import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage } from '../storage.js';
import { stagingDir } from './paths.js';

/**
 * Moves a path into `_staging/` (atomic; frees the name at once). Called under the metadata
 * mutex right after COMMIT; `emptyTrash` removes it afterwards. Start-up empties `_staging/`.
 */
export async function moveToTrash(
  s: Storage,
  path: string,
  /** A staging dir on the same filesystem as `path` (rename cannot cross filesystems). */
  within = stagingDir(s.config.duckdbDir),
): Promise<string | undefined> {
  const trash = join(within, `trash-${randomUUID()}`);
  try {
    await rename(path, trash);
    return trash;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function emptyTrash(trash: string | undefined): Promise<void> {
  if (trash !== undefined) await rm(trash, { recursive: true, force: true });
}
