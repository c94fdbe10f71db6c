import { authenticate } from '../core/auth/auth.js';
import { resolveS3Secret } from '../core/auth/s3-credentials.js';
import { StorageError } from '../core/errors.js';
import { projectOfBucket, type S3Deps, type S3Identity } from './context.js';
import { S3Error } from './errors.js';
import { presignKey } from './presign.js';
import { isReferencePresign, verifyReferencePresign } from './reference-presign.js';
import { type SignedRequestParts, sigV4Form, verifySigV4 } from './sigv4.js';

/** Methods a read-only identity may use (GetObject, HeadObject, the listings). */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The one auth resolver of every S3 route, first match wins (note 08 §3, made consistent):
 * SigV4 (Authorization header or query string; the global pair or a project's S3 credential),
 * then an API key in `Authorization: Bearer`, `X-Api-Key` or `x-amz-security-token`.
 */
export async function resolveIdentity(
  deps: S3Deps,
  req: SignedRequestParts,
  target: { bucket: string; key: string; query: URLSearchParams },
): Promise<S3Identity> {
  if (sigV4Form(req) !== null) {
    let identity: Omit<S3Identity, 'payloadHash' | 'chunkSigning'> | null = null;
    const signed = await verifySigV4(
      req,
      async (accessKeyId) => {
        if (accessKeyId === deps.settings.accessKeyId && deps.settings.secretAccessKey !== '') {
          identity = { projectId: null, readOnly: false, actor: `s3:${accessKeyId}` };
          return deps.settings.secretAccessKey;
        }
        const found = await resolveS3Secret(deps.storage, accessKeyId);
        if (found === null) return null;
        identity = { projectId: found.projectId, readOnly: found.readOnly, actor: `s3:${accessKeyId}` };
        return found.secret;
      },
      deps.settings,
      new Date(),
    );
    const who = identity as Omit<S3Identity, 'payloadHash' | 'chunkSigning'> | null;
    if (who === null)
      throw new S3Error(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    return { ...who, payloadHash: signed.payloadHash, chunkSigning: signed.chunkSigning };
  }
  // The reference's own pre-signed URLs (createPresignedUrl): object routes only.
  if (target.key !== '' && isReferencePresign(target.query)) {
    const contentType = req.headers['content-type'];
    verifyReferencePresign(
      presignKey(deps),
      {
        method: req.method,
        bucket: target.bucket,
        key: target.key,
        query: target.query,
        contentTypeHeader: typeof contentType === 'string' ? contentType : null,
      },
      new Date(),
    );
    return {
      projectId: projectOfBucket(target.bucket),
      readOnly: false,
      actor: 'presigned-url',
      payloadHash: null,
      chunkSigning: null,
    };
  }
  const token = apiKeyOf(req.headers);
  if (token === null)
    throw new S3Error(
      'AccessDenied',
      'Missing authentication: sign the request (AWS Signature V4) or send an API key',
      {
        status: 401,
      },
    );
  let principal: Awaited<ReturnType<typeof authenticate>>;
  try {
    principal = await authenticate(deps.storage, token, deps.adminApiKey);
  } catch (error) {
    if (error instanceof StorageError && error.code === 'UNAUTHENTICATED')
      throw new S3Error('AccessDenied', 'Invalid or expired API key', { status: 401 });
    throw error;
  }
  if (principal.kind === 'admin')
    return { projectId: null, readOnly: false, actor: 'admin', payloadHash: null, chunkSigning: null };
  return {
    projectId: principal.projectId,
    // The file store has no branches: only a project-wide admin key writes objects.
    readOnly: principal.scope !== 'project_admin',
    actor: `key:${principal.keyId}`,
    payloadHash: null,
    chunkSigning: null,
  };
}

function apiKeyOf(headers: SignedRequestParts['headers']): string | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(first(headers.authorization) ?? '');
  if (bearer?.[1] !== undefined) return bearer[1];
  return first(headers['x-api-key']) ?? first(headers['x-amz-security-token']) ?? null;
}

/** A project's bucket is reachable by its own identities and the admin ones only; writes need write access. */
export function authorizeS3(identity: S3Identity, projectId: string, method: string, writes: boolean): void {
  if (identity.projectId !== null && identity.projectId !== projectId)
    throw new S3Error('AccessDenied', 'Access Denied');
  if (identity.readOnly && (writes || !READ_METHODS.has(method)))
    throw new S3Error('AccessDenied', 'Access Denied: this credential is read-only');
}
