import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { PRODUCT_COLUMNS, PRODUCTS_CSV } from './helpers/products.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Import and export over the real server: files uploaded through the Files API, loaded, exported
 * to CSV and Parquet, downloaded and loaded again (issue 12, parts 3-5).
 */
let t: TestServer;
const P = 'iep';

const tablePath = (table: string, bucket = 'b') => ({
  project_id: P,
  branch_id: 'default',
  bucket_name: bucket,
  table_name: table,
});

/** A table whose values exercise the hard cases: NULL vs '', quotes, newlines, UTF-8, scale. */
const RICH_COLUMNS: [string, string][] = [
  ['id', 'INTEGER'],
  ['label', 'VARCHAR'],
  ['amount', 'DECIMAL(38,10)'],
  ['at', 'TIMESTAMP'],
  ['flag', 'BOOLEAN'],
];
const RICH_CSV = [
  'id,label,amount,at,flag',
  '1,"plain",12345678901234567890.0123456789,2024-02-29 23:59:59.123456,true',
  '2,"with ""quotes"", and comma",-0.0000000001,1970-01-01 00:00:00,false',
  '3,"two\nlines\r\nand crlf",0,2038-01-19 03:14:08.000001,',
  '4,"Ünïcödé 🦆 日本",,,true',
  '5,"",1.5,2000-01-01 00:00:00,false',
  '6,,,,',
  '',
].join('\n');

async function createTable(name: string, columns: [string, string][], primaryKey: string[] = []) {
  await t.admin.createTable({
    path: { project_id: P, branch_id: 'default', bucket_name: 'b' },
    body: { name, columns: columns.map(([n, type]) => ({ name: n, type })), primary_key: primaryKey },
  });
}

async function uploadFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const file = await t.admin.uploadFileStream({ path: { project_id: P }, query: { name }, body });
  return file.id;
}

/** The reference's three steps: prepare, multipart upload, register. */
async function uploadThreeSteps(name: string, bytes: Uint8Array): Promise<string> {
  const project = { project_id: P };
  const session = await t.admin.prepareFileUpload({
    path: project,
    body: { filename: name, content_type: 'text/csv' },
  });
  await t.admin.uploadFile({
    path: { ...project, upload_key: session.upload_key },
    body: { file: new Blob([new Uint8Array(bytes)]) },
  });
  return (await t.admin.registerFile({ path: project, body: { upload_key: session.upload_key } })).id;
}

async function download(fileId: string): Promise<Uint8Array> {
  const res = await t.admin.downloadFile({ path: { project_id: P, file_id: fileId } });
  if (res.status === 304) throw new Error('unexpected 304');
  return res.bytes();
}

async function rows(table: string) {
  return (await t.admin.previewTable({ path: tablePath(table), query: { limit: 10_000 } })).rows;
}

type ExportBody = NonNullable<Parameters<TestServer['admin']['exportToFile']>[0]['body']>;

const importFile = (table: string, body: Parameters<TestServer['admin']['importFromFile']>[0]['body']) =>
  t.admin.importFromFile({ path: tablePath(table), body });

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  await t.admin.createBucket({ path: { project_id: P, branch_id: 'default' }, body: { name: 'b' } });
});
afterAll(async () => {
  await t?.stop();
});

describe('products_10k.csv round trip', () => {
  it('imports with exact values, exports to CSV and Parquet, and re-imports the same rows', async () => {
    const csv = readFileSync(PRODUCTS_CSV);
    await createTable('products', PRODUCT_COLUMNS, ['product_id']);
    const fileId = await uploadThreeSteps('products_10k.csv', csv);
    const loaded = await importFile('products', { file_id: fileId });
    expect(loaded).toMatchObject({ imported_rows: 10_000, table_rows_after: 10_000, warnings: [] });
    expect(loaded.table_size_bytes).toBeGreaterThan(0);

    // Every value, against the source text (no quotes in this file: a split is exact).
    const [header, ...lines] = csv.toString('utf8').trimEnd().split(/\r?\n/);
    const names = (header ?? '').split(',');
    const imported = await rows('products');
    expect(imported).toHaveLength(10_000);
    const byId = new Map(imported.map((r) => [String(r.product_id), r]));
    for (const line of lines) {
      const fields = line.split(',');
      const row = byId.get(fields[0] ?? '');
      expect(row).toBeDefined();
      names.forEach((name, i) => {
        const type = PRODUCT_COLUMNS[i]?.[1] ?? '';
        expect(normalize(row?.[name], type), `${name} of ${fields[0]}`).toBe(normalize(fields[i], type));
      });
    }

    for (const [format, compression, table] of [
      ['csv', null, 'products_csv'],
      ['csv', 'gzip', 'products_csvgz'],
      ['parquet', null, 'products_parquet'],
      ['parquet', 'zstd', 'products_zstd'],
    ] as const) {
      const exported = await t.admin.exportToFile({
        path: tablePath('products'),
        body: { format, compression },
      });
      expect(exported.rows_exported).toBe(10_000);
      const file = await t.admin.getFile({ path: { project_id: P, file_id: exported.file_id } });
      const extension = format === 'parquet' ? 'parquet' : compression === 'gzip' ? 'csv.gz' : 'csv';
      expect(file.name).toMatch(
        new RegExp(`^export_products_\\d{8}_\\d{6}\\.${extension.replace('.', '\\.')}$`),
      );
      expect(file.content_type).toBe(
        format === 'parquet'
          ? 'application/vnd.apache.parquet'
          : compression === 'gzip'
            ? 'application/gzip'
            : 'text/csv',
      );
      expect(file.tags).toEqual({ type: 'export', table: 'b.products' });
      expect(file.size_bytes).toBe(exported.file_size_bytes);
      expect(exported.file_path).toBe(file.path);

      await createTable(table, PRODUCT_COLUMNS, ['product_id']);
      const again = await importFile(table, { file_id: exported.file_id, format });
      expect(again.imported_rows).toBe(10_000);
      expect(await rows(table)).toEqual(imported);
    }
  });

  it('keeps NULL vs empty, quotes, newlines, UTF-8, DECIMAL(38,10) and microseconds through CSV and Parquet', async () => {
    await createTable('rich', RICH_COLUMNS);
    await importFile('rich', { file_id: await uploadFile('rich.csv', RICH_CSV) });
    const source = await rows('rich');
    expect(source[1]?.label).toBe('with "quotes", and comma');
    expect(source[2]?.label).toBe('two\nlines\r\nand crlf');
    expect(source[0]?.amount).toBe('12345678901234567890.0123456789');
    expect(source[0]?.at).toBe('2024-02-29T23:59:59.123456');
    expect(source[4]?.label).toBe('');
    expect(source[5]).toEqual({ id: 6, label: null, amount: null, at: null, flag: null });
    for (const format of ['csv', 'parquet'] as const) {
      const exported = await t.admin.exportToFile({ path: tablePath('rich'), body: { format } });
      const copy = `rich_${format}`;
      await createTable(copy, RICH_COLUMNS);
      await importFile(copy, { file_id: exported.file_id, format });
      expect(await rows(copy)).toEqual(source);
    }
  });
});

describe('export options', () => {
  beforeAll(async () => {
    await createTable('people', [
      ['id', 'INTEGER'],
      ['name', 'VARCHAR'],
      ['age', 'INTEGER'],
    ]);
    await importFile('people', {
      file_id: await uploadFile('people.csv', 'id,name,age\n1,Ann,30\n2,Bob,25\n3,drop me,41\n4,Dee,28\n'),
    });
  });

  const exportCsv = async (body: ExportBody) => {
    const r = await t.admin.exportToFile({ path: tablePath('people'), body });
    return { r, text: Buffer.from(await download(r.file_id)).toString('utf8') };
  };

  it('selects columns, filters with bound values, orders and limits', async () => {
    const { r, text } = await exportCsv({
      columns: ['NAME', 'id'],
      where_filter: "age >= 28 AND name <> 'drop me'",
      order_by: [{ column: 'age', direction: 'desc' }],
      limit: 2,
    });
    expect(r.rows_exported).toBe(2);
    expect(text).toBe('name,id\nAnn,1\nDee,4\n');
    const structured = await exportCsv({ where: [{ column: 'name', operator: 'eq', values: ['drop me'] }] });
    expect(structured.text).toBe('id,name,age\n3,drop me,41\n');
    const gz = await t.admin.exportToFile({ path: tablePath('people'), body: { compression: 'gzip' } });
    expect(gunzipSync(await download(gz.file_id)).toString()).toBe(
      'id,name,age\n1,Ann,30\n2,Bob,25\n3,drop me,41\n4,Dee,28\n',
    );
  });

  it('refuses SQL in columns and filters, unknown columns and bad compression', async () => {
    const before = (await t.admin.listFiles({ path: { project_id: P } })).total;
    const cases: [ExportBody, number, string][] = [
      [{ columns: ["read_csv('/etc/passwd')"] }, 400, 'column_not_found'],
      [{ columns: ['nope'] }, 400, 'column_not_found'],
      [{ where_filter: '1=1; DROP TABLE users;' }, 400, 'invalid_where_clause'],
      [
        { where_filter: "name IN (SELECT content FROM read_text('/etc/hostname'))" },
        400,
        'invalid_where_clause',
      ],
      [{ compression: 'zstd' }, 400, 'invalid_compression'],
      [{ format: 'xlsx' }, 400, 'invalid_format'],
      [{ order_by: [{ column: 'nope' }] }, 400, 'column_not_found'],
    ];
    for (const [body, status, reason] of cases) {
      const error = await failure<DuckStorageApiError>(() =>
        t.admin.exportToFile({ path: tablePath('people'), body }),
      );
      expect([error.status, error.reason], JSON.stringify(body)).toEqual([status, reason]);
    }
    expect((await t.admin.listFiles({ path: { project_id: P } })).total).toBe(before);
  });
});

describe('import from a file: refusals change nothing', () => {
  it('answers 4xx for bad files and options, with the table and catalog unchanged', async () => {
    await createTable(
      'guarded',
      [
        ['id', 'INTEGER'],
        ['name', 'VARCHAR'],
      ],
      ['id'],
    );
    await importFile('guarded', { file_id: await uploadFile('ok.csv', 'id,name\n1,a\n2,b\n') });
    const snapshot = async () => ({
      rows: await rows('guarded'),
      table: await t.admin.getTable({ path: tablePath('guarded') }),
      files: (await t.admin.listFiles({ path: { project_id: P } })).total,
    });
    const before = await snapshot();
    const parquet = await t.admin.exportToFile({
      path: tablePath('people'),
      body: { format: 'parquet', columns: ['name', 'id'] },
    });
    const files = {
      ragged: await uploadFile('ragged.csv', 'id,name\n3,c\n4\n'),
      wrongType: await uploadFile('wrong.csv', 'id,name\nx,c\n'),
      utf8: await uploadFile('bad.csv', Buffer.from('id,name\n3,\xff\xfe\n', 'latin1')),
      empty: await uploadFile('empty.csv', ''),
      unknown: await uploadFile('unknown.csv', 'id,nick\n3,c\n'),
      duplicate: await uploadFile('dup.csv', 'id,ID\n3,4\n'),
      missing: await uploadFile('missing.csv', 'name\nc\n'),
      notGzip: await uploadFile('fake.csv.gz', 'id,name\n3,c\n'),
      notParquet: await uploadFile('fake.parquet', 'id,name\n3,c\n'),
      dupKey: await uploadFile('dupkey.csv', 'id,name\n1,z\n'),
    };
    // A Parquet file without the primary key column.
    const otherTypes = await t.admin.exportToFile({
      path: tablePath('people'),
      body: { format: 'parquet', columns: ['name'] },
    });
    const cases: [Parameters<TestServer['admin']['importFromFile']>[0]['body'], number, string][] = [
      [{ file_id: files.ragged }, 400, 'import_failed'],
      [{ file_id: files.wrongType }, 400, 'import_failed'],
      [{ file_id: files.utf8 }, 400, 'import_failed'],
      [{ file_id: files.empty }, 400, 'empty_file'],
      [{ file_id: files.unknown }, 400, 'unknown_columns'],
      [{ file_id: files.duplicate }, 400, 'duplicate_columns'],
      [{ file_id: files.missing }, 400, 'missing_columns'],
      [{ file_id: files.notGzip, csv_options: { compression: 'gzip' } }, 400, 'import_failed'],
      [{ file_id: files.notParquet, format: 'parquet' }, 400, 'import_failed'],
      [
        { file_id: otherTypes.file_id, format: 'parquet', import_options: { columns: ['name'] } },
        400,
        'missing_columns',
      ],
      [
        { file_id: files.dupKey, import_options: { incremental: true, dedup_mode: 'fail_on_duplicates' } },
        409,
        'duplicate_key',
      ],
      [
        { file_id: files.dupKey, import_options: { dedup_mode: 'insert_duplicates' } },
        400,
        'invalid_dedup_mode',
      ],
      [{ file_id: files.ragged, format: 'xlsx' }, 400, 'invalid_format'],
      [{ file_id: '00000000-0000-4000-8000-000000000000' }, 404, 'file_not_found'],
      [
        { file_id: parquet.file_id, csv_options: { delimiter: ",'); COPY (SELECT 42) TO '/tmp/x'; --" } },
        422,
        'validation_error',
      ],
      [{ file_id: files.ragged, csv_options: { quote: "'", delimiter: "'" } }, 400, 'invalid_csv_options'],
      [
        { file_id: files.ragged, import_options: { dedup_mode: 'bogus' as 'update_duplicates' } },
        422,
        'validation_error',
      ],
    ];
    for (const [body, status, reason] of cases) {
      const error = await failure<DuckStorageApiError>(() => importFile('guarded', body));
      expect([error.status, error.reason], JSON.stringify(body)).toEqual([status, reason]);
      expect(JSON.stringify(error.body)).not.toContain(t.dataDir);
    }
    const after = await snapshot();
    expect(after.rows).toEqual(before.rows);
    expect(after.table).toEqual(before.table);
  });

  it('names the line and the column of a value that does not fit', async () => {
    await createTable('typed', [
      ['id', 'INTEGER'],
      ['price', 'DECIMAL(10,2)'],
    ]);
    const empty = await failure<DuckStorageApiError>(() => importFile('typed', { file_id: '' }));
    expect(empty.status).toBe(422);
    const fileId = await uploadFile('typed.csv', 'price,id\n1.5,1\n2.5,2\nabc,3\n');
    const bad = await failure<DuckStorageApiError>(() => importFile('typed', { file_id: fileId }));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/Line 4, column 'price'/);
    expect((bad.body as { detail: { details: Record<string, unknown> } }).detail.details).toMatchObject({
      line: 4,
      column: 'price',
      value: 'abc',
      problem: 'invalid_value',
    });
  });

  it('loads Parquet by field name with its types cast, and names a value that does not convert', async () => {
    await createTable('casted', [
      ['name', 'VARCHAR'],
      ['id', 'BIGINT'],
      ['age', 'VARCHAR'],
    ]);
    const parquet = await t.admin.exportToFile({ path: tablePath('people'), body: { format: 'parquet' } });
    const r = await importFile('casted', { file_id: parquet.file_id, format: 'parquet' });
    expect(r.imported_rows).toBe(4);
    expect((await rows('casted'))[0]).toEqual({ name: 'Ann', id: 1, age: '30' });
    await createTable('narrow', [
      ['id', 'INTEGER'],
      ['name', 'INTEGER'],
    ]);
    const bad = await failure<DuckStorageApiError>(() =>
      importFile('narrow', {
        file_id: parquet.file_id,
        format: 'parquet',
        import_options: { columns: ['id', 'name'] },
      }),
    );
    expect([bad.status, bad.reason]).toEqual([400, 'import_failed']);
    expect(bad.message).toMatch(/Row 1, column 'name' holds "Ann"/);
  });
});

describe('scopes', () => {
  it('a read-only key exports but cannot import', async () => {
    const readKey = (
      await t.admin.createApiKey({
        path: { project_id: P },
        body: { description: 'read only', scope: 'branch_read', branch_id: 'default' },
      })
    ).api_key;
    const reader = t.as(readKey);
    const exported = await reader.exportToFile({ path: tablePath('people'), body: { limit: 1 } });
    expect(exported.rows_exported).toBe(1);
    const refused = await failure<DuckStorageApiError>(() =>
      reader.importFromFile({ path: tablePath('people'), body: { file_id: exported.file_id } }),
    );
    expect(refused.status).toBe(403);
    const fromTable = await failure<DuckStorageApiError>(() =>
      reader.importFromTable({
        path: tablePath('people'),
        body: { source_bucket: 'b', source_table: 'rich' },
      }),
    );
    expect(fromTable.status).toBe(403);
  });
});

describe('import from a table', () => {
  it('maps columns, filters with bound values, upserts and refuses itself', async () => {
    await createTable(
      'adults',
      [
        ['pid', 'BIGINT'],
        ['who', 'VARCHAR'],
        ['age', 'INTEGER'],
      ],
      ['pid'],
    );
    const r = await t.admin.importFromTable({
      path: tablePath('adults'),
      body: {
        source_bucket: 'b',
        source_table: 'people',
        columns: [
          { source: 'id', destination: 'pid' },
          { source: 'name', destination: 'who' },
          { source: 'age', destination: 'age' },
        ],
        where: [{ column: 'age', operator: 'ge', values: [28] }],
      },
    });
    expect(r).toMatchObject({ imported_rows: 3, table_rows_after: 3 });
    expect((await rows('adults')).map((x) => x.who)).toEqual(['Ann', 'drop me', 'Dee']);
    const inc = await t.admin.importFromTable({
      path: tablePath('adults'),
      body: {
        source_bucket: 'b',
        source_table: 'people',
        columns: [
          { source: 'id', destination: 'pid' },
          { source: 'name', destination: 'who' },
        ],
        where_filter: "name = 'Bob' OR id = 1",
        import_options: { incremental: true },
      },
    });
    expect(inc).toMatchObject({ imported_rows: 1, table_rows_after: 4 });
    expect((await rows('adults')).map((x) => [x.pid, x.who, x.age])).toEqual([
      [1, 'Ann', 30],
      [2, 'Bob', null],
      [3, 'drop me', 41],
      [4, 'Dee', 28],
    ]);
    const self = await failure<DuckStorageApiError>(() =>
      t.admin.importFromTable({
        path: tablePath('adults'),
        body: { source_bucket: 'B', source_table: 'ADULTS' },
      }),
    );
    expect([self.status, self.reason]).toEqual([400, 'invalid_source']);
    const missing = await failure<DuckStorageApiError>(() =>
      t.admin.importFromTable({
        path: tablePath('adults'),
        body: {
          source_bucket: 'b',
          source_table: 'people',
          columns: [{ source: 'nope', destination: 'pid' }],
        },
      }),
    );
    expect([missing.status, missing.reason]).toEqual([400, 'column_not_found']);
  });
});

/** The source's text and the preview's JSON value in one comparable form per type. */
function normalize(value: unknown, type: string): string {
  if (value === null || value === undefined || value === '') return '<null>';
  const text = String(value);
  if (type.startsWith('DECIMAL')) {
    const scale = Number(/,(\d+)\)/.exec(type)?.[1] ?? 0);
    return Number(text).toFixed(scale) === text ? text : Number(text).toFixed(scale);
  }
  if (type === 'BOOLEAN') return text.toLowerCase();
  if (type === 'TIMESTAMP') return text.replace('T', ' ');
  return text;
}
