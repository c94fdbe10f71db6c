import { createHmac, timingSafeEqual } from 'node:crypto';
import { S3Error } from './errors.js';

/**
 * The reference service's own pre-signed URLs, kept for its clients: `?signature=…&expires=…`
 * (optionally `&content_type=…`), where signature is the unpadded base64url HMAC-SHA256 of
 * `METHOD\nbucket\nkey\nexpires[\ncontentType]` and expires is a Unix time in seconds. The
 * reference also accepted the names X-Amz-Signature / X-Amz-Expires / X-Amz-Content-Type.
 */

export interface ReferencePresignParams {
  method: string;
  bucket: string;
  /** The object key, decoded. */
  key: string;
  /** Unix time (seconds) after which the URL is refused. */
  expires: number;
  /** Signed content type; a PUT must then send exactly this Content-Type. */
  contentType: string | null;
}

export interface ReferencePresignRequest {
  method: string;
  bucket: string;
  /** The object key, decoded. */
  key: string;
  query: URLSearchParams;
  /** The request's Content-Type header, null if absent. */
  contentTypeHeader: string | null;
}

/** Unpadded base64url HMAC-SHA256 over the reference's string to sign. */
export function referenceSignature(secret: Buffer | string, p: ReferencePresignParams): string {
  const text = `${p.method}\n${p.bucket}\n${p.key}\n${p.expires}${p.contentType !== null ? `\n${p.contentType}` : ''}`;
  return createHmac('sha256', secret).update(text).digest('base64url');
}

/** `signature=…&expires=…[&content_type=…]`, form-encoded as URLSearchParams reads it back. */
export function referencePresignQuery(secret: Buffer | string, p: ReferencePresignParams): string {
  const query = new URLSearchParams({ signature: referenceSignature(secret, p), expires: String(p.expires) });
  if (p.contentType !== null) query.set('content_type', p.contentType);
  return query.toString();
}

/** A reference pre-signed URL: a signature and an expiry, but no X-Amz-Algorithm (that is SigV4's query form). */
export function isReferencePresign(query: URLSearchParams): boolean {
  return (
    (query.has('signature') || query.has('X-Amz-Signature')) &&
    (query.has('expires') || query.has('X-Amz-Expires')) &&
    !query.has('X-Amz-Algorithm')
  );
}

/**
 * Checks a reference pre-signed request; throws S3Error. The method must match exactly (a GET URL
 * does not allow HEAD, as in the reference). Unlike the reference, a PUT whose URL signs a content
 * type must also send it as Content-Type, or the signed type would not bind the stored object.
 */
export function verifyReferencePresign(
  secret: Buffer | string,
  req: ReferencePresignRequest,
  now: Date,
): void {
  const q = req.query;
  const signature = q.get('signature') ?? q.get('X-Amz-Signature') ?? '';
  const expiresText = q.get('expires') ?? q.get('X-Amz-Expires') ?? '';
  const contentType = q.get('content_type') ?? q.get('X-Amz-Content-Type');
  if (!/^\d{1,15}$/.test(expiresText)) throw new S3Error('InvalidArgument', 'Invalid expires value');
  const expires = Number(expiresText);
  if (now.getTime() / 1000 > expires) throw new S3Error('AccessDenied', 'Request has expired');
  const expected = Buffer.from(
    referenceSignature(secret, {
      method: req.method,
      bucket: req.bucket,
      key: req.key,
      expires,
      contentType,
    }),
  );
  const actual = Buffer.from(signature);
  const signatureOk = expected.length === actual.length && timingSafeEqual(expected, actual);
  const contentTypeOk = req.method !== 'PUT' || contentType === null || req.contentTypeHeader === contentType;
  if (!signatureOk || !contentTypeOk) {
    throw new S3Error(
      'SignatureDoesNotMatch',
      contentTypeOk
        ? 'The request signature we calculated does not match the signature you provided.'
        : 'The Content-Type of the request does not match the content type the URL was signed for.',
    );
  }
}
