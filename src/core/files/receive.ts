import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the file store knows of bytes it received: computed while they streamed, never re-read. */
export interface Received {
  sizeBytes: number;
  checksumMd5: string;
  checksumSha256: string;
}

/**
 * Streams `source` into a new file at `path` (created, never buffered whole: one chunk at a time,
 * so a slow disk slows the sender), computing size, MD5 and SHA-256 on the way, then fsyncs it.
 * `onChunk` runs before each chunk is written and may throw (a limit): the file is then removed
 * and the error rethrown, and the rest of the source is not read.
 */
export async function receiveToFile(
  source: AsyncIterable<Uint8Array>,
  path: string,
  onChunk: (bytes: number) => void,
): Promise<Received> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  let sizeBytes = 0;
  try {
    for await (const chunk of source) {
      onChunk(chunk.byteLength);
      md5.update(chunk);
      sha256.update(chunk);
      sizeBytes += chunk.byteLength;
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return { sizeBytes, checksumMd5: md5.digest('hex'), checksumSha256: sha256.digest('hex') };
}

/** Size and checksums of a file written by someone else (e.g. DuckDB `COPY ... TO`). */
export async function digestFile(path: string): Promise<Received> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    md5.update(bytes);
    sha256.update(bytes);
    sizeBytes += bytes.byteLength;
  }
  return { sizeBytes, checksumMd5: md5.digest('hex'), checksumSha256: sha256.digest('hex') };
}
