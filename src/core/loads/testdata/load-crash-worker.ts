/**
 * Child process of tests/load-crash.test.ts: full and incremental loads of one table, one after
 * the other, until it is killed (-9). Every row of a file carries the file's generation, so a
 * table that mixes generations or misses rows shows a load that was not atomic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBucket } from '../../catalog/buckets.js';
import { createProject } from '../../catalog/projects.js';
import { loadCoreConfig } from '../../config.js';
import { openStorage } from '../../storage.js';
import { createTable } from '../../tables/tables.js';
import { importFromFile } from '../import-file.js';

const CRASH_ROWS = 200_000;
const audit = { requestId: 'load-crash', actor: 'admin' };
const s = await openStorage(loadCoreConfig({ DATA_DIR: process.argv[2] ?? '' }));
const ref = { projectId: 'p', branchId: 'default', bucket: 'b' };
const table = { ...ref, table: 't' };
if (!s.catalog.projects.has('p')) {
  await createProject(s, { id: 'p', name: null, settings: null }, audit);
  await createBucket(s, { ...ref, name: 'b', description: null }, audit);
  await createTable(
    s,
    {
      ...ref,
      name: 't',
      columns: [
        { name: 'id', type: 'BIGINT', nullable: false, default: null },
        { name: 'gen', type: 'INTEGER', nullable: false, default: null },
        { name: 'payload', type: 'VARCHAR', nullable: true, default: null },
      ],
      primaryKey: ['id'],
    },
    audit,
  );
}
const dir = join(s.config.dataDir, 'in');
await mkdir(dir, { recursive: true });
const files: string[] = [];
for (const gen of [1, 2]) {
  const lines = ['id,gen,payload'];
  for (let i = 1; i <= CRASH_ROWS; i += 1) lines.push(`${i},${gen},row ${i} of generation ${gen}`);
  const path = join(dir, `gen${gen}.csv`);
  await writeFile(path, `${lines.join('\n')}\n`);
  files.push(path);
}
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const path = files[i % 2] ?? '';
  // Two full loads (staged file + swap), then two incremental upserts (one transaction), ...
  const incremental = i % 4 >= 2;
  process.stdout.write(`start ${i} ${incremental ? 'incremental' : 'full'}\n`);
  await importFromFile(s, table, { path, importOptions: { incremental } }, audit);
  process.stdout.write(`loaded ${i}\n`);
}
