import { describe, expect, it } from 'vitest';
import { createApiKey, getApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../auth/api-keys.js';
import { authenticate } from '../auth/auth.js';
import type { ColumnSpec } from '../model.js';
import { closeStorage, openStorage, storageGauges } from '../storage.js';
import { createTable, deleteTable, getTable, insertRows, listTables } from '../tables/tables.js';
import { audit, tempConfig, withStorage } from '../testing.js';
import { createBucket, deleteBucket, getBucket, listBuckets } from './buckets.js';
import { createProject, deleteProject, getProject, listProjects, updateProject } from './projects.js';

const ref = { projectId: 'p1', branchId: 'default' };

describe('projects, keys, buckets, tables', () => {
  it('runs the whole lifecycle with correct stats', async () => {
    await withStorage(async (s) => {
      const { project, apiKey } = await createProject(
        s,
        { id: 'p1', name: 'One', settings: { a: 1 } },
        audit,
      );
      expect(project).toMatchObject({
        id: 'p1',
        dbPath: 'project_p1',
        tableCount: 0,
        bucketCount: 0,
        sizeBytes: 0,
      });
      expect(apiKey.secret).toMatch(/^proj_p1_admin_[0-9a-f]{32}$/);
      expect(await authenticate(s, apiKey.secret, 'admin-secret-key')).toMatchObject({
        kind: 'project',
        projectId: 'p1',
      });

      const bucket = await createBucket(s, { ...ref, name: 'In_C_Sales', description: 'd' }, audit);
      expect(bucket).toMatchObject({ name: 'In_C_Sales', tableCount: 0, description: 'd' });
      expect((await getBucket(s, { ...ref, bucket: 'in_c_sales' })).name).toBe('In_C_Sales');

      const table = await createTable(
        s,
        {
          ...ref,
          bucket: 'in_c_sales',
          name: 'orders',
          columns: [
            { name: 'id', type: 'int', nullable: true, default: null },
            { name: 'amount', type: 'decimal(10,2)', nullable: true, default: '0' },
            { name: 'status', type: 'varchar(10)', nullable: false, default: "'new'" },
          ],
          primaryKey: ['id'],
        },
        audit,
      );
      expect(table.columns).toEqual([
        { name: 'id', type: 'INTEGER', nullable: false, ordinalPosition: 1 },
        { name: 'amount', type: 'DECIMAL(10,2)', nullable: true, ordinalPosition: 2 },
        { name: 'status', type: 'VARCHAR', nullable: false, ordinalPosition: 3 },
      ]);
      expect(table.sizeBytes).toBeGreaterThan(0);
      const tref = { ...ref, bucket: 'In_C_Sales', table: 'orders' };
      const inserted = await insertRows(s, tref, [
        { id: 1, amount: '1.5' },
        { id: 2, status: 'x' },
      ]);
      expect(inserted).toEqual({ inserted: 2, rowCount: 2 });
      const after = await getTable(s, tref);
      expect(after.rowCount).toBe(2);
      const stats = await getProject(s, 'p1');
      expect(stats).toMatchObject({ bucketCount: 1, tableCount: 1, sizeBytes: after.sizeBytes });
      expect(storageGauges(s)).toMatchObject({ projects: 1, buckets: 1, tables: 1 });
      expect((await listTables(s, { ...ref, bucket: 'In_C_Sales' })).map((t) => t.name)).toEqual(['orders']);

      await deleteTable(s, tref, audit);
      expect((await getProject(s, 'p1')).tableCount).toBe(0);
      await deleteBucket(s, { ...ref, bucket: 'In_C_Sales', cascade: false }, audit);
      expect(await listBuckets(s, ref)).toEqual([]);
      await deleteProject(s, 'p1', audit);
      expect((await listProjects(s, { limit: 10, offset: 0 })).total).toBe(0);
      await expect(authenticate(s, apiKey.secret, 'admin-secret-key')).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      // the id is reusable
      await createProject(s, { id: 'p1', name: null, settings: null }, audit);
    });
  });

  it('reports every error case with its reason', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      await expect(createProject(s, { id: 'p1', name: null, settings: null }, audit)).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
        reason: 'project_exists',
        details: { project_id: 'p1', status: 'active' },
      });
      await expect(createProject(s, { id: '../x', name: null, settings: null }, audit)).rejects.toMatchObject(
        {
          reason: 'invalid_name',
        },
      );
      await expect(getProject(s, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'not_found' });
      await expect(listBuckets(s, { projectId: 'nope', branchId: 'x' })).rejects.toMatchObject({
        reason: 'project_not_found',
        message: 'Project nope not found',
      });
      await expect(listBuckets(s, { projectId: 'p1', branchId: 'main' })).rejects.toMatchObject({
        reason: 'branch_not_found',
        message: 'Branch main not found in project p1',
        details: { project_id: 'p1', branch_id: 'main' },
      });
      await createBucket(s, { ...ref, name: 'b', description: null }, audit);
      await expect(createBucket(s, { ...ref, name: 'B', description: null }, audit)).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
        reason: 'bucket_exists',
      });
      await expect(getBucket(s, { ...ref, bucket: 'zz' })).rejects.toMatchObject({
        reason: 'bucket_not_found',
        details: { project_id: 'p1', bucket_name: 'zz' },
      });
      const col = (name: string, type = 'INTEGER'): ColumnSpec => ({
        name,
        type,
        nullable: true,
        default: null,
      });
      const mk = (name: string, columns: ColumnSpec[], primaryKey: string[] = []) =>
        createTable(s, { ...ref, bucket: 'b', name, columns, primaryKey }, audit);
      await mk('t', [col('a')]);
      await expect(mk('T', [col('a')])).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
        reason: 'table_exists',
      });
      await expect(mk('u', [col('a'), col('A')])).rejects.toMatchObject({ reason: 'duplicate_column' });
      await expect(mk('u', [col('a')], ['b'])).rejects.toMatchObject({
        reason: 'invalid_primary_key',
        message: "Primary key column 'b' not found in columns",
        details: { primary_key: ['b'], columns: ['a'] },
      });
      await expect(mk('u', [col('a', 'INTEGER, x VARCHAR')])).rejects.toMatchObject({
        reason: 'invalid_column_type',
      });
      await expect(mk('u', [{ ...col('a'), default: '(SELECT 1)' }])).rejects.toMatchObject({
        reason: 'invalid_default',
      });
      await expect(mk('..', [col('a')])).rejects.toMatchObject({ reason: 'invalid_name' });
      await expect(getTable(s, { ...ref, bucket: 'b', table: 'x' })).rejects.toMatchObject({
        reason: 'table_not_found',
        message: 'Table x not found in bucket b',
        details: { project_id: 'p1', bucket_name: 'b', table_name: 'x' },
      });
      await expect(deleteBucket(s, { ...ref, bucket: 'b', cascade: false }, audit)).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'bucket_not_empty',
        details: { table_count: 1 },
      });
      await deleteBucket(s, { ...ref, bucket: 'b', cascade: true }, audit);
      expect((await getProject(s, 'p1')).tableCount).toBe(0);
    });
  });

  it('manages api keys: revoke guard, rotation keeps lifetime, cross-project 404', async () => {
    await withStorage(async (s) => {
      const { apiKey } = await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      await createProject(s, { id: 'p2', name: null, settings: null }, audit);
      await expect(revokeApiKey(s, 'p1', apiKey.key.id, audit)).rejects.toMatchObject({
        code: 'FAILED_PRECONDITION',
        reason: 'cannot_revoke_last_admin_key',
        details: { project_id: 'p1', key_id: apiKey.key.id, active_project_admin_keys: 1 },
      });
      const second = await createApiKey(
        s,
        'p1',
        { description: 'ci', scope: 'project_admin', branchId: null, expiresInDays: 60 },
        audit,
      );
      await revokeApiKey(s, 'p1', apiKey.key.id, audit);
      await expect(revokeApiKey(s, 'p1', apiKey.key.id, audit)).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'api_key_revoked',
      });
      await expect(rotateApiKey(s, 'p1', apiKey.key.id, audit)).rejects.toMatchObject({
        reason: 'cannot_rotate_revoked_key',
      });
      const rotated = await rotateApiKey(s, 'p1', second.key.id, audit);
      expect(rotated.key).toMatchObject({
        description: 'ci (rotated)',
        scope: 'project_admin',
        branchId: null,
      });
      const lifetime = Date.parse(rotated.key.expiresAt ?? '') - Date.parse(rotated.key.createdAt);
      expect(lifetime).toBe(60 * 86_400_000);
      expect((await listApiKeys(s, 'p1')).map((k) => k.id)).toEqual([rotated.key.id]);
      await expect(authenticate(s, second.secret, 'x'.repeat(16))).rejects.toMatchObject({
        reason: 'unauthorized',
      });
      await expect(getApiKey(s, 'p2', rotated.key.id)).rejects.toMatchObject({
        reason: 'api_key_not_found',
        details: { project_id: 'p2', key_id: rotated.key.id },
      });
      await expect(
        createApiKey(
          s,
          'p1',
          { description: 'r', scope: 'branch_read', branchId: null, expiresInDays: null },
          audit,
        ),
      ).rejects.toMatchObject({ reason: 'invalid_request' });
      await expect(
        createApiKey(
          s,
          'p1',
          { description: 'r', scope: 'branch_read', branchId: 'dev', expiresInDays: null },
          audit,
        ),
      ).rejects.toMatchObject({ reason: 'branch_not_found' });
      const read = await createApiKey(
        s,
        'p1',
        { description: 'r', scope: 'branch_read', branchId: 'default', expiresInDays: null },
        audit,
      );
      expect(read.secret).toMatch(/^proj_p1_branch_default_read_/);
      expect(read.key.keyPrefix).toBe('proj_p1_branch_default_read_...');
    });
  });

  it('updates projects only when something changed and persists across restart', async () => {
    const { config } = await tempConfig();
    let s = await openStorage(config);
    const { project, apiKey } = await createProject(s, { id: 'p1', name: 'a', settings: null }, audit);
    const same = await updateProject(s, 'p1', { name: null }, audit);
    expect(same.updatedAt).toBe(project.updatedAt);
    await new Promise((r) => setTimeout(r, 5));
    const changed = await updateProject(s, 'p1', { name: 'b', settings: { x: [1] } }, audit);
    expect(changed.updatedAt > project.updatedAt).toBe(true);
    await createBucket(s, { ...ref, name: 'b', description: 'kept' }, audit);
    await createTable(
      s,
      {
        ...ref,
        bucket: 'b',
        name: 't',
        columns: [{ name: 'a', type: 'int', nullable: true, default: null }],
        primaryKey: [],
      },
      audit,
    );
    await insertRows(s, { ...ref, bucket: 'b', table: 't' }, [{ a: 1 }]);
    await authenticate(s, apiKey.secret, 'x'.repeat(16));
    const before = await getTable(s, { ...ref, bucket: 'b', table: 't' });
    await closeStorage(s);
    s = await openStorage(config);
    try {
      expect(await getProject(s, 'p1')).toEqual(await getProject(s, 'p1'));
      expect(await getProject(s, 'p1')).toMatchObject({
        name: 'b',
        settings: { x: [1] },
        updatedAt: changed.updatedAt,
      });
      expect((await getBucket(s, { ...ref, bucket: 'b' })).description).toBe('kept');
      expect(await getTable(s, { ...ref, bucket: 'b', table: 't' })).toEqual(before);
      expect((await getApiKey(s, 'p1', apiKey.key.id)).lastUsedAt).not.toBeNull();
    } finally {
      await closeStorage(s);
    }
  });
});
