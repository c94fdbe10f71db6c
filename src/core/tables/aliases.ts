import { randomUUID } from 'node:crypto';
import { logOperation } from '../audit.js';
import { withTableRead } from '../branches/copy-on-write.js';
import { resolveBranch } from '../catalog/branches.js';
import { type BucketRef, requireBucket, requireOwnBucket } from '../catalog/buckets.js';
import { type AliasEntry, aliasKey, MAIN_TABLES, type TableEntry } from '../catalog/catalog.js';
import { nameKey, validateName } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { alreadyExists, invalidArgument, notFound, StorageError } from '../errors.js';
import { type CompiledFilter, compileRowFilter, type RowFilter } from '../filters/row-filter.js';
import { metaWrite, num, readRows } from '../metadata/tx.js';
import type { ColumnInfo, Table } from '../model.js';
import type { AuditContext, Storage } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { findAlias, aliasNames as names } from './alias-lookup.js';
import { columnOf, findTable, requireTable, type TableRef } from './table-lookup.js';
import { tablePath } from './table-stats.js';

export { findAlias } from './alias-lookup.js';

/**
 * Alias tables (gRPC CreateViewCommand; Keboola's "alias tables materialized as views"): a
 * named, read-only view of one table of the same project, its columns projected and its rows
 * filtered by structured filters. An alias has no file: its catalog row holds the definition,
 * and every read resolves it here to (source table, columns, filter) at the time of the read,
 * so it always shows the source's current data (on a dev branch, the branch's copy).
 */

export interface CreateAliasInput extends BucketRef {
  name: string;
  /** Bucket of the source in the same project (an own bucket or a linked one). */
  sourceBucket: string;
  sourceTable: string;
  /** Source columns in view order; empty = every column the source has (now and later). */
  columns: string[];
  where: RowFilter[];
}

const nameTaken = (ref: TableRef) =>
  alreadyExists('table_exists', `Table ${ref.table} already exists in bucket ${ref.bucket}`, {
    project_id: ref.projectId,
    bucket_name: ref.bucket,
    table_name: ref.table,
  });

/** ALREADY_EXISTS when a table or an alias of that name is visible there. */
export function refuseTakenName(s: Storage, ref: TableRef): void {
  if (findTable(s, ref) !== undefined || findAlias(s, ref) !== undefined) throw nameTaken(ref);
}

/** The alias's source as the branch of `branchId` reads it. */
const sourceRef = (alias: AliasEntry, branchId: string): TableRef => ({
  projectId: alias.projectId,
  branchId,
  bucket: alias.sourceBucket,
  table: alias.sourceTable,
});

/**
 * createAlias: checks the source (a table of the same project and branch, not an alias: a view
 * over a view is refused), the columns and the filters (against the source's columns, values
 * type-checked, INVALID_ARGUMENT), then commits the row. The name must be free (ALREADY_EXISTS).
 */
export async function createAlias(s: Storage, input: CreateAliasInput, audit: AuditContext): Promise<Table> {
  const startedAt = Date.now();
  const { project, branch } = resolveBranch(s, input.projectId, input.branchId);
  const bucket = requireOwnBucket(s, input);
  validateName('table', input.name);
  const ref: TableRef = { ...input, bucket: bucket.name, table: input.name };
  refuseTakenName(s, ref);
  const from: TableRef = { ...input, bucket: input.sourceBucket, table: input.sourceTable };
  const over = findAlias(s, from);
  if (over !== undefined && findTable(s, from) === undefined) {
    throw invalidArgument(
      'invalid_source',
      `${over.bucket}.${over.name} is an alias table itself: an alias of an alias is not supported`,
      { source_bucket: input.sourceBucket, source_table: input.sourceTable },
    );
  }
  const source = requireTable(s, from);
  const picked = input.columns.map((c) => columnOf(source, c).name);
  const repeated = picked.filter((c, i) => picked.indexOf(c) !== i);
  if (repeated.length > 0) {
    throw invalidArgument('duplicate_columns', `columns lists '${repeated[0]}' twice`, {
      duplicate_columns: repeated,
    });
  }
  await compileRowFilter(source.columns, { filters: input.where });
  const link = project.links.get(nameKey(input.sourceBucket));
  const entry: AliasEntry = {
    uid: randomUUID(),
    projectId: input.projectId,
    branchId: branch?.id ?? MAIN_TABLES,
    bucket: bucket.name,
    name: input.name,
    sourceBucket: link?.name ?? requireBucket(s, from).name,
    sourceTable: source.name,
    columns: picked,
    where: input.where.map((f) => ({ ...f, ...(f.values === undefined ? {} : { values: [...f.values] }) })),
    createdAt: nowIso(),
  };
  await metaWrite(s, async (tx) => {
    // Checked again under the metadata transaction: a table or alias may have taken the name.
    if (requireOwnBucket(s, ref).uid !== bucket.uid) throw nameTaken(ref);
    if (branch !== null && project.branches.get(branch.id) !== branch) {
      throw notFound('branch_not_found', `Branch ${branch.id} not found in project ${input.projectId}`);
    }
    refuseTakenName(s, ref);
    await tx.run(
      `INSERT INTO ${s.m}.table_aliases (uid, project_id, branch_id, bucket_key, name_key, name, source_bucket,
         source_table, columns, where_filters, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        entry.uid,
        entry.projectId,
        entry.branchId,
        nameKey(entry.bucket),
        nameKey(entry.name),
        entry.name,
        entry.sourceBucket,
        entry.sourceTable,
        JSON.stringify(entry.columns),
        JSON.stringify(entry.where),
        entry.createdAt,
        audit.actor,
      ],
    );
    return () => {
      project.aliases.set(aliasKey(entry.branchId, entry.bucket, entry.name), entry);
    };
  });
  await logOperation(s, audit, {
    operation: 'create_alias',
    projectId: input.projectId,
    resourceType: 'table',
    resourceId: `${entry.bucket}.${entry.name}`,
    details: {
      source: `${entry.sourceBucket}.${entry.sourceTable}`,
      columns: entry.columns,
      where: entry.where,
      branch_id: input.branchId,
    },
    startedAt,
  });
  return describeAlias(s, ref, entry);
}

/**
 * dropAlias (REST deleteTable / DropTableCommand on an alias): its row only; the source is not
 * touched. Main's alias, seen from a dev branch, is dropped on main only (FAILED_PRECONDITION).
 */
export async function dropAlias(s: Storage, ref: TableRef, audit: AuditContext): Promise<void> {
  const startedAt = Date.now();
  const { project, branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const alias = findAlias(s, ref);
  if (alias === undefined) requireTable(s, ref); // throws table_not_found
  const found = alias as AliasEntry;
  if (found.branchId !== (branch?.id ?? MAIN_TABLES)) {
    throw new StorageError(
      'FAILED_PRECONDITION',
      'operation_not_allowed',
      `Alias ${found.bucket}.${found.name} belongs to the default branch: drop it there`,
      { details: { bucket_name: found.bucket, table_name: found.name, branch_id: ref.branchId } },
    );
  }
  const key = aliasKey(found.branchId, found.bucket, found.name);
  await metaWrite(s, async (tx) => {
    await tx.run(`DELETE FROM ${s.m}.table_aliases WHERE uid = $1`, [found.uid]);
    return () => {
      if (project.aliases.get(key)?.uid === found.uid) project.aliases.delete(key);
    };
  });
  await logOperation(s, audit, {
    operation: 'delete_alias',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${found.bucket}.${found.name}`,
    details: { source: `${found.sourceBucket}.${found.sourceTable}`, branch_id: ref.branchId },
    startedAt,
  });
}

/** What a read through `ref` reads: `ref` itself, or, for an alias, its source on the same branch. */
export interface ReadTarget {
  /** The table to read (lock, file, branch copy: as any read of it). */
  ref: TableRef;
  alias: AliasEntry | null;
}

/**
 * The one resolver of reads (preview, export, workspace loads, PG wire views, describe): a
 * table is read as itself; an alias as its source. A source gone (a link removed, a branch's
 * drop) is FAILED_PRECONDITION `alias_source_missing` naming both.
 */
export function readTarget(s: Storage, ref: TableRef): ReadTarget {
  if (findTable(s, ref) !== undefined) return { ref, alias: null };
  const alias = findAlias(s, ref);
  if (alias === undefined) return { ref, alias: null }; // the read's requireTable says NOT_FOUND
  const target = sourceRef(alias, ref.branchId);
  let present: boolean;
  try {
    present = findTable(s, target) !== undefined;
  } catch (error) {
    if (!(error instanceof StorageError) || error.code !== 'NOT_FOUND') throw error;
    present = false;
  }
  if (!present) {
    throw new StorageError(
      'FAILED_PRECONDITION',
      'alias_source_missing',
      `Alias ${alias.bucket}.${alias.name} reads ${alias.sourceBucket}.${alias.sourceTable}, which no longer exists`,
      {
        details: {
          bucket_name: alias.bucket,
          table_name: alias.name,
          source_bucket: alias.sourceBucket,
          source_table: alias.sourceTable,
        },
      },
    );
  }
  return { ref: target, alias };
}

/**
 * The table a read checks its own columns, filters and order against: the source itself, or
 * for an alias the source named as the alias with the alias's columns (renumbered 1..n), no
 * primary key and no file of its own. Lock keys and paths come from the source, never from it.
 */
export function shownTable(alias: AliasEntry | null, source: TableEntry): TableEntry {
  if (alias === null) return source;
  const all = alias.columns.length === 0;
  const columns: ColumnInfo[] = (all ? source.columns.map((c) => c.name) : alias.columns).map((name, i) => {
    const column = source.columns.find((c) => nameKey(c.name) === nameKey(name));
    if (column === undefined) {
      throw new StorageError(
        'FAILED_PRECONDITION',
        'alias_source_changed',
        `Alias ${alias.bucket}.${alias.name} selects column '${name}', which ${alias.sourceBucket}.${alias.sourceTable} no longer has`,
        { details: { bucket_name: alias.bucket, table_name: alias.name, column: name } },
      );
    }
    return { ...column, ordinalPosition: i + 1 };
  });
  return { ...source, bucket: alias.bucket, name: alias.name, columns, primaryKey: [], sizeBytes: 0 };
}

/**
 * The alias's own filter over the source's columns, values bound from `$firstParam` (or by
 * `placeholder`); `TRUE` for a table or an alias without filters. ANDed with the read's own.
 */
export async function aliasFilter(
  alias: AliasEntry | null,
  source: TableEntry,
  firstParam = 1,
  placeholder?: (n: number) => string,
): Promise<CompiledFilter> {
  if (alias === null || alias.where.length === 0) return { sql: 'TRUE', params: [] };
  return compileRowFilter(
    source.columns,
    { filters: alias.where },
    { firstParam, ...(placeholder === undefined ? {} : { placeholder }) },
  );
}

/** `a AND b` of two compiled filters whose placeholders do not overlap. */
export function andFilters(a: CompiledFilter, b: CompiledFilter): CompiledFilter {
  if (b.sql === 'TRUE') return a;
  if (a.sql === 'TRUE') return b;
  return { sql: `(${a.sql}) AND (${b.sql})`, params: [...a.params, ...b.params] };
}

/**
 * An alias as a Table (REST getTable/listTables, ObjectInfo): its columns with the source's
 * types, no primary key, size 0 (no file), rows counted now through its filter, updated_at the
 * source's (its data changes with it).
 */
export async function describeAlias(s: Storage, ref: TableRef, alias: AliasEntry): Promise<Table> {
  const target = readTarget(s, ref);
  const { shown, rowCount } = await withTableRead(s, target.ref, async (source) => {
    const shown = shownTable(alias, source);
    const filter = await aliasFilter(alias, source);
    if (filter.sql === 'TRUE') return { shown, rowCount: source.rowCount };
    const lease = await s.files.lease(tablePath(s, source));
    try {
      const rows = await s.pool.use((conn) =>
        readRows(
          conn,
          `SELECT count(*) AS n FROM ${lease.alias}.main.data WHERE ${filter.sql}`,
          filter.params,
        ),
      );
      return { shown, rowCount: num(rows[0]?.n) };
    } finally {
      lease.release();
    }
  });
  return {
    projectId: ref.projectId,
    bucket: alias.bucket,
    name: alias.name,
    columns: shown.columns,
    primaryKey: [],
    rowCount,
    sizeBytes: 0,
    createdAt: alias.createdAt,
    updatedAt: shown.updatedAt,
    source: alias.branchId === MAIN_TABLES ? 'main' : 'branch_only',
    alias: {
      sourceBucket: alias.sourceBucket,
      sourceTable: alias.sourceTable,
      columns: [...alias.columns],
      where: alias.where.map((f) => ({ ...f })),
    },
  };
}

/** The aliases of bucket `ref` its branch sees (main's, and on a dev branch its own), by name. */
export function aliasesIn(s: Storage, ref: BucketRef): AliasEntry[] {
  const { project, branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const byName = new Map<string, AliasEntry>();
  for (const a of project.aliases.values()) {
    if (nameKey(a.bucket) !== nameKey(ref.bucket)) continue;
    if (a.branchId === MAIN_TABLES || a.branchId === branch?.id) {
      if (a.branchId !== MAIN_TABLES || !byName.has(nameKey(a.name))) byName.set(nameKey(a.name), a);
    }
  }
  return [...byName.values()];
}

/**
 * Aliases that read table `ref` from where a change through `ref` reaches: a change on main
 * reaches every branch reading main's table; a change on a dev branch reaches that branch's
 * aliases and main's (which read the branch's copy there).
 */
function aliasesReading(s: Storage, ref: TableRef): AliasEntry[] {
  const { project, branch } = resolveBranch(s, ref.projectId, ref.branchId);
  return [...project.aliases.values()].filter(
    (a) =>
      nameKey(a.sourceBucket) === nameKey(ref.bucket) &&
      nameKey(a.sourceTable) === nameKey(ref.table) &&
      (branch === null || a.branchId === MAIN_TABLES || a.branchId === branch.id),
  );
}

/**
 * Dropping a table aliases read: FAILED_PRECONDITION `table_has_aliases` naming them (drop
 * the aliases first; there is no cascade, as deleteTable has no force flag).
 */
export function refuseAliasedDrop(s: Storage, ref: TableRef): void {
  const found = aliasesReading(s, ref);
  if (found.length === 0) return;
  throw new StorageError(
    'FAILED_PRECONDITION',
    'table_has_aliases',
    `Table ${ref.bucket}.${ref.table} is the source of alias tables ${names(found).join(', ')}: drop them first`,
    { details: { bucket_name: ref.bucket, table_name: ref.table, aliases: names(found) } },
  );
}

/**
 * Dropping or renaming a source column an alias selects or filters on: FAILED_PRECONDITION
 * `column_used_by_alias` (an alias of every column just loses it; its filters cannot).
 */
export function refuseAliasedColumn(s: Storage, ref: TableRef, column: string): void {
  const key = nameKey(column);
  const found = aliasesReading(s, ref).filter(
    (a) => a.columns.some((c) => nameKey(c) === key) || a.where.some((f) => nameKey(f.column) === key),
  );
  if (found.length === 0) return;
  throw new StorageError(
    'FAILED_PRECONDITION',
    'column_used_by_alias',
    `Column '${column}' of ${ref.bucket}.${ref.table} is used by alias tables ${names(found).join(', ')}: drop them first`,
    { details: { bucket_name: ref.bucket, table_name: ref.table, column, aliases: names(found) } },
  );
}

/** The quoted names of the shown columns (a read's SELECT list). */
export const selectList = (shown: TableEntry): string =>
  shown.columns.map((c) => quoteIdent(c.name)).join(', ');
