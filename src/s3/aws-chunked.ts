import { createHash, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { S3Error } from './errors.js';
import type { ChunkSigningContext } from './sigv4.js';

/**
 * Decoding of `Content-Encoding: aws-chunked` bodies (S3 "Signature Calculations for the
 * Authorization Header: Transferring Payload in Multiple Chunks" and "… Including Trailing
 * Headers"): `hex-size[;chunk-signature=sig]\r\n data \r\n` … `0[;chunk-signature=sig]\r\n`
 * then trailer lines `name:value\r\n` and a final `\r\n`.
 */

export interface ChunkedOptions {
  /** 'signed': STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER); 'unsigned': STREAMING-UNSIGNED-PAYLOAD-TRAILER. */
  mode: 'signed' | 'unsigned';
  /** STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER: the trailer carries x-amz-trailer-signature. */
  signedTrailer: boolean;
  /** From verifySigV4; required in signed mode. */
  context: ChunkSigningContext | null;
  /** x-amz-decoded-content-length, checked against the decoded bytes when not null. */
  decodedLength: number | null;
  /** x-amz-trailer names (lower case), e.g. ['x-amz-checksum-crc32']. */
  trailers: string[];
}

export interface ChunkedResult {
  /** Trailer values by lower-case name (x-amz-trailer-signature excluded). */
  trailers: Record<string, string>;
  /** The checksum trailers checked against the bytes (others, e.g. crc64nvme, are only passed on). */
  verified: string[];
  /** Decoded bytes in all. */
  length: number;
}

/** A chunk larger than this is refused rather than buffered (signed chunks are held until checked). */
export const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
/** Longest chunk-header or trailer line. */
const MAX_LINE_BYTES = 4096;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const TRAILER_NAME = /^[a-z0-9-]+$/;

/**
 * Decodes an aws-chunked body as it streams. `body` is single-use and yields the decoded bytes;
 * in signed mode each chunk is yielded only once its signature checks out (so at most one chunk is
 * held), in unsigned mode bytes pass straight through. Length, trailer checksums and the trailer
 * signature are known only at the end: `body` then throws the S3Error (and `done` rejects with it),
 * so the consumer must not commit what it wrote until `done` resolves. A consumer that stops
 * reading early gets `done` rejected with IncompleteBody.
 */
export function decodeAwsChunked(
  source: AsyncIterable<Uint8Array>,
  options: ChunkedOptions,
): { body: AsyncIterable<Uint8Array>; done: Promise<ChunkedResult> } {
  let settle!: { resolve: (r: ChunkedResult) => void; reject: (e: unknown) => void };
  const done = new Promise<ChunkedResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Whoever reads `body` sees the error first; do not also report it as unhandled.
  done.catch(() => {});
  async function* body(): AsyncGenerator<Uint8Array, void> {
    let settled = false;
    try {
      settle.resolve(yield* decode(source, options));
      settled = true;
    } catch (error) {
      settle.reject(error);
      settled = true;
      throw error;
    } finally {
      if (!settled) settle.reject(new S3Error('IncompleteBody', 'The request body was not read to its end'));
    }
  }
  return { body: body(), done };
}

async function* decode(
  source: AsyncIterable<Uint8Array>,
  o: ChunkedOptions,
): AsyncGenerator<Uint8Array, ChunkedResult> {
  const signing = o.mode === 'signed' ? o.context : null;
  if (o.mode === 'signed' && signing === null) throw new Error('signed aws-chunked needs a signing context');
  const reader = new Reader(source);
  const checksums = new Map<string, Checksum>();
  for (const name of o.trailers) {
    const checksum = newChecksum(name);
    if (checksum !== null) checksums.set(name, checksum);
  }
  let previous = signing?.seedSignature ?? '';
  let length = 0;
  try {
    for (;;) {
      const line = await reader.line();
      if (line === null) throw incomplete();
      const { size, signature } = parseChunkHeader(line, signing !== null);
      const hash = signing === null ? null : createHash('sha256');
      const held: Buffer[] = [];
      for (let left = size; left > 0; ) {
        const piece = await reader.take(left);
        if (piece === null) throw incomplete();
        left -= piece.length;
        length += piece.length;
        if (o.decodedLength !== null && length > o.decodedLength) {
          throw new S3Error('InvalidArgument', 'The body is longer than x-amz-decoded-content-length');
        }
        for (const checksum of checksums.values()) checksum.update(piece);
        if (hash === null) yield piece;
        else {
          hash.update(piece);
          held.push(piece);
        }
      }
      if (signing !== null && hash !== null) {
        const stringToSign = [
          'AWS4-HMAC-SHA256-PAYLOAD',
          signing.amzDate,
          signing.scope,
          previous,
          EMPTY_SHA256,
          hash.digest('hex'),
        ].join('\n');
        await checkSignature(signing, stringToSign, signature, 'chunk');
        previous = signature;
        yield* held;
      }
      if (size === 0) break;
      const end = await reader.line();
      if (end === null) throw incomplete();
      if (end !== '') throw malformed('chunk data is not followed by CRLF');
    }

    const { trailers, trailerSignature } = await readTrailers(reader, o);
    if (o.signedTrailer && signing !== null) {
      if (trailerSignature === null) throw malformed('the trailer has no x-amz-trailer-signature');
      const canonical = Object.keys(trailers)
        .sort()
        .map((name) => `${name}:${trailers[name]}\n`)
        .join('');
      const stringToSign = [
        'AWS4-HMAC-SHA256-TRAILER',
        signing.amzDate,
        signing.scope,
        previous,
        createHash('sha256').update(canonical).digest('hex'),
      ].join('\n');
      await checkSignature(signing, stringToSign, trailerSignature, 'trailer');
    }
    if (!(await reader.atEnd())) throw malformed('data follows the final chunk');
    if (o.decodedLength !== null && length !== o.decodedLength) {
      throw new S3Error(
        'IncompleteBody',
        `The body holds ${length} bytes, x-amz-decoded-content-length says ${o.decodedLength}`,
      );
    }
    for (const [name, checksum] of checksums) {
      if (checksum.digest() !== trailers[name]) {
        const algorithm = name.slice('x-amz-checksum-'.length).toUpperCase();
        throw new S3Error(
          'BadDigest',
          `The ${algorithm} you specified did not match the calculated checksum.`,
        );
      }
    }
    return { trailers, verified: [...checksums.keys()], length };
  } finally {
    await reader.close();
  }
}

/** `hex-size[;chunk-signature=sig]`; the signature is required (and only read) when signed. */
function parseChunkHeader(line: string, signed: boolean): { size: number; signature: string } {
  const [hex = '', ...extensions] = line.split(';');
  if (!/^[0-9a-fA-F]{1,8}$/.test(hex)) throw malformed('bad chunk size');
  const size = Number.parseInt(hex, 16);
  if (size > MAX_CHUNK_BYTES) {
    throw new S3Error('InvalidRequest', `aws-chunked chunks may hold at most ${MAX_CHUNK_BYTES} bytes`);
  }
  const signature = extensions
    .find((e) => e.startsWith('chunk-signature='))
    ?.slice('chunk-signature='.length);
  if (signed && (signature === undefined || !/^[0-9a-f]{64}$/.test(signature))) {
    throw malformed('a chunk has no chunk-signature');
  }
  return { size, signature: signature ?? '' };
}

/**
 * Trailer lines up to the empty line. End of body in its place is accepted: @aws-sdk's encoder
 * sends a bare `0\r\n` when it has no trailer. Only x-amz-trailer names are allowed, each once.
 */
async function readTrailers(
  reader: Reader,
  o: ChunkedOptions,
): Promise<{ trailers: Record<string, string>; trailerSignature: string | null }> {
  const trailers: Record<string, string> = {};
  let trailerSignature: string | null = null;
  for (;;) {
    const line = await reader.line();
    if (line === null || line === '') break;
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (colon < 0 || !TRAILER_NAME.test(name)) throw malformed('bad trailer line');
    if (name === 'x-amz-trailer-signature' && o.signedTrailer) {
      trailerSignature = value;
    } else if (!o.trailers.includes(name)) {
      throw new S3Error('InvalidRequest', `The trailer ${name} is not declared in x-amz-trailer`);
    } else if (Object.hasOwn(trailers, name)) {
      throw malformed(`the trailer ${name} is repeated`);
    } else {
      trailers[name] = value;
    }
  }
  for (const name of o.trailers) {
    if (!Object.hasOwn(trailers, name))
      throw new S3Error('IncompleteBody', `The body ends without its ${name} trailer`);
  }
  return { trailers, trailerSignature };
}

async function checkSignature(
  signing: ChunkSigningContext,
  stringToSign: string,
  provided: string,
  what: 'chunk' | 'trailer',
): Promise<void> {
  const expected = Buffer.from(await signing.sign(stringToSign));
  const actual = Buffer.from(provided);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new S3Error(
      'SignatureDoesNotMatch',
      `The ${what} signature we calculated does not match the one you provided.`,
    );
  }
}

const malformed = (why: string): S3Error =>
  new S3Error('InvalidRequest', `Malformed aws-chunked body: ${why}`);
const incomplete = (): S3Error =>
  new S3Error('IncompleteBody', 'The aws-chunked body ends before its final chunk');

/** An incremental checksum whose digest is the base64 value S3 sends in x-amz-checksum-*. */
export interface Checksum {
  update(data: Uint8Array): void;
  digest(): string;
}

/**
 * The checksum of an x-amz-checksum-* header or trailer name (S3 "Checking object integrity"):
 * crc32 (node:zlib), crc32c (table below), sha1 and sha256 (node:crypto); null for any other,
 * e.g. crc64nvme, which is not verified.
 */
export function newChecksum(name: string): Checksum | null {
  switch (name) {
    case 'x-amz-checksum-crc32':
      return crcChecksum((data, value) => crc32(data, value));
    case 'x-amz-checksum-crc32c':
      return crcChecksum(crc32c);
    case 'x-amz-checksum-sha1':
    case 'x-amz-checksum-sha256': {
      const hash = createHash(name.slice('x-amz-checksum-'.length));
      return { update: (data) => hash.update(data), digest: () => hash.digest('base64') };
    }
    default:
      return null;
  }
}

function crcChecksum(fn: (data: Uint8Array, value: number) => number): Checksum {
  let value = 0;
  return {
    update: (data) => {
      value = fn(data, value);
    },
    digest: () => {
      const out = Buffer.alloc(4);
      out.writeUInt32BE(value >>> 0);
      return out.toString('base64');
    },
  };
}

/** CRC-32C (Castagnoli, reflected 0x82F63B78): node:zlib has only CRC-32, and no library is a dependency. */
const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/** Continues a CRC-32C from `value` (0 to start), like zlib.crc32(data, value). */
export function crc32c(data: Uint8Array, value = 0): number {
  let c = ~value >>> 0;
  for (const byte of data) c = (CRC32C_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Reads CRLF-terminated lines and byte runs from a stream of Uint8Arrays. */
class Reader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Uint8Array>;
  private ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** The next line without its CRLF; null at a clean end of stream. */
  async line(): Promise<string | null> {
    let from = 0;
    for (;;) {
      const at = this.buf.indexOf('\r\n', from, 'latin1');
      if (at >= 0) {
        const line = this.buf.toString('latin1', 0, at);
        this.buf = this.buf.subarray(at + 2);
        return line;
      }
      if (this.buf.length > MAX_LINE_BYTES) throw malformed('line too long');
      from = Math.max(this.buf.length - 1, 0);
      if (!(await this.fill())) {
        if (this.buf.length === 0) return null;
        throw incomplete();
      }
    }
  }

  /** Up to `max` bytes (at least one), or null at end of stream. */
  async take(max: number): Promise<Buffer | null> {
    if (this.buf.length === 0 && !(await this.fill())) return null;
    const out = this.buf.subarray(0, max);
    this.buf = this.buf.subarray(out.length);
    return out;
  }

  async atEnd(): Promise<boolean> {
    return this.buf.length === 0 && !(await this.fill());
  }

  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.it.return?.();
  }

  private async fill(): Promise<boolean> {
    while (!this.ended) {
      const next = await this.it.next();
      if (next.done === true) {
        this.ended = true;
        break;
      }
      if (next.value.length === 0) continue;
      const piece = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      this.buf = this.buf.length === 0 ? piece : Buffer.concat([this.buf, piece]);
      return true;
    }
    return false;
  }
}
