import { resolveBranch } from '../catalog/branches.js';
import { type AliasEntry, aliasKey, MAIN_TABLES } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';

/** What names an alias or table: project, branch (`default` or a dev branch id), bucket, name. */
interface NameRef {
  projectId: string;
  branchId: string;
  bucket: string;
  table: string;
}

/**
 * The alias table `ref` names, as its branch sees it: on a dev branch its own alias, else
 * main's (main's aliases read the branch's copy of their source there); undefined when none.
 * Aliases live in own buckets only (a linked bucket shows its source's tables, not aliases).
 */
export function findAlias(s: Storage, ref: NameRef): AliasEntry | undefined {
  const { project, branch } = resolveBranch(s, ref.projectId, ref.branchId);
  if (project.links.has(nameKey(ref.bucket))) return undefined;
  if (branch !== null) {
    const own = project.aliases.get(aliasKey(branch.id, ref.bucket, ref.table));
    if (own !== undefined) return own;
  }
  return project.aliases.get(aliasKey(MAIN_TABLES, ref.bucket, ref.table));
}

/**
 * A write (import, row delete, schema change, snapshot, truncate...) through an alias:
 * FAILED_PRECONDITION `operation_not_allowed` (HTTP 400, gRPC FAILED_PRECONDITION), the
 * reference's word for an operation the object's state forbids. Nothing was changed.
 */
export const aliasReadOnly = (alias: AliasEntry): StorageError =>
  new StorageError(
    'FAILED_PRECONDITION',
    'operation_not_allowed',
    `Table ${alias.bucket}.${alias.name} is an alias (a read-only view of ${alias.sourceBucket}.${alias.sourceTable}): only reads and drop are allowed on it`,
    {
      details: {
        bucket_name: alias.bucket,
        table_name: alias.name,
        source_bucket: alias.sourceBucket,
        source_table: alias.sourceTable,
      },
    },
  );

/** `bucket.name` of each alias (messages and details). */
export const aliasNames = (aliases: AliasEntry[]): string[] => aliases.map((a) => `${a.bucket}.${a.name}`);

/**
 * Aliases of other buckets reading a table of bucket `bucket` (deleteBucket refuses to remove
 * their sources; the bucket's own aliases go with it).
 */
export function aliasesIntoBucket(s: Storage, projectId: string, bucket: string): string[] {
  const project = s.catalog.projects.get(projectId);
  const key = nameKey(bucket);
  return aliasNames(
    [...(project?.aliases.values() ?? [])].filter(
      (a) => nameKey(a.sourceBucket) === key && nameKey(a.bucket) !== key,
    ),
  );
}
