import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { sep } from 'node:path';
import { logOperation } from '../audit.js';
import { alreadyExists, notFound, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import type { Bucket } from '../model.js';
import { snapshotBeforeChange } from '../snapshots/auto-snapshot.js';
import { settingsCleanup } from '../snapshots/settings.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { aliasesIntoBucket } from '../tables/alias-lookup.js';
import { lockKeyOf } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';
import { requireMainBranch, requireProject, resolveBranch } from './branches.js';
import { type BranchEntry, type BucketEntry, type TableEntry, toBucket, toLinkedBucket } from './catalog.js';
import { nameKey, validateName } from './names.js';
import { branchBucketDir, bucketDir } from './paths.js';
import { sharingCleanup } from './sharing-cleanup.js';
import { emptyTrash, moveToTrash } from './trash.js';

export interface BucketRef {
  projectId: string;
  branchId: string;
  bucket: string;
}

/**
 * The bucket or NOT_FOUND `bucket_not_found`; names match case-insensitively. A linked bucket
 * resolves to its source bucket (in the other project): every read route reads through it, and
 * `requireOwnBucket` / `requireWritable` refuse writes (reference pitfalls 02/4, 02/5).
 */
export function requireBucket(s: Storage, ref: BucketRef): BucketEntry {
  const { project } = resolveBranch(s, ref.projectId, ref.branchId);
  const link = project.links.get(nameKey(ref.bucket));
  const bucket =
    link === undefined ? s.catalog.bucket(ref.projectId, ref.bucket) : s.catalog.linkSource(link);
  if (bucket === undefined) {
    throw notFound('bucket_not_found', `Bucket ${ref.bucket} not found in project ${ref.projectId}`, {
      project_id: ref.projectId,
      bucket_name: ref.bucket,
    });
  }
  return bucket;
}

/** Every dev branch's rows (copies, own tables, tombstones) in this bucket. */
function branchTablesOf(s: Storage, bucket: BucketEntry): TableEntry[] {
  const out: TableEntry[] = [];
  for (const branch of s.catalog.projects.get(bucket.projectId)?.branches.values() ?? []) {
    for (const t of branch.tables.values()) if (nameKey(t.bucket) === nameKey(bucket.name)) out.push(t);
  }
  return out;
}

/** A bucket this project owns (not a link): what writes to buckets and tables need. */
export function requireOwnBucket(s: Storage, ref: BucketRef): BucketEntry {
  const bucket = requireBucket(s, ref);
  if (bucket.projectId !== ref.projectId) throw bucketReadOnly(ref);
  return bucket;
}

/** FORBIDDEN-like refusal of any write through a link (PERMISSION_DENIED, HTTP 403). */
export const bucketReadOnly = (ref: BucketRef): StorageError =>
  new StorageError(
    'PERMISSION_DENIED',
    'bucket_read_only',
    `Bucket ${ref.bucket} is linked from another project and is read-only here`,
    { details: { project_id: ref.projectId, bucket_name: ref.bucket } },
  );

/** createBucket: unique regardless of case, the given case kept; the row is the truth, the dir follows. */
export async function createBucket(
  s: Storage,
  input: { projectId: string; branchId: string; name: string; description: string | null },
  audit: AuditContext,
): Promise<Bucket> {
  // Buckets belong to the project, not to a branch (reference pitfall 06/12 / 02/13).
  requireMainBranch(s, input.projectId, input.branchId, 'create buckets');
  validateName('bucket', input.name);
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const bucket = await metaWrite(s, async (tx) => {
      const { project } = resolveBranch(s, input.projectId, input.branchId);
      if (project.buckets.has(nameKey(input.name)) || project.links.has(nameKey(input.name))) {
        throw alreadyExists(
          'bucket_exists',
          `Bucket ${input.name} already exists in project ${input.projectId}`,
          {
            project_id: input.projectId,
            bucket_name: input.name,
          },
        );
      }
      const dir = bucketDir(s.config.duckdbDir, input.projectId, input.name);
      const created = await mkdir(dir, { recursive: true });
      const entry: BucketEntry = {
        uid: randomUUID(),
        projectId: input.projectId,
        name: input.name,
        description: input.description,
        createdAt: nowIso(),
        tables: new Map(),
        sharedWith: new Set(),
      };
      try {
        await tx.run(
          `INSERT INTO ${s.m}.buckets (project_id, name_key, name, description, created_at, uid) VALUES ($1, $2, $3, $4, $5, $6)`,
          [input.projectId, nameKey(input.name), input.name, input.description, entry.createdAt, entry.uid],
        );
      } catch (error) {
        if (created !== undefined) await rm(dir, { recursive: true, force: true });
        throw error;
      }
      return () => {
        project.buckets.set(nameKey(input.name), entry);
        return entry;
      };
    });
    await logOperation(s, audit, {
      operation: 'create_bucket',
      projectId: input.projectId,
      resourceType: 'bucket',
      resourceId: input.name,
      details: { bucket_name: input.name, description: input.description, branch_id: input.branchId },
      startedAt,
    });
    return toBucket(bucket);
  });
}

/** listBuckets: code-point order of the name. */
export async function listBuckets(
  s: Storage,
  ref: { projectId: string; branchId: string },
): Promise<Bucket[]> {
  const { project, branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const own = [...project.buckets.values()].map((b) => onBranch(toBucket(b), b, branch));
  const linked = [...project.links.values()].map((l) =>
    toLinkedBucket(ref.projectId, l, s.catalog.linkSource(l)),
  );
  return [...own, ...linked].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** getBucket: a link answers with its own name and the source's fields (note 02 section 6). */
export async function getBucket(s: Storage, ref: BucketRef): Promise<Bucket> {
  const { project } = resolveBranch(s, ref.projectId, ref.branchId);
  const link = project.links.get(nameKey(ref.bucket));
  const bucket = requireBucket(s, ref);
  const { branch } = resolveBranch(s, ref.projectId, ref.branchId);
  return link === undefined
    ? onBranch(toBucket(bucket), bucket, branch)
    : toLinkedBucket(ref.projectId, link, bucket);
}

/** table_count as a dev branch sees the bucket: main's tables, less its drops, plus its own. */
function onBranch(view: Bucket, bucket: BucketEntry, branch: BranchEntry | null): Bucket {
  if (branch === null) return view;
  let count = bucket.tables.size;
  for (const t of branch.tables.values()) {
    if (nameKey(t.bucket) !== nameKey(bucket.name)) continue;
    const inMain = bucket.tables.has(nameKey(t.name));
    if (t.deleted && inMain) count -= 1;
    else if (!t.deleted && !inMain) count += 1;
  }
  return { ...view, tableCount: count };
}

/**
 * deleteBucket: cascade=false with tables -> CONFLICT `bucket_not_empty` (the reference answered
 * 500). Rows go in one transaction under the write locks of its tables, then the dir is removed.
 */
export async function deleteBucket(
  s: Storage,
  ref: BucketRef & { cascade: boolean },
  audit: AuditContext,
): Promise<void> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'delete buckets');
  const first = requireOwnBucket(s, ref);
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const lockKeys = () => [...first.tables.values(), ...branchTablesOf(s, first)].map(lockKeyOf);
    await s.locks.withWriteAll(lockKeys, async () => {
      if (ref.cascade) {
        for (const table of [...requireBucket(s, ref).tables.values()]) {
          await snapshotBeforeChange(
            s,
            table,
            {
              triggers: ['delete_bucket'],
              type: 'auto_predelete_bucket',
              what: `DELETE BUCKET ${table.bucket} (table ${table.name})`,
            },
            audit,
          );
        }
      }
      const trash = await metaWrite(s, async (tx) => {
        // The bucket we locked: not a link or a re-created bucket that took its name meanwhile.
        const bucket = requireOwnBucket(s, ref);
        if (bucket.uid !== first.uid) {
          throw new StorageError(
            'CONFLICT',
            'bucket_changed',
            `Bucket ${ref.bucket} changed during the request; retry`,
          );
        }
        const inBranches = branchTablesOf(s, bucket);
        // Aliases elsewhere reading this bucket's tables would lose their source: drop them first.
        const readers = aliasesIntoBucket(s, ref.projectId, bucket.name);
        if (readers.length > 0) {
          throw new StorageError(
            'FAILED_PRECONDITION',
            'table_has_aliases',
            `Bucket ${bucket.name} holds the sources of alias tables ${readers.join(', ')}: drop them first`,
            { details: { project_id: ref.projectId, bucket_name: bucket.name, aliases: readers } },
          );
        }
        const project = requireProject(s, ref.projectId);
        const ownAliases = [...project.aliases].filter(([, a]) => nameKey(a.bucket) === nameKey(bucket.name));
        if (
          !ref.cascade &&
          (bucket.tables.size > 0 || ownAliases.length > 0 || inBranches.some((t) => !t.deleted))
        ) {
          throw new StorageError(
            'CONFLICT',
            'bucket_not_empty',
            `Bucket ${bucket.name} is not empty (${bucket.tables.size} tables); delete with cascade=true`,
            {
              details: {
                project_id: ref.projectId,
                bucket_name: bucket.name,
                table_count: bucket.tables.size,
              },
            },
          );
        }
        const key = nameKey(bucket.name);
        const settings = settingsCleanup(s, { projectId: ref.projectId, bucketUid: bucket.uid });
        await settings.run(tx);
        await tx.run(`DELETE FROM ${s.m}.tables WHERE project_id = $1 AND bucket_key = $2`, [
          ref.projectId,
          key,
        ]);
        await tx.run(`DELETE FROM ${s.m}.table_aliases WHERE project_id = $1 AND bucket_key = $2`, [
          ref.projectId,
          key,
        ]);
        await tx.run(`DELETE FROM ${s.m}.buckets WHERE project_id = $1 AND name_key = $2`, [
          ref.projectId,
          key,
        ]);
        // Its shares and the links other projects made to it go in the same transaction
        // (reference pitfall 02/6: they survived and revived for a re-created name).
        const sharing = sharingCleanup(s, { bucket });
        await sharing.run(tx);
        return async () => {
          settings.forget();
          sharing.forget();
          s.catalog.projects.get(ref.projectId)?.buckets.delete(key);
          for (const [k] of ownAliases) project.aliases.delete(k);
          for (const t of inBranches) s.catalog.removeTable(t);
          const dir = bucketDir(s.config.duckdbDir, ref.projectId, bucket.name);
          await s.files.forgetUnder(dir + sep);
          const trash = [await moveToTrash(s, dir)];
          for (const branch of s.catalog.projects.get(ref.projectId)?.branches.values() ?? []) {
            const copies = branchBucketDir(s.config.duckdbDir, ref.projectId, branch.id, bucket.name);
            await s.files.forgetUnder(copies + sep);
            trash.push(await moveToTrash(s, copies));
          }
          return trash;
        };
      });
      for (const path of trash) await emptyTrash(path);
    });
    await logOperation(s, audit, {
      operation: 'delete_bucket',
      projectId: ref.projectId,
      resourceType: 'bucket',
      resourceId: first.name,
      details: { bucket_name: first.name, cascade: ref.cascade, branch_id: ref.branchId },
      startedAt,
    });
  });
}
