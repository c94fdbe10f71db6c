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
import { tableLockKey } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';
import { resolveBranch } from './branches.js';
import { type BucketEntry, toBucket } from './catalog.js';
import { nameKey, validateName } from './names.js';
import { bucketDir } from './paths.js';
import { emptyTrash, moveToTrash } from './trash.js';

export interface BucketRef {
  projectId: string;
  branchId: string;
  bucket: string;
}

/** The bucket or NOT_FOUND `bucket_not_found`; names match case-insensitively. */
export function requireBucket(s: Storage, ref: BucketRef): BucketEntry {
  resolveBranch(s, ref.projectId, ref.branchId);
  const bucket = s.catalog.bucket(ref.projectId, ref.bucket);
  if (bucket === undefined) {
    throw notFound('bucket_not_found', `Bucket ${ref.bucket} not found in project ${ref.projectId}`, {
      project_id: ref.projectId,
      bucket_name: ref.bucket,
    });
  }
  return bucket;
}

/** createBucket: unique regardless of case, the given case kept; the row is the truth, the dir follows. */
export async function createBucket(
  s: Storage,
  input: { projectId: string; branchId: string; name: string; description: string | null },
  audit: AuditContext,
): Promise<Bucket> {
  resolveBranch(s, input.projectId, input.branchId);
  validateName('bucket', input.name);
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const bucket = await metaWrite(s, async (tx) => {
      const { project } = resolveBranch(s, input.projectId, input.branchId);
      if (project.buckets.has(nameKey(input.name))) {
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
  const { project } = resolveBranch(s, ref.projectId, ref.branchId);
  return [...project.buckets.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(toBucket);
}

export async function getBucket(s: Storage, ref: BucketRef): Promise<Bucket> {
  return toBucket(requireBucket(s, ref));
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
  const first = requireBucket(s, ref);
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const lockKeys = [...first.tables.values()].map((t) => tableLockKey(ref.projectId, first.name, t.name));
    await s.locks.withWriteMany(lockKeys, async () => {
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
        const bucket = requireBucket(s, ref);
        if (!ref.cascade && bucket.tables.size > 0) {
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
        await tx.run(`DELETE FROM ${s.m}.buckets WHERE project_id = $1 AND name_key = $2`, [
          ref.projectId,
          key,
        ]);
        return async () => {
          settings.forget();
          s.catalog.projects.get(ref.projectId)?.buckets.delete(key);
          const dir = bucketDir(s.config.duckdbDir, ref.projectId, bucket.name);
          await s.files.forgetUnder(dir + sep);
          return moveToTrash(s, dir);
        };
      });
      await emptyTrash(trash);
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
