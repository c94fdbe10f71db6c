/** Test support of the loads: a project with one bucket, tables, input files inside DATA_DIR. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBucket } from '../../catalog/buckets.js';
import { createProject } from '../../catalog/projects.js';
import type { CellValue, ColumnSpec } from '../../model.js';
import type { Storage } from '../../storage.js';
import { previewTable } from '../../tables/preview.js';
import { requireTable } from '../../tables/table-lookup.js';
import { createTable } from '../../tables/tables.js';
import { audit } from '../../testing.js';

export const bucketRef = { projectId: 'p1', branchId: 'default', bucket: 'b' };
export const tableRef = (table: string) => ({ ...bucketRef, table });

export async function seedProject(s: Storage): Promise<void> {
  await createProject(s, { id: 'p1', name: null, settings: null }, audit);
  await createBucket(s, { ...bucketRef, name: 'b', description: null }, audit);
}

/** `name TYPE [NOT NULL] [DEFAULT x]` specs in a compact form: ['id BIGINT!', 'v VARCHAR=\'x\''] */
export function cols(...specs: string[]): ColumnSpec[] {
  return specs.map((spec) => {
    const [head, def] = spec.split('=', 2);
    const text = (head ?? '').trim();
    const required = text.endsWith('!');
    const [name, ...type] = (required ? text.slice(0, -1) : text).split(' ');
    return { name: name ?? '', type: type.join(' '), nullable: !required, default: def ?? null };
  });
}

export async function seedTable(s: Storage, name: string, columns: ColumnSpec[], primaryKey: string[] = []) {
  await createTable(s, { ...bucketRef, name, columns, primaryKey }, audit);
}

/** Writes an input file under DATA_DIR/in/ (inside the storage's allowed directories). */
export async function inputFile(s: Storage, name: string, content: string | Buffer): Promise<string> {
  const dir = join(s.config.dataDir, 'in');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Every row, in primary key / insertion order. */
export async function rowsOf(s: Storage, table: string): Promise<Record<string, CellValue>[]> {
  return (await previewTable(s, { ...tableRef(table), limit: 100_000 })).rows;
}

export const statsOf = (s: Storage, table: string) => {
  const t = requireTable(s, tableRef(table));
  return { rowCount: t.rowCount, sizeBytes: t.sizeBytes, updatedAt: t.updatedAt };
};
