/** Child process of crash.test.ts: creates, fills and drops tables until it is killed (-9). */
import { createBucket } from '../../catalog/buckets.js';
import { createProject } from '../../catalog/projects.js';
import { loadCoreConfig } from '../../config.js';
import { openStorage } from '../../storage.js';
import { createTable, deleteTable, insertRows } from '../tables.js';

const audit = { requestId: 'crash', actor: 'admin' };
const s = await openStorage(loadCoreConfig({ DATA_DIR: process.argv[2] ?? '' }));
const ref = { projectId: 'p', branchId: 'default', bucket: 'b' };
if (!s.catalog.projects.has('p')) {
  await createProject(s, { id: 'p', name: null, settings: null }, audit);
  await createBucket(s, { ...ref, name: 'b', description: null }, audit);
}
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const name = `t${i % 7}`;
  const table = { ...ref, table: name };
  if (s.catalog.table('p', 'b', name) === undefined) {
    await createTable(
      s,
      { ...ref, name, columns: [{ name: 'a', type: 'INT', nullable: true, default: null }], primaryKey: [] },
      audit,
    );
  }
  await insertRows(s, table, [{ a: i }, { a: i + 1 }]);
  if (i % 3 === 0) await deleteTable(s, table, audit);
}
