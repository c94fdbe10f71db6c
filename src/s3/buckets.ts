import { requireProject } from '../core/catalog/branches.js';
import { etagOf, listObjects } from '../core/files/files.js';
import { bucketOf, type S3Context } from './context.js';
import { S3Error } from './errors.js';
import { s3Time, sendXml } from './xml.js';

/** ListBuckets (`GET /`): the projects this identity reaches, as `project_<id>` buckets. */
export function listBuckets(ctx: S3Context): void {
  const projects = [...ctx.storage.catalog.projects.values()]
    .map((e) => e.project)
    .filter((p) => ctx.identity.projectId === null || p.id === ctx.identity.projectId)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  sendXml(ctx.res, 200, 'ListAllMyBucketsResult', {
    Owner: { ID: 'duckstorage', DisplayName: 'duckstorage' },
    Buckets: { Bucket: projects.map((p) => ({ Name: bucketOf(p.id), CreationDate: s3Time(p.createdAt) })) },
  });
}

/** HeadBucket: 200 when the project exists and is reachable (rclone and SDKs check buckets so). */
export function headBucket(ctx: S3Context): void {
  requireProject(ctx.storage, ctx.projectId);
  ctx.res.statusCode = 200;
  ctx.res.setHeader('x-amz-bucket-region', ctx.settings.regions[0] ?? 'us-east-1');
  ctx.res.end();
}

/** GetBucketLocation (`GET /{bucket}?location`). */
export function bucketLocation(ctx: S3Context): void {
  requireProject(ctx.storage, ctx.projectId);
  sendXml(ctx.res, 200, 'LocationConstraint', { '#text': ctx.settings.regions[0] ?? '' });
}

const encodeToken = (entry: string): string => Buffer.from(entry, 'utf8').toString('base64url');

function decodeToken(token: string): string {
  const entry = Buffer.from(token, 'base64url').toString('utf8');
  if (token === '' || encodeToken(entry) !== token)
    throw new S3Error('InvalidArgument', 'The continuation token provided is incorrect');
  return entry;
}

function maxKeysOf(query: URLSearchParams): number {
  const raw = query.get('max-keys');
  if (raw === null) return 1000;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n))
    throw new S3Error('InvalidArgument', 'max-keys must be a non-negative integer');
  return Math.min(n, 1000);
}

/**
 * ListObjectsV2 (`list-type=2`: continuation-token, start-after) and ListObjects v1 (`marker`,
 * NextMarker), honouring prefix, delimiter, max-keys and `encoding-type=url`.
 */
export async function listObjectsOp(ctx: S3Context): Promise<void> {
  const q = ctx.query;
  const v2 = q.get('list-type') === '2';
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') ?? '';
  const maxKeys = maxKeysOf(q);
  const token = q.get('continuation-token');
  const after = v2
    ? token !== null
      ? decodeToken(token)
      : (q.get('start-after') ?? '')
    : (q.get('marker') ?? '');
  const listing = await listObjects(ctx.storage, ctx.projectId, { prefix, delimiter, maxKeys, after });
  const urlEncoded = q.get('encoding-type') === 'url';
  const enc = (s: string) => (urlEncoded ? encodeURIComponent(s).replace(/%2F/g, '/') : s);
  const contents = listing.objects.map((f) => ({
    Key: enc(f.objectKey ?? ''),
    LastModified: s3Time(f.createdAt),
    ETag: etagOf(f.checksumMd5),
    Size: f.sizeBytes,
    StorageClass: 'STANDARD',
  }));
  const common = listing.commonPrefixes.map((p) => ({ Prefix: enc(p) }));
  const next = listing.isTruncated && listing.lastEntry !== null ? listing.lastEntry : null;
  const body: Record<string, unknown> = {
    Name: ctx.bucket,
    Prefix: enc(prefix),
    ...(v2 ? {} : { Marker: enc(after) }),
    MaxKeys: maxKeys,
    ...(delimiter === '' ? {} : { Delimiter: enc(delimiter) }),
    ...(urlEncoded ? { EncodingType: 'url' } : {}),
    IsTruncated: listing.isTruncated,
  };
  if (v2) {
    body.KeyCount = contents.length + common.length;
    if (token !== null) body.ContinuationToken = token;
    if (next !== null) body.NextContinuationToken = encodeToken(next);
    const startAfter = q.get('start-after');
    if (startAfter !== null) body.StartAfter = enc(startAfter);
  } else if (next !== null) {
    body.NextMarker = enc(next);
  }
  if (contents.length > 0) body.Contents = contents;
  if (common.length > 0) body.CommonPrefixes = common;
  sendXml(ctx.res, 200, 'ListBucketResult', body);
}
