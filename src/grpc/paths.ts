import { MAIN_BRANCH, requireProject, resolveBranch } from '../core/catalog/branches.js';
import type { BucketRef } from '../core/catalog/buckets.js';
import { nameKey } from '../core/catalog/names.js';
import { invalidArgument, StorageError } from '../core/errors.js';
import type { TableRef } from '../core/tables/table-lookup.js';
import { type DriverContext, projectOf } from './context.js';

/**
 * Object paths of the driver protocol, one resolver for every command (reference pitfall: each
 * handler had its own path forms). A path is a prefix and the object's own elements:
 *   prefix []                   the context's project (credentials), main
 *   prefix [project]            that project, main
 *   prefix [project, branch]    a dev branch: its id, or the branchId Connection created it with
 *                               (its name here); `default` is main
 * so a bucket is [bucket], [project, bucket] or [project, branch, bucket] (Connection's normal
 * form is [bucket] with credentials).
 */
export interface Place {
  projectId: string;
  /** `default` or a dev branch id: what the core's refs take. */
  branchId: string;
}

/** `in.c-sales` -> `in_c_sales`: Connection's bucket ids as DuckStorage bucket names. */
export const bucketObjectName = (bucketId: string): string => bucketId.replace(/[.-]/g, '_');

export function placeOf(ctx: DriverContext, prefix: readonly string[], field = 'path'): Place {
  if (prefix.length > 2) {
    throw invalidArgument(
      'invalid_path',
      `${field} has ${prefix.length} elements before the object: at most [project, branch]`,
      {
        path: prefix,
      },
    );
  }
  const projectId = projectOf(ctx, prefix[0] ?? '', `${field}[0]`);
  return { projectId, branchId: branchIdOf(ctx, projectId, prefix[1] ?? '') };
}

/** A branch as the protocol names it -> the core's branch id (NOT_FOUND branch_not_found). */
export function branchIdOf(ctx: DriverContext, projectId: string, raw: string): string {
  if (raw === '' || raw === MAIN_BRANCH) return MAIN_BRANCH;
  const project = requireProject(ctx.storage, projectId);
  if (project.branches.has(raw)) return raw;
  const named = [...project.branches.values()].find((b) => nameKey(b.name) === nameKey(raw));
  if (named !== undefined) return named.id;
  return resolveBranch(ctx.storage, projectId, raw).branchId; // throws branch_not_found
}

function split(path: readonly string[], own: number, what: string): { prefix: string[]; own: string[] } {
  if (path.length < own || path.some((p) => p === '')) {
    throw invalidArgument('invalid_path', `path must end with the ${what}: got [${path.join(', ')}]`, {
      path,
    });
  }
  return { prefix: path.slice(0, path.length - own), own: path.slice(path.length - own) };
}

/**
 * The bucket a name refers to: as given, else its object name (`in.c-sales` sent where
 * `in_c_sales` was created).
 */
export function bucketName(ctx: DriverContext, place: Place, name: string): string {
  const project = ctx.storage.catalog.projects.get(place.projectId);
  const exists = (n: string) =>
    project !== undefined && (project.buckets.has(nameKey(n)) || project.links.has(nameKey(n)));
  const normalized = bucketObjectName(name);
  return !exists(name) && normalized !== name && exists(normalized) ? normalized : name;
}

/** [.., bucket] -> the core's BucketRef. */
export function bucketRef(ctx: DriverContext, path: readonly string[], field = 'path'): BucketRef {
  const { prefix, own } = split(path, 1, 'bucket');
  const place = placeOf(ctx, prefix, field);
  return { ...place, bucket: bucketName(ctx, place, own[0] ?? '') };
}

/** A bucket path plus the command's tableName -> the core's TableRef. */
export function tableRef(
  ctx: DriverContext,
  path: readonly string[],
  tableName: string,
  field = 'path',
): TableRef {
  if (tableName === '') throw invalidArgument('invalid_request', 'tableName is required');
  return { ...bucketRef(ctx, path, field), table: tableName };
}

/** ObjectInfo paths: the object's own elements are the last `own` of `path`. */
export function objectPlace(ctx: DriverContext, path: readonly string[], own: number, what: string) {
  const parts = split(path, own, what);
  return { place: placeOf(ctx, parts.prefix), own: parts.own };
}

/** A command whose project field and path disagree. */
export const disagree = (message: string): StorageError =>
  new StorageError('PERMISSION_DENIED', 'forbidden', message);
