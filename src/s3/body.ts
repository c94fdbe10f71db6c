import type { IncomingMessage } from 'node:http';
import type { BodyChecks } from '../core/files/objects.js';
import { decodeAwsChunked } from './aws-chunked.js';
import type { S3Identity } from './context.js';
import { S3Error } from './errors.js';

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * The object bytes of a PutObject / UploadPart request and what must hold for them: Content-MD5,
 * the signed payload hash, and for `aws-chunked` bodies the decoded stream with its chunk
 * signatures and trailing checksums verified as it is read (reference pitfall: stored raw).
 */
export function objectBody(
  req: IncomingMessage,
  identity: S3Identity,
): { source: AsyncIterable<Uint8Array>; checks: BodyChecks } {
  const hash = identity.payloadHash ?? first(req.headers['x-amz-content-sha256']) ?? 'UNSIGNED-PAYLOAD';
  const md5 = first(req.headers['content-md5']);
  const checks: BodyChecks = md5 === undefined ? {} : { md5Base64: md5 };
  if (hash.startsWith('STREAMING-')) {
    const signed = hash.startsWith('STREAMING-AWS4-HMAC-SHA256-PAYLOAD');
    if (signed && identity.chunkSigning === null)
      throw new S3Error(
        'InvalidRequest',
        'A signed streaming payload needs an AWS Signature V4 request signature',
      );
    const decoded = first(req.headers['x-amz-decoded-content-length']);
    const length = decoded === undefined ? null : Number(decoded);
    if (length !== null && (!Number.isSafeInteger(length) || length < 0))
      throw new S3Error('InvalidArgument', 'x-amz-decoded-content-length must be a non-negative integer');
    const trailers = (first(req.headers['x-amz-trailer']) ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== '');
    const { body } = decodeAwsChunked(req, {
      mode: signed ? 'signed' : 'unsigned',
      signedTrailer: hash === 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
      context: identity.chunkSigning,
      decodedLength: length,
      trailers,
    });
    return { source: body, checks: length === null ? checks : { ...checks, declaredBytes: length } };
  }
  const declared = Number(first(req.headers['content-length']) ?? Number.NaN);
  const sized = Number.isSafeInteger(declared) ? { ...checks, declaredBytes: declared } : checks;
  if (HEX_SHA256.test(hash)) return { source: req, checks: { ...sized, sha256Hex: hash.toLowerCase() } };
  if (hash !== 'UNSIGNED-PAYLOAD')
    throw new S3Error(
      'InvalidArgument',
      `x-amz-content-sha256 must be a SHA-256 digest, UNSIGNED-PAYLOAD or a STREAMING- mode`,
    );
  return { source: req, checks: sized };
}
