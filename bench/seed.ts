import { readFileSync } from 'node:fs';
import { createBucket } from '../src/core/catalog/buckets.js';
import { createProject } from '../src/core/catalog/projects.js';
import { loadCoreConfig } from '../src/core/config.js';
import { closeStorage, openStorage } from '../src/core/storage.js';
import { createTable, insertRows } from '../src/core/tables/tables.js';

/** Typed like a real product table, so the preview encodes integers, decimals, booleans, timestamps. */
const TYPES: Record<string, string> = {
  product_id: 'BIGINT',
  price: 'DECIMAL(10,2)',
  cost: 'DECIMAL(10,2)',
  stock_quantity: 'INTEGER',
  rating: 'DOUBLE',
  review_count: 'INTEGER',
  weight_kg: 'DOUBLE',
  is_featured: 'BOOLEAN',
  created_at: 'TIMESTAMP',
  updated_at: 'TIMESTAMP',
};

/** Seeds a data dir with one project and the reference's 10k-row sample table; prints the project key. */
export async function seed(dataDir: string, csvPath: string): Promise<string> {
  const storage = await openStorage(loadCoreConfig({ DATA_DIR: dataDir }));
  const audit = { requestId: 'bench-seed', actor: 'bench' };
  try {
    const { apiKey } = await createProject(
      storage,
      { id: 'bench', name: 'Benchmark', settings: null },
      audit,
    );
    await createBucket(
      storage,
      { projectId: 'bench', branchId: 'default', name: 'in_c_bench', description: null },
      audit,
    );
    const [header = '', ...lines] = readFileSync(csvPath, 'utf8').trim().split('\n');
    const names = parseCsvLine(header).map((h) => h.replace(/[^A-Za-z0-9_]/g, '_'));
    await createTable(
      storage,
      {
        projectId: 'bench',
        branchId: 'default',
        bucket: 'in_c_bench',
        name: 'products',
        columns: names.map((name) => ({
          name,
          type: TYPES[name] ?? 'VARCHAR',
          nullable: true,
          default: null,
        })),
        primaryKey: ['product_id'],
      },
      audit,
    );
    const rows = lines.map((line) =>
      Object.fromEntries(parseCsvLine(line).map((v, i) => [names[i] ?? `c${i}`, v])),
    );
    await insertRows(
      storage,
      { projectId: 'bench', branchId: 'default', bucket: 'in_c_bench', table: 'products' },
      rows,
    );
    return apiKey.secret;
  } finally {
    await closeStorage(storage);
  }
}

/** RFC 4180 line: quoted fields with doubled quotes. */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field.replace(/\r$/, ''));
  return out;
}
