import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../src/core/catalog/projects.js';
import {
  createFileFrom,
  deleteFile,
  getFile,
  listFiles,
  openFileForRead,
  prepareUpload,
  registerUpload,
  sweepFiles,
  writeUpload,
} from '../src/core/files/files.js';
import { readRows } from '../src/core/metadata/tx.js';
import { closeStorage, openStorage, storageGauges } from '../src/core/storage.js';
import { audit, chunks, reasonOf, tempConfig, withStorage } from '../src/core/testing.js';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const md5 = (data: string): string => createHash('md5').update(data).digest('hex');

describe('file store core', () => {
  it('createFileFrom records a file the writer produced, openFileForRead finds it', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'c1', name: null, settings: null }, audit);
      const file = await createFileFrom(
        s,
        { projectId: 'c1', name: 'export.csv', contentType: 'text/csv', tags: { type: 'export' } },
        async (tempPath) => {
          expect(tempPath.startsWith(s.config.filesDir)).toBe(true);
          expect(existsSync(tempPath)).toBe(false);
          await writeFile(tempPath, 'a,b\n1,2\n');
        },
        audit,
      );
      expect(file).toMatchObject({
        projectId: 'c1',
        name: 'export.csv',
        sizeBytes: 8,
        checksumSha256: sha256('a,b\n1,2\n'),
        checksumMd5: md5('a,b\n1,2\n'),
        isStaged: false,
        tags: { type: 'export' },
      });
      expect(file.path).toMatch(new RegExp(`^project_c1/\\d{4}/\\d{2}/\\d{2}/${file.id}$`));
      const opened = await openFileForRead(s, 'c1', file.id);
      expect(await readFile(opened.absolutePath, 'utf8')).toBe('a,b\n1,2\n');
      expect(await reasonOf(openFileForRead(s, 'c1', '../x'))).toBe('NOT_FOUND file_not_found');
      expect(await reasonOf(openFileForRead(s, 'nope', file.id))).toBe('NOT_FOUND project_not_found');
      // Nothing left in staging.
      expect(await readdir(join(s.config.filesDir, 'project_c1', '_staging'))).toEqual([]);
    });
  });

  it('createFileFrom leaves nothing behind when the writer fails or the quota is exceeded', async () => {
    await withStorage(
      async (s) => {
        await createProject(s, { id: 'c2', name: null, settings: null }, audit);
        const failed = createFileFrom(
          s,
          { projectId: 'c2', name: 'x.csv', contentType: null, tags: null },
          async (p) => {
            await writeFile(p, 'partial');
            throw new Error('COPY failed');
          },
          audit,
        );
        expect(await reasonOf(failed)).toBe('Error: COPY failed');
        const big = createFileFrom(
          s,
          { projectId: 'c2', name: 'x.csv', contentType: null, tags: null },
          (p) => writeFile(p, 'x'.repeat(200)),
          audit,
        );
        expect(await reasonOf(big)).toBe('PAYLOAD_TOO_LARGE quota_exceeded');
        expect((await listFiles(s, 'c2', { includeStaged: true, limit: 10, offset: 0 })).total).toBe(0);
        expect(await readdir(join(s.config.filesDir, 'project_c2', '_staging'))).toEqual([]);
      },
      { FILES_QUOTA_BYTES: '100' },
    );
  });

  it('three steps, sessions persisted across a restart, sweep of expired sessions and strays', async () => {
    const { config, dir } = await tempConfig({ UPLOAD_SESSION_TTL_SECONDS: '60' });
    let s = await openStorage(config);
    await createProject(s, { id: 'c3', name: null, settings: null }, audit);
    const a = await prepareUpload(
      s,
      { projectId: 'c3', filename: 'a.txt', contentType: 'text/plain', sizeBytes: null, tags: null },
      audit,
    );
    const b = await prepareUpload(
      s,
      { projectId: 'c3', filename: 'b.txt', contentType: null, sizeBytes: null, tags: null },
      audit,
    );
    const staged = await writeUpload(
      s,
      { projectId: 'c3', uploadKey: a.uploadKey },
      chunks('hello ', 'world'),
    );
    expect(staged).toMatchObject({ sizeBytes: 11, checksumSha256: sha256('hello world') });
    await writeUpload(s, { projectId: 'c3', uploadKey: b.uploadKey }, chunks('bbb'));
    expect(storageGauges(s)).toMatchObject({ uploadSessions: 2, fileStoreBytes: { c3: 14 } });
    await closeStorage(s);

    s = await openStorage(config);
    try {
      expect(storageGauges(s)).toMatchObject({ uploadSessions: 2, fileStoreBytes: { c3: 14 } });
      const file = await registerUpload(
        s,
        { projectId: 'c3', uploadKey: a.uploadKey, name: null, tags: null },
        audit,
      );
      expect(file).toMatchObject({
        name: 'a.txt',
        sizeBytes: 11,
        contentType: 'text/plain',
        isStaged: false,
      });
      expect((await getFile(s, 'c3', file.id)).checksumSha256).toBe(sha256('hello world'));
      // A stray staging file and a temp part without an upload in progress.
      const staging = join(config.filesDir, 'project_c3', '_staging');
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, 'stray'), 'x');
      await writeFile(join(staging, `${b.uploadKey}.abc.part`), 'x');
      const report = await sweepFiles(s, Date.now() + 61_000);
      expect(report).toMatchObject({ expiredSessions: 1, removedFiles: 2 });
      expect(await readdir(staging)).toEqual([]);
      expect(
        await reasonOf(
          registerUpload(s, { projectId: 'c3', uploadKey: b.uploadKey, name: null, tags: null }, audit),
        ),
      ).toBe('NOT_FOUND upload_session_not_found');
      expect(storageGauges(s)).toMatchObject({ uploadSessions: 0, fileStoreBytes: { c3: 11 } });
      await deleteFile(s, 'c3', file.id, audit);
      expect(existsSync(join(config.filesDir, file.path))).toBe(false);
      expect(storageGauges(s).fileStoreBytes).toEqual({ c3: 0 });
      const log = await readRows(
        s.metaConn,
        `SELECT operation, resource_type, resource_id, details FROM ${s.m}.operations_log WHERE project_id = 'c3' ORDER BY id`,
      );
      expect(log.map((r) => [r.operation, r.resource_type, r.resource_id])).toEqual([
        ['create_project', 'project', 'c3'],
        ['register_file', 'file', file.id],
        ['delete_file', 'file', file.id],
      ]);
      expect(JSON.parse(String(log[1]?.details))).toEqual({ name: 'a.txt', size_bytes: 11 });
    } finally {
      await closeStorage(s);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
