import type { BucketsHandlers } from '../../generated/rest/operations.js';
import { createBucket, deleteBucket, getBucket, listBuckets } from '../core/catalog/buckets.js';
import type { RestContext } from './context.js';
import { bucketJson } from './wire.js';

/** Resolvers of the `buckets` tag (branch-first URLs; `default` is the main branch). */
export const bucketsResolvers = {
  /** createBucket */
  async createBucket({ path, body }, ctx) {
    const bucket = await createBucket(
      ctx.storage,
      {
        projectId: path.project_id,
        branchId: path.branch_id,
        name: body.name,
        description: body.description ?? null,
      },
      ctx.audit,
    );
    return { status: 201, body: bucketJson(bucket) };
  },

  /** listBuckets */
  async listBuckets({ path }, ctx) {
    const buckets = await listBuckets(ctx.storage, { projectId: path.project_id, branchId: path.branch_id });
    return { status: 200, body: { buckets: buckets.map(bucketJson), total: buckets.length } };
  },

  /** getBucket */
  async getBucket({ path }, ctx) {
    const ref = { projectId: path.project_id, branchId: path.branch_id, bucket: path.bucket_name };
    return { status: 200, body: bucketJson(await getBucket(ctx.storage, ref)) };
  },

  /** deleteBucket: cascade (default true) drops its tables; otherwise a non-empty bucket is 409. */
  async deleteBucket({ path, query }, ctx) {
    await deleteBucket(
      ctx.storage,
      {
        projectId: path.project_id,
        branchId: path.branch_id,
        bucket: path.bucket_name,
        cascade: query.cascade ?? true,
      },
      ctx.audit,
    );
    return { status: 204 };
  },
} satisfies BucketsHandlers<RestContext>;
