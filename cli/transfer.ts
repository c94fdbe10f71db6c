// Streaming uploads and downloads with byte progress: a file (or stdin) goes to uploadFileStream as
// it is read, a download goes to disk (a `.part` file renamed at the end) or stdout as it arrives.
// Memory stays flat whatever the size.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { components } from '../generated/openapi.js';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { createByteProgress } from './progress.js';

type FileResponse = components['schemas']['FileResponse'];

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.json': 'application/json',
  '.parquet': 'application/vnd.apache.parquet',
  '.txt': 'text/plain',
  '.gz': 'application/gzip',
};

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Uploads `source` (a path, or `-` for stdin) as one streamed request; the registered file. */
export async function uploadSource(
  ctx: Context,
  source: string,
  options: { name?: string | undefined; contentType?: string | undefined } = {},
): Promise<FileResponse> {
  const fromStdin = source === '-';
  const name = options.name ?? (fromStdin ? 'stdin' : basename(source));
  let size: number | undefined;
  if (!fromStdin) {
    const info = await stat(source);
    if (!info.isFile()) throw new CliError(`${source} is not a file`);
    size = info.size;
  }
  const input: Readable = fromStdin ? ctx.io.stdin : createReadStream(source);
  const progress = createByteProgress(`upload ${name}`, size, ctx.progress);
  input.on('error', (error) => progress.counter.destroy(error));
  try {
    return await ctx.client().uploadFileStream({
      path: { project_id: ctx.project() },
      query: { name },
      body: Readable.toWeb(input.pipe(progress.counter)) as ReadableStream<Uint8Array>,
      contentType: options.contentType ?? contentTypeOf(name),
    });
  } finally {
    progress.stop();
  }
}

/** Downloads a file to `target` (a path, a directory, or `-` for stdout); the path written and its size. */
export async function downloadFile(
  ctx: Context,
  fileId: string,
  target: string,
  fallbackName: string,
): Promise<{ path: string; bytes: number }> {
  const answer = await ctx.client().downloadFile({ path: { project_id: ctx.project(), file_id: fileId } });
  if (answer.status === 304) throw new CliError('the server answered 304 Not Modified to a plain download');
  const length = Number(answer.headers.get('content-length') ?? Number.NaN);
  const total = Number.isFinite(length) ? length : undefined;
  let path = target;
  if (target !== '-') {
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isDirectory()) path = join(target, fallbackName);
  }
  const progress = createByteProgress(
    `download ${path === '-' ? fallbackName : basename(path)}`,
    total,
    ctx.progress,
  );
  const body = Readable.fromWeb(answer.body as WebReadableStream<Uint8Array>);
  try {
    if (path === '-') {
      // stdout is not ended (it cannot be closed); written with backpressure.
      const stdout = ctx.io.stdout;
      for await (const chunk of body.pipe(progress.counter)) {
        if (!stdout.write(chunk as Buffer)) await once(stdout, 'drain');
      }
    } else {
      const part = `${path}.part`;
      try {
        await pipeline(body, progress.counter, createWriteStream(part));
        await rename(part, path);
      } catch (error) {
        await rm(part, { force: true });
        throw error;
      }
    }
  } finally {
    progress.stop();
  }
  return { path, bytes: progress.bytes() };
}
