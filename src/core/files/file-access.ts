import { StorageError } from '../errors.js';
import type { AuditContext, Storage } from '../storage.js';

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
}

export interface NewFile {
  projectId: string;
  name: string;
  contentType: string | null;
  tags: Record<string, string> | null;
}

// Interface placeholders agreed between the file store and the loads (issue 12, in progress).
const todo = (): never => {
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
};

/** A registered file of the project and its absolute path (NOT_FOUND file_not_found / file_content_not_found). */
export async function openFileForRead(
  _s: Storage,
  _projectId: string,
  _fileId: string,
): Promise<{ file: StoredFile; absolutePath: string }> {
  return todo();
}

/**
 * A new registered file whose bytes `write` puts at `tempPath` (inside FILES_DIR, not existing yet;
 * e.g. DuckDB `COPY ... TO`). Size and checksums are computed from the written file, the project
 * quota is checked, then the file is moved to its id-derived path and recorded.
 */
export async function createFileFrom(
  _s: Storage,
  _input: NewFile,
  _write: (tempPath: string) => Promise<void>,
  _audit: AuditContext,
): Promise<StoredFile> {
  return todo();
}
