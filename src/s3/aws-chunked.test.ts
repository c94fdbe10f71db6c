import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { Sha256 } from '@aws-crypto/sha256-js';
import { type ChecksumAlgorithm, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import {
  type ChunkedOptions,
  crc32c,
  decodeAwsChunked,
  MAX_CHUNK_BYTES,
  newChecksum,
} from './aws-chunked.js';
import { S3Error } from './errors.js';
import {
  type ChunkSigningContext,
  createChunkSigningContext,
  type SignedRequestParts,
  verifySigV4,
} from './sigv4.js';

const AMZ_DATE = '20130524T000000Z';
const DOC_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const a = (n: number): Buffer => Buffer.alloc(n, 'a');

/** The body as the network might cut it: pieces of `size` bytes (every size crosses some boundary). */
function pieces(body: Buffer, size = body.length): AsyncIterable<Uint8Array> {
  const out: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) out.push(body.subarray(i, i + size));
  return Readable.from(out);
}

async function decode(
  body: Buffer,
  options: ChunkedOptions,
  size?: number,
): Promise<{ bytes: Buffer; trailers: Record<string, string>; verified: string[] }> {
  const { body: decoded, done } = decodeAwsChunked(pieces(body, size), options);
  const parts: Buffer[] = [];
  for await (const part of decoded) parts.push(Buffer.from(part));
  const result = await done;
  return { bytes: Buffer.concat(parts), trailers: result.trailers, verified: result.verified };
}

async function failure(body: Buffer, options: ChunkedOptions): Promise<S3Error> {
  const { body: decoded, done } = decodeAwsChunked(pieces(body, 1000), options);
  const thrown = await (async () => {
    for await (const _ of decoded);
  })().then(
    () => null,
    (e: unknown) => e,
  );
  // `done` rejects with the same error the body threw.
  await expect(done).rejects.toBe(thrown);
  if (!(thrown instanceof S3Error)) throw new Error(`expected an S3Error, got ${String(thrown)}`);
  return thrown;
}

/**
 * An aws-chunked body signed with SignatureV4's event signer (its string to sign with empty
 * headers is the chunk string to sign) and, for the trailer, its string signer.
 */
async function signedBody(
  seed: string,
  chunks: Buffer[],
  trailers: Record<string, string> | null,
  credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' },
): Promise<Buffer> {
  const signer = new SignatureV4({
    credentials,
    region: 'us-east-1',
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signingDate = new Date('2013-05-24T00:00:00Z');
  const out: Buffer[] = [];
  let previous = seed;
  for (const chunk of [...chunks, Buffer.alloc(0)]) {
    previous = await signer.sign(
      { headers: new Uint8Array(0), payload: chunk },
      { signingDate, priorSignature: previous },
    );
    out.push(Buffer.from(`${chunk.length.toString(16)};chunk-signature=${previous}\r\n`));
    if (chunk.length > 0) out.push(chunk, Buffer.from('\r\n'));
  }
  if (trailers !== null) {
    const canonical = Object.entries(trailers)
      .map(([k, v]) => `${k}:${v}\n`)
      .join('');
    const hash = createHash('sha256').update(canonical).digest('hex');
    const stringToSign = [
      'AWS4-HMAC-SHA256-TRAILER',
      AMZ_DATE,
      '20130524/us-east-1/s3/aws4_request',
      previous,
      hash,
    ];
    const signature = await signer.sign(stringToSign.join('\n'), { signingDate });
    out.push(Buffer.from(`${canonical.replace(/\n/g, '\r\n')}x-amz-trailer-signature:${signature}\r\n`));
  }
  out.push(Buffer.from('\r\n'));
  return Buffer.concat(out);
}

const SEED = 'f'.repeat(64);
const context = (): ChunkSigningContext =>
  createChunkSigningContext({
    accessKeyId: 'AKID',
    secretAccessKey: 'secret',
    region: 'us-east-1',
    amzDate: AMZ_DATE,
    seedSignature: SEED,
  });
const signed = (over: Partial<ChunkedOptions> = {}): ChunkedOptions => ({
  mode: 'signed',
  signedTrailer: false,
  context: context(),
  decodedLength: null,
  trailers: [],
  ...over,
});
const unsigned = (over: Partial<ChunkedOptions> = {}): ChunkedOptions => ({
  mode: 'unsigned',
  signedTrailer: false,
  context: null,
  decodedLength: null,
  trailers: [],
  ...over,
});
const b64 = (algorithm: string, data: Buffer): string => createHash(algorithm).update(data).digest('base64');
const crc32b64 = (data: Buffer): string => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data));
  return out.toString('base64');
};

describe('decodeAwsChunked: the S3 API reference examples', () => {
  /** "Transferring Payload in Multiple Chunks": 64 KiB + 1 KiB of 'a' and the final chunk. */
  const EXAMPLE = Buffer.concat([
    Buffer.from('10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n'),
    a(65536),
    Buffer.from(
      '\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n',
    ),
    a(1024),
    Buffer.from(
      '\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n',
    ),
  ]);
  const REQUEST: SignedRequestParts = {
    method: 'PUT',
    rawPath: '/examplebucket/chunkObject.txt',
    rawQuery: '',
    headers: {
      host: 's3.amazonaws.com',
      'x-amz-date': AMZ_DATE,
      'x-amz-storage-class': 'REDUCED_REDUNDANCY',
      'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
      'content-encoding': 'aws-chunked',
      'x-amz-decoded-content-length': '66560',
      'content-length': '66824',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-storage-class,Signature=4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9',
    },
  };

  it('verifies the chunk chain from the seed signature verifySigV4 checked', async () => {
    expect(EXAMPLE.length).toBe(66824);
    const identity = await verifySigV4(
      REQUEST,
      async () => DOC_CREDENTIALS.secretAccessKey,
      { regions: ['us-east-1'], maxSkewSeconds: 900, maxPresignSeconds: 604800 },
      new Date('2013-05-24T00:00:00Z'),
    );
    const options = signed({ context: identity.chunkSigning, decodedLength: 66560 });
    for (const size of [EXAMPLE.length, 1, 7, 4096, 65536 + 88]) {
      expect((await decode(EXAMPLE, options, size)).bytes.equals(a(66560))).toBe(true);
    }
    const tampered = Buffer.from(EXAMPLE);
    tampered[200] = 'b'.charCodeAt(0);
    expect((await failure(tampered, options)).code).toBe('SignatureDoesNotMatch');
    // The right chunks under another seed.
    const otherSeed = { ...identity.chunkSigning, seedSignature: SEED };
    expect((await failure(EXAMPLE, signed({ context: otherSeed }))).code).toBe('SignatureDoesNotMatch');
  });

  it('checks the chain of the trailing-headers example and its CRC32C', async () => {
    // "Including Trailing Headers": same data, seed and chunk signatures of that example.
    const ctx = createChunkSigningContext({
      ...DOC_CREDENTIALS,
      region: 'us-east-1',
      amzDate: AMZ_DATE,
      seedSignature: '106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e',
    });
    const body = Buffer.concat([
      Buffer.from(
        '10000;chunk-signature=b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2\r\n',
      ),
      a(65536),
      Buffer.from(
        '\r\n400;chunk-signature=1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7\r\n',
      ),
      a(1024),
      Buffer.from(
        '\r\n0;chunk-signature=2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992\r\n',
      ),
      Buffer.from('x-amz-checksum-crc32c:sOO8/Q==\r\n\r\n'),
    ]);
    const result = await decode(body, signed({ context: ctx, trailers: ['x-amz-checksum-crc32c'] }), 999);
    expect(result.trailers).toEqual({ 'x-amz-checksum-crc32c': 'sOO8/Q==' });
    expect(result.verified).toEqual(['x-amz-checksum-crc32c']);
  });
});

describe('decodeAwsChunked: signed bodies', () => {
  const data = [Buffer.from('hello '), a(10_000), Buffer.from('world')];
  const all = Buffer.concat(data);

  it('decodes STREAMING-AWS4-HMAC-SHA256-PAYLOAD and checks x-amz-decoded-content-length', async () => {
    const body = await signedBody(SEED, data, null);
    for (const size of [body.length, 1, 3, 97]) {
      expect((await decode(body, signed({ decodedLength: all.length }), size)).bytes.equals(all)).toBe(true);
    }
    expect((await failure(body, signed({ decodedLength: all.length + 1 }))).code).toBe('IncompleteBody');
    expect((await failure(body, signed({ decodedLength: all.length - 1 }))).code).toBe('InvalidArgument');
  });

  it('decodes and checks a signed trailer with checksums (STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER)', async () => {
    const trailers = { 'x-amz-checksum-crc32': crc32b64(all), 'x-amz-checksum-sha256': b64('sha256', all) };
    const names = Object.keys(trailers);
    const body = await signedBody(SEED, data, trailers);
    const result = await decode(body, signed({ signedTrailer: true, trailers: names }), 13);
    expect(result.bytes.equals(all)).toBe(true);
    expect(result.trailers).toEqual(trailers);
    expect(result.verified.sort()).toEqual(names);

    const forged = Buffer.from(
      body.toString('latin1').replace(trailers['x-amz-checksum-sha256'], b64('sha256', a(1))),
      'latin1',
    );
    expect((await failure(forged, signed({ signedTrailer: true, trailers: names }))).code).toBe(
      'SignatureDoesNotMatch',
    );
    const noSignature = Buffer.from(
      body.toString('latin1').replace(/x-amz-trailer-signature:.*\r\n/, ''),
      'latin1',
    );
    expect((await failure(noSignature, signed({ signedTrailer: true, trailers: names }))).code).toBe(
      'InvalidRequest',
    );
  });

  it('answers BadDigest for a correctly signed but wrong checksum', async () => {
    const wrong = { 'x-amz-checksum-sha1': b64('sha1', Buffer.from('other')) };
    const body = await signedBody(SEED, data, wrong);
    const error = await failure(body, signed({ signedTrailer: true, trailers: ['x-amz-checksum-sha1'] }));
    expect([error.code, error.status, error.message]).toEqual([
      'BadDigest',
      400,
      'The SHA1 you specified did not match the calculated checksum.',
    ]);
  });

  it('refuses reordered, dropped and re-signed chunks', async () => {
    const body = (await signedBody(SEED, data, null)).toString('latin1');
    const chunks = body.split(/(?=[0-9a-f]+;chunk-signature=)/);
    const swapped = [chunks[1], chunks[0], ...chunks.slice(2)].join('');
    const dropped = [chunks[0], ...chunks.slice(2)].join('');
    for (const bad of [swapped, dropped]) {
      expect((await failure(Buffer.from(bad, 'latin1'), signed())).code).toBe('SignatureDoesNotMatch');
    }
    const otherKey = await signedBody(SEED, data, null, { accessKeyId: 'AKID', secretAccessKey: 'other' });
    expect((await failure(otherKey, signed())).code).toBe('SignatureDoesNotMatch');
    const unsignedChunk = Buffer.from('5\r\nhello\r\n0\r\n\r\n');
    expect((await failure(unsignedChunk, signed())).code).toBe('InvalidRequest');
  });

  it('yields a signed chunk only once its signature checks out', async () => {
    const good = await signedBody(SEED, [a(100)], null);
    const bad = Buffer.from(good);
    bad[good.indexOf('\r\n') + 2 + 50] = 'b'.charCodeAt(0);
    const { body, done } = decodeAwsChunked(pieces(bad, 10), signed());
    const seen: Uint8Array[] = [];
    await expect(
      (async () => {
        for await (const part of body) seen.push(part);
      })(),
    ).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(seen).toEqual([]);
    await expect(done).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe('decodeAwsChunked: unsigned bodies and framing', () => {
  const crlf = (s: string): Buffer => Buffer.from(s.replace(/\n/g, '\r\n'), 'latin1');

  it('decodes STREAMING-UNSIGNED-PAYLOAD-TRAILER', async () => {
    const body = crlf(
      `6\nhello \n5\nworld\n0\nx-amz-checksum-crc32:${crc32b64(Buffer.from('hello world'))}\n\n`,
    );
    const result = await decode(body, unsigned({ trailers: ['x-amz-checksum-crc32'], decodedLength: 11 }), 2);
    expect(result.bytes.toString()).toBe('hello world');
    expect(result.verified).toEqual(['x-amz-checksum-crc32']);
  });

  it('passes unverifiable checksums on (crc64nvme) and accepts a bare final chunk', async () => {
    const body = crlf('5\nhello\n0\nx-amz-checksum-crc64nvme:AAAAAAAAAAA=\n\n');
    const result = await decode(body, unsigned({ trailers: ['x-amz-checksum-crc64nvme'] }));
    expect(result).toMatchObject({ trailers: { 'x-amz-checksum-crc64nvme': 'AAAAAAAAAAA=' }, verified: [] });
    // @aws-sdk's encoder without a checksum ends after `0\r\n`.
    expect((await decode(crlf('5\nhello\n0\n'), unsigned())).bytes.toString()).toBe('hello');
    expect((await decode(crlf('0\n\n'), unsigned({ decodedLength: 0 }))).bytes.length).toBe(0);
  });

  it('maps framing errors', async () => {
    const cases: [string, string, Partial<ChunkedOptions>?][] = [
      ['', 'IncompleteBody'],
      ['5\nhel', 'IncompleteBody'],
      ['5\nhello\n', 'IncompleteBody'],
      ['5\nhello', 'IncompleteBody'],
      ['5\nhelloX\n0\n\n', 'InvalidRequest'],
      ['zz\nhello\n0\n\n', 'InvalidRequest'],
      ['-5\nhello\n0\n\n', 'InvalidRequest'],
      ['5\nhello\n0\n\nextra', 'InvalidRequest'],
      ['5\nhello\n0\nx-amz-meta-a:1\n\n', 'InvalidRequest'],
      ['5\nhello\n0\nnot a trailer\n\n', 'InvalidRequest'],
      ['5\nhello\n0\n\n', 'IncompleteBody', { trailers: ['x-amz-checksum-crc32'] }],
      ['5\nhello\n0\nx-amz-checksum-crc32:AAAAAA==\n\n', 'BadDigest', { trailers: ['x-amz-checksum-crc32'] }],
      [
        '5\nhello\n0\nx-amz-checksum-crc32:AAAAAA==\nx-amz-checksum-crc32:AAAAAA==\n\n',
        'InvalidRequest',
        { trailers: ['x-amz-checksum-crc32'] },
      ],
      [`${(MAX_CHUNK_BYTES + 1).toString(16)}\n`, 'InvalidRequest'],
      [`${'1'.repeat(5000)}\n`, 'InvalidRequest'],
    ];
    for (const [body, code, over] of cases) {
      const error = await failure(crlf(body), unsigned(over));
      expect([body, error.code]).toEqual([body, code]);
      expect(error.status).toBe(400);
    }
  });

  it('rejects `done` with IncompleteBody when the reader stops early, and closes the source', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield crlf('5\nhello\n');
        yield crlf('5\nworld\n0\n\n');
      } finally {
        closed = true;
      }
    }
    const { body, done } = decodeAwsChunked(source(), unsigned());
    for await (const _ of body) break;
    await expect(done).rejects.toMatchObject({ code: 'IncompleteBody' });
    expect(closed).toBe(true);
  });
});

describe('decodeAwsChunked: what @aws-sdk/client-s3 sends', () => {
  const secret = 'sdk-secret';
  async function putStream(
    data: Buffer[],
    algorithm?: ChecksumAlgorithm,
  ): Promise<{ request: HttpRequest; body: Buffer }> {
    let captured: { request: HttpRequest; body: Buffer } | undefined;
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: 'http://localhost:9000/s3',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKSDK', secretAccessKey: secret },
      requestChecksumCalculation: 'WHEN_SUPPORTED',
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: HttpRequest) => {
          const parts: Buffer[] = [];
          for await (const part of request.body as Readable) parts.push(Buffer.from(part));
          captured = { request, body: Buffer.concat(parts) };
          return {
            response: new HttpResponse({
              statusCode: 200,
              headers: { etag: '"x"' },
              body: Readable.from([]),
            }),
          };
        },
      },
    });
    const length = data.reduce((n, d) => n + d.length, 0);
    await client
      .send(
        new PutObjectCommand({
          Bucket: 'project_1',
          Key: 'dir/a b+=.csv',
          Body: Readable.from(data),
          ContentLength: length,
          ...(algorithm === undefined ? {} : { ChecksumAlgorithm: algorithm }),
        }),
      )
      .catch(() => undefined);
    if (captured === undefined) throw new Error('nothing sent');
    return captured;
  }

  for (const algorithm of [undefined, 'CRC32C', 'SHA1', 'SHA256'] as const) {
    it(`verifies and decodes a streamed PutObject (${algorithm ?? 'default CRC32'})`, async () => {
      const data = [Buffer.from('id,name\n'), a(70_000), Buffer.from('1,ü\n')];
      const all = Buffer.concat(data);
      const { request, body } = await putStream(data, algorithm);
      const h = request.headers;
      expect(h['x-amz-content-sha256']).toBe('STREAMING-UNSIGNED-PAYLOAD-TRAILER');
      const trailer = h['x-amz-trailer'] as string;
      expect(trailer).toBe(`x-amz-checksum-${(algorithm ?? 'CRC32').toLowerCase()}`);

      const parts: SignedRequestParts = {
        method: request.method,
        rawPath: request.path,
        rawQuery: 'x-id=PutObject',
        headers: h,
      };
      const identity = await verifySigV4(
        parts,
        async (id) => (id === 'AKSDK' ? secret : null),
        { regions: ['us-east-1'], maxSkewSeconds: 900, maxPresignSeconds: 604800 },
        new Date(),
      );
      const options = unsigned({
        context: identity.chunkSigning,
        decodedLength: Number(h['x-amz-decoded-content-length']),
        trailers: [trailer],
      });
      const result = await decode(body, options, 1500);
      expect(result.bytes.equals(all)).toBe(true);
      expect(result.verified).toEqual([trailer]);

      const corrupt = Buffer.from(body);
      corrupt[body.indexOf('aaaa')] = 'b'.charCodeAt(0);
      expect((await failure(corrupt, options)).code).toBe('BadDigest');
    });
  }
});

describe('checksums', () => {
  it('computes CRC-32C (RFC 3720 check value) incrementally', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.from('6789'), crc32c(Buffer.from('12345')))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(0))).toBe(0);
  });

  it('gives S3 base64 values for each supported name', () => {
    const data = Buffer.from('hello world');
    const digest = (name: string): string | undefined => {
      const checksum = newChecksum(name);
      checksum?.update(data.subarray(0, 3));
      checksum?.update(data.subarray(3));
      return checksum?.digest();
    };
    expect(digest('x-amz-checksum-crc32')).toBe('DUoRhQ==');
    expect(digest('x-amz-checksum-sha256')).toBe(b64('sha256', data));
    expect(digest('x-amz-checksum-sha1')).toBe(b64('sha1', data));
    expect(digest('x-amz-checksum-crc32c')).toBe('yZRlqg==');
    expect(newChecksum('x-amz-checksum-crc64nvme')).toBeNull();
  });
});
