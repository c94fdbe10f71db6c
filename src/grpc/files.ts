import {
  ImportExportShared_FileProvider as FileProvider,
  type ImportExportShared_FilePath,
} from '../../generated/grpc/proto/table.js';
import { projectDirName } from '../core/catalog/paths.js';
import { invalidArgument, StorageError } from '../core/errors.js';
import { isUuid } from '../core/files/file-names.js';
import { headObject } from '../core/files/objects.js';
import type { DriverContext } from './context.js';
import { unimplemented } from './errors.js';

/**
 * Where a command's file is in the project's own file store (Files API and S3 API are one
 * store): provider HTTP (the reference's) or S3, root = the S3 bucket `project_<id>` of the
 * command's project (or empty), key = path/fileName. A fileName that is a Files API file id, with
 * no path, names that file. Files elsewhere (other buckets, ABS, GCS, URLs) are never read: the
 * reference read any local path or URL (pitfall: path traversal).
 */
export function fileKey(
  provider: FileProvider,
  filePath: ImportExportShared_FilePath | undefined,
  projectId: string,
  command: string,
): { key: string; fileId: string | null } {
  if (provider !== FileProvider.HTTP && provider !== FileProvider.S3) {
    throw unimplemented(
      `${command} fileProvider ${FileProvider[provider] ?? provider} (only the project's own S3 / HTTP store)`,
    );
  }
  if (filePath === undefined || filePath.fileName === '') {
    throw invalidArgument('invalid_request', 'filePath.fileName is required');
  }
  const bucket = projectDirName(projectId);
  if (filePath.root !== '' && filePath.root !== bucket) {
    throw new StorageError(
      'PERMISSION_DENIED',
      'forbidden',
      `filePath.root must be this project's file store '${bucket}', got '${filePath.root}'`,
    );
  }
  const path = filePath.path.replace(/^\/+|\/+$/g, '');
  const key = path === '' ? filePath.fileName : `${path}/${filePath.fileName}`;
  return { key, fileId: path === '' && isUuid(filePath.fileName) ? filePath.fileName : null };
}

/** The Files API id of the file a command names (NOT_FOUND when there is none). */
export async function storedFileId(
  ctx: DriverContext,
  projectId: string,
  at: { key: string; fileId: string | null },
) {
  if (at.fileId !== null) return at.fileId;
  return (await headObject(ctx.storage, projectId, at.key)).id;
}
