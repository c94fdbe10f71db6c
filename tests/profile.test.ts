import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../generated/openapi.js';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { insertRows } from '../src/core/tables/tables.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/** profileTable through the real server and the generated TS SDK (responses contract-checked). */

type Stats = components['schemas']['ColumnStatistics'];
type Mode = 'basic' | 'distribution' | 'quality' | 'full';

let t: TestServer;
let key: string;
const P = 'prof';
const main = { project_id: P, branch_id: 'default' };
const bucket = { ...main, bucket_name: 'in_c_prof' };
const at = (table: string) => ({ ...bucket, table_name: table });

async function table(name: string, columns: [string, string][], rows: Record<string, unknown>[]) {
  await t.admin.createTable({
    path: bucket,
    body: { name, columns: columns.map(([n, type]) => ({ name: n, type })) },
  });
  if (rows.length > 0) {
    await insertRows(
      t.server.storage,
      { projectId: P, branchId: 'default', bucket: 'in_c_prof', table: name },
      rows,
    );
  }
}

const profile = (name: string, mode?: Mode) =>
  t.as(key).profileTable({ path: at(name), ...(mode === undefined ? {} : { query: { mode } }) });

function stat(p: { statistics: Stats[] }, column: string): Stats {
  const s = p.statistics.find((c) => c.column_name === column);
  if (s === undefined) throw new Error(`no statistics for ${column}`);
  return s;
}

/** Sample mean and standard deviation, for checking DuckDB against textbook formulas. */
function meanStd(values: number[]): { mean: number; std: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, std: Math.sqrt(variance) };
}

const ALL_KEYS = [
  'column_name',
  'column_type',
  'min',
  'max',
  'approx_unique',
  'count',
  'null_percentage',
  'cardinality_ratio',
  'cardinality_class',
  'avg',
  'std',
  'skewness',
  'kurtosis',
  'q01',
  'q05',
  'q25',
  'q50',
  'q75',
  'q95',
  'q99',
  'outlier_lower_bound',
  'outlier_upper_bound',
  'outlier_count',
  'histogram',
  'avg_length',
  'min_length',
  'max_length',
  'empty_count',
  'whitespace_only_count',
  'detected_patterns',
];

beforeAll(async () => {
  t = await startTestServer();
  key = (await t.admin.createProject({ body: { id: P } })).api_key;
  await t.admin.createBucket({ path: main, body: { name: 'in_c_prof' } });
  // The reference's test table: 5 rows with NULLs, 4 columns (here one of them all NULL).
  await table(
    'people',
    [
      ['id', 'INTEGER'],
      ['name', 'VARCHAR'],
      ['score', 'DOUBLE'],
      ['note', 'VARCHAR'],
    ],
    [
      { id: 1, name: 'Ann', score: 9.5, note: null },
      { id: 2, name: null, score: 7, note: null },
      { id: 3, name: 'Bob', score: null, note: null },
      { id: 4, name: 'Cid', score: 8, note: null },
      { id: 5, name: 'Ann', score: null, note: null },
    ],
  );
  await table(
    'empty',
    [
      ['a', 'INTEGER'],
      ['b', 'VARCHAR'],
    ],
    [],
  );
  // Small known values, checked against hand-computed statistics below.
  await table(
    'known',
    [
      ['x', 'INTEGER'],
      ['amount', 'DECIMAL(10,2)'],
      ['flag', 'BOOLEAN'],
      ['at', 'TIMESTAMP'],
      ['label', 'VARCHAR'],
    ],
    [
      { x: 1, amount: '1.50', flag: true, at: '2024-01-15 14:30:00', label: 'a' },
      { x: 2, amount: '2.50', flag: true, at: '2024-01-16 08:00:00.25', label: 'b' },
      { x: 3, amount: '3.50', flag: false, at: null, label: 'a' },
      { x: 4, amount: '4.50', flag: true, at: '2023-12-31 23:59:59', label: '  ' },
      { x: 10, amount: '100.00', flag: null, at: null, label: '' },
      { x: null, amount: null, flag: true, at: null, label: null },
    ],
  );
});

afterAll(async () => {
  await t?.stop();
});

describe('profileTable: what the reference pins down', () => {
  it('profiles a 5-row table with NULLs', async () => {
    const p = await profile('people');
    expect(p).toMatchObject({
      table_name: 'people',
      bucket_name: 'in_c_prof',
      row_count: 5,
      column_count: 4,
      mode: 'basic',
    });
    expect(p.statistics.map((s) => s.column_name)).toEqual(['id', 'name', 'score', 'note']);
    // Every key present, null when not computed.
    for (const s of p.statistics) expect(Object.keys(s).sort()).toEqual([...ALL_KEYS].sort());
    expect(stat(p, 'id')).toMatchObject({
      column_type: 'INTEGER',
      min: 1,
      max: 5,
      approx_unique: 5,
      count: 5,
    });
    expect(stat(p, 'name')).toMatchObject({
      min: 'Ann',
      max: 'Cid',
      approx_unique: 3,
      count: 4,
      null_percentage: 20,
      cardinality_ratio: 0.75,
      cardinality_class: 'medium',
      avg: null,
    });
    expect(stat(p, 'score')).toMatchObject({ min: 7, max: 9.5, count: 3, null_percentage: 40, avg: 8.1667 });
    // An all-NULL column: no class, no ENUM hint (the reference said "Only 0 distinct values").
    expect(stat(p, 'note')).toMatchObject({
      min: null,
      max: null,
      approx_unique: 0,
      count: 0,
      null_percentage: 100,
      cardinality_ratio: 0,
      cardinality_class: null,
      avg_length: null,
    });
    expect(p.quality_issues).toEqual([
      {
        column: 'id',
        type: 'pk_candidate',
        severity: 'info',
        message: '100% unique, non-null - potential primary key',
      },
      { column: 'note', type: 'high_nulls', severity: 'warning', message: 'Column has 100.0% null values' },
    ]);
    expect(p.quality_score).toBe(95);
    expect(p.correlations).toEqual([]);
  });

  it('profiles an empty table', async () => {
    for (const mode of ['basic', 'full'] as const) {
      const p = await profile('empty', mode);
      expect(p).toMatchObject({ row_count: 0, column_count: 2, quality_score: 100 });
      expect(p.quality_issues).toEqual([]);
      expect(p.correlations).toEqual([]);
      expect(stat(p, 'a')).toMatchObject({
        count: 0,
        null_percentage: 0,
        cardinality_class: null,
        avg: null,
        q50: null,
        outlier_count: null,
        histogram: mode === 'full' ? [] : null,
      });
      expect(stat(p, 'b')).toMatchObject({ count: 0, detected_patterns: mode === 'full' ? [] : null });
    }
  });

  it('answers 404 table_not_found, 404 bucket_not_found, 401, 403 and 422', async () => {
    const missing = await failure<DuckStorageApiError>(() => profile('nope'));
    expect([missing.status, missing.reason]).toEqual([404, 'table_not_found']);
    expect(missing.body).toMatchObject({
      detail: { details: { project_id: P, bucket_name: 'in_c_prof', table_name: 'nope' } },
    });
    const noBucket = await failure<DuckStorageApiError>(() =>
      t.admin.profileTable({ path: { ...main, bucket_name: 'nope', table_name: 'x' } }),
    );
    expect([noBucket.status, noBucket.reason]).toEqual([404, 'bucket_not_found']);
    const anonymous = await failure<DuckStorageApiError>(() => t.as().profileTable({ path: at('people') }));
    expect(anonymous.status).toBe(401);
    const other = (await t.admin.createProject({ body: { id: 'prof_other' } })).api_key;
    const foreign = await failure<DuckStorageApiError>(() =>
      t.as(other).profileTable({ path: at('people') }),
    );
    expect(foreign.status).toBe(403);
    const r = await t.fetch(
      `/projects/${P}/branches/default/buckets/in_c_prof/tables/people/profile?mode=all`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_KEY}` },
      },
    );
    expect(r.status).toBe(422);
  });
});

describe('profileTable: statistics', () => {
  it('computes the exact statistics of a small known table', async () => {
    const p = await profile('known');
    expect(p.row_count).toBe(6);
    // x = 1, 2, 3, 4, 10 and one NULL. Mean 4; deviations −3 −2 −1 0 6: Σd² = 50, Σd³ = 180,
    // Σd⁴ = 1394; sample variance 50/4 = 12.5 (std 3.5355); m2 = 10, m3 = 36, m4 = 278.8;
    // skewness = m3/m2^1.5 · √(n(n−1))/(n−2) = 1.13842 · 1.49071 = 1.6971; excess kurtosis
    // = (n−1)/((n−2)(n−3)) · ((n+1)·m4/m2² − 3(n−1)) = 4/6 · (16.728 − 12) = 3.152.
    // Quantiles interpolate at (n−1)·p: q01 = 1 + 0.04, q95 = 4 + 0.8·6, q99 = 4 + 0.96·6.
    // IQR = 4 − 2 = 2: fences 2 − 3 = −1 and 4 + 3 = 7; 10 is outside.
    expect(stat(p, 'x')).toEqual({
      column_name: 'x',
      column_type: 'INTEGER',
      min: 1,
      max: 10,
      approx_unique: 5,
      count: 5,
      null_percentage: 16.67,
      cardinality_ratio: 1,
      cardinality_class: 'unique',
      avg: 4,
      std: 3.5355,
      skewness: 1.6971,
      kurtosis: 3.152,
      q01: 1.04,
      q05: 1.2,
      q25: 2,
      q50: 3,
      q75: 4,
      q95: 8.8,
      q99: 9.76,
      outlier_lower_bound: -1,
      outlier_upper_bound: 7,
      outlier_count: 1,
      histogram: null,
      avg_length: null,
      min_length: null,
      max_length: null,
      empty_count: null,
      whitespace_only_count: null,
      detected_patterns: null,
    });
    // DECIMAL: numbers throughout, outliers too (the reference sent text and no outlier stats).
    const amounts = [1.5, 2.5, 3.5, 4.5, 100];
    const { mean, std } = meanStd(amounts);
    expect(stat(p, 'amount')).toMatchObject({
      column_type: 'DECIMAL(10,2)',
      min: 1.5,
      max: 100,
      count: 5,
      avg: mean,
      std: Number(std.toFixed(4)),
      q25: 2.5,
      q50: 3.5,
      q75: 4.5,
      outlier_lower_bound: -0.5,
      outlier_upper_bound: 7.5,
      outlier_count: 1,
    });
    expect(stat(p, 'flag')).toMatchObject({
      column_type: 'BOOLEAN',
      min: false,
      max: true,
      approx_unique: 2,
      count: 5,
      cardinality_ratio: 0.4,
      cardinality_class: 'low',
      avg: null,
      q50: null,
      avg_length: null,
    });
    expect(stat(p, 'at')).toMatchObject({
      column_type: 'TIMESTAMP',
      min: '2023-12-31T23:59:59',
      max: '2024-01-16T08:00:00.250000',
      count: 3,
      null_percentage: 50,
      avg: null,
    });
    // 'a', 'b', 'a', '  ', '': lengths 1 1 1 2 0.
    expect(stat(p, 'label')).toMatchObject({
      column_type: 'VARCHAR',
      min: '',
      max: 'b',
      approx_unique: 4,
      count: 5,
      cardinality_ratio: 0.8,
      cardinality_class: 'medium',
      avg_length: 1,
      min_length: 0,
      max_length: 2,
      empty_count: 1,
      whitespace_only_count: 1,
      avg: null,
    });
    // Outliers: 1 of 6 rows (16.7 %) in x and in amount, 2 points each.
    expect(p.quality_issues.filter((i) => i.severity === 'warning')).toEqual([
      { column: 'x', type: 'outliers', severity: 'warning', message: '1 outliers detected (16.7%)' },
      { column: 'amount', type: 'outliers', severity: 'warning', message: '1 outliers detected (16.7%)' },
    ]);
    expect(p.quality_issues.map((i) => `${i.column}:${i.type}`)).toEqual([
      'x:outliers',
      'amount:outliers',
      'amount:skewed',
    ]);
    expect(p.quality_score).toBe(96);
  });

  it('adds histograms, patterns and correlations by mode', async () => {
    const modes = ['basic', 'distribution', 'quality', 'full'] as const;
    const profiles = await Promise.all(modes.map((m) => profile('known', m)));
    const [basic, distribution, quality, full] = profiles;
    if (basic === undefined || distribution === undefined || quality === undefined || full === undefined) {
      throw new Error('missing profile');
    }
    const byMode = { basic, distribution, quality, full };
    for (const [mode, p] of Object.entries(byMode)) {
      expect(p.mode).toBe(mode);
      const histograms = mode === 'distribution' || mode === 'full';
      const quality = mode === 'quality' || mode === 'full';
      expect(stat(p, 'x').histogram === null, mode).toBe(!histograms);
      expect(stat(p, 'amount').histogram === null, mode).toBe(!histograms);
      expect(stat(p, 'flag').histogram, mode).toBeNull();
      expect(stat(p, 'label').detected_patterns === null, mode).toBe(!quality);
      expect(stat(p, 'x').detected_patterns, mode).toBeNull();
      expect(p.correlations.length > 0, mode).toBe(quality);
      // The base statistics do not depend on the mode.
      expect({ ...stat(p, 'x'), histogram: null }, mode).toEqual(stat(byMode.basic, 'x'));
    }
    // Integers 1..10: ten one-value bins; the NULL is not counted.
    expect(stat(byMode.full, 'x').histogram).toEqual(
      [1, 1, 1, 1, 0, 0, 0, 0, 0, 1].map((count, i) => ({ lower: 1 + i, upper: 2 + i, count })),
    );
    // DECIMAL: 5 distinct values, 5 bins of width 19.7 over [1.5, 100].
    expect(stat(byMode.distribution, 'amount').histogram).toEqual([
      { lower: 1.5, upper: 21.2, count: 4 },
      { lower: 21.2, upper: 40.9, count: 0 },
      { lower: 40.9, upper: 60.6, count: 0 },
      { lower: 60.6, upper: 80.3, count: 0 },
      { lower: 80.3, upper: 100, count: 1 },
    ]);
    // x and amount: Σ(x−x̄)(a−ā) = 587 over √(50 · 7532.2): r = 0.9565.
    expect(byMode.quality.correlations).toEqual([
      { column1: 'x', column2: 'amount', correlation: 0.9565, strength: 'strong' },
    ]);
  });

  it('bins a unique numeric column into at most 20 bins', async () => {
    const n = 10_000;
    await table(
      'wide',
      [
        ['id', 'BIGINT'],
        ['ratio', 'DOUBLE'],
      ],
      Array.from({ length: n }, (_v, i) => ({ id: i + 1, ratio: i / 4 })),
    );
    const p = await profile('wide', 'distribution');
    const id = stat(p, 'id');
    expect(id).toMatchObject({ count: n, approx_unique: n, cardinality_class: 'unique', min: 1, max: n });
    // The reference sent one map entry per distinct value (10 000 here).
    expect(id.histogram).toHaveLength(20);
    expect(id.histogram?.every((b) => b.count === 500 && b.upper - b.lower === 500)).toBe(true);
    expect(id.histogram?.[0]).toEqual({ lower: 1, upper: 501, count: 500 });
    const ratio = stat(p, 'ratio').histogram ?? [];
    expect(ratio).toHaveLength(20);
    expect(ratio.reduce((a, b) => a + b.count, 0)).toBe(n);
    expect(ratio[0]?.lower).toBe(0);
    expect(ratio[19]?.upper).toBe((n - 1) / 4);
    expect(JSON.stringify(p).length).toBeLessThan(8_000);
  });

  it('detects text patterns on whole values', async () => {
    await table(
      'contacts',
      [
        ['email', 'VARCHAR'],
        ['site', 'VARCHAR'],
        ['phone', 'VARCHAR'],
        ['seen', 'VARCHAR'],
        ['misc', 'VARCHAR'],
      ],
      [
        {
          email: 'ann@example.com',
          site: 'https://example.com/a?b=1',
          phone: '+1 415 555 2671',
          seen: '2024-01-15 14:30:00',
          misc: '192.168.0.1',
        },
        {
          email: 'bob@example.org',
          site: 'http://example.org',
          phone: '(555) 123-4567',
          seen: '2024-01-15T14:30:00.5Z',
          misc: '8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6b',
        },
        {
          email: 'not an email',
          site: 'example.net',
          phone: '1234567890',
          seen: '2024-01-15',
          misc: '2024-02-29',
        },
        { email: null, site: 'https://', phone: '2024-01-15', seen: 'yesterday', misc: 'plain' },
      ],
    );
    const p = await profile('contacts', 'quality');
    const patterns = (c: string) => stat(p, c).detected_patterns;
    expect(patterns('email')).toEqual([{ pattern: 'email', match_count: 2, match_percentage: 66.7 }]);
    // The reference's full match of ^https?:// matched only the bare 'https://'.
    expect(patterns('site')).toEqual([{ pattern: 'url', match_count: 2, match_percentage: 50 }]);
    // A bare run of digits and a date are not phone numbers (the date is a date).
    expect(patterns('phone')).toEqual([
      { pattern: 'phone', match_count: 2, match_percentage: 50 },
      { pattern: 'date_iso', match_count: 1, match_percentage: 25 },
    ]);
    // The reference's datetime_iso missed every value with seconds.
    expect(patterns('seen')).toEqual([
      { pattern: 'date_iso', match_count: 1, match_percentage: 25 },
      { pattern: 'datetime_iso', match_count: 2, match_percentage: 50 },
    ]);
    expect(patterns('misc')).toEqual([
      { pattern: 'uuid', match_count: 1, match_percentage: 25 },
      { pattern: 'ipv4', match_count: 1, match_percentage: 25 },
      { pattern: 'date_iso', match_count: 1, match_percentage: 25 },
    ]);
  });

  it('reports correlations above 0.3 among the first 10 numeric columns, strongest first', async () => {
    // a = 1..6; b = 2a; c = 7 − a; d = ±1 (r = −3/√105 = −0.2928 with a: left out);
    // e: Σ(a−ā)(e−ē) = 11.5 over Σ(a−ā)² = Σ(e−ē)² = 17.5, r = 0.6571.
    const a = [1, 2, 3, 4, 5, 6];
    const e = [3, 1, 2, 6, 4, 5];
    const columns: [string, string][] = [
      ['a', 'INTEGER'],
      ['label', 'VARCHAR'],
      ['b', 'DOUBLE'],
      ['c', 'BIGINT'],
      ['d', 'INTEGER'],
      ['e', 'DECIMAL(5,1)'],
    ];
    // Columns 11 and 12 of the numeric ones are identical but past the first 10.
    for (let i = 0; i < 5; i += 1) columns.push([`pad${i}`, 'INTEGER']);
    columns.push(['late1', 'INTEGER'], ['late2', 'INTEGER']);
    await table(
      'corr',
      columns,
      a.map((v, i) => ({
        a: v,
        label: `r${i}`,
        b: 2 * v,
        c: 7 - v,
        d: i % 2 === 0 ? 1 : -1,
        e: String(e[i]),
        pad0: 0,
        pad1: 0,
        pad2: 0,
        pad3: 0,
        pad4: 0,
        late1: v,
        late2: v,
      })),
    );
    const p = await profile('corr', 'full');
    const pairs = p.correlations.map((c) => `${c.column1}~${c.column2} ${c.correlation} ${c.strength}`);
    expect(pairs.slice(0, 3).sort()).toEqual(['a~b 1 strong', 'a~c -1 strong', 'b~c -1 strong']);
    expect(pairs.slice(3).sort()).toEqual([
      'a~e 0.6571 moderate',
      'b~e 0.6571 moderate',
      'c~e -0.6571 moderate',
    ]);
    // The constant pad columns have no correlation (NaN), and late1/late2 are not looked at.
    expect(pairs.some((s) => s.includes('pad') || s.includes('late'))).toBe(false);
    expect(stat(p, 'pad0')).toMatchObject({ cardinality_class: 'constant', std: 0, skewness: null });
  });

  it('keeps exact 64-bit integers and encodes other types as text', async () => {
    await table(
      'types',
      [
        ['big', 'BIGINT'],
        ['day', 'DATE'],
        ['id', 'UUID'],
        ['tags', 'VARCHAR[]'],
      ],
      [
        {
          big: '9223372036854775807',
          day: '2024-02-29',
          id: '8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6b',
          tags: ['b'],
        },
        { big: '-5', day: '1999-01-01', id: '00000000-0000-4000-8000-000000000000', tags: ['a', 'z'] },
      ],
    );
    const r = await t.fetch(`/projects/${P}/branches/default/buckets/in_c_prof/tables/types/profile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toContain('"max":9223372036854775807,');
    const p = JSON.parse(text) as { statistics: Stats[] };
    expect(stat(p, 'big')).toMatchObject({ min: -5, count: 2 });
    expect(stat(p, 'day')).toMatchObject({ min: '1999-01-01', max: '2024-02-29', avg: null });
    expect(stat(p, 'id')).toMatchObject({ min: '00000000-0000-4000-8000-000000000000' });
    // A list of strings is not a string column (the reference matched the type's prefix).
    expect(stat(p, 'tags')).toMatchObject({ min: '["a","z"]', max: '["b"]', avg_length: null });
  });
});

describe('profileTable: limits', () => {
  it('stops past QUERY_TIMEOUT_MS with 429 query_timeout and keeps serving', async () => {
    const slow = await startTestServer({ QUERY_TIMEOUT_MS: '1' });
    try {
      await slow.admin.createProject({ body: { id: 'slow' } });
      const path = { project_id: 'slow', branch_id: 'default', bucket_name: 'b' };
      await slow.admin.createBucket({
        path: { project_id: 'slow', branch_id: 'default' },
        body: { name: 'b' },
      });
      await slow.admin.createTable({
        path,
        body: {
          name: 'big',
          columns: [
            { name: 'n', type: 'BIGINT' },
            { name: 's', type: 'VARCHAR' },
          ],
        },
      });
      // A million rows written straight into the table file (insertRows would take far longer):
      // exact distinct counts over them take far longer than 1 ms.
      const s = slow.server.storage;
      const entry = s.catalog.table('slow', 'b', 'big');
      if (entry === undefined) throw new Error('no table');
      const { tablePath } = await import('../src/core/tables/table-stats.js');
      const lease = await s.files.lease(tablePath(s, entry));
      try {
        await s.pool.use((conn) =>
          conn.run(`INSERT INTO ${lease.alias}.main.data SELECT i, md5(i::VARCHAR) FROM range(1000000) r(i)`),
        );
      } finally {
        lease.release();
      }
      const e = await failure<DuckStorageApiError>(() =>
        slow.admin.profileTable({ path: { ...path, table_name: 'big' }, query: { mode: 'full' } }),
      );
      expect([e.status, e.reason]).toEqual([429, 'query_timeout']);
      expect(e.message).toContain('QUERY_TIMEOUT_MS=1');
      // The server and its connections still answer.
      expect((await slow.admin.getTable({ path: { ...path, table_name: 'big' } })).name).toBe('big');
    } finally {
      await slow.stop();
    }
  });
});
