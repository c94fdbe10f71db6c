import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nextAlias } from '../db/engine.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { reconcileFiles } from '../files/sweep.js';
import { metaWrite, readRows } from '../metadata/tx.js';
import { log, type Storage } from '../storage.js';
import { fileBytes, tablePath } from '../tables/table-stats.js';
import { nameKey } from './names.js';
import { bucketDir, projectDir, STAGING_DIR, stagingDir } from './paths.js';

/**
 * Start-up reconciliation of disk and catalog (the metadata row is the truth). After a crash at
 * any moment: staging files and trash are removed; table files, bucket dirs and project dirs
 * without a row are removed; rows whose table file is missing are dropped (with a warning);
 * stats of tables whose files changed are recomputed.
 */
export async function reconcile(s: Storage): Promise<void> {
  const root = s.config.duckdbDir;
  await rm(stagingDir(root), { recursive: true, force: true });
  await mkdir(stagingDir(root), { recursive: true });
  const missing: { projectId: string; bucket: string; table: string }[] = [];
  const restat: { projectId: string; bucket: string; table: string; size: number }[] = [];

  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name === STAGING_DIR || !entry.name.startsWith('project_') || entry.name.includes('_branch_'))
      continue;
    const id = entry.name.slice('project_'.length);
    if (!s.catalog.projects.has(id))
      await remove(s, join(root, entry.name), 'project dir without a catalog row');
  }
  for (const { project, buckets } of s.catalog.projects.values()) {
    const pdir = projectDir(root, project.id);
    await mkdir(pdir, { recursive: true });
    const known = new Set([...buckets.values()].map((b) => b.name));
    for (const entry of await readdir(pdir, { withFileTypes: true })) {
      if (!known.has(entry.name) && !entry.name.startsWith('_')) {
        await remove(s, join(pdir, entry.name), 'bucket dir without a catalog row');
      }
    }
    for (const bucket of buckets.values()) {
      const bdir = bucketDir(root, project.id, bucket.name);
      await mkdir(bdir, { recursive: true });
      const files = new Set([...bucket.tables.values()].map((t) => `${t.name}.duckdb`));
      for (const entry of await readdir(bdir)) {
        const base = entry.endsWith('.wal') ? entry.slice(0, -'.wal'.length) : entry;
        if (!files.has(base)) await remove(s, join(bdir, entry), 'table file without a catalog row');
      }
      for (const table of bucket.tables.values()) {
        const size = await fileBytes(tablePath(s, table));
        const ref = { projectId: project.id, bucket: bucket.name, table: table.name };
        if (size === 0) missing.push(ref);
        else if (size !== table.sizeBytes) restat.push({ ...ref, size });
      }
    }
  }
  if (missing.length > 0) await dropMissing(s, missing);
  for (const t of restat) await recount(s, t);
  // The file store: usage totals, expired sessions, staging leftovers, interrupted registrations.
  await reconcileFiles(s);
}

async function remove(s: Storage, path: string, why: string): Promise<void> {
  log(s, 'warn', `reconcile: removing ${why}`, { path });
  await rm(path, { recursive: true, force: true });
}

async function dropMissing(
  s: Storage,
  refs: { projectId: string; bucket: string; table: string }[],
): Promise<void> {
  for (const ref of refs) log(s, 'warn', 'reconcile: table file missing, dropping its catalog row', ref);
  await metaWrite(s, async (tx) => {
    for (const ref of refs) {
      await tx.run(`DELETE FROM ${s.m}.tables WHERE project_id = $1 AND bucket_key = $2 AND name_key = $3`, [
        ref.projectId,
        nameKey(ref.bucket),
        nameKey(ref.table),
      ]);
    }
    return () => {
      for (const ref of refs) s.catalog.bucket(ref.projectId, ref.bucket)?.tables.delete(nameKey(ref.table));
    };
  });
}

/** A file changed behind the catalog's back (crash between data commit and stats update). */
async function recount(s: Storage, ref: { projectId: string; bucket: string; table: string; size: number }) {
  const table = s.catalog.table(ref.projectId, ref.bucket, ref.table);
  if (table === undefined) return;
  const alias = quoteIdent(nextAlias('s'));
  const rows = await s.pool.use(async (conn) => {
    await conn.run(`ATTACH ${quoteLiteral(tablePath(s, table))} AS ${alias}`);
    try {
      return await readRows(conn, `SELECT count(*) AS n FROM ${alias}.main.data`);
    } finally {
      await conn.run(`DETACH ${alias}`);
    }
  });
  const rowCount = Number(rows[0]?.n ?? 0);
  const sizeBytes = await fileBytes(tablePath(s, table));
  await metaWrite(s, async (tx) => {
    await tx.run(
      `UPDATE ${s.m}.tables SET row_count = $1, size_bytes = $2 WHERE project_id = $3 AND bucket_key = $4 AND name_key = $5`,
      [rowCount, sizeBytes, ref.projectId, nameKey(ref.bucket), nameKey(ref.table)],
    );
    return () => {
      table.rowCount = rowCount;
      table.sizeBytes = sizeBytes;
    };
  });
}
