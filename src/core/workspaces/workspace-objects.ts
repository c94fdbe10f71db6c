import { stat } from 'node:fs/promises';
import { MAIN_BRANCH } from '../catalog/branches.js';
import { nameKey } from '../catalog/names.js';
import { walFile } from '../catalog/paths.js';
import { quoteIdent } from '../db/sql.js';
import { notFound } from '../errors.js';
import { duckdbFailure, num, readRows, text } from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import { type VisibleTable, visibleTables } from './project-views.js';
import type { WorkspaceEntry } from './workspace-model.js';

/** What the workspace file holds: tables and views of every schema but internal `_` names. */
export interface WorkspaceObject {
  schema: string;
  /** The bare name in the `main` schema, `schema.name` in another one. */
  name: string;
  type: 'table' | 'view';
  /** DuckDB's stored row count of a table (no scan); null for a view (never executed). */
  rows: number | null;
}

/** The branch id of the workspace's view: `default` for main. */
export const viewBranch = (ws: Pick<WorkspaceEntry, 'branchId'>): string => ws.branchId ?? MAIN_BRANCH;

/**
 * The project tables a session of the workspace sees (project-views.ts, the one definition), from
 * the catalog alone (no file opened): bucket, then table, in code-point order.
 */
export function sessionTables(
  s: Storage,
  ws: Pick<WorkspaceEntry, 'projectId' | 'branchId'>,
): VisibleTable[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return visibleTables(s, ws.projectId, ws.branchId).sort(
    (a, b) => order(a.bucket, b.bucket) || order(a.name, b.name),
  );
}

/** Whether the view has a bucket (own or linked) of this name. */
export function hasBucket(s: Storage, projectId: string, bucket: string): boolean {
  const project = s.catalog.projects.get(projectId);
  return (
    project !== undefined && (project.buckets.has(nameKey(bucket)) || project.links.has(nameKey(bucket)))
  );
}

/** Bytes of the workspace file and its WAL on disk (no attach), as `size_bytes` reports. */
export async function fileSize(s: Storage, ws: Pick<WorkspaceEntry, 'projectId' | 'id'>): Promise<number> {
  const path = s.workspaceDbs.path(ws);
  let total = 0;
  for (const p of [path, walFile(path)]) {
    try {
      total += (await stat(p)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return total;
}

/** The raw catalog name of a quoted alias (`"w_1_…"` → `w_1_…`). */
const unquote = (alias: string): string => alias.slice(1, -1).replaceAll('""', '"');

/**
 * Bytes the workspace really uses: its used blocks plus the WAL. Dropped data leaves free blocks
 * in the file, which count toward `size_bytes` (the file's size) but not toward the size limit.
 */
export async function usedBytes(s: Storage, ws: WorkspaceEntry, alias: string): Promise<number> {
  const rows = await s.pool.use((conn) =>
    readRows(
      conn,
      'SELECT used_blocks::BIGINT * block_size::BIGINT AS used FROM pragma_database_size() WHERE database_name = $1',
      [unquote(alias)],
    ),
  );
  let wal = 0;
  try {
    wal = (await stat(walFile(s.workspaceDbs.path(ws)))).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return num(rows[0]?.used) + wal;
}

/** Tables and views of the attached workspace (`alias` quoted), internal `_` names left out. */
export async function listObjects(s: Storage, alias: string): Promise<WorkspaceObject[]> {
  const rows = await s.pool.use((conn) =>
    readRows(
      conn,
      `SELECT schema_name AS s, table_name AS n, 'table' AS t, estimated_size AS r FROM duckdb_tables()
         WHERE database_name = $1 AND NOT internal AND NOT temporary
       UNION ALL
       SELECT schema_name, view_name, 'view', NULL FROM duckdb_views()
         WHERE database_name = $1 AND NOT internal AND NOT temporary
       ORDER BY 1, 2`,
      [unquote(alias)],
    ),
  );
  return rows
    .map((r) => ({ schema: text(r.s), bare: text(r.n), type: text(r.t) as 'table' | 'view', rows: r.r }))
    .filter((o) => !o.schema.startsWith('_') && !o.bare.startsWith('_'))
    .map((o) => ({
      schema: o.schema,
      name: o.schema === 'main' ? o.bare : `${o.schema}.${o.bare}`,
      type: o.type,
      rows: o.rows === null || o.rows === undefined ? null : num(o.rows),
    }));
}

const bareName = (o: WorkspaceObject): string =>
  o.schema === 'main' ? o.name : o.name.slice(o.schema.length + 1);

const dropSql = (alias: string, o: WorkspaceObject): string =>
  `DROP ${o.type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS ${alias}.${quoteIdent(o.schema)}.${quoteIdent(bareName(o))}`;

/** Drops every listed object, views first; `_` names, other object kinds and schemas stay. */
export async function dropAllObjects(s: Storage, alias: string): Promise<number> {
  const objects = await listObjects(s, alias);
  const ordered = [...objects.filter((o) => o.type === 'view'), ...objects.filter((o) => o.type === 'table')];
  await s.pool.use(async (conn) => {
    for (const o of ordered) {
      try {
        await conn.run(dropSql(alias, o));
      } catch (error) {
        throw duckdbFailure(s, error, { context: `Cannot drop ${o.name}` });
      }
    }
  });
  return ordered.length;
}

/** Drops one listed object (its listed name) or NOT_FOUND `object_not_found`. */
export async function dropObject(
  s: Storage,
  ws: WorkspaceEntry,
  alias: string,
  objectName: string,
): Promise<WorkspaceObject> {
  const objects = await listObjects(s, alias);
  const found =
    objects.find((o) => o.name === objectName) ??
    objects.find((o) => nameKey(o.name) === nameKey(objectName));
  if (found === undefined) {
    throw notFound('object_not_found', `Object '${objectName}' not found in workspace ${ws.id}`, {
      project_id: ws.projectId,
      workspace_id: ws.id,
      object_name: objectName,
    });
  }
  await s.pool.use(async (conn) => {
    try {
      await conn.run(dropSql(alias, found));
    } catch (error) {
      throw duckdbFailure(s, error, { context: `Cannot drop ${found.name}` });
    }
  });
  return found;
}
