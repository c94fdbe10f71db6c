import { timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { S3Error } from './errors.js';

/**
 * AWS Signature Version 4 verification for the S3 API ("Authenticating Requests (AWS Signature
 * Version 4)": Authorization header and query-string forms). No SigV4 maths here: the request is
 * re-signed with @smithy/signature-v4 under the looked-up secret and the signatures compared.
 */

export interface SignedRequestParts {
  method: string;
  /** As received, percent-encoded, mount prefix included (e.g. /s3/project_1/a%20b.csv). */
  rawPath: string;
  /** After '?', raw; '' if none. */
  rawQuery: string;
  /** node IncomingMessage.headers (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
}

export interface SigV4Settings {
  /** Accepted credential-scope regions, e.g. ['us-east-1', 'local']. */
  regions: readonly string[];
  /** Allowed |now − x-amz-date| for the header form (S3: 900). */
  maxSkewSeconds: number;
  /** Largest X-Amz-Expires (S3: 604800, also the signer's own limit). */
  maxPresignSeconds: number;
}

/** The secret of an access key id, or null when the key is unknown. */
export type SecretLookup = (accessKeyId: string) => Promise<string | null>;

/** What decodeAwsChunked needs to check chunk and trailer signatures ("sigv4-streaming"). */
export interface ChunkSigningContext {
  /** x-amz-date of the request (YYYYMMDDTHHMMSSZ). */
  amzDate: string;
  /** Credential scope: date/region/s3/aws4_request. */
  scope: string;
  /** The request's own signature, which the first chunk signature chains from. */
  seedSignature: string;
  /** Hex HMAC-SHA256 of a string to sign under the request's signing key. */
  sign: (stringToSign: string) => Promise<string>;
}

export interface SigV4Identity {
  accessKeyId: string;
  form: 'header' | 'query';
  region: string;
  /** x-amz-content-sha256 as sent (header form), 'UNSIGNED-PAYLOAD' for the query form. */
  payloadHash: string;
  chunkSigning: ChunkSigningContext;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** Accepted x-amz-content-sha256 values besides a hex digest (SigV4A's ECDSA forms are not). */
const PAYLOAD_MODES = new Set([
  UNSIGNED_PAYLOAD,
  'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
]);
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

type Query = Record<string, string | string[]>;

/** Which SigV4 form a request uses, or null when it uses neither. */
export function sigV4Form(req: SignedRequestParts): 'header' | 'query' | null {
  const auth = header(req.headers, 'authorization');
  if (auth?.startsWith(ALGORITHM)) return 'header';
  if (/(?:^|&)X-Amz-Algorithm=AWS4-HMAC-SHA256(?:&|$)/.test(req.rawQuery)) return 'query';
  return null;
}

/** The chunk-signing context of a request signed by this key at amzDate (scope from it). */
export function createChunkSigningContext(p: {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  amzDate: string;
  seedSignature: string;
}): ChunkSigningContext {
  const signingDate = parseAmzDate(p.amzDate);
  if (signingDate === null) throw new S3Error('InvalidArgument', `Invalid x-amz-date ${p.amzDate}`);
  const signer = newSigner(p.accessKeyId, p.secretAccessKey, p.region);
  return {
    amzDate: p.amzDate,
    scope: `${p.amzDate.slice(0, 8)}/${p.region}/s3/aws4_request`,
    seedSignature: p.seedSignature,
    // SignatureV4's StringSigner: HMAC under the key it derives (and caches) for this date/region.
    sign: (stringToSign) => signer.sign(stringToSign, { signingDate }),
  };
}

/**
 * Verifies a SigV4-signed request and returns who signed it; throws S3Error otherwise. The body's
 * digest against payloadHash, and aws-chunked bodies (decodeAwsChunked), are the caller's to check.
 */
export async function verifySigV4(
  req: SignedRequestParts,
  lookup: SecretLookup,
  settings: SigV4Settings,
  now: Date,
): Promise<SigV4Identity> {
  const form = sigV4Form(req);
  if (form === null) throw new S3Error('AccessDenied', 'Request is not signed with AWS Signature Version 4');
  const query = parseQuery(req.rawQuery);
  const p = form === 'header' ? parseHeaderAuth(req) : parseQueryAuth(query, settings);
  const bad = (message: string): S3Error =>
    form === 'header'
      ? new S3Error('AuthorizationHeaderMalformed', `The authorization header is malformed; ${message}`)
      : new S3Error(
          'AuthorizationQueryParametersError',
          `Error parsing the X-Amz-Credential parameter; ${message}`,
        );

  const [accessKeyId, scopeDate, region, service, terminator, ...rest] = p.credential.split('/');
  if (!accessKeyId || !scopeDate || !region || !service || terminator !== 'aws4_request' || rest.length > 0) {
    throw bad('the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".');
  }
  if (!settings.regions.includes(region)) {
    throw bad(`the region '${region}' is wrong; expecting '${settings.regions[0] ?? ''}'`);
  }
  if (service !== 's3') throw bad(`incorrect service '${service}'. This endpoint belongs to 's3'.`);

  const signingDate = parseAmzDate(p.amzDate);
  if (signingDate === null) {
    throw form === 'header'
      ? new S3Error('AuthorizationHeaderMalformed', 'AWS authentication requires a valid x-amz-date header')
      : new S3Error('AuthorizationQueryParametersError', 'X-Amz-Date must be in the ISO8601 Long Format');
  }
  if (scopeDate !== p.amzDate.slice(0, 8)) {
    throw bad(
      `invalid credential date '${scopeDate}'. This date is not the same as X-Amz-Date: '${p.amzDate.slice(0, 8)}'.`,
    );
  }
  const ageSeconds = (now.getTime() - signingDate.getTime()) / 1000;
  if (p.expiresIn === null) {
    if (Math.abs(ageSeconds) > settings.maxSkewSeconds) {
      throw new S3Error(
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
      );
    }
  } else {
    if (-ageSeconds > settings.maxSkewSeconds) throw new S3Error('AccessDenied', 'Request is not valid yet');
    if (ageSeconds > p.expiresIn) throw new S3Error('AccessDenied', 'Request has expired');
  }
  for (const required of p.form === 'header' ? ['host', 'x-amz-date'] : ['host']) {
    if (!p.signedHeaders.includes(required)) throw bad(`the SignedHeaders must include '${required}'`);
  }

  const secret = await lookup(accessKeyId);
  if (secret === null) {
    throw new S3Error(
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
    );
  }

  const signer = newSigner(accessKeyId, secret, region);
  // Exactly the signed headers, as received; x-amz-content-sha256 also when unsigned, because the
  // signer takes the payload hash from it (getPayloadHash), but then as unsignable. The signer
  // drops `date` and `authorization` (prepareRequest), so a client that signed `date` fails here.
  const headers: Record<string, string> = Object.create(null);
  for (const name of p.signedHeaders) {
    const value =
      name === 'host'
        ? (header(req.headers, 'host') ?? header(req.headers, ':authority'))
        : header(req.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const unsignable = new Set<string>();
  if (!p.signedHeaders.includes('x-amz-content-sha256')) {
    headers['x-amz-content-sha256'] = p.payloadHash;
    unsignable.add('x-amz-content-sha256');
  }
  const signable = new Set(p.signedHeaders);
  const request = new HttpRequest({ method: req.method, path: req.rawPath, query, headers });

  let expected: string | undefined;
  if (p.expiresIn === null) {
    const signed = await signer.sign(request, {
      signingDate,
      signableHeaders: signable,
      unsignableHeaders: unsignable,
    });
    expected = /Signature=([0-9a-f]+)$/.exec(header(signed.headers, 'authorization') ?? '')?.[1];
  } else {
    const signed = await signer.presign(request, {
      signingDate,
      expiresIn: p.expiresIn,
      signableHeaders: signable,
      unsignableHeaders: unsignable,
      // Signed headers stay headers: only what the client put in the query is in the query.
      unhoistableHeaders: new Set(Object.keys(headers)),
    });
    const value = signed.query?.['X-Amz-Signature'];
    expected = typeof value === 'string' ? value : undefined;
  }
  if (expected === undefined || !sameText(expected, p.signature)) {
    throw new S3Error(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  }
  return {
    accessKeyId,
    form: p.form,
    region,
    payloadHash: p.payloadHash,
    chunkSigning: {
      amzDate: p.amzDate,
      scope: `${scopeDate}/${region}/s3/aws4_request`,
      seedSignature: p.signature,
      sign: (stringToSign) => signer.sign(stringToSign, { signingDate }),
    },
  };
}

interface AuthParts {
  form: 'header' | 'query';
  credential: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  payloadHash: string;
  /** X-Amz-Expires (query form), null for the header form. */
  expiresIn: number | null;
}

/** `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` plus x-amz-date/-content-sha256. */
function parseHeaderAuth(req: SignedRequestParts): AuthParts {
  const auth = header(req.headers, 'authorization') ?? '';
  const fields = new Map<string, string>();
  for (const part of auth.slice(ALGORITHM.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!/^AWS4-HMAC-SHA256 /.test(auth) || !credential || !signedHeaders || !signature) {
    throw new S3Error(
      'AuthorizationHeaderMalformed',
      'The authorization header is malformed; it must be "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…"',
    );
  }
  const amzDate = header(req.headers, 'x-amz-date');
  if (amzDate === undefined) {
    throw new S3Error(
      'AuthorizationHeaderMalformed',
      'AWS authentication requires a valid x-amz-date header',
    );
  }
  const payloadHash = header(req.headers, 'x-amz-content-sha256');
  if (payloadHash === undefined) {
    throw new S3Error('InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
  }
  if (!PAYLOAD_MODES.has(payloadHash) && !/^[0-9a-f]{64}$/.test(payloadHash)) {
    throw new S3Error(
      'InvalidArgument',
      'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER), or a valid sha256 value.',
    );
  }
  return {
    form: 'header',
    credential,
    signedHeaders: signedHeaders.split(';'),
    signature,
    amzDate,
    payloadHash,
    expiresIn: null,
  };
}

/** X-Amz-Credential, -Date, -Expires, -SignedHeaders, -Signature ("Authenticating Requests: Using Query Parameters"). */
function parseQueryAuth(query: Query, settings: SigV4Settings): AuthParts {
  const one = (name: string): string => {
    const value = query[name];
    if (typeof value !== 'string' || value === '') {
      throw new S3Error(
        'AuthorizationQueryParametersError',
        'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
      );
    }
    return value;
  };
  const credential = one('X-Amz-Credential');
  const amzDate = one('X-Amz-Date');
  const expires = one('X-Amz-Expires');
  const signedHeaders = one('X-Amz-SignedHeaders');
  const signature = one('X-Amz-Signature');
  if (one('X-Amz-Algorithm') !== ALGORITHM) {
    throw new S3Error('AuthorizationQueryParametersError', `X-Amz-Algorithm only supports "${ALGORITHM}"`);
  }
  // The signer itself refuses more than a week (MAX_PRESIGNED_TTL).
  const max = Math.min(settings.maxPresignSeconds, 604_800);
  const expiresIn = /^\d{1,7}$/.test(expires) ? Number(expires) : Number.NaN;
  if (!(expiresIn >= 1 && expiresIn <= max)) {
    throw new S3Error(
      'AuthorizationQueryParametersError',
      `X-Amz-Expires must be an integer between 1 and ${max} seconds`,
    );
  }
  delete query['X-Amz-Signature'];
  return {
    form: 'query',
    credential,
    signedHeaders: signedHeaders.split(';'),
    signature,
    amzDate,
    payloadHash: UNSIGNED_PAYLOAD,
    expiresIn,
  };
}

/** Raw query → name/value pairs, blank values kept (`?uploads` → uploads=''), repeats as arrays. */
function parseQuery(rawQuery: string): Query {
  const query: Query = Object.create(null);
  if (rawQuery === '') return query;
  try {
    for (const pair of rawQuery.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      // '+' is a space, as URLSearchParams (and S3) read it; the signer re-encodes it as %20.
      const decode = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));
      const name = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
      const prior = query[name];
      query[name] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
  } catch (error) {
    throw new S3Error('InvalidArgument', 'Malformed query string', { cause: error });
  }
  return query;
}

/** YYYYMMDDTHHMMSSZ → Date, or null when it is not a real UTC time in that form. */
function parseAmzDate(value: string): Date | null {
  const m = AMZ_DATE.exec(value);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 20240231 over to March: reject anything that does not round-trip.
  return date.toISOString().replace(/[-:]|\.\d{3}/g, '') === value ? date : null;
}

function newSigner(accessKeyId: string, secretAccessKey: string, region: string): SignatureV4 {
  return new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region,
    service: 's3',
    sha256: Sha256,
    // S3 signs the path as sent (each segment encoded once by the client), not re-encoded.
    uriEscapePath: false,
  });
}

/** A header's value as received; repeated headers joined with ',' (SigV4 canonical headers). */
function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Constant-time equality of two signatures (their length is not secret). */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
