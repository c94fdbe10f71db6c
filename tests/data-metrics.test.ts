import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

/** The data plane's metrics on GET /metrics (issue 12, part 8): what one upload, import and export add. */
let t: TestServer;
const P = 'metrics_p';
const table = { project_id: P, branch_id: 'default', bucket_name: 'b', table_name: 't' };

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  await t.admin.createBucket({ path: { project_id: P, branch_id: 'default' }, body: { name: 'b' } });
  await t.admin.createTable({
    path: { project_id: P, branch_id: 'default', bucket_name: 'b' },
    body: {
      name: 't',
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'v', type: 'VARCHAR' },
      ],
    },
  });
});
afterAll(() => t.stop());

/** The value of one sample line, e.g. `duckstorage_import_rows_total{format="csv",mode="full"}`. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no sample ${name} in /metrics`);
  return Number(line.slice(name.length + 1));
}

describe('data-plane metrics', () => {
  it('counts upload bytes, import and export rows and bytes by format and mode, and file store bytes', async () => {
    const csv = 'id,v\n1,a\n2,b\n3,c\n';
    const file = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'm.csv' },
      body: new TextEncoder().encode(csv),
    });
    await t.admin.importFromFile({ path: table, body: { file_id: file.id } });
    await t.admin.importFromFile({
      path: table,
      body: { file_id: file.id, import_options: { incremental: true } },
    });
    const exported = await t.admin.exportToFile({ path: table, body: { format: 'parquet' } });
    expect(exported.rows_exported).toBe(6);
    const text = await t.admin.getMetrics({});
    expect(sample(text, 'duckstorage_upload_bytes_total')).toBe(csv.length);
    expect(sample(text, 'duckstorage_import_rows_total{format="csv",mode="full"}')).toBe(3);
    expect(sample(text, 'duckstorage_import_rows_total{format="csv",mode="incremental"}')).toBe(3);
    expect(sample(text, 'duckstorage_import_operations_total{format="csv",mode="full"}')).toBe(1);
    expect(sample(text, 'duckstorage_import_bytes_total{format="csv",mode="full"}')).toBe(csv.length);
    expect(sample(text, 'duckstorage_export_rows_total{format="parquet"}')).toBe(6);
    expect(sample(text, 'duckstorage_export_bytes_total{format="parquet"}')).toBe(exported.file_size_bytes);
    expect(sample(text, 'duckstorage_import_duration_seconds_count{format="csv",mode="full"}')).toBe(1);
    expect(sample(text, `duckstorage_file_store_bytes{project_id="${P}"}`)).toBe(
      csv.length + exported.file_size_bytes,
    );
  });
});
