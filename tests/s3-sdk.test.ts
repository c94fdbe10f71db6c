import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let projectKey: string;
const P = 's3sdk';

const client = (accessKeyId: string, secretAccessKey: string, region = 'us-east-1') =>
  new S3Client({
    endpoint: `${t.url}/s3`,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  });

const errorOf = async (p: Promise<unknown>): Promise<S3ServiceException> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof S3ServiceException) return error;
    throw error;
  }
  throw new Error('expected an S3 error');
};

beforeAll(async () => {
  t = await startTestServer();
  projectKey = (await t.admin.createProject({ body: { id: P } })).api_key;
  await t.admin.createProject({ body: { id: 's3sdk-other' } });
});
afterAll(async () => t.stop());

describe('S3 API with the AWS SDK (SigV4, global pair)', () => {
  const Bucket = `project_${P}`;

  it('puts, heads, gets (with Range), lists and deletes objects with awkward keys', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const data = randomBytes(70_000);
    const keys = ['plain.bin', 'dir/sub dir/a+b=c (1)!.csv', 'ünï/çødé.txt', "q'uote*,:@~.x"];
    for (const Key of keys) {
      const put = await s3.send(
        new PutObjectCommand({ Bucket, Key, Body: data, ContentType: 'application/x-test' }),
      );
      expect(put.ETag).toBe(`"${createHash('md5').update(data).digest('hex')}"`);
    }
    for (const Key of keys) {
      const head = await s3.send(new HeadObjectCommand({ Bucket, Key }));
      expect(head.ContentLength).toBe(data.length);
      expect(head.ContentType).toBe('application/x-test');
      const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
      expect(Buffer.from((await got.Body?.transformToByteArray()) ?? new Uint8Array())).toEqual(data);
    }
    const ranged = await s3.send(new GetObjectCommand({ Bucket, Key: 'plain.bin', Range: 'bytes=10-19' }));
    expect(ranged.ContentRange).toBe(`bytes 10-19/${data.length}`);
    expect(Buffer.from((await ranged.Body?.transformToByteArray()) ?? new Uint8Array())).toEqual(
      data.subarray(10, 20),
    );

    const listed = await s3.send(new ListObjectsV2Command({ Bucket }));
    expect(listed.Contents?.map((c) => c.Key).sort()).toEqual([...keys].sort());
    const grouped = await s3.send(new ListObjectsV2Command({ Bucket, Delimiter: '/' }));
    expect(grouped.CommonPrefixes?.map((c) => c.Prefix)).toEqual(['dir/', 'ünï/']);

    // The same objects are files of the Files API (one store).
    const files = await t.fetch(`/projects/${P}/files`, {
      headers: { authorization: `Bearer ${projectKey}` },
    });
    expect(((await files.json()) as { total: number }).total).toBe(keys.length);

    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'plain.bin' }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'plain.bin' }));
    const missing = await errorOf(s3.send(new GetObjectCommand({ Bucket, Key: 'plain.bin' })));
    expect(missing.name).toBe('NoSuchKey');
    const deleted = await s3.send(
      new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.slice(1).map((Key) => ({ Key })) } }),
    );
    expect(deleted.Deleted?.length).toBe(3);
    expect((await s3.send(new ListObjectsV2Command({ Bucket }))).KeyCount).toBe(0);
  });

  it('pages listings with continuation tokens and copies objects', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    for (let i = 0; i < 7; i++)
      await s3.send(
        new PutObjectCommand({ Bucket, Key: `page/${String(i).padStart(2, '0')}`, Body: `v${i}` }),
      );
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket, Prefix: 'page/', MaxKeys: 3, ContinuationToken: token }),
      );
      seen.push(...(page.Contents ?? []).map((c) => c.Key ?? ''));
      token = page.NextContinuationToken;
    } while (token !== undefined);
    expect(seen).toEqual(['00', '01', '02', '03', '04', '05', '06'].map((n) => `page/${n}`));

    const copy = await s3.send(
      new CopyObjectCommand({ Bucket, Key: 'copied', CopySource: `${Bucket}/page/03` }),
    );
    expect(copy.CopyObjectResult?.ETag).toBe(`"${createHash('md5').update('v3').digest('hex')}"`);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'copied' }));
    expect(await got.Body?.transformToString()).toBe('v3');
  });

  it('lists and heads buckets; unknown bucket, bad secret, bad key id and bad region are S3 errors', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const buckets = await s3.send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual([`project_${P}`, 'project_s3sdk-other']);
    await s3.send(new HeadBucketCommand({ Bucket }));
    expect((await errorOf(s3.send(new GetObjectCommand({ Bucket: 'project_nope', Key: 'x' })))).name).toBe(
      'NoSuchBucket',
    );
    expect((await errorOf(client('duckdb', 'wrong-secret').send(new ListBucketsCommand({})))).name).toBe(
      'SignatureDoesNotMatch',
    );
    expect((await errorOf(client('NOPE', ADMIN_KEY).send(new ListBucketsCommand({})))).name).toBe(
      'InvalidAccessKeyId',
    );
    expect(
      (await errorOf(client('duckdb', ADMIN_KEY, 'mars-1').send(new ListBucketsCommand({})))).$metadata
        .httpStatusCode,
    ).toBe(400);
  });

  it('multipart upload: parts, a re-sent part, ListParts, Complete; Abort removes the upload', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const Key = 'multi/big.bin';
    const { UploadId } = await s3.send(
      new CreateMultipartUploadCommand({ Bucket, Key, ContentType: 'application/x-big' }),
    );
    const parts = [randomBytes(6 * 1024 * 1024), randomBytes(5 * 1024 * 1024 + 7), randomBytes(1000)];
    const etags: string[] = [];
    await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: randomBytes(10) }));
    for (const [i, Body] of parts.entries()) {
      const up = await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body }));
      etags.push(up.ETag ?? '');
    }
    const listed = await s3.send(new ListPartsCommand({ Bucket, Key, UploadId }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.Size])).toEqual(parts.map((p, i) => [i + 1, p.length]));
    const uploads = await s3.send(new ListMultipartUploadsCommand({ Bucket }));
    expect(uploads.Uploads?.map((u) => u.UploadId)).toContain(UploadId);
    const done = await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key,
        UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
      }),
    );
    const whole = Buffer.concat(parts);
    expect(done.ETag).toBe(`"${createHash('md5').update(whole).digest('hex')}"`);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
    expect(got.ContentType).toBe('application/x-big');
    expect(
      createHash('md5')
        .update((await got.Body?.transformToByteArray()) ?? new Uint8Array())
        .digest('hex'),
    ).toBe(createHash('md5').update(whole).digest('hex'));
    const gone = await errorOf(s3.send(new ListPartsCommand({ Bucket, Key, UploadId })));
    expect(gone.name).toBe('NoSuchUpload');

    const small = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'multi/small' }));
    const p1 = await s3.send(
      new UploadPartCommand({
        Bucket,
        Key: 'multi/small',
        UploadId: small.UploadId,
        PartNumber: 1,
        Body: 'tiny',
      }),
    );
    const p2 = await s3.send(
      new UploadPartCommand({
        Bucket,
        Key: 'multi/small',
        UploadId: small.UploadId,
        PartNumber: 2,
        Body: 'tail',
      }),
    );
    const tooSmall = await errorOf(
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket,
          Key: 'multi/small',
          UploadId: small.UploadId,
          MultipartUpload: {
            Parts: [
              { ETag: p1.ETag, PartNumber: 1 },
              { ETag: p2.ETag, PartNumber: 2 },
            ],
          },
        }),
      ),
    );
    expect(tooSmall.name).toBe('EntityTooSmall');
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'multi/small', UploadId: small.UploadId }));
    expect(
      (await errorOf(s3.send(new ListPartsCommand({ Bucket, Key: 'multi/small', UploadId: small.UploadId }))))
        .name,
    ).toBe('NoSuchUpload');
  });

  it('metrics count S3 operations by name and status, bytes in and out, and active multipart uploads', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'metrics/m' }));
    await s3.send(new PutObjectCommand({ Bucket, Key: 'metrics/x', Body: 'x' }));
    const text = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })
    ).text();
    expect(text).toMatch(/duckstorage_s3_operations_total\{operation="PutObject",status="200"\} [1-9]/);
    expect(text).toMatch(/duckstorage_s3_bytes_total\{direction="in"\} [1-9]/);
    expect(text).toMatch(/duckstorage_s3_multipart_uploads_active [1-9]/);
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'metrics/m', UploadId }));
  });

  it('a streamed body arrives as aws-chunked with a trailing checksum and is stored decoded', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const data = randomBytes(300_000);
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'streamed',
        Body: Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]),
        ContentLength: data.length,
      }),
    );
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'streamed' }));
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? new Uint8Array())).toEqual(data);
  });

  it('AWS pre-signed URLs (s3-request-presigner): GET and PUT work, tampered or expired ones do not', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const putUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key: 'presigned/x y.txt' }), {
      expiresIn: 60,
    });
    expect((await fetch(putUrl, { method: 'PUT', body: 'via url' })).status).toBe(200);
    const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: 'presigned/x y.txt' }), {
      expiresIn: 60,
    });
    expect(await (await fetch(getUrl)).text()).toBe('via url');
    const tampered = getUrl.replace('presigned/', 'presigneD/');
    const bad = await fetch(tampered);
    expect(bad.status).toBe(403);
    expect(await bad.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    const old = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: 'presigned/x y.txt' }), {
      expiresIn: 1,
      signingDate: new Date(Date.now() - 60_000),
    });
    const expired = await fetch(old);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('<Code>AccessDenied</Code>');
    const tooLong = await fetch(getUrl.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=604801'));
    expect(tooLong.status).toBe(400);
  });

  it('clock skew and a wrong payload hash are refused, and nothing is written', async () => {
    const skewed = new S3Client({
      endpoint: `${t.url}/s3`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'duckdb', secretAccessKey: ADMIN_KEY },
      systemClockOffset: -20 * 60 * 1000,
    });
    const e = await errorOf(skewed.send(new PutObjectCommand({ Bucket, Key: 'skew', Body: 'x' })));
    expect(e.name).toBe('RequestTimeTooSkewed');
    const s3 = client('duckdb', ADMIN_KEY);
    // A middleware that signs one payload hash and sends another body.
    s3.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body?: unknown; headers: Record<string, string> };
        // Same length, so only the payload hash can tell.
        request.body = 'ORIGINAL BODY';
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'swapBody' },
    );
    const mismatch = await errorOf(
      s3.send(new PutObjectCommand({ Bucket, Key: 'hash', Body: 'original body' })),
    );
    expect(mismatch.name).toBe('XAmzContentSHA256Mismatch');
    for (const Key of ['skew', 'hash'])
      expect(
        (await errorOf(client('duckdb', ADMIN_KEY).send(new HeadObjectCommand({ Bucket, Key })))).$metadata
          .httpStatusCode,
      ).toBe(404);
  });

  it('a wrong Content-MD5 is BadDigest and stores nothing', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    const e = await errorOf(
      s3.send(
        new PutObjectCommand({
          Bucket,
          Key: 'digest',
          Body: 'abc',
          ContentMD5: createHash('md5').update('abd').digest('base64'),
        }),
      ),
    );
    expect(e.name).toBe('BadDigest');
    expect(
      (await errorOf(s3.send(new HeadObjectCommand({ Bucket, Key: 'digest' })))).$metadata.httpStatusCode,
    ).toBe(404);
  });
});

describe('S3 API with per-project S3 credentials (created over REST)', () => {
  it('a credential reaches its own bucket only; a read-only one cannot write; a deleted one is unknown', async () => {
    const rw = await t.as(projectKey).createS3Credential({ path: { project_id: P }, body: {} });
    const ro = await t
      .as(projectKey)
      .createS3Credential({ path: { project_id: P }, body: { read_only: true } });
    const mine = client(rw.access_key_id, rw.secret_access_key);
    await mine.send(new PutObjectCommand({ Bucket: `project_${P}`, Key: 'cred/ok', Body: 'ok' }));
    const elsewhere = await errorOf(
      mine.send(new PutObjectCommand({ Bucket: 'project_s3sdk-other', Key: 'x', Body: 'x' })),
    );
    expect(elsewhere.name).toBe('AccessDenied');
    const buckets = await mine.send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual([`project_${P}`]);
    const reader = client(ro.access_key_id, ro.secret_access_key);
    const got = await reader.send(new GetObjectCommand({ Bucket: `project_${P}`, Key: 'cred/ok' }));
    expect(await got.Body?.transformToString()).toBe('ok');
    expect(
      (await errorOf(reader.send(new DeleteObjectCommand({ Bucket: `project_${P}`, Key: 'cred/ok' })))).name,
    ).toBe('AccessDenied');
    await t.as(projectKey).deleteS3Credential({ path: { project_id: P, access_key_id: rw.access_key_id } });
    expect((await errorOf(mine.send(new ListBucketsCommand({})))).name).toBe('InvalidAccessKeyId');
  });
});

describe('one store: the Files API and S3 see the same objects', () => {
  const Bucket = `project_${P}`;

  it('an S3 PUT is a file to list, download and import; a REST upload is an S3 object; deletes cross over', async () => {
    const s3 = client('duckdb', ADMIN_KEY);
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'one/data.csv',
        Body: 'id,name\n1,ana\n2,bo\n',
        ContentType: 'text/csv',
      }),
    );
    const { files } = await t.admin.listFiles({ path: { project_id: P } });
    const file = files.find((f) => f.name === 'data.csv');
    expect(file).toBeDefined();
    const downloaded = await t.admin.downloadFile({ path: { project_id: P, file_id: file?.id ?? '' } });
    if (downloaded.status === 304) throw new Error('unexpected 304');
    expect(new TextDecoder().decode(await downloaded.bytes())).toBe('id,name\n1,ana\n2,bo\n');
    await t.admin.createBucket({ path: { project_id: P, branch_id: 'default' }, body: { name: 'one' } });
    const table = { project_id: P, branch_id: 'default', bucket_name: 'one', table_name: 'people' };
    await t.admin.createTable({
      path: { project_id: P, branch_id: 'default', bucket_name: 'one' },
      body: {
        name: 'people',
        columns: [
          { name: 'id', type: 'INTEGER' },
          { name: 'name', type: 'VARCHAR' },
        ],
      },
    });
    await t.admin.importFromFile({ path: table, body: { file_id: file?.id ?? '' } });
    expect((await t.admin.previewTable({ path: table, query: { limit: 10 } })).rows.length).toBe(2);

    const uploaded = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'rest.txt' },
      body: new TextEncoder().encode('from rest'),
    });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket }));
    const key = listed.Contents?.map((c) => c.Key ?? '').find((k) => k.endsWith(`${uploaded.id}_rest.txt`));
    expect(key).toBeDefined();
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
    expect(await got.Body?.transformToString()).toBe('from rest');
    await t.admin.deleteFile({ path: { project_id: P, file_id: uploaded.id } });
    expect(
      (await errorOf(s3.send(new HeadObjectCommand({ Bucket, Key: key })))).$metadata.httpStatusCode,
    ).toBe(404);
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'one/data.csv' }));
    const after = await t.admin.listFiles({ path: { project_id: P } });
    expect(after.files.some((f) => f.id === file?.id)).toBe(false);
  });
});

describe('S3 API with API keys (the reference clients)', () => {
  const s3url = (path: string) => `${t.url}/s3/project_${P}${path}`;

  it('a project key reads and writes its bucket, is refused elsewhere; no credential is 401 XML', async () => {
    const put = await fetch(s3url('/k.txt'), {
      method: 'PUT',
      headers: { 'x-api-key': projectKey },
      body: 'hello',
    });
    expect(put.status).toBe(200);
    const got = await fetch(s3url('/k.txt'), { headers: { 'x-amz-security-token': projectKey } });
    expect(await got.text()).toBe('hello');
    const other = await fetch(`${t.url}/s3/project_s3sdk-other/k.txt`, {
      headers: { 'x-api-key': projectKey },
    });
    expect(other.status).toBe(403);
    expect(await other.text()).toContain('<Code>AccessDenied</Code>');
    const none = await fetch(s3url('/k.txt'));
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/xml');
    expect(await none.text()).toMatch(/<RequestId>[^<]+<\/RequestId>/);
  });

  it('presign (the reference format): bound to method and content type, tamper-proof', async () => {
    // Through the generated SDK: the JSON answer is checked against the contract.
    type PresignBody = Parameters<TestServer['admin']['createPresignedUrl']>[0]['body'];
    const presign = (body: PresignBody) =>
      t.as(projectKey).createPresignedUrl({ path: { bucket: `project_${P}` }, body });
    const put = await presign({
      key: 'pre/a b.csv',
      method: 'PUT',
      content_type: 'text/csv',
      expires_in: 60,
    });
    expect(put.url).toContain('signature=');
    expect(put.url).toContain('expires=');
    expect(put.expires_at).toMatch(/\+00:00$/);
    const wrongType = await fetch(put.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: 'x',
    });
    expect(wrongType.status).toBe(403);
    const ok = await fetch(put.url, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n',
    });
    expect(ok.status).toBe(200);
    const get = await presign({ key: 'pre/a b.csv' });
    expect(await (await fetch(get.url)).text()).toBe('a,b\n');
    expect((await fetch(get.url, { method: 'DELETE' })).status).toBe(403);
    const tampered = get.url.replace(/signature=[^&]+/, 'signature=AAAA');
    expect((await fetch(tampered)).status).toBe(403);
    const other = get.url.replace('/pre/', '/pro/');
    expect((await fetch(other)).status).toBe(403);
    const noAuth = await fetch(s3url('/presign'), { method: 'POST', body: '{"key":"x"}' });
    expect(noAuth.status).toBe(401);
  });

  it('keys that would leave the store are refused', async () => {
    const res = await fetch(s3url('/..%2F..%2Fmetadata.duckdb'), { headers: { 'x-api-key': projectKey } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>InvalidArgument</Code>');
  });

  it('unsupported sub-resources answer NotImplemented, not a wrong success', async () => {
    const res = await fetch(s3url('/k.txt?tagging'), { headers: { 'x-api-key': projectKey } });
    expect(res.status).toBe(501);
    expect(await res.text()).toContain('<Code>NotImplemented</Code>');
  });
});

describe('S3 limits', () => {
  it('a body over MAX_UPLOAD_BYTES is EntityTooLarge (413, XML, naming the limit) and stores nothing', async () => {
    const small = await startTestServer({ MAX_UPLOAD_BYTES: '1000' });
    try {
      await small.admin.createProject({ body: { id: 'lim' } });
      const s3 = new S3Client({
        endpoint: `${small.url}/s3`,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'duckdb', secretAccessKey: ADMIN_KEY },
      });
      const e = await errorOf(
        s3.send(new PutObjectCommand({ Bucket: 'project_lim', Key: 'big', Body: randomBytes(5000) })),
      );
      expect(e.name).toBe('EntityTooLarge');
      expect(e.$metadata.httpStatusCode).toBe(413);
      expect(e.message).toContain('MAX_UPLOAD_BYTES=1000');
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'project_lim' }));
      expect(listed.KeyCount).toBe(0);
    } finally {
      await small.stop();
    }
  });
});
