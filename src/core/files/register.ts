import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { notFound, StorageError } from '../errors.js';
import { metaWrite, type Params } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import { trackWrite } from '../storage.js';
import { fsyncPath } from '../tables/table-build.js';
import { nowIso } from '../timestamps.js';
import type { StoredFile } from './file-access.js';
import { validateFileName } from './file-names.js';
import { absolute, filesApiObjectKey, finalRel, stagingRel } from './file-paths.js';
import { type FileRow, insertFileParams, insertFileSql, selectFiles, toStoredFile } from './file-rows.js';
import { account, fileUsage } from './file-usage.js';
import type { Received } from './receive.js';
import { requireSession } from './upload-session.js';

/**
 * Moves staged bytes to their final path right after the row that names that path committed,
 * still under the metadata mutex (so the sweep never sees the row without the bytes). A failed
 * rename runs `undo` (the compensating SQL, auto-commit on the metadata connection) and throws.
 * A crash in between leaves a registered row and `_staging/{upload_key}`: the sweep finishes
 * the move (roll forward), so no byte is orphaned and no row dangles.
 */
async function moveIntoPlace(
  s: Storage,
  from: string,
  to: string,
  undo: string,
  params: Params,
  restore: FileRow[] = [],
) {
  try {
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    await fsyncPath(dirname(to));
  } catch (error) {
    await s.metaConn.run(undo, params).catch(() => undefined);
    for (const row of restore)
      await s.metaConn.run(insertFileSql(s), insertFileParams(row)).catch(() => undefined);
    throw new StorageError('INTERNAL', 'registration_failed', 'Failed to register file', { cause: error });
  }
}

/** Size of a file, null when there is none. */
export async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** registerFile (step 3): the session's row becomes a registered file at an id-derived path. */
export async function registerUpload(
  s: Storage,
  input: { projectId: string; uploadKey: string; name: string | null; tags: Record<string, string> | null },
  audit: AuditContext,
): Promise<StoredFile> {
  if (input.name !== null) validateFileName(input.name);
  await requireSession(s, input.projectId, input.uploadKey);
  const startedAt = Date.now();
  const file = await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      const session = await requireSession(s, input.projectId, input.uploadKey, tx);
      if (session.uploadedAt === null) {
        throw new StorageError('INVALID_ARGUMENT', 'file_not_uploaded', 'File has not been uploaded yet', {
          details: { upload_key: input.uploadKey },
        });
      }
      const staged = absolute(s.config.filesDir, session.path);
      // A crash between the staging rename and its commit can leave other bytes there.
      if ((await sizeOf(staged)) !== session.sizeBytes) {
        throw notFound('staged_file_not_found', 'Staged file not found (may have been cleaned up)', {
          upload_key: input.uploadKey,
        });
      }
      const now = nowIso();
      const tags = { ...(session.tags ?? {}), ...(input.tags ?? {}) };
      const row: FileRow = {
        ...session,
        name: input.name ?? session.name,
        path: finalRel(input.projectId, session.id, new Date(now)),
        isStaged: false,
        createdAt: now,
        expiresAt: null,
        tags: Object.keys(tags).length === 0 ? null : tags,
        objectKey: filesApiObjectKey(session.id, input.name ?? session.name, new Date(now)),
      };
      await tx.run(
        `UPDATE ${s.m}.files SET name = $1, path = $2, is_staged = false, created_at = $3, expires_at = NULL, tags = $4, object_key = $5 WHERE id = $6`,
        [row.name, row.path, now, row.tags === null ? null : JSON.stringify(row.tags), row.objectKey, row.id],
      );
      return async () => {
        await moveIntoPlace(
          s,
          staged,
          absolute(s.config.filesDir, row.path),
          `UPDATE ${s.m}.files SET name = $1, path = $2, is_staged = true, created_at = $3, expires_at = $4, tags = $5, object_key = NULL WHERE id = $6`,
          [
            session.name,
            session.path,
            session.createdAt,
            session.expiresAt ?? nowIso(),
            session.tags === null ? null : JSON.stringify(session.tags),
            session.id,
          ],
        );
        account(s, row.projectId, 0, -1);
        return toStoredFile(row);
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'register_file',
    projectId: file.projectId,
    resourceType: 'file',
    resourceId: file.id,
    details: { name: file.name, size_bytes: file.sizeBytes },
    startedAt,
  });
  return file;
}

export interface NewRegistered {
  projectId: string;
  name: string;
  contentType: string | null;
  tags: Record<string, string> | null;
  createdBy: string;
  /** The S3 key (PutObject, CompleteMultipartUpload, CopyObject); default: the Files API key. */
  objectKey?: string;
  objectMeta?: Record<string, string> | null;
}

/**
 * Records a new registered file whose bytes wait at `_staging/{uploadKey}` (uploadFileStream,
 * createFileFrom, S3 writes): INSERT, COMMIT, then the move into place (compensation: DELETE).
 * An object already stored under the same key is replaced in the same transaction (S3
 * overwrite: readers see the old object or the new one, never neither); its bytes are removed
 * after the commit unless a download still reads them (the sweep takes them then).
 */
export async function registerStaged(
  s: Storage,
  input: NewRegistered,
  uploadKey: string,
  received: Received,
): Promise<StoredFile> {
  const { replaced, stored } = await metaWrite(s, async (tx) => {
    requireProject(s, input.projectId);
    const now = nowIso();
    const id = randomUUID();
    const row: FileRow = {
      id,
      projectId: input.projectId,
      name: input.name,
      path: finalRel(input.projectId, id, new Date(now)),
      sizeBytes: received.sizeBytes,
      contentType: input.contentType,
      checksumMd5: received.checksumMd5,
      checksumSha256: received.checksumSha256,
      isStaged: false,
      createdAt: now,
      expiresAt: null,
      tags: input.tags === null || Object.keys(input.tags).length === 0 ? null : { ...input.tags },
      uploadKey,
      expectedSize: null,
      uploadedAt: now,
      createdBy: input.createdBy,
      objectKey: input.objectKey ?? filesApiObjectKey(id, input.name, new Date(now)),
      objectMeta:
        input.objectMeta === undefined ||
        input.objectMeta === null ||
        Object.keys(input.objectMeta).length === 0
          ? null
          : { ...input.objectMeta },
    };
    const old =
      input.objectKey === undefined
        ? []
        : await selectFiles(
            s,
            'project_id = $1 AND object_key = $2 AND NOT is_staged',
            [row.projectId, row.objectKey],
            tx,
          );
    if (old.length > 0)
      await tx.run(`DELETE FROM ${s.m}.files WHERE project_id = $1 AND object_key = $2 AND NOT is_staged`, [
        row.projectId,
        row.objectKey,
      ]);
    await tx.run(insertFileSql(s), insertFileParams(row));
    return async () => {
      const staged = absolute(s.config.filesDir, stagingRel(row.projectId, uploadKey));
      await moveIntoPlace(
        s,
        staged,
        absolute(s.config.filesDir, row.path),
        // Compensation: the new row goes and the replaced ones come back.
        `DELETE FROM ${s.m}.files WHERE id = $1`,
        [row.id],
        old,
      ).catch(async (error: unknown) => {
        await rm(staged, { force: true });
        throw error;
      });
      account(s, row.projectId, row.sizeBytes - old.reduce((n, f) => n + f.sizeBytes, 0));
      return { replaced: old, stored: toStoredFile(row) };
    };
  });
  const { busy } = fileUsage(s);
  for (const f of replaced) {
    const path = absolute(s.config.filesDir, f.path);
    if (!busy.has(path)) await rm(path, { force: true });
  }
  return stored;
}
