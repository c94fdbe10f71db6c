import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { invalidArgument, notFound, StorageError } from '../errors.js';
import { iso, type MetaTx, metaWrite, num, type Row, readRows, text, textOrNull } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { isoFromMillis, nowIso } from '../timestamps.js';
import type { StoredFile } from './file-access.js';
import { validateContentType, validateObjectKey } from './file-names.js';
import { absolute, projectFilesRel } from './file-paths.js';
import { account, checkRoom, createUploadMeter, fileUsage, projectUsage, tooLarge } from './file-usage.js';
import { type BodyChecks, bodyVerifier, putObject } from './objects.js';
import { receiveToFile } from './receive.js';

/**
 * S3 multipart uploads (CreateMultipartUpload, UploadPart, CompleteMultipartUpload,
 * AbortMultipartUpload, ListParts, ListMultipartUploads). Parts are streamed to disk, never held
 * in memory, under `project_{pid}/_multipart/{upload_id}/{n}.{rand}`; a re-sent part replaces the
 * previous one. Completion streams the parts, in order, into one new object; abandoned uploads
 * are removed by the sweep after MULTIPART_UPLOAD_TTL_SECONDS. Part bytes count in the quota.
 */
export const MULTIPART_DIR = '_multipart';
export const MAX_PARTS = 10_000;

export interface MultipartUpload {
  uploadId: string;
  projectId: string;
  key: string;
  contentType: string | null;
  meta: Record<string, string> | null;
  createdAt: string;
  createdBy: string | null;
}

export interface UploadedPart {
  partNumber: number;
  sizeBytes: number;
  checksumMd5: string;
  createdAt: string;
}

const UPLOAD_ID = /^[A-Za-z0-9_-]{32}$/;

const uploadNotFound = (uploadId: string) =>
  notFound(
    'upload_not_found',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    { upload_id: uploadId },
  );

const uploadDirRel = (projectId: string, uploadId: string) =>
  `${projectFilesRel(projectId)}/${MULTIPART_DIR}/${uploadId}`;

const UPLOAD_COLUMNS = 'upload_id, project_id, object_key, content_type, object_meta, created_at, created_by';

function toUpload(r: Row): MultipartUpload {
  const meta = textOrNull(r.object_meta);
  return {
    uploadId: text(r.upload_id),
    projectId: text(r.project_id),
    key: text(r.object_key),
    contentType: textOrNull(r.content_type),
    meta: meta === null ? null : (JSON.parse(meta) as Record<string, string>),
    createdAt: iso(r.created_at),
    createdBy: textOrNull(r.created_by),
  };
}

interface PartRow extends UploadedPart {
  path: string;
}

function toPart(r: Row): PartRow {
  return {
    partNumber: num(r.part_number),
    sizeBytes: num(r.size_bytes),
    checksumMd5: text(r.checksum_md5),
    createdAt: iso(r.created_at),
    path: text(r.path),
  };
}

async function read(s: Storage, sql: string, params: (string | number)[], tx?: MetaTx): Promise<Row[]> {
  return tx === undefined ? s.pool.use((c) => readRows(c, sql, params)) : tx.rows(sql, params);
}

/** The project's upload `uploadId` (NOT_FOUND upload_not_found for anything else). */
export async function requireUpload(
  s: Storage,
  projectId: string,
  uploadId: string,
  tx?: MetaTx,
): Promise<MultipartUpload> {
  requireProject(s, projectId);
  if (!UPLOAD_ID.test(uploadId)) throw uploadNotFound(uploadId);
  const [row] = await read(
    s,
    `SELECT ${UPLOAD_COLUMNS} FROM ${s.m}.multipart_uploads WHERE upload_id = $1 AND project_id = $2`,
    [uploadId, projectId],
    tx,
  );
  if (row === undefined) throw uploadNotFound(uploadId);
  return toUpload(row);
}

/** CreateMultipartUpload: a new upload of `key`, bounded per project. */
export async function createMultipartUpload(
  s: Storage,
  input: {
    projectId: string;
    key: string;
    contentType: string | null;
    meta: Record<string, string> | null;
  },
  audit: AuditContext,
): Promise<MultipartUpload> {
  requireProject(s, input.projectId);
  validateObjectKey(input.key);
  if (input.contentType !== null) validateContentType(input.contentType);
  const upload: MultipartUpload = {
    uploadId: randomBytes(24).toString('base64url'),
    projectId: input.projectId,
    key: input.key,
    contentType: input.contentType,
    meta: input.meta === null || Object.keys(input.meta).length === 0 ? null : { ...input.meta },
    createdAt: nowIso(),
    createdBy: audit.actor,
  };
  await metaWrite(s, async (tx) => {
    requireProject(s, input.projectId);
    const [count] = await tx.rows(
      `SELECT count(*) AS n FROM ${s.m}.multipart_uploads WHERE project_id = $1`,
      [input.projectId],
    );
    const limit = s.config.multipartUploadsPerProject;
    if (num(count?.n) >= limit)
      throw new StorageError(
        'RESOURCE_EXHAUSTED',
        'too_many_uploads',
        `Project ${input.projectId} has ${limit} multipart uploads in progress, the limit MULTIPART_UPLOADS_PER_PROJECT=${limit}`,
        { details: { project_id: input.projectId, limit } },
      );
    await tx.run(
      `INSERT INTO ${s.m}.multipart_uploads (${UPLOAD_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        upload.uploadId,
        upload.projectId,
        upload.key,
        upload.contentType,
        upload.meta === null ? null : JSON.stringify(upload.meta),
        upload.createdAt,
        upload.createdBy,
      ],
    );
    return () => {
      projectUsage(s, input.projectId).uploads += 1;
    };
  });
  return upload;
}

/** UploadPart: one part streamed to its own file, checked, then recorded (replacing the same number). */
export async function uploadPart(
  s: Storage,
  input: { projectId: string; uploadId: string; partNumber: number },
  source: AsyncIterable<Uint8Array>,
  checks: BodyChecks,
): Promise<UploadedPart> {
  const { projectId, uploadId, partNumber } = input;
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PARTS)
    throw invalidArgument(
      'invalid_part_number',
      `Part number must be an integer between 1 and ${MAX_PARTS}`,
      {
        part_number: partNumber,
      },
    );
  await requireUpload(s, projectId, uploadId);
  checkRoom(s, projectId, checks.declaredBytes ?? 0);
  const verify = bodyVerifier(checks);
  return trackWrite(s, async () => {
    const rel = `${uploadDirRel(projectId, uploadId)}/${partNumber}.${randomBytes(6).toString('hex')}`;
    const final = absolute(s.config.filesDir, rel);
    const temp = `${final}.part`;
    const meter = createUploadMeter(s, projectId);
    const { busy } = fileUsage(s);
    busy.add(temp);
    busy.add(final);
    try {
      const received = await receiveToFile(source, temp, (n) => meter.add(n));
      verify?.(received);
      await rename(temp, final);
      const part: PartRow = {
        partNumber,
        sizeBytes: received.sizeBytes,
        checksumMd5: received.checksumMd5,
        createdAt: nowIso(),
        path: rel,
      };
      const replaced = await metaWrite(s, async (tx) => {
        // Aborted or completed meanwhile: the part has nowhere to go.
        await requireUpload(s, projectId, uploadId, tx);
        const old = (
          await tx.rows(`SELECT * FROM ${s.m}.multipart_parts WHERE upload_id = $1 AND part_number = $2`, [
            uploadId,
            partNumber,
          ])
        ).map(toPart);
        await tx.run(`DELETE FROM ${s.m}.multipart_parts WHERE upload_id = $1 AND part_number = $2`, [
          uploadId,
          partNumber,
        ]);
        await tx.run(
          `INSERT INTO ${s.m}.multipart_parts (upload_id, part_number, path, size_bytes, checksum_md5, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [uploadId, partNumber, part.path, part.sizeBytes, part.checksumMd5, part.createdAt],
        );
        return () => {
          account(s, projectId, part.sizeBytes - old.reduce((n, p) => n + p.sizeBytes, 0));
          return old;
        };
      });
      for (const old of replaced) await removePartFile(s, old.path);
      const { path: _path, ...shown } = part;
      return shown;
    } catch (error) {
      await rm(final, { force: true });
      throw error;
    } finally {
      meter.release();
      busy.delete(temp);
      busy.delete(final);
      await rm(temp, { force: true });
    }
  });
}

async function removePartFile(s: Storage, rel: string): Promise<void> {
  const path = absolute(s.config.filesDir, rel);
  // A completion still reading it: the sweep takes it later.
  if (!fileUsage(s).busy.has(path)) await rm(path, { force: true });
}

async function partsOf(s: Storage, uploadId: string, tx?: MetaTx): Promise<PartRow[]> {
  return (
    await read(
      s,
      `SELECT * FROM ${s.m}.multipart_parts WHERE upload_id = $1 ORDER BY part_number`,
      [uploadId],
      tx,
    )
  ).map(toPart);
}

/** ListParts: in part-number order after `marker`, at most `maxParts`. */
export async function listParts(
  s: Storage,
  projectId: string,
  uploadId: string,
  q: { marker: number; maxParts: number },
): Promise<{ upload: MultipartUpload; parts: UploadedPart[]; isTruncated: boolean }> {
  const upload = await requireUpload(s, projectId, uploadId);
  const rows = (
    await read(
      s,
      `SELECT * FROM ${s.m}.multipart_parts WHERE upload_id = $1 AND part_number > $2 ORDER BY part_number LIMIT $3`,
      [uploadId, q.marker, q.maxParts + 1],
    )
  ).map(toPart);
  const parts = rows.slice(0, q.maxParts).map(({ path: _p, ...part }) => part);
  return { upload, parts, isTruncated: rows.length > q.maxParts };
}

/** ListMultipartUploads: by key then creation, after (keyMarker, uploadIdMarker). */
export async function listMultipartUploads(
  s: Storage,
  projectId: string,
  q: { prefix: string; keyMarker: string; uploadIdMarker: string; maxUploads: number },
): Promise<{ uploads: MultipartUpload[]; isTruncated: boolean }> {
  requireProject(s, projectId);
  const rows = await read(
    s,
    `SELECT ${UPLOAD_COLUMNS} FROM ${s.m}.multipart_uploads
     WHERE project_id = $1 AND starts_with(object_key, $2)
       AND (object_key > $3 OR (object_key = $3 AND $4 <> '' AND upload_id > $4))
     ORDER BY object_key, upload_id LIMIT $5`,
    [projectId, q.prefix, q.keyMarker, q.uploadIdMarker, q.maxUploads + 1],
  );
  return {
    uploads: rows.slice(0, q.maxUploads).map(toUpload),
    isTruncated: rows.length > q.maxUploads,
  };
}

/**
 * CompleteMultipartUpload: the listed parts (ascending, each matching its ETag, all but the last
 * at least MULTIPART_MIN_PART_BYTES) streamed into one new object under the upload's key, which
 * replaces any previous object atomically; then the upload and its parts go. A crash after the
 * object committed leaves the upload, which a retried Complete finishes again or the sweep ends.
 */
export async function completeMultipartUpload(
  s: Storage,
  projectId: string,
  uploadId: string,
  listed: { partNumber: number; etag: string }[],
  audit: AuditContext,
): Promise<StoredFile> {
  const upload = await requireUpload(s, projectId, uploadId);
  if (listed.length === 0)
    throw new StorageError('INVALID_ARGUMENT', 'malformed_xml', 'You must specify at least one part', {
      details: { upload_id: uploadId },
    });
  const stored = new Map((await partsOf(s, uploadId)).map((p) => [p.partNumber, p]));
  const chosen: PartRow[] = [];
  let previous = 0;
  for (const [i, item] of listed.entries()) {
    if (item.partNumber <= previous)
      throw invalidArgument('invalid_part_order', 'The list of parts was not in ascending order.', {
        part_number: item.partNumber,
      });
    previous = item.partNumber;
    const part = stored.get(item.partNumber);
    const etag = item.etag.replace(/^"|"$/g, '').toLowerCase();
    if (part === undefined || (etag !== '' && etag !== part.checksumMd5))
      throw invalidArgument(
        'invalid_part',
        "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
        { part_number: item.partNumber },
      );
    if (i < listed.length - 1 && part.sizeBytes < s.config.multipartMinPartBytes)
      throw invalidArgument(
        'entity_too_small',
        'Your proposed upload is smaller than the minimum allowed object size.',
        {
          part_number: item.partNumber,
          size_bytes: part.sizeBytes,
          min_size_bytes: s.config.multipartMinPartBytes,
        },
      );
    chosen.push(part);
  }
  const total = chosen.reduce((n, p) => n + p.sizeBytes, 0);
  if (total > s.config.maxUploadBytes) throw tooLarge(s.config.maxUploadBytes, total);
  const startedAt = Date.now();
  const { busy } = fileUsage(s);
  const paths = chosen.map((p) => absolute(s.config.filesDir, p.path));
  for (const path of paths) busy.add(path);
  let file: StoredFile;
  try {
    const partBytes = [...stored.values()].reduce((n, p) => n + p.sizeBytes, 0);
    file = await putObject(
      s,
      { projectId, key: upload.key, contentType: upload.contentType, meta: upload.meta },
      concatenate(paths),
      { declaredBytes: total },
      audit,
      // The parts' bytes are already counted: the object replaces them in the quota.
      { replacingBytes: partBytes, via: 'multipart' },
    );
  } finally {
    for (const path of paths) busy.delete(path);
  }
  await dropUpload(s, projectId, uploadId);
  await logOperation(s, audit, {
    operation: 'complete_multipart_upload',
    projectId,
    resourceType: 'file',
    resourceId: file.id,
    details: { key: upload.key, upload_id: uploadId, parts: chosen.length, size_bytes: file.sizeBytes },
    startedAt,
  });
  return file;
}

async function* concatenate(paths: string[]): AsyncIterable<Uint8Array> {
  for (const path of paths) yield* createReadStream(path, { highWaterMark: 1024 * 1024 });
}

/** AbortMultipartUpload: the upload and every part are removed (NOT_FOUND if it is gone). */
export async function abortMultipartUpload(
  s: Storage,
  projectId: string,
  uploadId: string,
  audit: AuditContext,
): Promise<void> {
  await requireUpload(s, projectId, uploadId);
  const startedAt = Date.now();
  if (!(await dropUpload(s, projectId, uploadId))) throw uploadNotFound(uploadId);
  await logOperation(s, audit, {
    operation: 'abort_multipart_upload',
    projectId,
    resourceType: 'file',
    resourceId: uploadId,
    details: {},
    startedAt,
  });
}

/** Deletes the upload's rows (one transaction), then its directory; false when it was gone. */
async function dropUpload(s: Storage, projectId: string, uploadId: string): Promise<boolean> {
  return trackWrite(s, async () => {
    const dropped = await metaWrite(s, async (tx) => {
      const [found] = await tx.rows(
        `SELECT upload_id FROM ${s.m}.multipart_uploads WHERE upload_id = $1 AND project_id = $2`,
        [uploadId, projectId],
      );
      if (found === undefined) return () => null;
      const parts = await partsOf(s, uploadId, tx);
      await tx.run(`DELETE FROM ${s.m}.multipart_parts WHERE upload_id = $1`, [uploadId]);
      await tx.run(`DELETE FROM ${s.m}.multipart_uploads WHERE upload_id = $1`, [uploadId]);
      return () => {
        account(s, projectId, -parts.reduce((n, p) => n + p.sizeBytes, 0));
        const usage = projectUsage(s, projectId);
        usage.uploads = Math.max(0, usage.uploads - 1);
        return parts;
      };
    });
    if (dropped === null) return false;
    const { busy } = fileUsage(s);
    if (!dropped.some((p) => busy.has(absolute(s.config.filesDir, p.path))))
      await rm(absolute(s.config.filesDir, uploadDirRel(projectId, uploadId)), {
        recursive: true,
        force: true,
      });
    return true;
  });
}

/**
 * The sweep's part: uploads older than MULTIPART_UPLOAD_TTL_SECONDS are aborted, and directories
 * under `_multipart/` without an upload row (a crash between commit and removal) are removed.
 */
export async function sweepMultipart(s: Storage, now: number): Promise<{ expired: number }> {
  const cutoff = isoFromMillis(now - s.config.multipartUploadTtlSeconds * 1000);
  const stale = await s.pool.use((c) =>
    readRows(c, `SELECT upload_id, project_id FROM ${s.m}.multipart_uploads WHERE created_at <= $1`, [
      cutoff,
    ]),
  );
  let expired = 0;
  for (const r of stale) if (await dropUpload(s, text(r.project_id), text(r.upload_id))) expired += 1;
  return { expired };
}

/** Part paths (relative to FILES_DIR) of every upload of a project, by upload id: what the sweep keeps. */
export async function livePartPaths(
  s: Storage,
  projectId: string,
  tx: MetaTx,
): Promise<Map<string, Set<string>>> {
  const rows = await tx.rows(
    `SELECT u.upload_id, p.path FROM ${s.m}.multipart_uploads u
     LEFT JOIN ${s.m}.multipart_parts p ON p.upload_id = u.upload_id WHERE u.project_id = $1`,
    [projectId],
  );
  const live = new Map<string, Set<string>>();
  for (const r of rows) {
    const id = text(r.upload_id);
    const paths = live.get(id) ?? new Set<string>();
    if (r.path !== null && r.path !== undefined) paths.add(text(r.path));
    live.set(id, paths);
  }
  return live;
}
