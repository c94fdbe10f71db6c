import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepFiles } from '../src/core/files/files.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Upload sessions in metadata.duckdb: they survive a restart, expire, and the sweep cleans up. */
const dataDir = mkdtempSync(join(tmpdir(), 'duckstorage-files-sessions-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const auth = (k: string) => ({ authorization: `Bearer ${k}` });

async function call(t: TestServer, k: string, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method, headers: auth(k) };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers = { ...auth(k), 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await t.fetch(path, init);
  const text = await res.text();
  return { status: res.status, json: (text === '' ? {} : JSON.parse(text)) as Record<string, string> };
}

const form = (text: string) => {
  const f = new FormData();
  f.append('file', new Blob([text]), 'x');
  return f;
};

describe('upload sessions', () => {
  it('survive a restart; the start-up sweep finishes interrupted registrations and removes strays', async () => {
    let t = await startTestServer({ DATA_DIR: dataDir });
    const key = (await t.admin.createProject({ body: { id: 'fs' } })).api_key;
    const prep = await call(t, key, 'POST', '/projects/fs/files/prepare', { filename: 'kept.txt' });
    const up = await call(
      t,
      key,
      'POST',
      `/projects/fs/files/upload/${prep.json.upload_key}`,
      form('kept bytes'),
    );
    expect(up.status).toBe(200);
    const pending = await call(t, key, 'POST', '/projects/fs/files/prepare', { filename: 'later.txt' });
    // A registration a crash cut between its commit and its move: the row is registered, the
    // bytes still in staging (simulated by moving them back).
    const p2 = await call(t, key, 'POST', '/projects/fs/files/prepare', { filename: 'cut.txt' });
    await call(t, key, 'POST', `/projects/fs/files/upload/${p2.json.upload_key}`, form('cut bytes'));
    const reg = await call(t, key, 'POST', '/projects/fs/files', { upload_key: p2.json.upload_key });
    expect(reg.status).toBe(201);
    await t.server.close();

    const files = join(dataDir, 'files');
    const staging = join(files, 'project_fs', '_staging');
    renameSync(join(files, reg.json.path ?? ''), join(staging, p2.json.upload_key ?? ''));
    writeFileSync(join(staging, 'stray.bin'), 'x');
    writeFileSync(join(staging, `${pending.json.upload_key}.0123.part`), 'half an upload');
    const orphanDir = join(files, 'project_fs', '2020', '01', '02');
    mkdirSync(orphanDir, { recursive: true });
    writeFileSync(join(orphanDir, '6f1c5a52-3b1e-4c39-9c55-5f0e2b7d1a00'), 'deleted, not unlinked');
    mkdirSync(join(files, 'project_deleted-long-ago', '_staging'), { recursive: true });

    t = await startTestServer({ DATA_DIR: dataDir });
    try {
      expect(readdirSync(staging).sort()).toEqual([prep.json.upload_key]);
      expect(existsSync(join(orphanDir, '6f1c5a52-3b1e-4c39-9c55-5f0e2b7d1a00'))).toBe(false);
      expect(existsSync(join(files, 'project_deleted-long-ago'))).toBe(false);
      const recovered = await t.fetch(`/projects/fs/files/${reg.json.id}/download`, { headers: auth(key) });
      expect([recovered.status, await recovered.text()]).toEqual([200, 'cut bytes']);
      // The session prepared and uploaded before the restart registers now.
      const after = await call(t, key, 'POST', '/projects/fs/files', { upload_key: prep.json.upload_key });
      expect([after.status, after.json.name, after.json.size_bytes]).toEqual([201, 'kept.txt', 10]);
      const later = await call(
        t,
        key,
        'POST',
        `/projects/fs/files/upload/${pending.json.upload_key}`,
        form('l'),
      );
      expect(later.status).toBe(200);
      const metrics = await (await t.fetch('/metrics')).text();
      expect(metrics).toMatch(/duckstorage_file_store_bytes\{project_id="fs"\} 20/);
      expect(metrics).toMatch(/duckstorage_upload_sessions 1/);
    } finally {
      await t.server.close();
    }
  });

  it('expire after UPLOAD_SESSION_TTL_SECONDS: 410, then swept (rows and staged bytes)', async () => {
    const t = await startTestServer({ UPLOAD_SESSION_TTL_SECONDS: '1', FILE_SWEEP_INTERVAL_SECONDS: '3600' });
    try {
      const key = (await t.admin.createProject({ body: { id: 'fe' } })).api_key;
      const a = await call(t, key, 'POST', '/projects/fe/files/prepare', { filename: 'a' });
      const b = await call(t, key, 'POST', '/projects/fe/files/prepare', { filename: 'b' });
      await call(t, key, 'POST', `/projects/fe/files/upload/${b.json.upload_key}`, form('staged'));
      await new Promise((r) => setTimeout(r, 1100));
      const up = await call(t, key, 'POST', `/projects/fe/files/upload/${a.json.upload_key}`, form('late'));
      expect([up.status, up.json.error]).toEqual([410, 'upload_session_expired']);
      const reg = await call(t, key, 'POST', '/projects/fe/files', { upload_key: b.json.upload_key });
      expect([reg.status, reg.json.error]).toEqual([410, 'upload_session_expired']);
      const staging = join(t.dataDir, 'files', 'project_fe', '_staging');
      expect(readdirSync(staging)).toEqual([b.json.upload_key]);
      const report = await sweepFiles(t.server.storage);
      expect(report.expiredSessions).toBe(2);
      expect(readdirSync(staging)).toEqual([]);
      const gone = await call(t, key, 'POST', '/projects/fe/files', { upload_key: b.json.upload_key });
      expect([gone.status, gone.json.error]).toEqual([404, 'upload_session_not_found']);
      const list = await t.as(key).listFiles({ path: { project_id: 'fe' }, query: { include_staged: true } });
      expect(list.total).toBe(0);
    } finally {
      await t.stop();
    }
  });

  it('the background sweep runs every FILE_SWEEP_INTERVAL_SECONDS', async () => {
    const t = await startTestServer({ UPLOAD_SESSION_TTL_SECONDS: '1', FILE_SWEEP_INTERVAL_SECONDS: '1' });
    try {
      const key = (await t.admin.createProject({ body: { id: 'fb' } })).api_key;
      const a = await call(t, key, 'POST', '/projects/fb/files/prepare', { filename: 'a' });
      await call(t, key, 'POST', `/projects/fb/files/upload/${a.json.upload_key}`, form('x'));
      const staging = join(t.dataDir, 'files', 'project_fb', '_staging');
      writeFileSync(join(staging, 'stray'), 'x');
      const deadline = Date.now() + 5000;
      while (readdirSync(staging).length > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(staging)).toEqual([]);
    } finally {
      await t.stop();
    }
  });
});
