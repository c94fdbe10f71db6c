import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import type { StoredFile } from './file-access.js';
import { validateContentType, validateFileName } from './file-names.js';
import { absolute, partRel, stagingRel } from './file-paths.js';
import { checkRoom, createUploadMeter, fileUsage } from './file-usage.js';
import { type Received, receiveToFile } from './receive.js';
import { registerStaged } from './register.js';

export interface StoreInput {
  projectId: string;
  name: string;
  contentType: string | null;
  tags: Record<string, string> | null;
  /** S3 writes: the object key (default: the Files API key) and its metadata. */
  objectKey?: string;
  objectMeta?: Record<string, string> | null;
}

export interface StoreOptions {
  declaredBytes?: number;
  /** Checks the received bytes before they are registered (S3 Content-MD5, payload hash); may throw. */
  verify?: (received: Received) => void;
  /** Bytes already counted for the project that these replace (a multipart upload's parts). */
  replacingBytes?: number;
  /** How the bytes came in, for the operations log (`stream`, `s3`, `multipart`, `copy`). */
  via?: string;
}

/**
 * uploadFileStream (our single-request upload): `source` streamed to staging under the limits,
 * then registered as one file. `declaredBytes` (e.g. Content-Length) is refused before reading
 * when it already exceeds MAX_UPLOAD_BYTES or the quota.
 */
export async function storeStream(
  s: Storage,
  input: StoreInput,
  source: AsyncIterable<Uint8Array>,
  options: StoreOptions,
  audit: AuditContext,
): Promise<StoredFile> {
  requireProject(s, input.projectId);
  validateFileName(input.name);
  if (input.contentType !== null) validateContentType(input.contentType);
  checkRoom(s, input.projectId, options.declaredBytes ?? 0, options.replacingBytes ?? 0);
  const startedAt = Date.now();
  const file = await trackWrite(s, async () => {
    const uploadKey = randomUUID();
    const part = absolute(s.config.filesDir, partRel(input.projectId, uploadKey));
    const staged = absolute(s.config.filesDir, stagingRel(input.projectId, uploadKey));
    const meter = createUploadMeter(s, input.projectId, options.replacingBytes ?? 0);
    const { busy } = fileUsage(s);
    busy.add(part);
    busy.add(staged);
    try {
      const received = await receiveToFile(source, part, (n) => meter.add(n));
      options.verify?.(received);
      await rename(part, staged);
      const stored = await registerStaged(s, { ...input, createdBy: audit.actor }, uploadKey, received);
      reportData(s, { kind: 'upload', bytes: received.sizeBytes, seconds: (Date.now() - startedAt) / 1000 });
      return stored;
    } finally {
      meter.release();
      busy.delete(part);
      busy.delete(staged);
      await rm(part, { force: true });
      await rm(staged, { force: true });
    }
  });
  await logOperation(s, audit, {
    operation: 'register_file',
    projectId: file.projectId,
    resourceType: 'file',
    resourceId: file.id,
    details: {
      name: file.name,
      size_bytes: file.sizeBytes,
      upload: options.via ?? 'stream',
      ...(file.objectKey === null ? {} : { key: file.objectKey }),
    },
    startedAt,
  });
  return file;
}
