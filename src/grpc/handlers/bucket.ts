import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import { CreateBucketResponse } from '../../../generated/grpc/proto/bucket.js';
import { createBucket, deleteBucket } from '../../core/catalog/buckets.js';
import { nameKey } from '../../core/catalog/names.js';
import { invalidArgument, StorageError } from '../../core/errors.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { branchIdOf, bucketName, bucketObjectName } from '../paths.js';

/** Bucket lifecycle (REST createBucket / deleteBucket); sharing is in bucket-sharing.ts. */
export const bucketHandlers = {
  /**
   * CreateBucketCommand: bucketId as its object name (`in.c-sales` -> `in_c_sales`). Buckets
   * belong to the project: on a dev branch (branchId set, isBranchDefault false) the core
   * refuses with FAILED_PRECONDITION instead of creating it in main (reference pitfall 06/12).
   */
  async CreateBucketCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectId, 'projectId');
    if (command.bucketId === '') throw invalidArgument('invalid_request', 'bucketId is required');
    const branchId = command.isBranchDefault ? 'default' : branchIdOf(ctx, projectId, command.branchId);
    allow(ctx, 'write', projectId, branchId);
    const bucket = await createBucket(
      ctx.storage,
      { projectId, branchId, name: bucketObjectName(command.bucketId), description: null },
      ctx.audit,
    );
    note(ctx, 'info', `Bucket ${bucket.name} created in project ${projectId}`);
    return CreateBucketResponse.fromPartial({
      path: [projectId, bucket.name],
      createBucketObjectName: bucket.name,
    });
  },

  /**
   * DropBucketCommand: bucketObjectName of the credentials' project; isCascade drops its tables
   * (snapshotted first, as REST), otherwise a non-empty bucket is FAILED_PRECONDITION. A missing
   * bucket is NOT_FOUND unless ignoreErrors (then a warning).
   */
  async DropBucketCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    if (command.bucketObjectName === '')
      throw invalidArgument('invalid_request', 'bucketObjectName is required');
    allow(ctx, 'write', projectId, 'default');
    const place = { projectId, branchId: 'default' };
    const bucket = bucketName(ctx, place, command.bucketObjectName);
    try {
      await deleteBucket(ctx.storage, { ...place, bucket, cascade: command.isCascade }, ctx.audit);
    } catch (error) {
      if (command.ignoreErrors && error instanceof StorageError && error.reason === 'bucket_not_found') {
        note(ctx, 'warning', `Bucket ${bucket} does not exist in project ${projectId}`);
        return null;
      }
      throw error;
    }
    note(ctx, 'info', `Bucket ${bucket} dropped from project ${projectId}`);
    return null;
  },
} satisfies Pick<CommandHandlers<DriverContext>, 'CreateBucketCommand' | 'DropBucketCommand'>;

/** Whether the project has an own bucket of that name (not a link). */
export function ownsBucket(ctx: DriverContext, projectId: string, bucket: string): boolean {
  return ctx.storage.catalog.projects.get(projectId)?.buckets.has(nameKey(bucket)) ?? false;
}
