import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { text as streamText } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { createProject, deleteProject } from '../src/core/catalog/projects.js';
import {
  deleteFile,
  deleteObject,
  headObject,
  listFiles,
  listObjects,
  openObject,
  putObject,
  storeStream,
  sweepFiles,
} from '../src/core/files/files.js';
import {
  abortMultipartUpload,
  completeMultipartUpload,
  createMultipartUpload,
  listMultipartUploads,
  listParts,
  uploadPart,
} from '../src/core/files/multipart.js';
import { storageGauges } from '../src/core/storage.js';
import { audit, chunks, reasonOf, withStorage } from '../src/core/testing.js';

const md5 = (data: string): string => createHash('md5').update(data).digest('hex');
const md5b64 = (data: string): string => createHash('md5').update(data).digest('base64');

const put = (s: Parameters<typeof putObject>[0], key: string, data: string, projectId = 'o1') =>
  putObject(s, { projectId, key, contentType: 'text/plain', meta: null }, chunks(data), {}, audit);

describe('object store core (one store for Files API and S3)', () => {
  it('an object written by key is a file of the Files API, and a Files API upload is an object', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'o1', name: null, settings: null }, audit);
      const obj = await putObject(
        s,
        { projectId: 'o1', key: 'in/data set.csv', contentType: 'text/csv', meta: { owner: 'ana' } },
        chunks('a,b\n', '1,2\n'),
        { md5Base64: md5b64('a,b\n1,2\n') },
        audit,
      );
      expect(obj).toMatchObject({ name: 'data set.csv', objectKey: 'in/data set.csv', sizeBytes: 8 });
      expect(obj.checksumMd5).toBe(md5('a,b\n1,2\n'));
      const { files } = await listFiles(s, 'o1', { includeStaged: false, limit: 10, offset: 0 });
      expect(files.map((f) => f.id)).toEqual([obj.id]);

      const viaRest = await storeStream(
        s,
        { projectId: 'o1', name: 'r.csv', contentType: null, tags: null },
        chunks('x'),
        {},
        audit,
      );
      expect(viaRest.objectKey).toMatch(/^\d{4}\/\d{2}\/\d{2}\/[0-9a-f-]{36}_r\.csv$/);
      const head = await headObject(s, 'o1', viaRest.objectKey ?? '');
      expect(head.id).toBe(viaRest.id);
      const opened = await openObject(s, head, null);
      expect(await streamText(opened.stream)).toBe('x');

      // Deleting through the Files API removes the object, and the other way round.
      await deleteFile(s, 'o1', viaRest.id, audit);
      expect(await reasonOf(headObject(s, 'o1', viaRest.objectKey ?? ''))).toBe('NOT_FOUND object_not_found');
      expect(await deleteObject(s, 'o1', 'in/data set.csv', audit)).toBe(true);
      expect(await deleteObject(s, 'o1', 'in/data set.csv', audit)).toBe(false);
      expect((await listFiles(s, 'o1', { includeStaged: false, limit: 10, offset: 0 })).total).toBe(0);
      expect(storageGauges(s).fileStoreBytes.o1 ?? 0).toBe(0);
    });
  });

  it('a second write of a key replaces the object, its bytes and its accounting', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'o1', name: null, settings: null }, audit);
      const first = await put(s, 'k', 'first version');
      const second = await put(s, 'k', 'v2');
      expect(second.id).not.toBe(first.id);
      expect((await headObject(s, 'o1', 'k')).id).toBe(second.id);
      expect(existsSync(join(s.config.filesDir, first.path))).toBe(false);
      expect((await listFiles(s, 'o1', { includeStaged: false, limit: 10, offset: 0 })).total).toBe(1);
      expect(storageGauges(s).fileStoreBytes.o1).toBe(2);
    });
  });

  it('a wrong Content-MD5 or payload hash stores nothing; keys that are not sane are refused', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'o1', name: null, settings: null }, audit);
      const o = { projectId: 'o1', key: 'x', contentType: null, meta: null };
      expect(await reasonOf(putObject(s, o, chunks('abc'), { md5Base64: md5b64('abd') }, audit))).toBe(
        'INVALID_ARGUMENT bad_digest',
      );
      expect(await reasonOf(putObject(s, o, chunks('abc'), { md5Base64: 'nope' }, audit))).toBe(
        'INVALID_ARGUMENT invalid_digest',
      );
      expect(await reasonOf(putObject(s, o, chunks('abc'), { sha256Hex: 'a'.repeat(64) }, audit))).toBe(
        'INVALID_ARGUMENT content_sha256_mismatch',
      );
      for (const key of ['../x', 'a/./b', 'a\\b', 'nul\u0000', '', 'k'.repeat(1025)])
        expect(await reasonOf(put(s, key, 'x'))).toBe('INVALID_ARGUMENT invalid_object_key');
      expect(await reasonOf(headObject(s, 'o1', 'x'))).toBe('NOT_FOUND object_not_found');
      expect(await reasonOf(put(s, 'x', 'x', 'nope'))).toBe('NOT_FOUND project_not_found');
      expect(storageGauges(s).fileStoreBytes.o1 ?? 0).toBe(0);
      const staging = join(s.config.filesDir, 'project_o1', '_staging');
      expect(existsSync(staging) ? await readdir(staging) : []).toEqual([]);
    });
  });

  it('lists by prefix and delimiter in byte order and pages by entry without repeats', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'o1', name: null, settings: null }, audit);
      for (const key of ['a/1', 'a/2', 'b/1', 'c', 'd/x/1', 'd/y', 'e', 'Z', 'é']) await put(s, key, key);
      const all = await listObjects(s, 'o1', { prefix: '', delimiter: '', maxKeys: 100, after: '' });
      expect(all.objects.map((o) => o.objectKey)).toEqual([
        'Z',
        'a/1',
        'a/2',
        'b/1',
        'c',
        'd/x/1',
        'd/y',
        'e',
        'é',
      ]);
      const grouped = await listObjects(s, 'o1', { prefix: '', delimiter: '/', maxKeys: 100, after: '' });
      expect(grouped.commonPrefixes).toEqual(['a/', 'b/', 'd/']);
      expect(grouped.objects.map((o) => o.objectKey)).toEqual(['Z', 'c', 'e', 'é']);
      const inD = await listObjects(s, 'o1', { prefix: 'd/', delimiter: '/', maxKeys: 100, after: '' });
      expect(inD.commonPrefixes).toEqual(['d/x/']);
      expect(inD.objects.map((o) => o.objectKey)).toEqual(['d/y']);
      // Pages of two entries: every entry exactly once.
      const seen: string[] = [];
      let after = '';
      for (let page = 0; page < 10; page++) {
        const p = await listObjects(s, 'o1', { prefix: '', delimiter: '/', maxKeys: 2, after });
        seen.push(...p.objects.map((o) => o.objectKey ?? ''), ...p.commonPrefixes);
        if (!p.isTruncated) break;
        after = p.lastEntry ?? '';
      }
      expect(seen.sort()).toEqual(['Z', 'a/', 'b/', 'c', 'd/', 'e', 'é'].sort());
      const afterB = await listObjects(s, 'o1', { prefix: '', delimiter: '', maxKeys: 100, after: 'b/1' });
      expect(afterB.objects[0]?.objectKey).toBe('c');
    });
  });

  it('multipart: parts on disk, a re-sent part replaces, completion concatenates in order', async () => {
    await withStorage(
      async (s) => {
        await createProject(s, { id: 'o1', name: null, settings: null }, audit);
        const upload = await createMultipartUpload(
          s,
          { projectId: 'o1', key: 'big/file.bin', contentType: 'application/octet-stream', meta: { m: '1' } },
          audit,
        );
        const ref = { projectId: 'o1', uploadId: upload.uploadId };
        expect(storageGauges(s).multipartUploads).toBe(1);
        await uploadPart(s, { ...ref, partNumber: 1 }, chunks('wrong'), {});
        const p1 = await uploadPart(s, { ...ref, partNumber: 1 }, chunks('1111'), {});
        const p2 = await uploadPart(s, { ...ref, partNumber: 2 }, chunks('2222'), {
          md5Base64: md5b64('2222'),
        });
        const p3 = await uploadPart(s, { ...ref, partNumber: 3 }, chunks('3'), {});
        expect(p1.checksumMd5).toBe(md5('1111'));
        const listed = await listParts(s, 'o1', upload.uploadId, { marker: 0, maxParts: 2 });
        expect(listed.parts.map((p) => p.partNumber)).toEqual([1, 2]);
        expect(listed.isTruncated).toBe(true);
        expect(storageGauges(s).fileStoreBytes.o1).toBe(9);
        const uploads = await listMultipartUploads(s, 'o1', {
          prefix: 'big/',
          keyMarker: '',
          uploadIdMarker: '',
          maxUploads: 10,
        });
        expect(uploads.uploads.map((u) => u.uploadId)).toEqual([upload.uploadId]);

        const parts = (n: number[], etags: Record<number, string>) =>
          n.map((partNumber) => ({ partNumber, etag: `"${etags[partNumber] ?? ''}"` }));
        const etags = { 1: p1.checksumMd5, 2: p2.checksumMd5, 3: p3.checksumMd5 };
        expect(
          await reasonOf(completeMultipartUpload(s, 'o1', upload.uploadId, parts([2, 1], etags), audit)),
        ).toBe('INVALID_ARGUMENT invalid_part_order');
        expect(
          await reasonOf(
            completeMultipartUpload(
              s,
              'o1',
              upload.uploadId,
              parts([1, 2], { ...etags, 2: md5('x') }),
              audit,
            ),
          ),
        ).toBe('INVALID_ARGUMENT invalid_part');
        expect(
          await reasonOf(completeMultipartUpload(s, 'o1', upload.uploadId, parts([1, 3, 4], etags), audit)),
        ).toBe('INVALID_ARGUMENT entity_too_small');
        const file = await completeMultipartUpload(s, 'o1', upload.uploadId, parts([1, 2, 3], etags), audit);
        expect(file).toMatchObject({ objectKey: 'big/file.bin', sizeBytes: 9, objectMeta: { m: '1' } });
        expect(file.checksumMd5).toBe(md5('111122223'));
        expect(await streamText((await openObject(s, file, null)).stream)).toBe('111122223');
        expect(storageGauges(s).fileStoreBytes.o1).toBe(9);
        expect(storageGauges(s).multipartUploads).toBe(0);
        expect(await reasonOf(listParts(s, 'o1', upload.uploadId, { marker: 0, maxParts: 9 }))).toBe(
          'NOT_FOUND upload_not_found',
        );
        expect(existsSync(join(s.config.filesDir, 'project_o1', '_multipart', upload.uploadId))).toBe(false);
      },
      { MULTIPART_MIN_PART_BYTES: '4' },
    );
  });

  it('multipart: abort, per-project isolation, the TTL sweep, and project deletion', async () => {
    await withStorage(
      async (s) => {
        await createProject(s, { id: 'o1', name: null, settings: null }, audit);
        await createProject(s, { id: 'o2', name: null, settings: null }, audit);
        const a = await createMultipartUpload(
          s,
          { projectId: 'o1', key: 'a', contentType: null, meta: null },
          audit,
        );
        await uploadPart(s, { projectId: 'o1', uploadId: a.uploadId, partNumber: 1 }, chunks('aa'), {});
        // Another project cannot see or touch it.
        expect(
          await reasonOf(
            uploadPart(s, { projectId: 'o2', uploadId: a.uploadId, partNumber: 1 }, chunks('x'), {}),
          ),
        ).toBe('NOT_FOUND upload_not_found');
        expect(await reasonOf(abortMultipartUpload(s, 'o2', a.uploadId, audit))).toBe(
          'NOT_FOUND upload_not_found',
        );
        await abortMultipartUpload(s, 'o1', a.uploadId, audit);
        expect(await reasonOf(abortMultipartUpload(s, 'o1', a.uploadId, audit))).toBe(
          'NOT_FOUND upload_not_found',
        );
        expect(storageGauges(s).fileStoreBytes.o1 ?? 0).toBe(0);

        const b = await createMultipartUpload(
          s,
          { projectId: 'o1', key: 'b', contentType: null, meta: null },
          audit,
        );
        await uploadPart(s, { projectId: 'o1', uploadId: b.uploadId, partNumber: 1 }, chunks('bb'), {});
        expect((await sweepFiles(s, Date.now())).expiredUploads).toBe(0);
        expect((await sweepFiles(s, Date.now() + 2000 * 1000)).expiredUploads).toBe(1);
        expect(existsSync(join(s.config.filesDir, 'project_o1', '_multipart', b.uploadId))).toBe(false);

        const c = await createMultipartUpload(
          s,
          { projectId: 'o2', key: 'c', contentType: null, meta: null },
          audit,
        );
        await uploadPart(s, { projectId: 'o2', uploadId: c.uploadId, partNumber: 1 }, chunks('cc'), {});
        await deleteProject(s, 'o2', audit);
        await createProject(s, { id: 'o2', name: null, settings: null }, audit);
        expect(
          await reasonOf(
            uploadPart(s, { projectId: 'o2', uploadId: c.uploadId, partNumber: 1 }, chunks('x'), {}),
          ),
        ).toBe('NOT_FOUND upload_not_found');
      },
      { MULTIPART_UPLOAD_TTL_SECONDS: '1000' },
    );
  });
});
