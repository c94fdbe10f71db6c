import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nextAlias } from '../db/engine.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { reconcileFiles } from '../files/sweep.js';
import { metaWrite, readRows } from '../metadata/tx.js';
import { log, type Storage } from '../storage.js';
import { columnInfos, readTableDef } from '../tables/schema-def.js';
import { fileBytes, tablePath } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';
import { reconcileWorkspaceAccess } from '../workspaces/workspace-access-rows.js';
import { reconcileWorkspaces } from '../workspaces/workspace-rows.js';
import type { TableEntry } from './catalog.js';
import { BRANCHES_DIR, bucketDir, projectDir, STAGING_DIR, stagingDir } from './paths.js';

/**
 * Start-up reconciliation of disk and catalog (the metadata row is the truth). After a crash at
 * any moment: staging files and trash are removed; table files, bucket dirs and project dirs
 * without a row are removed; rows whose table file is missing are dropped (with a warning);
 * stats of tables whose files changed are recomputed; workspace rows and files are matched.
 */
export async function reconcile(s: Storage): Promise<void> {
  const root = s.config.duckdbDir;
  await rm(stagingDir(root), { recursive: true, force: true });
  await mkdir(stagingDir(root), { recursive: true });
  const missing: TableEntry[] = [];
  const restat: { table: TableEntry; size: number }[] = [];
  const check = async (table: TableEntry) => {
    if (table.deleted) return;
    const size = await fileBytes(tablePath(s, table));
    if (size === 0) missing.push(table);
    else if (size !== table.sizeBytes) restat.push({ table, size });
  };

  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name === STAGING_DIR || !entry.name.startsWith('project_') || entry.name.includes('_branch_'))
      continue;
    const id = entry.name.slice('project_'.length);
    if (!s.catalog.projects.has(id))
      await remove(s, join(root, entry.name), 'project dir without a catalog row');
  }
  for (const { project, buckets, branches } of s.catalog.projects.values()) {
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
      await removeUnknownFiles(s, bdir, [...bucket.tables.values()]);
      for (const table of bucket.tables.values()) await check(table);
    }
    // Dev branches: directories of deleted branches, and files no branch row owns.
    const bdirs = join(pdir, BRANCHES_DIR);
    for (const name of await readdir(bdirs).catch(() => [] as string[])) {
      const branch = branches.get(name);
      if (branch === undefined) {
        await remove(s, join(bdirs, name), 'branch dir without a catalog row');
        continue;
      }
      const owned = [...branch.tables.values()].filter((t) => !t.deleted);
      for (const dir of await readdir(join(bdirs, name))) {
        const tables = owned.filter((t) => t.bucket === dir);
        if (tables.length === 0) await remove(s, join(bdirs, name, dir), 'branch bucket dir without tables');
        else await removeUnknownFiles(s, join(bdirs, name, dir), tables);
      }
    }
    // Every branch row, also of a branch whose directory is gone.
    for (const branch of branches.values()) for (const table of branch.tables.values()) await check(table);
  }
  if (missing.length > 0) await dropMissing(s, missing);
  await dropOrphanRows(s);
  for (const t of restat) await recount(s, t.table);
  // Workspace rows of gone projects or branches, workspace files without a row.
  await reconcileWorkspaces(s);
  await reconcileWorkspaceAccess(s);
  // The file store: usage totals, expired sessions, staging leftovers, interrupted registrations.
  await reconcileFiles(s);
}

async function remove(s: Storage, path: string, why: string): Promise<void> {
  log(s, 'warn', `reconcile: removing ${why}`, { path });
  await rm(path, { recursive: true, force: true });
}

/** Table rows whose bucket or branch is gone (the catalog never loaded them): deleted. */
async function dropOrphanRows(s: Storage): Promise<void> {
  await metaWrite(s, async (tx) => {
    await tx.run(
      `DELETE FROM ${s.m}.tables t
       WHERE NOT EXISTS (SELECT 1 FROM ${s.m}.buckets b WHERE b.project_id = t.project_id AND b.name_key = t.bucket_key)
          OR (t.branch_id <> '' AND NOT EXISTS (SELECT 1 FROM ${s.m}.branches br WHERE br.id = t.branch_id))`,
    );
    return () => undefined;
  });
}

async function removeUnknownFiles(s: Storage, dir: string, tables: TableEntry[]): Promise<void> {
  const files = new Set(tables.map((t) => `${t.name}.duckdb`));
  for (const entry of await readdir(dir)) {
    const base = entry.endsWith('.wal') ? entry.slice(0, -'.wal'.length) : entry;
    if (!files.has(base)) await remove(s, join(dir, entry), 'table file without a catalog row');
  }
}

async function dropMissing(s: Storage, tables: TableEntry[]): Promise<void> {
  for (const t of tables) {
    log(s, 'warn', 'reconcile: table file missing, dropping its catalog row', {
      project_id: t.projectId,
      branch_id: t.branchId,
      table: `${t.bucket}.${t.name}`,
    });
  }
  await metaWrite(s, async (tx) => {
    for (const t of tables) await tx.run(`DELETE FROM ${s.m}.tables WHERE uid = $1`, [t.uid]);
    return () => {
      for (const t of tables) s.catalog.removeTable(t);
    };
  });
}

/** A file changed behind the catalog's back (crash between data commit and stats update). */
async function recount(s: Storage, table: TableEntry) {
  const alias = quoteIdent(nextAlias('s'));
  // The definition too: an interrupted schema change committed in the file is the truth.
  const { rows, def } = await s.pool.use(async (conn) => {
    await conn.run(`ATTACH ${quoteLiteral(tablePath(s, table))} AS ${alias}`);
    try {
      return {
        rows: await readRows(conn, `SELECT count(*) AS n FROM ${alias}.main.data`),
        def: await readTableDef(conn, alias),
      };
    } finally {
      await conn.run(`DETACH ${alias}`);
    }
  });
  const rowCount = Number(rows[0]?.n ?? 0);
  const sizeBytes = await fileBytes(tablePath(s, table));
  const columns = columnInfos(def);
  // updated_at moves: the table may have changed (merge status compares it).
  const updatedAt = nowIso();
  await metaWrite(s, async (tx) => {
    await tx.run(
      `UPDATE ${s.m}.tables SET row_count = $1, size_bytes = $2, columns = $3, primary_key = $4, updated_at = $5 WHERE uid = $6`,
      [rowCount, sizeBytes, JSON.stringify(columns), JSON.stringify(def.primaryKey), updatedAt, table.uid],
    );
    return () => {
      table.rowCount = rowCount;
      table.sizeBytes = sizeBytes;
      table.columns = columns;
      table.primaryKey = def.primaryKey;
      table.updatedAt = updatedAt;
    };
  });
}
