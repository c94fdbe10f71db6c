import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { num, readRows } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import type { StoredFile } from './file-access.js';
import { fileNotFound, requireFileId } from './file-names.js';
import { FILE_COLUMNS, selectFiles, toFileRow, toStoredFile } from './file-rows.js';
import { removeFileRow } from './remove.js';

export { type ByteRange, parseRange } from './byte-range.js';
export {
  createFileFrom,
  type NewFile,
  openFileForRead,
  openFileRange,
  requireFile,
  type StoredFile,
} from './file-access.js';
export {
  type BodyChecks,
  bodyVerifier,
  copyObject,
  deleteObject,
  etagOf,
  headObject,
  type ListQuery,
  listObjects,
  type ObjectInput,
  type ObjectListing,
  objectNotFound,
  openObject,
  putObject,
} from './objects.js';
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
  const removed = await removeFileRow(s, projectId, 'id = $2', [fileId]);
  if (removed === null) throw fileNotFound(projectId, fileId);
  await logOperation(s, audit, {
    operation: 'delete_file',
    projectId,
    resourceType: 'file',
    resourceId: fileId,
    details: {},
    startedAt,
  });
}
