import { pipeline } from 'node:stream/promises';
import { contentRange, noneMatch, parseRange } from '../core/files/byte-range.js';
import {
  copyObject,
  deleteObject,
  etagOf,
  headObject,
  openObject,
  putObject,
  type StoredFile,
} from '../core/files/files.js';
import { objectBody } from './body.js';
import { projectOfBucket, type S3Context } from './context.js';
import { S3Error } from './errors.js';
import { readXml, s3Time, sendXml } from './xml.js';

/** `x-amz-meta-*` and the response headers S3 stores with an object. */
const STORED_HEADERS = [
  'cache-control',
  'content-disposition',
  'content-encoding',
  'content-language',
  'expires',
];
const MAX_META_BYTES = 2048; // S3's user-metadata limit

export function objectMetaOf(ctx: S3Context): Record<string, string> | null {
  const meta: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    if (name.startsWith('x-amz-meta-')) {
      size += name.length - 'x-amz-meta-'.length + text.length;
      meta[name] = text;
    } else if (
      STORED_HEADERS.includes(name) &&
      !(name === 'content-encoding' && text.includes('aws-chunked'))
    ) {
      meta[name] = text;
    }
  }
  if (size > MAX_META_BYTES)
    throw new S3Error(
      'InvalidArgument',
      `Your metadata headers exceed the maximum allowed metadata size (${MAX_META_BYTES} bytes)`,
    );
  return Object.keys(meta).length === 0 ? null : meta;
}

export const contentTypeOf = (ctx: S3Context): string | null => {
  const value = ctx.req.headers['content-type'];
  return value === undefined || value === '' ? null : value;
};

function objectHeaders(ctx: S3Context, file: StoredFile): void {
  const { res } = ctx;
  res.setHeader('etag', etagOf(file.checksumMd5));
  res.setHeader('last-modified', new Date(file.createdAt).toUTCString());
  res.setHeader('accept-ranges', 'bytes');
  res.setHeader('content-type', file.contentType ?? 'application/octet-stream');
  for (const [name, value] of Object.entries(file.objectMeta ?? {})) res.setHeader(name, value);
}

/**
 * Conditional requests (GetObject / HeadObject, RFC 9110 §13 as S3 applies them): true when the
 * answer is already sent (304 or 412).
 */
function answeredByConditions(ctx: S3Context, file: StoredFile): boolean {
  const h = ctx.req.headers;
  const etag = etagOf(file.checksumMd5);
  const modified = Math.floor(Date.parse(file.createdAt) / 1000) * 1000;
  const ifMatch = h['if-match'];
  if (ifMatch !== undefined && !noneMatch(ifMatch, etag))
    throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
  const unmodified = h['if-unmodified-since'];
  if (ifMatch === undefined && unmodified !== undefined && modified > Date.parse(unmodified))
    throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
  const ifNone = h['if-none-match'];
  const since = h['if-modified-since'];
  const notModified =
    ifNone !== undefined ? noneMatch(ifNone, etag) : since !== undefined && modified <= Date.parse(since);
  if (!notModified) return false;
  ctx.res.statusCode = 304;
  ctx.res.setHeader('etag', etag);
  ctx.res.end();
  return true;
}

/** GetObject and HeadObject: the bytes (or a Range of them) with ETag = the content MD5. */
export async function getObject(ctx: S3Context, head: boolean): Promise<void> {
  const file = await headObject(ctx.storage, ctx.projectId, ctx.key);
  if (answeredByConditions(ctx, file)) return;
  const range = parseRange(ctx.req.headers.range, file.sizeBytes);
  if (range === 'unsatisfiable') {
    ctx.res.setHeader('content-range', `bytes */${file.sizeBytes}`);
    throw new S3Error('InvalidRange', 'The requested range is not satisfiable');
  }
  objectHeaders(ctx, file);
  const length = range === null ? file.sizeBytes : range.end - range.start + 1;
  ctx.res.statusCode = range === null ? 200 : 206;
  if (range !== null) ctx.res.setHeader('content-range', contentRange(range, file.sizeBytes));
  ctx.res.setHeader('content-length', length);
  if (head) {
    ctx.res.end();
    return;
  }
  const opened = await openObject(ctx.storage, file, range);
  ctx.metrics.s3Bytes.inc({ direction: 'out' }, length);
  await pipeline(opened.stream, ctx.res);
}

/** PutObject (and CopyObject when `x-amz-copy-source` is present). */
export async function putObjectOp(ctx: S3Context): Promise<void> {
  const copySource = ctx.req.headers['x-amz-copy-source'];
  if (typeof copySource === 'string') return copyObjectOp(ctx, copySource);
  const { source, checks } = objectBody(ctx.req, ctx.identity);
  const file = await putObject(
    ctx.storage,
    { projectId: ctx.projectId, key: ctx.key, contentType: contentTypeOf(ctx), meta: objectMetaOf(ctx) },
    source,
    checks,
    ctx.audit,
  );
  ctx.metrics.s3Bytes.inc({ direction: 'in' }, file.sizeBytes);
  ctx.res.statusCode = 200;
  ctx.res.setHeader('etag', etagOf(file.checksumMd5));
  ctx.res.end();
}

/** CopyObject: `x-amz-copy-source: /bucket/key` (URL-encoded), metadata COPY or REPLACE. */
async function copyObjectOp(ctx: S3Context, header: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(header.split('?')[0] ?? '');
  } catch {
    throw new S3Error(
      'InvalidArgument',
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    );
  }
  const trimmed = decoded.replace(/^\/+/, '');
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash === trimmed.length - 1)
    throw new S3Error(
      'InvalidArgument',
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    );
  const fromProject = projectOfBucket(trimmed.slice(0, slash));
  // Reading the source needs access to its bucket too.
  if (ctx.identity.projectId !== null && ctx.identity.projectId !== fromProject)
    throw new S3Error('AccessDenied', 'Access Denied to the copy source');
  const replace = ctx.req.headers['x-amz-metadata-directive'] === 'REPLACE';
  const file = await copyObject(
    ctx.storage,
    { projectId: fromProject, key: trimmed.slice(slash + 1) },
    {
      projectId: ctx.projectId,
      key: ctx.key,
      contentType: contentTypeOf(ctx),
      meta: objectMetaOf(ctx),
      replaceMetadata: replace,
    },
    ctx.audit,
  );
  sendXml(ctx.res, 200, 'CopyObjectResult', {
    LastModified: s3Time(file.createdAt),
    ETag: etagOf(file.checksumMd5),
  });
}

/** DeleteObject: 204 whether or not the key existed (S3). */
export async function deleteObjectOp(ctx: S3Context): Promise<void> {
  await deleteObject(ctx.storage, ctx.projectId, ctx.key, ctx.audit);
  ctx.res.statusCode = 204;
  ctx.res.end();
}

/** DeleteObjects (`POST /{bucket}?delete`): per-key results, Quiet mode honoured, at most 1000 keys. */
export async function deleteObjectsOp(ctx: S3Context, maxBytes: number): Promise<void> {
  const doc = await readXml(ctx.req, maxBytes);
  const root = (doc.Delete ?? {}) as { Object?: { Key?: unknown }[]; Quiet?: unknown };
  const objects = root.Object ?? [];
  if (objects.length === 0 || objects.length > 1000)
    throw new S3Error('MalformedXML', 'DeleteObjects takes from 1 to 1000 keys');
  const quiet = String(root.Quiet ?? 'false').toLowerCase() === 'true';
  const deleted: { Key: string }[] = [];
  const errors: { Key: string; Code: string; Message: string }[] = [];
  for (const o of objects) {
    const key = String(o.Key ?? '');
    try {
      await deleteObject(ctx.storage, ctx.projectId, key, ctx.audit);
      deleted.push({ Key: key });
    } catch (error) {
      errors.push({
        Key: key,
        Code: 'InvalidArgument',
        Message: error instanceof Error ? error.message : 'failed',
      });
    }
  }
  sendXml(ctx.res, 200, 'DeleteResult', {
    ...(quiet ? {} : { Deleted: deleted }),
    ...(errors.length === 0 ? {} : { Error: errors }),
  });
}
