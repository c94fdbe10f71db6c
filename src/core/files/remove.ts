import { rm } from 'node:fs/promises';
import { requireProject } from '../catalog/branches.js';
import { metaWrite, type Params } from '../metadata/tx.js';
import { type Storage, trackWrite } from '../storage.js';
import { absolute } from './file-paths.js';
import { type FileRow, selectFiles } from './file-rows.js';
import { account, fileUsage } from './file-usage.js';

/**
 * Removes the project's file matching `where` (`$1` is the project id): the row first (the
 * commit point), then the bytes unless a download still reads them. A crash in between leaves
 * bytes without a row, which the start-up sweep removes. Null when nothing matched.
 */
export async function removeFileRow(
  s: Storage,
  projectId: string,
  where: string,
  params: Params,
): Promise<FileRow | null> {
  return trackWrite(s, async () => {
    const row = await metaWrite(s, async (tx) => {
      requireProject(s, projectId);
      const [found] = await selectFiles(s, `project_id = $1 AND ${where}`, [projectId, ...params], tx);
      if (found === undefined) return () => null;
      await tx.run(`DELETE FROM ${s.m}.files WHERE id = $1`, [found.id]);
      return () => {
        account(s, projectId, -found.sizeBytes, found.isStaged ? -1 : 0);
        return found;
      };
    });
    if (row === null) return null;
    const path = absolute(s.config.filesDir, row.path);
    if (!fileUsage(s).busy.has(path)) await rm(path, { force: true });
    return row;
  });
}
