import { randomBytes } from 'node:crypto';
import { logOperation } from '../audit.js';
import { withTableRead } from '../branches/copy-on-write.js';
import { nameKey } from '../catalog/names.js';
import { checkpoint } from '../db/checkpoint.js';
import { quoteIdent } from '../db/sql.js';
import { alreadyExists, invalidArgument, notFound, StorageError } from '../errors.js';
import { compileRowFilter, type RowFilter } from '../filters/row-filter.js';
import { bind, duckdbFailure, num, readRows } from '../metadata/tx.js';
import { type AuditContext, log, type Storage, trackWrite } from '../storage.js';
import { aliasFilter, andFilters, readTarget, shownTable } from '../tables/aliases.js';
import { columnOf, type TableRef } from '../tables/table-lookup.js';
import { tablePath } from '../tables/table-stats.js';
import { requireLoadGrant } from './workspace-grants.js';
import { withWorkspaceWrite } from './workspace-locks.js';
import { requireLiveWorkspace, type WorkspaceRef, withWorkspaceDb } from './workspace-lookup.js';
import type { WorkspaceEntry } from './workspace-model.js';
import { fileSize, hasBucket, listObjects, usedBytes, viewBranch } from './workspace-objects.js';

/** One table to copy into the workspace (spec WorkspaceLoadItem). */
export interface LoadItem {
  /** `bucket.table`; a bucket name with dots (Keboola's `in.c-sales`) is the longest that exists. */
  source: string;
  /** Table name in the workspace's `main` schema; default: the source table's name. */
  destination?: string | null;
  /** Source columns to copy, in this order; all when absent or empty. */
  columns?: string[] | null;
  /** Structured filters (ANDed), checked against the source's columns, values bound. */
  where?: RowFilter[] | null;
  /** Replace an existing table or view of that name; false: that item fails. */
  overwrite?: boolean;
  /**
   * The project whose main branch `source` names: the workspace's own (default, its branch's
   * view), or a project it granted access (workspace-grants.ts; PERMISSION_DENIED otherwise).
   */
  sourceProjectId?: string;
}

export interface LoadItemResult {
  source: string;
  destination: string;
  rows: number;
  /** The workspace file's size after this item. */
  sizeBytes: number;
  status: 'loaded' | 'failed';
  error: StorageError | null;
}

export interface LoadResult {
  items: LoadItemResult[];
  sizeBytes: number;
}

const MAX_NAME = 255;

/**
 * loadWorkspaceTables: copies tables (never attaches them) into the workspace, one item after the
 * other, under the workspace's write lock. Each item reads through the core's branch-aware table
 * read (a branch workspace gets the branch's copy, a linked bucket its source) under the table's
 * read lock; the copy is written under a temporary name and renamed into place only when the
 * workspace is still within its size limit. A failing item is reported with its error and
 * changes nothing; the others go on (reference pitfall 07/17: failures looked like empty tables).
 */
export async function loadWorkspaceTables(
  s: Storage,
  ref: WorkspaceRef,
  items: LoadItem[],
  audit: AuditContext,
): Promise<LoadResult> {
  const startedAt = Date.now();
  const first = requireLiveWorkspace(s, ref);
  const result = await trackWrite(s, () =>
    withWorkspaceWrite(s, [first.id], async () => loadItems(s, requireLiveWorkspace(s, ref), items)),
  );
  const loaded = result.items.filter((r) => r.status === 'loaded').length;
  await logOperation(s, audit, {
    operation: 'load_workspace_tables',
    projectId: first.projectId,
    resourceType: 'workspace',
    resourceId: first.id,
    details: {
      tables_requested: items.length,
      tables_loaded: loaded,
      tables_failed: items.length - loaded,
      sources: items.map((i) => i.source),
    },
    startedAt,
  });
  return result;
}

/** The items on an already locked workspace (createWorkspace's preload uses it too). */
export async function loadItems(s: Storage, ws: WorkspaceEntry, items: LoadItem[]): Promise<LoadResult> {
  return withWorkspaceDb(s, ws, async (alias) => {
    const results: LoadItemResult[] = [];
    for (const item of items) {
      const destination = item.destination ?? tableOfSource(item.source);
      try {
        const loaded = await loadOne(s, ws, alias, item);
        results.push({ ...loaded, status: 'loaded', error: null });
      } catch (error) {
        const e = StorageError.from(error);
        if (e.code === 'INTERNAL') {
          log(s, 'error', 'workspace load item failed', { workspace_id: ws.id, source: item.source, error });
        }
        results.push({
          source: item.source,
          destination,
          rows: 0,
          sizeBytes: await fileSize(s, ws),
          status: 'failed',
          error: e,
        });
      }
    }
    return { items: results, sizeBytes: await fileSize(s, ws) };
  });
}

const tableOfSource = (source: string): string => {
  const dot = source.lastIndexOf('.');
  return dot < 0 ? source : source.slice(dot + 1);
};

/**
 * `bucket.table` as the workspace's view names it. Bucket names may hold dots (Keboola ids like
 * `in.c-sales.orders`): the longest prefix that is a bucket of the project (own or linked) wins.
 */
export function resolveSource(
  s: Storage,
  ws: Pick<WorkspaceEntry, 'projectId' | 'branchId'>,
  source: string,
): TableRef {
  const branchId = viewBranch(ws);
  if (!source.includes('.')) {
    throw invalidArgument('invalid_source', `Source '${source}' is not of the form bucket.table`, { source });
  }
  for (let dot = source.lastIndexOf('.'); dot > 0; dot = source.lastIndexOf('.', dot - 1)) {
    const bucket = source.slice(0, dot);
    const table = source.slice(dot + 1);
    if (table !== '' && hasBucket(s, ws.projectId, bucket))
      return { projectId: ws.projectId, branchId, bucket, table };
  }
  const bucket = source.slice(0, source.lastIndexOf('.'));
  throw notFound('bucket_not_found', `Bucket ${bucket} not found in project ${ws.projectId}`, {
    project_id: ws.projectId,
    bucket_name: bucket,
    source,
  });
}

function checkDestination(name: string): void {
  if (name === '' || name.length > MAX_NAME || name.startsWith('_') || name.includes('\0')) {
    throw invalidArgument(
      'invalid_destination',
      `Invalid destination '${name}': use 1-${MAX_NAME} characters, not starting with _ (internal names)`,
      { destination: name },
    );
  }
}

export const sizeExceeded = (ws: WorkspaceEntry, bytes: number): StorageError =>
  new StorageError(
    'PAYLOAD_TOO_LARGE',
    'workspace_size_exceeded',
    `Workspace ${ws.id} would use ${bytes} bytes, over its size limit of ${ws.sizeLimitBytes} bytes`,
    { details: { workspace_id: ws.id, size_bytes: bytes, size_limit_bytes: ws.sizeLimitBytes } },
  );

async function loadOne(
  s: Storage,
  ws: WorkspaceEntry,
  alias: string,
  item: LoadItem,
): Promise<Omit<LoadItemResult, 'status' | 'error'>> {
  const from = item.sourceProjectId ?? ws.projectId;
  requireLoadGrant(ws, from);
  const ref = resolveSource(s, from === ws.projectId ? ws : { projectId: from, branchId: null }, item.source);
  const destination = item.destination ?? ref.table;
  checkDestination(destination);
  const existing = (await listObjects(s, alias)).find(
    (o) => o.schema === 'main' && nameKey(o.name) === nameKey(destination),
  );
  if (existing !== undefined && item.overwrite !== true) {
    throw alreadyExists(
      'destination_exists',
      `Workspace ${ws.id} already has a ${existing.type} ${existing.name}; set overwrite to replace it`,
      { destination: existing.name, type: existing.type },
    );
  }
  const before = await usedBytes(s, ws, alias);
  if (before > ws.sizeLimitBytes) throw sizeExceeded(ws, before);
  const staging = `_load_${randomBytes(8).toString('hex')}`;
  const target = `${alias}.main.${quoteIdent(staging)}`;
  try {
    // An alias copies its source's rows through its columns and filter (aliases.ts).
    const read = readTarget(s, ref);
    const rows = await withTableRead(s, read.ref, async (table) => {
      const shown = shownTable(read.alias, table);
      const picked = (item.columns ?? []).map((c) => columnOf(shown, c));
      const names = new Set(picked.map((c) => nameKey(c.name)));
      if (names.size !== picked.length) {
        throw invalidArgument('duplicate_columns', 'A column is named twice in columns', {
          columns: item.columns,
        });
      }
      const select = (picked.length === 0 ? shown.columns : picked).map((c) => quoteIdent(c.name)).join(', ');
      const own = await compileRowFilter(shown.columns, { filters: item.where ?? [] });
      const filter = andFilters(own, await aliasFilter(read.alias, table, own.params.length + 1));
      const lease = await s.files.lease(tablePath(s, table));
      try {
        const where = filter.sql === 'TRUE' ? '' : ` WHERE ${filter.sql}`;
        return await s.pool.use(async (conn) => {
          try {
            await conn.run(
              `CREATE TABLE ${target} AS SELECT ${select} FROM ${lease.alias}.main.data${where}`,
              bind(filter.params),
            );
            return num((await readRows(conn, `SELECT count(*) AS n FROM ${target}`))[0]?.n);
          } catch (error) {
            throw duckdbFailure(s, error, { context: `Cannot load ${item.source}` });
          }
        });
      } finally {
        lease.release();
      }
    });
    const after = await usedBytes(s, ws, alias);
    if (after > ws.sizeLimitBytes) throw sizeExceeded(ws, after);
    await s.pool.use(async (conn) => {
      await conn.run('BEGIN TRANSACTION');
      try {
        if (existing !== undefined) {
          await conn.run(
            `DROP ${existing.type === 'view' ? 'VIEW' : 'TABLE'} ${alias}.main.${quoteIdent(existing.name)}`,
          );
        }
        await conn.run(`ALTER TABLE ${target} RENAME TO ${quoteIdent(destination)}`);
        await conn.run('COMMIT');
      } catch (error) {
        await conn.run('ROLLBACK').catch(() => undefined);
        throw duckdbFailure(s, error, { context: `Cannot create ${destination}` });
      }
    });
    return { source: item.source, destination, rows, sizeBytes: await fileSize(s, ws) };
  } catch (error) {
    await s.pool
      .use(async (conn) => {
        await conn.run(`DROP TABLE IF EXISTS ${target}`);
        // The dropped copy's blocks count as used until a checkpoint frees them (best effort).
        await checkpoint(conn, alias);
      })
      .catch(() => undefined);
    throw error;
  }
}
