import type { RowFilter } from '../filters/structured-filter.js';
import type { ApiKey, Bucket, Project, ProjectStats, Table } from '../model.js';
import { nameKey } from './names.js';

/**
 * In-memory mirror of the metadata catalog, loaded at start-up and written through after each
 * committed metadata transaction, so reads need no DuckDB query. Stats are derived from the
 * table entries (the one place write paths update), so they are correct at all times.
 */
/** A table as the catalog keeps it: the API's `Table` without the branch it was read from. */
export type TableEntry = Omit<Table, 'source'> & {
  /** Stable id: survives schema changes and swaps, never reused by a re-created table. */
  uid: string;
  /** MAIN_TABLES ('') for a main table; else the dev branch that owns this copy or table. */
  branchId: string;
  /** A branch copy: main's updated_at when it was copied (merge status); null otherwise. */
  baseUpdatedAt: string | null;
  /** A branch's tombstone of a main table it dropped (no file). */
  deleted: boolean;
};

/** branch_id of main's table rows. */
export const MAIN_TABLES = '';

/** A dev branch and the tables it owns (copies, its own tables, tombstones), by `tableKey`. */
export interface BranchEntry {
  id: string;
  projectId: string;
  name: string;
  description: string | null;
  createdAt: string;
  createdBy: string | null;
  tables: Map<string, TableEntry>;
}

/** Key of a table within a branch: `{bucket key}/{table key}`. */
export const tableKey = (bucket: string, table: string): string => `${nameKey(bucket)}/${nameKey(table)}`;

export interface BucketEntry {
  /** Stable id (see TableEntry.uid). */
  uid: string;
  projectId: string;
  name: string;
  description: string | null;
  createdAt: string;
  tables: Map<string, TableEntry>;
  /** Projects this bucket is shared with (read-only). */
  sharedWith: Set<string>;
}

/** A bucket of another project linked into this one under `name`: metadata only, read-only. */
export interface LinkEntry {
  id: string;
  name: string;
  sourceProjectId: string;
  sourceBucketUid: string;
  createdAt: string;
}

/**
 * An alias table (gRPC CreateViewCommand): a named, read-only view of one table of the same
 * project through a column projection and structured filters. No file of its own: a row of
 * `table_aliases`, kept apart from `tables` so every path that owns table files never meets one.
 */
export interface AliasEntry {
  uid: string;
  projectId: string;
  /** MAIN_TABLES for main's alias, else the dev branch it was created on (and exists on alone). */
  branchId: string;
  bucket: string;
  name: string;
  /** The source as this project addresses it: an own bucket or a link's name. */
  sourceBucket: string;
  sourceTable: string;
  /** Source column names in view order; empty = every column the source has now. */
  columns: string[];
  /** Structured filters (spec RowFilter), ANDed, checked against the source's columns. */
  where: RowFilter[];
  createdAt: string;
}

/** Key of an alias within its project: `{branch}|{bucket key}/{name key}`. */
export const aliasKey = (branchId: string, bucket: string, name: string): string =>
  `${branchId}|${tableKey(bucket, name)}`;

export interface ProjectEntry {
  project: Project;
  buckets: Map<string, BucketEntry>;
  branches: Map<string, BranchEntry>;
  /** Linked buckets by name key (never the same name as an own bucket). */
  links: Map<string, LinkEntry>;
  /** Alias tables of main and of every dev branch, by `aliasKey`. */
  aliases: Map<string, AliasEntry>;
}

export interface KeyEntry {
  key: ApiKey;
  hash: string;
  /** Original lifetime, so rotation keeps it exactly (reference pitfall 01/13). */
  lifetimeMs: number | null;
  /** last_used_at not yet written to metadata. */
  dirty: boolean;
}

export class Catalog {
  readonly projects = new Map<string, ProjectEntry>();
  /**
   * Counts committed changes: bumped by metaWrite once its cache update has run (every change of
   * projects, buckets, tables, aliases, links and branches goes through one). What is derived
   * from the catalog and costs O(tables), a session's project views, is kept while it is equal.
   */
  revision = 0;
  readonly keysById = new Map<string, KeyEntry>();
  readonly keysByHash = new Map<string, KeyEntry>();

  addKey(entry: KeyEntry): void {
    this.keysById.set(entry.key.id, entry);
    this.keysByHash.set(entry.hash, entry);
  }

  removeProject(id: string): void {
    this.projects.delete(id);
    for (const entry of [...this.keysById.values()]) {
      if (entry.key.projectId !== id) continue;
      this.keysById.delete(entry.key.id);
      this.keysByHash.delete(entry.hash);
    }
  }

  /** Drops the keys of a deleted branch from the cache. */
  removeBranchKeys(projectId: string, branchId: string): void {
    for (const entry of [...this.keysById.values()]) {
      if (entry.key.projectId !== projectId || entry.key.branchId !== branchId) continue;
      this.keysById.delete(entry.key.id);
      this.keysByHash.delete(entry.hash);
    }
  }

  /** Drops a table entry (main table or branch row) from the cache. */
  removeTable(t: TableEntry): void {
    if (t.branchId === MAIN_TABLES) this.bucket(t.projectId, t.bucket)?.tables.delete(nameKey(t.name));
    else this.projects.get(t.projectId)?.branches.get(t.branchId)?.tables.delete(tableKey(t.bucket, t.name));
  }

  /** The source bucket of a link (undefined when it is gone). */
  linkSource(link: LinkEntry): BucketEntry | undefined {
    for (const b of this.projects.get(link.sourceProjectId)?.buckets.values() ?? []) {
      if (b.uid === link.sourceBucketUid) return b;
    }
    return undefined;
  }

  bucket(projectId: string, bucket: string): BucketEntry | undefined {
    return this.projects.get(projectId)?.buckets.get(nameKey(bucket));
  }

  table(projectId: string, bucket: string, table: string): TableEntry | undefined {
    return this.bucket(projectId, bucket)?.tables.get(nameKey(table));
  }

  stats(projectId: string): ProjectStats {
    const entry = this.projects.get(projectId);
    let sizeBytes = 0;
    let tableCount = 0;
    for (const bucket of entry?.buckets.values() ?? []) {
      for (const table of bucket.tables.values()) {
        tableCount += 1;
        sizeBytes += table.sizeBytes;
      }
    }
    return { id: projectId, sizeBytes, tableCount, bucketCount: entry?.buckets.size ?? 0 };
  }

  counts(): {
    projects: number;
    buckets: number;
    tables: number;
    branches: number;
    branchTables: number;
    bucketShares: number;
    bucketLinks: number;
  } {
    let buckets = 0;
    let tables = 0;
    let branches = 0;
    let branchTables = 0;
    let bucketShares = 0;
    let bucketLinks = 0;
    for (const p of this.projects.values()) {
      buckets += p.buckets.size;
      bucketLinks += p.links.size;
      for (const b of p.buckets.values()) {
        tables += b.tables.size;
        bucketShares += b.sharedWith.size;
      }
      branches += p.branches.size;
      for (const br of p.branches.values())
        for (const t of br.tables.values()) if (!t.deleted) branchTables += 1;
    }
    return {
      projects: this.projects.size,
      buckets,
      tables,
      branches,
      branchTables,
      bucketShares,
      bucketLinks,
    };
  }
}

export const toBucket = (b: BucketEntry): Bucket => ({
  projectId: b.projectId,
  name: b.name,
  description: b.description,
  tableCount: b.tables.size,
  createdAt: b.createdAt,
  linkedFrom: null,
});

/** A link as the target project sees it: its own name, the source's tables (note 02 section 6). */
export const toLinkedBucket = (
  projectId: string,
  link: LinkEntry,
  source: BucketEntry | undefined,
): Bucket => ({
  projectId,
  name: link.name,
  description: `Linked from ${link.sourceProjectId}.${source?.name ?? '(deleted bucket)'}`,
  tableCount: source?.tables.size ?? 0,
  createdAt: link.createdAt,
  linkedFrom: { projectId: link.sourceProjectId, bucket: source?.name ?? '' },
});

export const toTable = (t: TableEntry): Table => ({
  projectId: t.projectId,
  bucket: t.bucket,
  name: t.name,
  columns: t.columns.map((c) => ({ ...c })),
  primaryKey: [...t.primaryKey],
  rowCount: t.rowCount,
  sizeBytes: t.sizeBytes,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  // Main's own table, a branch's copy of one, or a table of the branch alone (note 06 section 7).
  source: t.branchId === MAIN_TABLES ? 'main' : t.baseUpdatedAt === null ? 'branch_only' : 'branch',
});
