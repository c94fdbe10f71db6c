import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireProject } from '../core/catalog/branches.js';
import { requestIdFrom } from '../rest/request-id.js';
import { authorizeS3, resolveIdentity } from './auth.js';
import { bucketLocation, headBucket, listBuckets, listObjectsOp } from './buckets.js';
import { projectOfBucket, type S3Context, type S3Deps } from './context.js';
import { renderS3Error, S3Error } from './errors.js';
import {
  abortUploadOp,
  completeUploadOp,
  createUploadOp,
  listPartsOp,
  listUploadsOp,
  uploadPartOp,
} from './multipart.js';
import { deleteObjectOp, deleteObjectsOp, getObject, putObjectOp } from './objects.js';
import { presignOp } from './presign.js';

/** Sub-resources this adapter does not serve: S3 `NotImplemented`, never a wrong answer (pitfall 08). */
const UNSUPPORTED = [
  'acl',
  'tagging',
  'versioning',
  'versions',
  'policy',
  'cors',
  'lifecycle',
  'website',
  'encryption',
  'replication',
  'logging',
  'notification',
  'object-lock',
  'retention',
  'legal-hold',
  'torrent',
  'restore',
  'select',
  'attributes',
  'accelerate',
  'analytics',
  'inventory',
  'metrics',
  'ownershipControls',
  'publicAccessBlock',
  'requestPayment',
  'intelligent-tiering',
];

type Operation = { name: string; writes: boolean; run: (ctx: S3Context) => Promise<void> | void };

const notImplemented = (what: string) => new S3Error('NotImplemented', `${what} is not implemented`);
const methodNotAllowed = () =>
  new S3Error('MethodNotAllowed', 'The specified method is not allowed against this resource.');

/** Which S3 operation a request is: by level (service, bucket, object), method and sub-resource. */
function dispatch(
  method: string,
  level: 'service' | 'bucket' | 'object',
  key: string,
  q: URLSearchParams,
  maxXml: number,
): Operation {
  const sub = UNSUPPORTED.find((name) => q.has(name));
  if (sub !== undefined) throw notImplemented(`The ${sub} sub-resource`);
  const uploadId = q.get('uploadId');
  if (level === 'service') {
    if (method === 'GET') return { name: 'ListBuckets', writes: false, run: listBuckets };
    throw methodNotAllowed();
  }
  if (level === 'bucket') {
    switch (method) {
      case 'GET':
        if (q.has('location')) return { name: 'GetBucketLocation', writes: false, run: bucketLocation };
        if (q.has('uploads')) return { name: 'ListMultipartUploads', writes: false, run: listUploadsOp };
        return {
          name: q.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects',
          writes: false,
          run: listObjectsOp,
        };
      case 'HEAD':
        return { name: 'HeadBucket', writes: false, run: headBucket };
      case 'POST':
        if (q.has('delete'))
          return { name: 'DeleteObjects', writes: true, run: (c) => deleteObjectsOp(c, maxXml) };
        throw methodNotAllowed();
      case 'PUT':
        // Buckets are projects, created over REST; CreateBucket of an existing one is the S3 "already yours".
        return {
          name: 'CreateBucket',
          writes: true,
          run: (c) => {
            requireProject(c.storage, c.projectId);
            throw new S3Error(
              'BucketAlreadyOwnedByYou',
              'Your previous request to create the named bucket succeeded and you already own it.',
            );
          },
        };
      default:
        throw methodNotAllowed();
    }
  }
  switch (method) {
    case 'GET':
      if (uploadId !== null)
        return { name: 'ListParts', writes: false, run: (c) => listPartsOp(c, uploadId) };
      return { name: 'GetObject', writes: false, run: (c) => getObject(c, false) };
    case 'HEAD':
      return { name: 'HeadObject', writes: false, run: (c) => getObject(c, true) };
    case 'PUT':
      if (uploadId !== null)
        return { name: 'UploadPart', writes: true, run: (c) => uploadPartOp(c, uploadId) };
      return { name: 'PutObject', writes: true, run: putObjectOp };
    case 'POST':
      if (q.has('uploads')) return { name: 'CreateMultipartUpload', writes: true, run: createUploadOp };
      // createPresignedUrl: POST /{bucket}/presign with a JSON body (the reference's own operation).
      if (key === 'presign' && q.size === 0)
        return { name: 'CreatePresignedUrl', writes: false, run: (c) => presignOp(c, maxXml) };
      if (uploadId !== null)
        return {
          name: 'CompleteMultipartUpload',
          writes: true,
          run: (c) => completeUploadOp(c, uploadId, maxXml),
        };
      throw methodNotAllowed();
    case 'DELETE':
      if (uploadId !== null)
        return { name: 'AbortMultipartUpload', writes: true, run: (c) => abortUploadOp(c, uploadId) };
      return { name: 'DeleteObject', writes: true, run: deleteObjectOp };
    default:
      throw methodNotAllowed();
  }
}

/** Whether a request path belongs to the S3 API mounted at `prefix`. */
export const isS3Path = (url: string, prefix: string): boolean =>
  url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);

/**
 * The S3 API (path-style, under S3_PREFIX): every answer is S3 XML or object bytes, every error
 * an S3 `Error` document with a request id. Bodies are streamed by the operations, never parsed here.
 */
export function createS3Handler(deps: S3Deps, maxXmlBytes: number) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId =
      req.headers['x-request-id'] === undefined ? randomUUID() : requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-amz-request-id', requestId);
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const rest = rawPath.slice(deps.settings.prefix.length).replace(/^\//, '');
    const slash = rest.indexOf('/');
    let bucket = '';
    let key = '';
    let name = 'Unknown';
    const started = process.hrtime.bigint();
    try {
      bucket = decode(slash === -1 ? rest : rest.slice(0, slash));
      key = slash === -1 ? '' : decode(rest.slice(slash + 1));
      const query = new URLSearchParams(rawQuery);
      const level = bucket === '' ? 'service' : key === '' ? 'bucket' : 'object';
      const method = req.method ?? 'GET';
      const op = dispatch(method, level, key, query, maxXmlBytes);
      name = op.name;
      const identity = await resolveIdentity(
        deps,
        { method, rawPath, rawQuery, headers: req.headers },
        { bucket, key, query },
      );
      const projectId = projectOfBucket(bucket);
      if (level !== 'service') authorizeS3(identity, projectId, method, op.writes);
      const ctx: S3Context = {
        ...deps,
        req,
        res,
        requestId,
        bucket,
        projectId,
        key,
        query,
        identity,
        audit: { requestId, actor: identity.actor },
      };
      await op.run(ctx);
    } catch (error) {
      const rendered = renderS3Error(error, requestId, `/${bucket}${key === '' ? '' : `/${key}`}`, deps.log);
      if (res.headersSent) {
        // A failure mid-stream: the only honest signal left is a cut connection.
        res.destroy();
      } else {
        res.statusCode = rendered.status;
        // An unread request body would desync a keep-alive connection (pitfall 08): close it.
        if (!req.complete) res.setHeader('connection', 'close');
        const head = req.method === 'HEAD';
        res.setHeader('content-type', 'application/xml');
        res.setHeader('content-length', head ? 0 : Buffer.byteLength(rendered.body));
        res.end(head ? undefined : rendered.body);
      }
    } finally {
      const status = String(res.statusCode);
      deps.metrics.s3Operations.inc({ operation: name, status });
      deps.metrics.s3Duration.observe({ operation: name }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new S3Error('InvalidArgument', 'The request path is not validly percent-encoded');
  }
}
