import { randomUUID } from 'node:crypto';
import { logOperation } from '../audit.js';
import { alreadyExists, invalidArgument, notFound, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import type { Bucket } from '../model.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { requireMainBranch, requireProject } from './branches.js';
import { type BucketRef, requireBucket, requireOwnBucket } from './buckets.js';
import { type LinkEntry, toLinkedBucket } from './catalog.js';
import { nameKey, validateName } from './names.js';

/**
 * Bucket sharing (note 02 section 4): the source project shares a bucket with a target project;
 * only then may the target link it, under a name of its own, as a read-only bucket (reference
 * pitfall 02/2: links needed no share). A link is metadata only: no directory, no copy (pitfall
 * 02/3); reads resolve through it (requireBucket), writes are 403 `bucket_read_only`.
 */
export interface ShareInfo {
  name: string;
  sharedWith: string[];
}

/** shareBucket (source side): 409 `already_shared`; a link cannot be re-shared. */
export async function shareBucket(
  s: Storage,
  ref: BucketRef & { targetProjectId: string },
  audit: AuditContext,
): Promise<ShareInfo> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'share bucket');
  const bucket = requireOwnBucket(s, ref);
  if (!s.catalog.projects.has(ref.targetProjectId)) {
    throw notFound('project_not_found', `Target project ${ref.targetProjectId} not found`, {
      project_id: ref.targetProjectId,
    });
  }
  if (ref.targetProjectId === ref.projectId) {
    throw invalidArgument('invalid_target', 'A bucket cannot be shared with its own project', {
      target_project_id: ref.targetProjectId,
    });
  }
  const startedAt = Date.now();
  const id = randomUUID();
  await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      // Again inside the transaction: the target or the bucket may have gone meanwhile.
      if (!s.catalog.projects.has(ref.targetProjectId)) {
        throw notFound('project_not_found', `Target project ${ref.targetProjectId} not found`, {
          project_id: ref.targetProjectId,
        });
      }
      if (requireOwnBucket(s, ref).uid !== bucket.uid) {
        throw new StorageError(
          'CONFLICT',
          'bucket_changed',
          `Bucket ${ref.bucket} changed during the request; retry`,
        );
      }
      if (bucket.sharedWith.has(ref.targetProjectId)) {
        throw alreadyExists(
          'already_shared',
          `Bucket ${bucket.name} is already shared with project ${ref.targetProjectId}`,
          { project_id: ref.projectId, bucket_name: bucket.name, target_project_id: ref.targetProjectId },
        );
      }
      await tx.run(
        `INSERT INTO ${s.m}.bucket_shares (id, source_project_id, source_bucket_uid, target_project_id, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, ref.projectId, bucket.uid, ref.targetProjectId, nowIso(), audit.actor],
      );
      return () => bucket.sharedWith.add(ref.targetProjectId);
    }),
  );
  await logOperation(s, audit, {
    operation: 'share_bucket',
    projectId: ref.projectId,
    resourceType: 'bucket',
    resourceId: bucket.name,
    details: { target_project_id: ref.targetProjectId, share_id: id },
    startedAt,
  });
  return { name: bucket.name, sharedWith: [...bucket.sharedWith].sort() };
}

/**
 * unshareBucket: 404 `share_not_found`; while the target links the bucket, 409 `share_in_use`
 * unless `force`, which removes those links too (the reference left them working).
 */
export async function unshareBucket(
  s: Storage,
  ref: BucketRef & { targetProjectId: string; force: boolean },
  audit: AuditContext,
): Promise<void> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'unshare bucket');
  const bucket = requireOwnBucket(s, ref);
  const startedAt = Date.now();
  const removedLinks = await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      if (!bucket.sharedWith.has(ref.targetProjectId)) {
        throw notFound(
          'share_not_found',
          `Bucket ${bucket.name} is not shared with project ${ref.targetProjectId}`,
          {
            project_id: ref.projectId,
            bucket_name: bucket.name,
            target_project_id: ref.targetProjectId,
          },
        );
      }
      const target = s.catalog.projects.get(ref.targetProjectId);
      const links = [...(target?.links.values() ?? [])].filter((l) => l.sourceBucketUid === bucket.uid);
      if (links.length > 0 && !ref.force) {
        throw new StorageError(
          'CONFLICT',
          'share_in_use',
          `Project ${ref.targetProjectId} links bucket ${bucket.name} as ${links.map((l) => l.name).join(', ')}; unlink first or unshare with force=true`,
          { details: { target_project_id: ref.targetProjectId, links: links.map((l) => l.name) } },
        );
      }
      await tx.run(
        `DELETE FROM ${s.m}.bucket_shares WHERE source_bucket_uid = $1 AND target_project_id = $2`,
        [bucket.uid, ref.targetProjectId],
      );
      await tx.run(
        `DELETE FROM ${s.m}.bucket_links WHERE source_bucket_uid = $1 AND target_project_id = $2`,
        [bucket.uid, ref.targetProjectId],
      );
      return () => {
        bucket.sharedWith.delete(ref.targetProjectId);
        for (const l of links) target?.links.delete(nameKey(l.name));
        return links.map((l) => l.name);
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'unshare_bucket',
    projectId: ref.projectId,
    resourceType: 'bucket',
    resourceId: bucket.name,
    details: { target_project_id: ref.targetProjectId, removed_links: removedLinks },
    startedAt,
  });
}

/**
 * linkBucket (target side): `ref.bucket` is the link's name here. The source bucket must be
 * shared with this project (403 `bucket_not_shared`); the name must be free (409).
 */
export async function linkBucket(
  s: Storage,
  ref: BucketRef & { sourceProjectId: string; sourceBucket: string },
  audit: AuditContext,
): Promise<Bucket> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'link bucket');
  validateName('bucket', ref.bucket);
  requireProject(s, ref.sourceProjectId);
  const source = s.catalog.bucket(ref.sourceProjectId, ref.sourceBucket);
  if (source === undefined) {
    throw notFound(
      'bucket_not_found',
      `Source bucket ${ref.sourceBucket} not found in project ${ref.sourceProjectId}`,
      {
        project_id: ref.sourceProjectId,
        bucket_name: ref.sourceBucket,
      },
    );
  }
  if (!source.sharedWith.has(ref.projectId)) {
    throw new StorageError(
      'PERMISSION_DENIED',
      'bucket_not_shared',
      `Bucket ${source.name} of project ${ref.sourceProjectId} is not shared with project ${ref.projectId}`,
      { details: { source_project_id: ref.sourceProjectId, source_bucket_name: source.name } },
    );
  }
  const startedAt = Date.now();
  const link = await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      const project = requireProject(s, ref.projectId);
      // The share is checked again here: an unshare may have committed since (no access without one).
      const current = s.catalog.bucket(ref.sourceProjectId, ref.sourceBucket);
      if (current?.uid !== source.uid || !source.sharedWith.has(ref.projectId)) {
        throw new StorageError(
          'PERMISSION_DENIED',
          'bucket_not_shared',
          `Bucket ${source.name} of project ${ref.sourceProjectId} is not shared with project ${ref.projectId}`,
          { details: { source_project_id: ref.sourceProjectId, source_bucket_name: source.name } },
        );
      }
      const key = nameKey(ref.bucket);
      if (project.buckets.has(key)) {
        throw alreadyExists(
          'bucket_exists',
          `Bucket ${ref.bucket} already exists in project ${ref.projectId}`,
          {
            project_id: ref.projectId,
            bucket_name: ref.bucket,
          },
        );
      }
      const existing = project.links.get(key);
      if (existing !== undefined) {
        throw alreadyExists(
          'bucket_already_linked',
          `Bucket ${ref.bucket} is already a link in project ${ref.projectId}`,
          {
            project_id: ref.projectId,
            bucket_name: ref.bucket,
            existing_link: { source_project_id: existing.sourceProjectId },
          },
        );
      }
      const entry: LinkEntry = {
        id: randomUUID(),
        name: ref.bucket,
        sourceProjectId: ref.sourceProjectId,
        sourceBucketUid: source.uid,
        createdAt: nowIso(),
      };
      await tx.run(
        `INSERT INTO ${s.m}.bucket_links (id, target_project_id, name_key, name, source_project_id, source_bucket_uid, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          entry.id,
          ref.projectId,
          key,
          entry.name,
          entry.sourceProjectId,
          entry.sourceBucketUid,
          entry.createdAt,
          audit.actor,
        ],
      );
      return () => {
        project.links.set(key, entry);
        return entry;
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'link_bucket',
    projectId: ref.projectId,
    resourceType: 'bucket',
    resourceId: link.name,
    details: { source_project_id: ref.sourceProjectId, source_bucket_name: source.name, link_id: link.id },
    startedAt,
  });
  return toLinkedBucket(ref.projectId, link, source);
}

/** unlinkBucket: removes the link only; the source's data is never touched (pitfall 02/3). */
export async function unlinkBucket(s: Storage, ref: BucketRef, audit: AuditContext): Promise<void> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'unlink bucket');
  const startedAt = Date.now();
  const link = await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      const project = requireProject(s, ref.projectId);
      const found = project.links.get(nameKey(ref.bucket));
      if (found === undefined) {
        throw notFound(
          'link_not_found',
          `No link found for bucket ${ref.bucket} in project ${ref.projectId}`,
          {
            project_id: ref.projectId,
            bucket_name: ref.bucket,
          },
        );
      }
      await tx.run(`DELETE FROM ${s.m}.bucket_links WHERE id = $1`, [found.id]);
      return () => {
        project.links.delete(nameKey(ref.bucket));
        return found;
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'unlink_bucket',
    projectId: ref.projectId,
    resourceType: 'bucket',
    resourceId: link.name,
    details: { source_project_id: link.sourceProjectId },
    startedAt,
  });
}

/**
 * grantReadonly / revokeReadonly (Keboola API parity): linked buckets are always read-only, so
 * there is nothing to store; both check the bucket exists (the reference's revoke did not) and
 * are logged.
 */
export async function grantReadonly(
  s: Storage,
  ref: BucketRef,
  grant: boolean,
  audit: AuditContext,
): Promise<{ bucket: string; message: string }> {
  requireMainBranch(
    s,
    ref.projectId,
    ref.branchId,
    grant ? 'grant readonly access' : 'revoke readonly access',
  );
  requireBucket(s, ref);
  await logOperation(s, audit, {
    operation: grant ? 'grant_readonly' : 'revoke_readonly',
    projectId: ref.projectId,
    resourceType: 'bucket',
    resourceId: ref.bucket,
    details: {},
    startedAt: Date.now(),
  });
  return {
    bucket: ref.bucket,
    message:
      'Linked buckets are always read-only in the projects that link them (the reference said: readonly via ATTACH READ_ONLY); every write through a link is refused with 403 bucket_read_only',
  };
}
