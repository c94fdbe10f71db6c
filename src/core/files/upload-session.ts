import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { requireProject } from '../catalog/branches.js';
import { invalidArgument, StorageError } from '../errors.js';
import { type MetaTx, metaWrite } from '../metadata/tx.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import { isoFromMillis, millisFromIso, nowIso } from '../timestamps.js';
import { isUuid, sessionNotFound, validateContentType, validateFileName } from './file-names.js';
import { absolute, partRel, stagingRel, stagingShown } from './file-paths.js';
import { type FileRow, insertFileParams, insertFileSql, selectFiles } from './file-rows.js';
import { account, checkRoom, createUploadMeter, fileUsage } from './file-usage.js';
import { type Received, receiveToFile } from './receive.js';

export interface PrepareInput {
  projectId: string;
  filename: string;
  contentType: string | null;
  /** Expected size: refused at once above the limits; the upload must then have exactly this size. */
  sizeBytes: number | null;
  tags: Record<string, string> | null;
}

export interface UploadSession {
  uploadKey: string;
  expiresAt: string;
}

/** prepareFileUpload: a session row (is_staged, expires_at), so it survives a restart. */
export async function prepareUpload(
  s: Storage,
  input: PrepareInput,
  audit: AuditContext,
): Promise<UploadSession> {
  requireProject(s, input.projectId);
  validateFileName(input.filename);
  if (input.contentType !== null) validateContentType(input.contentType);
  if (input.sizeBytes !== null) {
    if (input.sizeBytes < 0) {
      throw invalidArgument('invalid_size', 'size_bytes must not be negative', {
        size_bytes: input.sizeBytes,
      });
    }
    checkRoom(s, input.projectId, input.sizeBytes);
  }
  const now = Date.now();
  const row: FileRow = {
    id: randomUUID(),
    projectId: input.projectId,
    name: input.filename,
    path: '',
    sizeBytes: 0,
    contentType: input.contentType,
    checksumMd5: null,
    checksumSha256: null,
    isStaged: true,
    createdAt: isoFromMillis(now),
    expiresAt: isoFromMillis(now + s.config.uploadSessionTtlSeconds * 1000),
    tags: input.tags === null || Object.keys(input.tags).length === 0 ? null : { ...input.tags },
    uploadKey: randomUUID(),
    expectedSize: input.sizeBytes,
    uploadedAt: null,
    createdBy: audit.actor,
    objectKey: null,
    objectMeta: null,
  };
  row.path = stagingRel(row.projectId, row.uploadKey);
  await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      requireProject(s, input.projectId);
      await tx.run(insertFileSql(s), insertFileParams(row));
      return () => account(s, row.projectId, 0, 1);
    }),
  );
  return { uploadKey: row.uploadKey, expiresAt: row.expiresAt ?? '' };
}

/**
 * The session of `uploadKey` for `projectId`, checked as the reference's step 2 (and, unlike the
 * reference, at register too): 404 upload_session_not_found, 403 upload_session_mismatch
 * (another project's session), 410 upload_session_expired.
 */
export async function requireSession(
  s: Storage,
  projectId: string,
  uploadKey: string,
  tx?: MetaTx,
  now = Date.now(),
): Promise<FileRow> {
  requireProject(s, projectId);
  if (!isUuid(uploadKey)) throw sessionNotFound(uploadKey);
  const [row] = await selectFiles(s, 'upload_key = $1 AND is_staged', [uploadKey], tx);
  if (row === undefined) throw sessionNotFound(uploadKey);
  if (row.projectId !== projectId) {
    throw new StorageError(
      'PERMISSION_DENIED',
      'upload_session_mismatch',
      `Upload session ${uploadKey} does not belong to project ${projectId}`,
      { details: { upload_key: uploadKey, project_id: projectId } },
    );
  }
  if (row.expiresAt !== null && millisFromIso(row.expiresAt) <= now) {
    throw new StorageError('FAILED_PRECONDITION', 'upload_session_expired', 'Upload session has expired', {
      details: { upload_key: uploadKey, expired_at: row.expiresAt },
    });
  }
  return row;
}

export interface StagedUpload extends Received {
  uploadKey: string;
  /** Relative to the project's file directory, as the reference's `staging_path`. */
  stagingPath: string;
}

const sizeMismatch = (expected: number, actual: number) =>
  invalidArgument(
    'size_mismatch',
    `The upload has ${actual} bytes; prepare declared size_bytes=${expected}`,
    {
      expected_size_bytes: expected,
      actual_size_bytes: actual,
    },
  );

/**
 * uploadFile (step 2): streams `source` to a temp file in staging (limits checked on every
 * chunk, so an oversized body stops being read at the limit), then, in one metadata
 * transaction, renames it over the session's staged bytes and records size and checksums.
 * Uploading again replaces the bytes. `declaredBytes`: a lower bound of what the source will
 * deliver (e.g. from Content-Length), refused before reading when it already exceeds a limit.
 */
export async function writeUpload(
  s: Storage,
  ref: { projectId: string; uploadKey: string },
  source: AsyncIterable<Uint8Array>,
  options: { declaredBytes?: number } = {},
): Promise<StagedUpload> {
  const session = await requireSession(s, ref.projectId, ref.uploadKey);
  const declared = options.declaredBytes ?? 0;
  if (session.expectedSize !== null && declared > session.expectedSize) {
    throw sizeMismatch(session.expectedSize, declared);
  }
  checkRoom(s, ref.projectId, declared, session.sizeBytes);
  const started = Date.now();
  return trackWrite(s, async () => {
    const meter = createUploadMeter(s, ref.projectId, session.sizeBytes);
    const part = absolute(s.config.filesDir, partRel(ref.projectId, ref.uploadKey));
    const { busy } = fileUsage(s);
    busy.add(part);
    try {
      const received = await receiveToFile(source, part, (n) => meter.add(n));
      if (session.expectedSize !== null && received.sizeBytes !== session.expectedSize) {
        throw sizeMismatch(session.expectedSize, received.sizeBytes);
      }
      await metaWrite(s, async (tx) => {
        const current = await requireSession(s, ref.projectId, ref.uploadKey, tx);
        await tx.run(
          `UPDATE ${s.m}.files SET size_bytes = $1, checksum_md5 = $2, checksum_sha256 = $3, uploaded_at = $4 WHERE id = $5`,
          [received.sizeBytes, received.checksumMd5, received.checksumSha256, nowIso(), current.id],
        );
        // Before COMMIT, under the metadata mutex: a failed rename rolls the row back, and a
        // parallel upload of the same session cannot interleave its rename with this row update.
        await rename(part, absolute(s.config.filesDir, current.path));
        return () => account(s, ref.projectId, received.sizeBytes - current.sizeBytes);
      });
      reportData(s, { kind: 'upload', bytes: received.sizeBytes, seconds: (Date.now() - started) / 1000 });
      return { ...received, uploadKey: ref.uploadKey, stagingPath: stagingShown(ref.uploadKey) };
    } finally {
      meter.release();
      busy.delete(part);
      await rm(part, { force: true });
    }
  });
}
