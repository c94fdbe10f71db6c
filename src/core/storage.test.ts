import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkHealth, initBackend } from './catalog/backend.js';
import { createBucket } from './catalog/buckets.js';
import { createProject, getProject } from './catalog/projects.js';
import { MIGRATIONS } from './metadata/migrations.js';
import { readRows } from './metadata/tx.js';
import { closeStorage, openStorage } from './storage.js';
import { tempConfig, withStorage } from './testing.js';

describe('storage', () => {
  it('runs two storages side by side in one process and refuses the same one twice', async () => {
    const a = await tempConfig();
    const b = await tempConfig();
    const s1 = await openStorage(a.config);
    const s2 = await openStorage(b.config);
    try {
      await createProject(s1, { id: 'p', name: 'one', settings: null }, { requestId: 'r', actor: 'admin' });
      await createProject(s2, { id: 'p', name: 'two', settings: null }, { requestId: 'r', actor: 'admin' });
      expect((await getProject(s1, 'p')).name).toBe('one');
      expect((await getProject(s2, 'p')).name).toBe('two');
      await expect(openStorage(a.config)).rejects.toThrow(/already attached|Unique file handle/);
    } finally {
      await closeStorage(s1);
      await closeStorage(s2);
      await closeStorage(s2);
      await rm(a.dir, { recursive: true, force: true });
      await rm(b.dir, { recursive: true, force: true });
    }
  });

  it('writes the operations log after commit and records migrations', async () => {
    await withStorage(async (s) => {
      const audit = { requestId: 'req-42', actor: 'key_1' };
      await createProject(s, { id: 'p', name: null, settings: null }, audit);
      await createBucket(s, { projectId: 'p', branchId: 'default', name: 'b', description: null }, audit);
      const rows = await readRows(
        s.metaConn,
        `SELECT id, operation, request_id, actor, project_id, resource_id, status, duration_ms FROM ${s.m}.operations_log ORDER BY id`,
      );
      expect(
        rows.map((r) => [
          Number(r.id),
          r.operation,
          r.request_id,
          r.actor,
          r.project_id,
          r.resource_id,
          r.status,
        ]),
      ).toEqual([
        [1, 'create_project', 'req-42', 'key_1', 'p', 'p', 'success'],
        [2, 'create_bucket', 'req-42', 'key_1', 'p', 'b', 'success'],
      ]);
      const migrations = await readRows(s.metaConn, `SELECT version FROM ${s.m}.schema_migrations`);
      expect(migrations.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });
  });

  it('initialises the backend and checks health', async () => {
    await withStorage(async (s, dir) => {
      expect((await checkHealth(s)).healthy).toBe(true);
      await rm(s.config.filesDir, { recursive: true });
      const sick = await checkHealth(s);
      expect(sick).toMatchObject({ healthy: false, checks: { files_dir: false, metadata_db: true } });
      const init = await initBackend(s);
      expect(init.created).toEqual([s.config.filesDir]);
      expect(init.paths.dataDir).toBe(dir);
      expect((await checkHealth(s)).healthy).toBe(true);
    });
  });
});
