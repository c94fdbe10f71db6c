import type { ServerResponse } from 'node:http';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { S3Error, XML_DECLARATION } from './errors.js';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: false });
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['Part', 'Object'].includes(name),
});

/** An S3 XML document `<root xmlns=...>` with `body` as its children. */
export function sendXml(
  res: ServerResponse,
  status: number,
  root: string,
  body: Record<string, unknown>,
): void {
  const text = XML_DECLARATION + builder.build({ [root]: { '@_xmlns': S3_NS, ...body } });
  res.statusCode = status;
  res.setHeader('content-type', 'application/xml');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** A small request body (XML documents, the presign JSON), refused past `maxBytes` (MAX_REQUEST_BYTES). */
export async function readSmallBody(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > maxBytes)
      throw new S3Error('EntityTooLarge', `The request body exceeds MAX_REQUEST_BYTES=${maxBytes}`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Reads a small XML request body (CompleteMultipartUpload, DeleteObjects). */
export async function readXml(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const text = (await readSmallBody(source, maxBytes)).toString('utf8');
  try {
    const parsed: unknown = parser.parse(text, true);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not a document');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new S3Error(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema.',
      { cause: error },
    );
  }
}

/** S3 timestamps: ISO 8601 with milliseconds, UTC. */
export const s3Time = (iso: string): string => new Date(iso).toISOString();
