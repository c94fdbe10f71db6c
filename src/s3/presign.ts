import { deriveKey } from '../core/auth/server-secret.js';
import { validateObjectKey } from '../core/files/file-names.js';
import type { Storage } from '../core/storage.js';
import type { S3Context, S3Deps } from './context.js';
import { S3Error } from './errors.js';
import { referencePresignQuery } from './reference-presign.js';
import { readSmallBody } from './xml.js';

const METHODS = ['GET', 'PUT', 'DELETE', 'HEAD'] as const;
const DEFAULT_EXPIRY = 3600;

/**
 * The HMAC key of the reference-format URLs: PRESIGN_SECRET_KEY, else derived from
 * DATA_DIR/secret.key, so URLs survive restarts (the reference's was random per process).
 */
export const presignKey = (deps: Pick<S3Deps, 'settings'> & { storage: Storage }): Buffer | string =>
  deps.settings.presignSecret ?? deriveKey(deps.storage, 'duckstorage presign v1');

/** `encodeURIComponent` per key segment, `/` kept: the path a client requests the object at. */
export const encodeKeyPath = (key: string): string => key.split('/').map(encodeURIComponent).join('/');

async function readJson(ctx: S3Context, maxBytes: number): Promise<Record<string, unknown>> {
  const text = (await readSmallBody(ctx.req, maxBytes)).toString('utf8');
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new S3Error(
    'InvalidArgument',
    'The body must be a JSON object {key, method, expires_in, content_type}',
  );
}

/**
 * createPresignedUrl (`POST /s3/{bucket}/presign`, the reference's JSON operation): a URL in the
 * reference's format (`signature=`, `expires=`), bound to the method and the content type.
 */
export async function presignOp(ctx: S3Context, maxBytes: number): Promise<void> {
  const body = await readJson(ctx, maxBytes);
  const key = body.key;
  if (typeof key !== 'string') throw new S3Error('InvalidArgument', 'key is required and must be a string');
  validateObjectKey(key);
  const method = body.method ?? 'GET';
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method))
    throw new S3Error('InvalidArgument', `method must be one of ${METHODS.join(', ')}`);
  const expiresIn = body.expires_in ?? DEFAULT_EXPIRY;
  const max = ctx.settings.maxPresignSeconds;
  if (typeof expiresIn !== 'number' || !Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > max)
    throw new S3Error(
      'InvalidArgument',
      `expires_in must be an integer from 1 to ${max} (PRESIGN_MAX_EXPIRY)`,
    );
  const contentType = body.content_type ?? null;
  if (contentType !== null && typeof contentType !== 'string')
    throw new S3Error('InvalidArgument', 'content_type must be a string or null');
  // A read-only identity may hand out only read URLs.
  if (ctx.identity.readOnly && method !== 'GET' && method !== 'HEAD')
    throw new S3Error('AccessDenied', 'Access Denied: this credential is read-only');
  const expires = Math.floor(Date.now() / 1000) + expiresIn;
  const query = referencePresignQuery(presignKey(ctx), {
    method,
    bucket: ctx.bucket,
    key,
    expires,
    contentType,
  });
  const base = ctx.settings.baseUrl ?? `http://${ctx.req.headers.host ?? 'localhost'}`;
  const text = JSON.stringify({
    url: `${base}${ctx.settings.prefix}/${encodeURIComponent(ctx.bucket)}/${encodeKeyPath(key)}?${query}`,
    expires_at: new Date(expires * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
    method,
  });
  ctx.res.statusCode = 200;
  ctx.res.setHeader('content-type', 'application/json');
  ctx.res.end(text);
}
