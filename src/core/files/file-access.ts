import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { requireProject } from '../catalog/branches.js';
import { notFound } from '../errors.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import type { ByteRange } from './byte-range.js';
import { fileNotFound, requireFileId, validateContentType, validateFileName } from './file-names.js';
import { absolute, partRel, stagingRel } from './file-paths.js';
import { selectFiles, toStoredFile } from './file-rows.js';
import { createUploadMeter, fileUsage } from './file-usage.js';
import { digestFile } from './receive.js';
import { registerStaged } from './register.js';

/** A file of the project file store (Files API; later also S3). */
export interface StoredFile {
  id: string;
  projectId: string;
  name: string;
  /** Relative to FILES_DIR; derived from the id, never from the name. */
  path: string;
  sizeBytes: number;
  contentType: string | null;
  checksumSha256: string | null;
  checksumMd5: string | null;
  isStaged: boolean;
  createdAt: string;
  expiresAt: string | null;
  tags: Record<string, string> | null;
  /** Its S3 object key (one store: every registered file is an object); null for an upload session. */
  objectKey: string | null;
  /** S3 `x-amz-meta-*` user metadata and stored response headers (Cache-Control, ...). */
  objectMeta: Record<string, string> | null;
}

export interface NewFile {
  projectId: string;
  name: string;
  contentType: string | null;
  tags: Record<string, string> | null;
}

const contentMissing = (fileId: string) =>
  notFound('file_content_not_found', 'File content not found on disk', { file_id: fileId });

/** A registered file of the project (NOT_FOUND project_not_found / file_not_found). */
export async function requireFile(s: Storage, projectId: string, fileId: string): Promise<StoredFile> {
  requireProject(s, projectId);
  requireFileId(projectId, fileId);
  const [row] = await selectFiles(s, 'id = $1 AND project_id = $2 AND NOT is_staged', [fileId, projectId]);
  if (row === undefined) throw fileNotFound(projectId, fileId);
  return toStoredFile(row);
}

/** A registered file of the project and its absolute path (NOT_FOUND file_not_found / file_content_not_found). */
export async function openFileForRead(
  s: Storage,
  projectId: string,
  fileId: string,
): Promise<{ file: StoredFile; absolutePath: string }> {
  const file = await requireFile(s, projectId, fileId);
  const absolutePath = absolute(s.config.filesDir, file.path);
  const handle = await openExisting(absolutePath, fileId);
  await handle.close();
  return { file, absolutePath };
}

async function openExisting(path: string, fileId: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw contentMissing(fileId);
    throw error;
  }
}

export interface OpenedRange {
  file: StoredFile;
  /** The bytes [start, end] (inclusive), or the whole file; read from an already open handle. */
  stream: Readable;
  start: number;
  end: number;
  modifiedAt: Date;
}

/**
 * downloadFile: the file's bytes, or one range of them, from a handle opened before returning (a
 * delete after this point does not cut the stream short). `range` is already resolved against
 * the file's size (see byte-range.ts).
 */
export async function openFileRange(
  s: Storage,
  projectId: string,
  fileId: string,
  range: ByteRange | null = null,
): Promise<OpenedRange> {
  const file = await requireFile(s, projectId, fileId);
  const handle = await openExisting(absolute(s.config.filesDir, file.path), fileId);
  try {
    const info = await handle.stat();
    const start = range?.start ?? 0;
    const end = range?.end ?? info.size - 1;
    if (end < start) {
      // An empty file: createReadStream cannot express zero bytes.
      await handle.close();
      return { file, stream: Readable.from([]), start, end, modifiedAt: info.mtime };
    }
    const stream = handle.createReadStream({ start, end, highWaterMark: 256 * 1024 });
    return { file, stream, start, end, modifiedAt: info.mtime };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/**
 * A new registered file whose bytes `write` puts at `tempPath` (inside FILES_DIR, not existing yet;
 * e.g. DuckDB `COPY ... TO`). Size and checksums are computed from the written file, the project
 * quota is checked, then the file is moved to its id-derived path and recorded.
 */
export async function createFileFrom(
  s: Storage,
  input: NewFile,
  write: (tempPath: string) => Promise<void>,
  audit: AuditContext,
): Promise<StoredFile> {
  requireProject(s, input.projectId);
  validateFileName(input.name);
  if (input.contentType !== null) validateContentType(input.contentType);
  return trackWrite(s, async () => {
    const uploadKey = randomUUID();
    const part = absolute(s.config.filesDir, partRel(input.projectId, uploadKey));
    const staged = absolute(s.config.filesDir, stagingRel(input.projectId, uploadKey));
    const meter = createUploadMeter(s, input.projectId);
    const { busy } = fileUsage(s);
    busy.add(part);
    busy.add(staged);
    try {
      await mkdir(dirname(part), { recursive: true });
      await write(part);
      const received = await digestFile(part);
      meter.add(received.sizeBytes);
      await rename(part, staged);
      return await registerStaged(s, { ...input, createdBy: audit.actor }, uploadKey, received);
    } finally {
      meter.release();
      busy.delete(part);
      busy.delete(staged);
      await rm(part, { force: true });
      await rm(staged, { force: true });
    }
  });
}
