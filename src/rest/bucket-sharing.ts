import type { BucketSharingHandlers } from '../../generated/rest/operations.js';
import {
  grantReadonly,
  linkBucket,
  shareBucket,
  unlinkBucket,
  unshareBucket,
} from '../core/catalog/sharing.js';
import type { RestContext } from './context.js';
import { bucketJson } from './wire.js';

const bucketOf = (path: { project_id: string; branch_id: string; bucket_name: string }) => ({
  projectId: path.project_id,
  branchId: path.branch_id,
  bucket: path.bucket_name,
});

/** Resolvers of the `bucket-sharing` tag: share (source), link (target, read-only), and back. */
export const bucketSharingResolvers = {
  async shareBucket({ path, body }, ctx) {
    const info = await shareBucket(
      ctx.storage,
      { ...bucketOf(path), targetProjectId: body.target_project_id },
      ctx.audit,
    );
    return {
      status: 200,
      body: {
        name: info.name,
        shared_with: info.sharedWith,
        is_linked: false,
        source_project_id: null,
        source_bucket_name: null,
      },
    };
  },
  async unshareBucket({ path, query }, ctx) {
    await unshareBucket(
      ctx.storage,
      { ...bucketOf(path), targetProjectId: query.target_project_id, force: query.force ?? false },
      ctx.audit,
    );
    return { status: 204 };
  },
  async linkBucket({ path, body }, ctx) {
    const bucket = await linkBucket(
      ctx.storage,
      { ...bucketOf(path), sourceProjectId: body.source_project_id, sourceBucket: body.source_bucket_name },
      ctx.audit,
    );
    return { status: 201, body: bucketJson(bucket) };
  },
  async unlinkBucket({ path }, ctx) {
    await unlinkBucket(ctx.storage, bucketOf(path), ctx.audit);
    return { status: 204 };
  },
  async grantReadonly({ path }, ctx) {
    const granted = await grantReadonly(ctx.storage, bucketOf(path), true, ctx.audit);
    return {
      status: 200,
      body: { status: 'success', message: granted.message, bucket_name: granted.bucket },
    };
  },
  async revokeReadonly({ path }, ctx) {
    await grantReadonly(ctx.storage, bucketOf(path), false, ctx.audit);
    return { status: 204 };
  },
} satisfies BucketSharingHandlers<RestContext>;
