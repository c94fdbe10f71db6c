import { etagOf } from '../core/files/files.js';
import {
  abortMultipartUpload,
  completeMultipartUpload,
  createMultipartUpload,
  listMultipartUploads,
  listParts,
  uploadPart,
} from '../core/files/multipart.js';
import { objectBody } from './body.js';
import type { S3Context } from './context.js';
import { S3Error } from './errors.js';
import { contentTypeOf, objectMetaOf } from './objects.js';
import { readXml, s3Time, sendXml } from './xml.js';

function intParam(ctx: S3Context, name: string, fallback: number, max: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new S3Error('InvalidArgument', `${name} must be a non-negative integer`);
  return Math.min(Number(raw), max);
}

/** CreateMultipartUpload (`POST /{bucket}/{key}?uploads`). */
export async function createUploadOp(ctx: S3Context): Promise<void> {
  const upload = await createMultipartUpload(
    ctx.storage,
    { projectId: ctx.projectId, key: ctx.key, contentType: contentTypeOf(ctx), meta: objectMetaOf(ctx) },
    ctx.audit,
  );
  sendXml(ctx.res, 200, 'InitiateMultipartUploadResult', {
    Bucket: ctx.bucket,
    Key: ctx.key,
    UploadId: upload.uploadId,
  });
}

/** UploadPart (`PUT /{bucket}/{key}?partNumber=N&uploadId=X`): streamed to disk. */
export async function uploadPartOp(ctx: S3Context, uploadId: string): Promise<void> {
  if (ctx.req.headers['x-amz-copy-source'] !== undefined)
    throw new S3Error('NotImplemented', 'UploadPartCopy is not implemented');
  const raw = ctx.query.get('partNumber') ?? '';
  const partNumber = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const { source, checks } = objectBody(ctx.req, ctx.identity);
  const part = await uploadPart(
    ctx.storage,
    { projectId: ctx.projectId, uploadId, partNumber },
    source,
    checks,
  );
  ctx.metrics.s3Bytes.inc({ direction: 'in' }, part.sizeBytes);
  ctx.res.statusCode = 200;
  ctx.res.setHeader('etag', etagOf(part.checksumMd5));
  ctx.res.end();
}

/** CompleteMultipartUpload (`POST ...?uploadId=X` with the part list). */
export async function completeUploadOp(ctx: S3Context, uploadId: string, maxBytes: number): Promise<void> {
  const doc = await readXml(ctx.req, maxBytes);
  const root = (doc.CompleteMultipartUpload ?? {}) as { Part?: { PartNumber?: unknown; ETag?: unknown }[] };
  const parts = (root.Part ?? []).map((p) => {
    const n = Number(p.PartNumber);
    if (!Number.isInteger(n)) throw new S3Error('MalformedXML', 'Every Part needs a PartNumber');
    return { partNumber: n, etag: String(p.ETag ?? '') };
  });
  if (parts.length === 0) throw new S3Error('MalformedXML', 'You must specify at least one part');
  const file = await completeMultipartUpload(ctx.storage, ctx.projectId, uploadId, parts, ctx.audit);
  sendXml(ctx.res, 200, 'CompleteMultipartUploadResult', {
    Location: `${ctx.settings.prefix}/${ctx.bucket}/${ctx.key}`,
    Bucket: ctx.bucket,
    Key: ctx.key,
    ETag: etagOf(file.checksumMd5),
  });
}

/** AbortMultipartUpload (`DELETE ...?uploadId=X`). */
export async function abortUploadOp(ctx: S3Context, uploadId: string): Promise<void> {
  await abortMultipartUpload(ctx.storage, ctx.projectId, uploadId, ctx.audit);
  ctx.res.statusCode = 204;
  ctx.res.end();
}

/** ListParts (`GET ...?uploadId=X`). */
export async function listPartsOp(ctx: S3Context, uploadId: string): Promise<void> {
  const marker = intParam(ctx, 'part-number-marker', 0, 10_000);
  const maxParts = intParam(ctx, 'max-parts', 1000, 1000);
  const { parts, isTruncated } = await listParts(ctx.storage, ctx.projectId, uploadId, { marker, maxParts });
  const last = parts[parts.length - 1];
  sendXml(ctx.res, 200, 'ListPartsResult', {
    Bucket: ctx.bucket,
    Key: ctx.key,
    UploadId: uploadId,
    PartNumberMarker: marker,
    ...(isTruncated && last !== undefined ? { NextPartNumberMarker: last.partNumber } : {}),
    MaxParts: maxParts,
    IsTruncated: isTruncated,
    ...(parts.length === 0
      ? {}
      : {
          Part: parts.map((p) => ({
            PartNumber: p.partNumber,
            LastModified: s3Time(p.createdAt),
            ETag: etagOf(p.checksumMd5),
            Size: p.sizeBytes,
          })),
        }),
  });
}

/** ListMultipartUploads (`GET /{bucket}?uploads`). */
export async function listUploadsOp(ctx: S3Context): Promise<void> {
  const q = ctx.query;
  const maxUploads = intParam(ctx, 'max-uploads', 1000, 1000);
  const prefix = q.get('prefix') ?? '';
  const keyMarker = q.get('key-marker') ?? '';
  const uploadIdMarker = q.get('upload-id-marker') ?? '';
  const { uploads, isTruncated } = await listMultipartUploads(ctx.storage, ctx.projectId, {
    prefix,
    keyMarker,
    uploadIdMarker,
    maxUploads,
  });
  const last = uploads[uploads.length - 1];
  sendXml(ctx.res, 200, 'ListMultipartUploadsResult', {
    Bucket: ctx.bucket,
    KeyMarker: keyMarker,
    UploadIdMarker: uploadIdMarker,
    ...(isTruncated && last !== undefined
      ? { NextKeyMarker: last.key, NextUploadIdMarker: last.uploadId }
      : {}),
    Prefix: prefix,
    MaxUploads: maxUploads,
    IsTruncated: isTruncated,
    ...(uploads.length === 0
      ? {}
      : {
          Upload: uploads.map((u) => ({
            Key: u.key,
            UploadId: u.uploadId,
            Initiated: s3Time(u.createdAt),
            StorageClass: 'STANDARD',
          })),
        }),
  });
}
