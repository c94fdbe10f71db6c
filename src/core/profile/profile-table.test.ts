import { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBucket } from '../catalog/buckets.js';
import { createProject } from '../catalog/projects.js';
import type { Storage } from '../storage.js';
import { createTable, insertRows } from '../tables/tables.js';
import { audit, withStorage } from '../testing.js';
import type { ProfileMode } from './profile-model.js';
import { profileTable } from './profile-table.js';

const ref = { projectId: 'p1', branchId: 'default', bucket: 'b', table: 't' };

async function seed(s: Storage, columns: [string, string][], rows: Record<string, unknown>[]) {
  await createProject(s, { id: 'p1', name: null, settings: null }, audit);
  await createBucket(s, { projectId: 'p1', branchId: 'default', name: 'b', description: null }, audit);
  await createTable(
    s,
    {
      projectId: 'p1',
      branchId: 'default',
      bucket: 'b',
      name: 't',
      columns: columns.map(([name, type]) => ({ name, type, nullable: true, default: null })),
      primaryKey: [],
    },
    audit,
  );
  if (rows.length > 0) await insertRows(s, ref, rows);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('profileTable', () => {
  it('scans the table at most four times, whatever the column count', async () => {
    await withStorage(async (s) => {
      const types = ['INTEGER', 'DOUBLE', 'VARCHAR', 'DECIMAL(12,3)', 'TIMESTAMP'];
      const columns = Array.from({ length: 40 }, (_v, i): [string, string] => [
        `c${i}`,
        types[i % types.length] ?? 'INTEGER',
      ]);
      const rows = Array.from({ length: 50 }, (_v, r) =>
        Object.fromEntries(
          columns.map(([name, type]) => [
            name,
            type === 'VARCHAR'
              ? `v${r % 7}`
              : type === 'TIMESTAMP'
                ? `2024-01-${10 + (r % 9)} 00:00:00`
                : r * 3,
          ]),
        ),
      );
      await seed(s, columns, rows);
      // Every statement reaches DuckDB through run (no parameters) or prepare (bound numbers).
      const run = vi.spyOn(DuckDBConnection.prototype, 'run');
      const prepare = vi.spyOn(DuckDBConnection.prototype, 'prepare');
      const scans = async (mode: ProfileMode) => {
        run.mockClear();
        prepare.mockClear();
        const profile = await profileTable(s, ref, mode, audit);
        expect(profile.statistics).toHaveLength(40);
        const sql = [...run.mock.calls, ...prepare.mock.calls].map(([text]) => String(text));
        return sql.filter((text) => text.includes('.main.data')).length;
      };
      // base; moments; outliers (+ histograms); patterns.
      expect(await scans('basic')).toBe(3);
      expect(await scans('distribution')).toBe(3);
      expect(await scans('quality')).toBe(4);
      expect(await scans('full')).toBe(4);
    });
  });

  it('keeps moments exact for large offsets and finite for huge values', async () => {
    await withStorage(async (s) => {
      const offset = 1_700_000_000_000_000; // epoch microseconds
      await seed(
        s,
        [
          ['epoch', 'BIGINT'],
          ['huge', 'DOUBLE'],
          ['odd', 'DOUBLE'],
        ],
        [1, 2, 3, 4, 10].map((v, i) => ({
          epoch: String(offset + v),
          huge: [1e200, -1e200, 0, 5e199, -3e199][i],
          odd: ['NaN', 'Infinity', '-Infinity', 1, 3][i],
        })),
      );
      const profile = await profileTable(s, ref, 'full', audit);
      const [epoch, huge, odd] = profile.statistics;
      // Power sums of the raw values would cancel every digit here.
      expect(epoch).toMatchObject({ std: 3.5355, skewness: 1.6971, kurtosis: 3.152, q50: offset + 3 });
      expect(epoch?.min).toBe(offset + 1);
      // DuckDB's STDDEV over the raw values fails with "out of range".
      // Values (1, −1, 0, 0.5, −0.3)·1e200: mean 0.04e200, sample variance 0.583e400.
      expect((huge?.std ?? 0) / 1e199).toBeCloseTo(Math.sqrt(0.583) * 10, 4);
      expect(huge?.skewness).not.toBeNull();
      // NaN and ±Infinity are left out of the numeric statistics (counted as values all the same).
      expect(odd).toMatchObject({ count: 5, approxUnique: 5, min: 1, max: 3, avg: 2, q50: 2 });
      expect(odd?.histogram?.reduce((n, b) => n + b.count, 0)).toBe(2);
    });
  });

  it('refuses an unknown mode and logs profile_table', async () => {
    await withStorage(async (s) => {
      await seed(s, [['a', 'INTEGER']], [{ a: 1 }, { a: null }]);
      await expect(profileTable(s, ref, 'everything' as ProfileMode, audit)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      const profile = await profileTable(s, ref, 'quality', audit);
      expect(profile.qualityScore).toBe(100);
      const logged = await s.pool.use(async (conn) =>
        (
          await conn.runAndReadAll(
            `SELECT resource_id, details, status FROM ${s.m}.operations_log WHERE operation = 'profile_table'`,
          )
        ).getRowObjectsJson(),
      );
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ resource_id: 'b.t', status: 'success' });
      expect(JSON.parse(String(logged[0]?.details))).toEqual({
        row_count: 2,
        column_count: 1,
        mode: 'quality',
        quality_score: 100,
        branch_id: 'default',
      });
    });
  });
});
