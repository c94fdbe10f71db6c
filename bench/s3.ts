import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { ADMIN, peakRss, startServer } from './server-process.js';

/**
 * npm run bench:s3 — the S3 API against the disk it writes to, in one run: PUT and GET MB/s of a
 * BENCH_S3_MB object (default 256) through @aws-sdk/client-s3, single request and multipart,
 * beside a raw streamed file copy on the same disk (the limit), and the peak RSS of the compiled
 * server (as `make start` runs it).
 */
const SIZE_MB = Number(process.env.BENCH_S3_MB ?? 256);
const PART_MB = 16;
const MB = 1024 * 1024;

const seconds = async (fn: () => Promise<unknown>): Promise<number> => {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

async function rawCopy(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from, { highWaterMark: MB }), createWriteStream(to));
  const handle = await open(to, 'r+');
  await handle.sync();
  await handle.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-s3-'));
  const source = join(dir, 'object.bin');
  const chunk = randomBytes(MB);
  const out = createWriteStream(source);
  for (let i = 0; i < SIZE_MB; i++) out.write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
  const { child, url } = await startServer(join(dir, 'data'), {}, 'built');
  try {
    const res = await fetch(`${url}/projects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'bench' }),
    });
    if (!res.ok) throw new Error(`create project: ${res.status}`);
    const s3 = new S3Client({
      endpoint: `${url}/s3`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'duckdb', secretAccessKey: ADMIN },
    });
    const Bucket = 'project_bench';
    const pid = child.pid ?? 0;
    peakRss.reset(pid);

    const raw = await seconds(() => rawCopy(source, join(dir, 'copy.bin')));
    const put = await seconds(() =>
      s3.send(
        new PutObjectCommand({
          Bucket,
          Key: 'single.bin',
          Body: createReadStream(source),
          ContentLength: SIZE_MB * MB,
        }),
      ),
    );
    const multipart = await seconds(async () => {
      const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'multi.bin' }));
      const parts: { ETag: string; PartNumber: number }[] = [];
      const count = Math.ceil(SIZE_MB / PART_MB);
      // Four parts in flight, as the AWS transfer managers do.
      for (let first = 0; first < count; first += 4) {
        const batch = [];
        for (let n = first; n < Math.min(count, first + 4); n++) {
          const start = n * PART_MB * MB;
          const end = Math.min(SIZE_MB * MB, start + PART_MB * MB) - 1;
          batch.push(
            s3
              .send(
                new UploadPartCommand({
                  Bucket,
                  Key: 'multi.bin',
                  UploadId,
                  PartNumber: n + 1,
                  Body: createReadStream(source, { start, end }),
                  ContentLength: end - start + 1,
                }),
              )
              .then((r) => parts.push({ ETag: r.ETag ?? '', PartNumber: n + 1 })),
          );
        }
        await Promise.all(batch);
      }
      parts.sort((a, b) => a.PartNumber - b.PartNumber);
      await s3.send(
        new CompleteMultipartUploadCommand({
          Bucket,
          Key: 'multi.bin',
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
    });
    const get = await seconds(async () => {
      const r = await s3.send(new GetObjectCommand({ Bucket, Key: 'single.bin' }));
      await pipeline(r.Body as NodeJS.ReadableStream, createWriteStream(join(dir, 'got.bin')));
    });
    const rss = peakRss.readMb(pid);
    const rate = (s: number) => SIZE_MB / s;
    const rows = [
      ['raw streamed file copy (the limit)', rate(raw), 1],
      ['S3 PutObject, one request', rate(put), raw / put],
      [`S3 multipart upload, ${PART_MB} MiB parts x4`, rate(multipart), raw / multipart],
      ['S3 GetObject', rate(get), raw / get],
    ] as const;
    const lines = [`bench:s3 — ${SIZE_MB} MB object, @aws-sdk/client-s3 over loopback`];
    for (const [name, mbps, ratio] of rows)
      lines.push(
        `  ${name.padEnd(42)} ${mbps.toFixed(0).padStart(6)} MB/s  ${(ratio * 100).toFixed(0).padStart(4)}% of raw`,
      );
    lines.push(
      `  server peak RSS during the run              ${rss.toFixed(0).padStart(6)} MB  (goal: under 200 MB)`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'done'), '');
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
