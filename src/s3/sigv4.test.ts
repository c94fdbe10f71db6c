import { Readable } from 'node:stream';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { type HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { S3Error } from './errors.js';
import { type SignedRequestParts, type SigV4Settings, sigV4Form, verifySigV4 } from './sigv4.js';

const settings: SigV4Settings = {
  regions: ['us-east-1', 'local'],
  maxSkewSeconds: 900,
  maxPresignSeconds: 604800,
};
const AK = 'AKIDEXAMPLE';
const SK = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const lookup = async (id: string): Promise<string | null> => (id === AK ? SK : null);

/** The query string as @smithy/node-http-handler writes it (buildQueryString). */
const uriEscape = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
type Query = Record<string, string | string[] | null> | undefined;
interface SentRequest {
  method: string;
  path: string;
  query?: Query;
  headers: Record<string, string>;
}
function rawQueryOf(query: Query = {}): string {
  return Object.keys(query)
    .sort()
    .flatMap((k) => {
      const v = query[k];
      if (Array.isArray(v)) return v.map((x) => `${uriEscape(k)}=${uriEscape(x)}`);
      return typeof v === 'string' ? [`${uriEscape(k)}=${uriEscape(v)}`] : [uriEscape(k)];
    })
    .join('&');
}

/** What a Node server would see of a request the SDK sent. */
function partsOf(request: SentRequest): SignedRequestParts {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
  return { method: request.method, rawPath: request.path, rawQuery: rawQueryOf(request.query), headers };
}

/** An S3Client whose requests are recorded (bodies read) and answered with an empty 200. */
function capturingClient(region = 'us-east-1'): { client: S3Client; sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  const client = new S3Client({
    region,
    endpoint: 'http://localhost:9000/s3',
    forcePathStyle: true,
    credentials: { accessKeyId: AK, secretAccessKey: SK },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        if (request.body instanceof Readable) for await (const _ of request.body);
        sent.push(request);
        return { response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([]) }) };
      },
    },
  });
  return { client, sent };
}

async function capture(send: (client: S3Client) => Promise<unknown>, region?: string): Promise<HttpRequest> {
  const { client, sent } = capturingClient(region);
  // An empty 200 may not deserialize; only the request matters here.
  await send(client).catch(() => undefined);
  const [request] = sent;
  if (request === undefined) throw new Error('nothing sent');
  return request;
}

async function rejection(promise: Promise<unknown>): Promise<S3Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof S3Error)) throw new Error(`expected an S3Error, got ${String(error)}`);
  return error;
}

const KEYS = [
  'plain.csv',
  'dir/a b+=.csv',
  "sp(a)ce!*',:@~;$&.txt",
  'ünï/cødé 日本.txt',
  'x=y&z?w#v%25',
  'trailing/',
];

describe('verifySigV4 against requests @aws-sdk/client-s3 sends', () => {
  for (const key of KEYS) {
    it(`PutObject and GetObject of ${JSON.stringify(key)}`, async () => {
      const put = await capture((c) =>
        c.send(new PutObjectCommand({ Bucket: 'project_1', Key: key, Body: 'hi' })),
      );
      const get = await capture((c) => c.send(new GetObjectCommand({ Bucket: 'project_1', Key: key })));
      for (const request of [put, get]) {
        const identity = await verifySigV4(partsOf(request), lookup, settings, new Date());
        expect(identity).toMatchObject({ accessKeyId: AK, form: 'header', region: 'us-east-1' });
        expect(identity.payloadHash).toBe(request.headers['x-amz-content-sha256']);
      }
    });
  }

  it('ListObjectsV2 with a prefix of special characters, DeleteObjects (?delete), CreateMultipartUpload (?uploads)', async () => {
    const requests = [
      await capture((c) =>
        c.send(new ListObjectsV2Command({ Bucket: 'project_1', Prefix: "a b+/=ü(!*')", Delimiter: '/' })),
      ),
      await capture((c) =>
        c.send(new DeleteObjectsCommand({ Bucket: 'project_1', Delete: { Objects: [{ Key: 'a b' }] } })),
      ),
      await capture((c) => c.send(new CreateMultipartUploadCommand({ Bucket: 'project_1', Key: 'a+b c' }))),
    ];
    for (const request of requests) {
      await expect(verifySigV4(partsOf(request), lookup, settings, new Date())).resolves.toMatchObject({
        accessKeyId: AK,
      });
    }
    // `?uploads` as some clients send it, without '=': the same canonical query (uploads=).
    const [, , upload] = requests;
    const parts = partsOf(upload as HttpRequest);
    expect(parts.rawQuery).toContain('uploads=');
    parts.rawQuery = parts.rawQuery.replace('uploads=', 'uploads');
    await expect(verifySigV4(parts, lookup, settings, new Date())).resolves.toBeDefined();
  });

  it('accepts another configured region', async () => {
    const request = await capture((c) => c.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' })), 'local');
    expect((await verifySigV4(partsOf(request), lookup, settings, new Date())).region).toBe('local');
  });

  it('refuses tampered requests with SignatureDoesNotMatch', async () => {
    const request = await capture((c) =>
      c.send(new PutObjectCommand({ Bucket: 'project_1', Key: 'dir/a b.csv', Body: 'hi' })),
    );
    const good = partsOf(request);
    const tampered: SignedRequestParts[] = [
      { ...good, rawPath: good.rawPath.replace('a%20b', 'a+b') },
      { ...good, rawPath: good.rawPath.replace('a%20b', 'a b') },
      { ...good, method: 'POST' },
      { ...good, rawQuery: `${good.rawQuery}&acl=` },
      { ...good, headers: { ...good.headers, 'content-type': 'text/html' } },
      { ...good, headers: { ...good.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
      { ...good, headers: { ...good.headers, host: 'evil.example' } },
    ];
    for (const parts of tampered) {
      const error = await rejection(verifySigV4(parts, lookup, settings, new Date()));
      expect(error.code).toBe('SignatureDoesNotMatch');
      expect(error.status).toBe(403);
    }
    // Headers that were not signed may change.
    const unsigned = {
      ...good,
      headers: { ...good.headers, 'x-forwarded-for': '10.0.0.1', 'user-agent': 'x' },
    };
    await expect(verifySigV4(unsigned, lookup, settings, new Date())).resolves.toBeDefined();
    const wrongSecret = async (): Promise<string> => 'not-the-secret';
    expect((await rejection(verifySigV4(good, wrongSecret, settings, new Date()))).code).toBe(
      'SignatureDoesNotMatch',
    );
  });
});

/** Examples from the S3 API reference ("Signature Calculations for the Authorization Header" et al.). */
describe('verifySigV4 against the AWS documentation examples', () => {
  const docKey = 'AKIAIOSFODNN7EXAMPLE';
  const docLookup = async (id: string): Promise<string | null> =>
    id === docKey ? 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' : null;
  const docNow = new Date('2013-05-24T00:05:00Z');

  it('GET Object with a Range header', async () => {
    const parts: SignedRequestParts = {
      method: 'GET',
      rawPath: '/test.txt',
      rawQuery: '',
      headers: {
        host: 'examplebucket.s3.amazonaws.com',
        range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date': '20130524T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
      },
    };
    await expect(verifySigV4(parts, docLookup, settings, docNow)).resolves.toMatchObject({
      accessKeyId: docKey,
    });
    const otherRange = { ...parts, headers: { ...parts.headers, range: 'bytes=0-10' } };
    expect((await rejection(verifySigV4(otherRange, docLookup, settings, docNow))).code).toBe(
      'SignatureDoesNotMatch',
    );
  });

  it('a pre-signed GET (query parameters)', async () => {
    const parts: SignedRequestParts = {
      method: 'GET',
      rawPath: '/test.txt',
      rawQuery:
        'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
      headers: { host: 'examplebucket.s3.amazonaws.com' },
    };
    expect(sigV4Form(parts)).toBe('query');
    const identity = await verifySigV4(parts, docLookup, settings, new Date('2013-05-24T20:00:00Z'));
    expect(identity).toMatchObject({ form: 'query', payloadHash: 'UNSIGNED-PAYLOAD' });
    const late = await rejection(verifySigV4(parts, docLookup, settings, new Date('2013-05-25T00:00:01Z')));
    expect([late.code, late.message]).toEqual(['AccessDenied', 'Request has expired']);
  });

  it('the seed request of a chunked upload (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)', async () => {
    const identity = await verifySigV4(CHUNKED_EXAMPLE, docLookup, settings, docNow);
    expect(identity.chunkSigning).toMatchObject({
      amzDate: '20130524T000000Z',
      scope: '20130524/us-east-1/s3/aws4_request',
      seedSignature: '4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9',
    });
  });
});

/** The PUT of "Transferring Payload in Multiple Chunks"; also used by aws-chunked.test.ts's twin. */
const CHUNKED_EXAMPLE: SignedRequestParts = {
  method: 'PUT',
  rawPath: '/examplebucket/chunkObject.txt',
  rawQuery: '',
  headers: {
    host: 's3.amazonaws.com',
    'x-amz-date': '20130524T000000Z',
    'x-amz-storage-class': 'REDUCED_REDUNDANCY',
    'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
    'content-encoding': 'aws-chunked',
    'x-amz-decoded-content-length': '66560',
    'content-length': '66824',
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-storage-class,Signature=4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9',
  },
};

describe('verifySigV4, query form made by SignatureV4.presign', () => {
  const signer = new SignatureV4({
    credentials: { accessKeyId: AK, secretAccessKey: SK },
    region: 'us-east-1',
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signedAt = new Date('2026-03-01T12:00:00Z');

  /** As @aws-sdk/s3-request-presigner does: UNSIGNED-PAYLOAD, hoisted into the query. */
  async function presigned(path: string, method = 'GET', expiresIn = 3600): Promise<SignedRequestParts> {
    const url = await signer.presign(
      {
        method,
        protocol: 'http:',
        hostname: 'localhost',
        port: 9000,
        path,
        query: { 'x-id': 'GetObject' },
        headers: { host: 'localhost:9000', 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      },
      { signingDate: signedAt, expiresIn },
    );
    return {
      method,
      rawPath: url.path,
      rawQuery: rawQueryOf(url.query),
      headers: { host: 'localhost:9000' },
    };
  }

  for (const path of [
    '/s3/project_1/dir/a%20b%2B%3D.csv',
    '/s3/project_1/%C3%BC%28%29%21~.txt',
    '/s3/project_1/',
  ]) {
    it(`verifies ${path}`, async () => {
      const parts = await presigned(path);
      expect(parts.rawQuery).toContain('X-Amz-Content-Sha256=UNSIGNED-PAYLOAD');
      const identity = await verifySigV4(parts, lookup, settings, new Date(signedAt.getTime() + 60_000));
      expect(identity).toMatchObject({ accessKeyId: AK, form: 'query', payloadHash: 'UNSIGNED-PAYLOAD' });
      const other = { ...parts, rawPath: parts.rawPath.replace('project_1', 'project_2') };
      expect((await rejection(verifySigV4(other, lookup, settings, signedAt))).code).toBe(
        'SignatureDoesNotMatch',
      );
      const put = { ...parts, method: 'PUT' };
      expect((await rejection(verifySigV4(put, lookup, settings, signedAt))).code).toBe(
        'SignatureDoesNotMatch',
      );
    });
  }

  it('refuses expired, not-yet-valid and out-of-range X-Amz-Expires', async () => {
    const parts = await presigned('/s3/p/k', 'GET', 60);
    const at = (seconds: number): Date => new Date(signedAt.getTime() + seconds * 1000);
    await expect(verifySigV4(parts, lookup, settings, at(60))).resolves.toBeDefined();
    expect((await rejection(verifySigV4(parts, lookup, settings, at(61)))).message).toBe(
      'Request has expired',
    );
    expect((await rejection(verifySigV4(parts, lookup, settings, at(-901)))).code).toBe('AccessDenied');
    for (const expires of ['0', '604801', 'abc', '-5', '1.5', '']) {
      const bad = {
        ...parts,
        rawQuery: parts.rawQuery.replace('X-Amz-Expires=60', `X-Amz-Expires=${expires}`),
      };
      const error = await rejection(verifySigV4(bad, lookup, settings, at(1)));
      expect([error.code, error.status]).toEqual(['AuthorizationQueryParametersError', 400]);
    }
    const short = { ...settings, maxPresignSeconds: 30 };
    expect((await rejection(verifySigV4(parts, lookup, short, at(1)))).code).toBe(
      'AuthorizationQueryParametersError',
    );
  });
});

describe('verifySigV4 errors', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  async function signed(
    options: { region?: string; service?: string; date?: Date; headers?: Record<string, string> } = {},
  ): Promise<SignedRequestParts> {
    const signer = new SignatureV4({
      credentials: { accessKeyId: AK, secretAccessKey: SK },
      region: options.region ?? 'us-east-1',
      service: options.service ?? 's3',
      sha256: Sha256,
      uriEscapePath: false,
    });
    const request = await signer.sign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: 'localhost',
        path: '/s3/p/k',
        query: {},
        headers: {
          host: 'localhost:9000',
          'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
          ...options.headers,
        },
      },
      { signingDate: options.date ?? now },
    );
    return partsOf(request);
  }
  const code = async (parts: SignedRequestParts, at = now): Promise<[string, number]> => {
    const error = await rejection(verifySigV4(parts, lookup, settings, at));
    return [error.code, error.status];
  };

  it('accepts a request signed within the allowed skew', async () => {
    await expect(
      verifySigV4(await signed(), lookup, settings, new Date(now.getTime() + 899_000)),
    ).resolves.toMatchObject({ payloadHash: 'UNSIGNED-PAYLOAD' });
  });

  it('maps each failure to its S3 error', async () => {
    const good = await signed();
    const auth = good.headers.authorization as string;
    expect(await code(good, new Date(now.getTime() + 901_000))).toEqual(['RequestTimeTooSkewed', 403]);
    expect(await code(good, new Date(now.getTime() - 901_000))).toEqual(['RequestTimeTooSkewed', 403]);
    expect(
      await code({ ...good, headers: { ...good.headers, authorization: auth.replace(AK, 'AKIDUNKNOWN') } }),
    ).toEqual(['InvalidAccessKeyId', 403]);
    const wrongRegion = await rejection(
      verifySigV4(await signed({ region: 'eu-west-1' }), lookup, settings, now),
    );
    expect([wrongRegion.code, wrongRegion.message]).toEqual([
      'AuthorizationHeaderMalformed',
      "The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-1'",
    ]);
    expect(await code(await signed({ service: 'iam' }))).toEqual(['AuthorizationHeaderMalformed', 400]);
    // Credential date other than the x-amz-date date.
    const otherDay = {
      ...good,
      headers: { ...good.headers, authorization: auth.replace('/20260301/', '/20260302/') },
    };
    expect(await code(otherDay)).toEqual(['AuthorizationHeaderMalformed', 400]);
    for (const bad of [
      'AWS4-HMAC-SHA256 Credential=x',
      'AWS4-HMAC-SHA256',
      auth.replace('/aws4_request', '/aws5'),
    ]) {
      expect(await code({ ...good, headers: { ...good.headers, authorization: bad } })).toEqual([
        'AuthorizationHeaderMalformed',
        400,
      ]);
    }
    const { 'x-amz-date': _date, ...noDate } = good.headers;
    expect(await code({ ...good, headers: noDate })).toEqual(['AuthorizationHeaderMalformed', 400]);
    expect(
      await code({ ...good, headers: { ...good.headers, 'x-amz-date': '2026-03-01T12:00:00Z' } }),
    ).toEqual(['AuthorizationHeaderMalformed', 400]);
    const { 'x-amz-content-sha256': _sha, ...noSha } = good.headers;
    expect(await code({ ...good, headers: noSha })).toEqual(['InvalidRequest', 400]);
    expect(await code({ ...good, headers: { ...good.headers, 'x-amz-content-sha256': 'nope' } })).toEqual([
      'InvalidArgument',
      400,
    ]);
    const noHost = {
      ...good,
      headers: { ...good.headers, authorization: auth.replace('SignedHeaders=host;', 'SignedHeaders=') },
    };
    expect(await code(noHost)).toEqual(['AuthorizationHeaderMalformed', 400]);
    expect(await code({ ...good, rawQuery: 'a=%E0%A4%A' })).toEqual(['InvalidArgument', 400]);
  });

  it('signs repeated headers joined with commas, and headers the signer would not sign by default', async () => {
    const parts = await signed({ headers: { 'x-amz-meta-a': '1,2', 'user-agent': 'ua' } });
    // The client (here SignatureV4 itself) left user-agent unsigned.
    expect(parts.headers.authorization).not.toContain('user-agent');
    parts.headers['x-amz-meta-a'] = ['1', '2'];
    await expect(verifySigV4(parts, lookup, settings, now)).resolves.toBeDefined();
  });
});

describe('sigV4Form', () => {
  it('tells the header, query and unsigned forms apart', () => {
    const base = { method: 'GET', rawPath: '/', rawQuery: '', headers: {} };
    expect(sigV4Form({ ...base, headers: { authorization: 'AWS4-HMAC-SHA256 Credential=…' } })).toBe(
      'header',
    );
    expect(sigV4Form({ ...base, headers: { authorization: 'AWS AKID:sig' } })).toBeNull();
    expect(sigV4Form({ ...base, rawQuery: 'a=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&b' })).toBe('query');
    expect(sigV4Form({ ...base, rawQuery: 'signature=x&expires=1' })).toBeNull();
    expect(sigV4Form(base)).toBeNull();
  });
});
