import { rm } from 'node:fs/promises';
import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { metaWrite, num, readRows } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import type { StoredFile } from './file-access.js';
import { fileNotFound, requireFileId } from './file-names.js';
import { absolute } from './file-paths.js';
import { FILE_COLUMNS, selectFiles, toFileRow, toStoredFile } from './file-rows.js';
import { account, fileUsage } from './file-usage.js';

export { type ByteRange, parseRange } from './byte-range.js';
export {
  createFileFrom,
  type NewFile,
  openFileForRead,
  openFileRange,
  requireFile,
  type StoredFile,
} from './file-access.js';
export { registerUpload } from './register.js';
export { storeStream } from './store-stream.js';
export { sweepFiles } from './sweep.js';
export { prepareUpload, writeUpload } from './upload-session.js';

/** listFiles: newest first; `total` counted with the same filter; sessions only when asked. */
export async function listFiles(
  s: Storage,
  projectId: string,
  q: { includeStaged: boolean; limit: number; offset: number },
): Promise<{ files: StoredFile[]; total: number }> {
  requireProject(s, projectId);
  const where = `project_id = $1${q.includeStaged ? '' : ' AND NOT is_staged'}`;
  return s.pool.use(async (conn) => {
    const rows = await readRows(
      conn,
      `SELECT ${FILE_COLUMNS} FROM ${s.m}.files WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [projectId, q.limit, q.offset],
    );
    const count = await readRows(conn, `SELECT count(*) AS n FROM ${s.m}.files WHERE ${where}`, [projectId]);
    return { files: rows.map((r) => toStoredFile(toFileRow(r))), total: num(count[0]?.n) };
  });
}

/** getFile: a registered file or an upload session of the project (the id list shows both). */
export async function getFile(s: Storage, projectId: string, fileId: string): Promise<StoredFile> {
  requireProject(s, projectId);
  requireFileId(projectId, fileId);
  const [row] = await selectFiles(s, 'id = $1 AND project_id = $2', [fileId, projectId]);
  if (row === undefined) throw fileNotFound(projectId, fileId);
  return toStoredFile(row);
}

/**
 * deleteFile: the row first (the commit point), then the bytes (the reference unlinks first). A
 * crash in between leaves bytes without a row, which the start-up sweep removes. Deleting an
 * upload session cancels it. Not idempotent: a second delete is 404, as the reference.
 */
export async function deleteFile(
  s: Storage,
  projectId: string,
  fileId: string,
  audit: AuditContext,
): Promise<void> {
  requireProject(s, projectId);
  requireFileId(projectId, fileId);
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const row = await metaWrite(s, async (tx) => {
      requireProject(s, projectId);
      const [found] = await selectFiles(s, 'id = $1 AND project_id = $2', [fileId, projectId], tx);
      if (found === undefined) throw fileNotFound(projectId, fileId);
      await tx.run(`DELETE FROM ${s.m}.files WHERE id = $1`, [fileId]);
      return () => {
        account(s, projectId, -found.sizeBytes, found.isStaged ? -1 : 0);
        return found;
      };
    });
    const path = absolute(s.config.filesDir, row.path);
    if (!fileUsage(s).busy.has(path)) await rm(path, { force: true });
  });
  await logOperation(s, audit, {
    operation: 'delete_file',
    projectId,
    resourceType: 'file',
    resourceId: fileId,
    details: {},
    startedAt,
  });
}
