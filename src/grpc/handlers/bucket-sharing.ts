import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import {
  GrantBucketAccessToReadOnlyRoleResponse,
  LinkedBucketResponse,
  ShareBucketCommand_ShareBucketSnowflakeCommandMeta,
  ShareBucketResponse,
} from '../../../generated/grpc/proto/bucket.js';
import { requireOwnBucket } from '../../core/catalog/buckets.js';
import {
  grantReadonly,
  linkBucket,
  shareBucket,
  unlinkBucket,
  unshareBucket,
} from '../../core/catalog/sharing.js';
import { invalidArgument, notFound } from '../../core/errors.js';
import { typeName, unpack } from '../any.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { bucketName, bucketObjectName } from '../paths.js';
import { ownsBucket } from './bucket.js';

const MAIN = 'default';

/**
 * Bucket sharing over the core's shares and links (REST shareBucket / linkBucket / ...): a
 * share is recorded per target project, a link is metadata only and read-only (reference
 * pitfall: Share recorded nothing, Link made an empty directory).
 *
 * Connection shares a bucket before it knows who links it: ShareBucketCommand checks the bucket
 * and answers the handle `share_{project}_{bucket}`; the share row is written for a target named
 * in meta (ShareBucketSnowflakeCommandMeta.databaseName), or when the admin key links it
 * (Connection acting for the organisation). A project key may link only what was shared with it.
 */
export const bucketSharingHandlers = {
  async ShareBucketCommand(command, ctx) {
    const projectId = projectOf(ctx, command.sourceProjectId, 'sourceProjectId');
    allow(ctx, 'manage', projectId, MAIN);
    const raw =
      command.sourceBucketId !== ''
        ? bucketObjectName(command.sourceBucketId)
        : command.sourceBucketObjectName;
    if (raw === '')
      throw invalidArgument('invalid_request', 'sourceBucketId or sourceBucketObjectName is required');
    const place = { projectId, branchId: MAIN };
    const bucket = requireOwnBucket(ctx.storage, { ...place, bucket: bucketName(ctx, place, raw) });
    const target =
      command.meta !== undefined &&
      typeName(command.meta) === ShareBucketCommand_ShareBucketSnowflakeCommandMeta.$type
        ? unpack(ShareBucketCommand_ShareBucketSnowflakeCommandMeta, command.meta, 'meta').databaseName
        : '';
    if (target !== '') {
      await shareBucket(ctx.storage, { ...place, bucket: bucket.name, targetProjectId: target }, ctx.audit);
      note(ctx, 'info', `Bucket ${bucket.name} shared with project ${target}`);
    } else {
      note(ctx, 'info', `Bucket ${bucket.name} can be linked: the share is recorded when a project links it`);
    }
    return ShareBucketResponse.fromPartial({ bucketShareRoleName: `share_${projectId}_${bucket.name}` });
  },

  async LinkBucketCommand(command, ctx) {
    const targetProjectId = projectOf(ctx, command.targetProjectId, 'targetProjectId');
    allow(ctx, 'manage', targetProjectId, MAIN);
    if (command.targetBucketId === '') throw invalidArgument('invalid_request', 'targetBucketId is required');
    const source = parseShareRole(ctx, command.sourceShareRoleName);
    const sourceBucket = requireOwnBucket(ctx.storage, {
      projectId: source.projectId,
      branchId: MAIN,
      bucket: source.bucket,
    });
    if (ctx.principal.kind === 'admin' && !sourceBucket.sharedWith.has(targetProjectId)) {
      await shareBucket(
        ctx.storage,
        { projectId: source.projectId, branchId: MAIN, bucket: sourceBucket.name, targetProjectId },
        ctx.audit,
      );
    }
    const linked = await linkBucket(
      ctx.storage,
      {
        projectId: targetProjectId,
        branchId: MAIN,
        bucket: bucketObjectName(command.targetBucketId),
        sourceProjectId: source.projectId,
        sourceBucket: sourceBucket.name,
      },
      ctx.audit,
    );
    note(
      ctx,
      'info',
      `Bucket ${source.projectId}/${sourceBucket.name} linked into project ${targetProjectId} as ${linked.name}`,
    );
    return LinkedBucketResponse.fromPartial({ linkedBucketObjectName: linked.name });
  },

  /** UnlinkBucketCommand: the link goes; the source's data is never touched. */
  async UnlinkBucketCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    allow(ctx, 'manage', projectId, MAIN);
    if (command.bucketObjectName === '')
      throw invalidArgument('invalid_request', 'bucketObjectName is required');
    const place = { projectId, branchId: MAIN };
    const bucket = bucketName(ctx, place, command.bucketObjectName);
    await unlinkBucket(ctx.storage, { ...place, bucket }, ctx.audit);
    note(ctx, 'info', `Linked bucket ${bucket} removed from project ${projectId}`);
    return null;
  },

  /** UnshareBucketCommand: every share of the bucket; FAILED_PRECONDITION while a project still links it. */
  async UnshareBucketCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    allow(ctx, 'manage', projectId, MAIN);
    const raw =
      command.bucketObjectName !== ''
        ? command.bucketObjectName
        : parseShareRole(ctx, command.bucketShareRoleName).bucket;
    const place = { projectId, branchId: MAIN };
    const bucket = requireOwnBucket(ctx.storage, { ...place, bucket: bucketName(ctx, place, raw) });
    for (const target of [...bucket.sharedWith].sort()) {
      await unshareBucket(
        ctx.storage,
        { ...place, bucket: bucket.name, targetProjectId: target, force: false },
        ctx.audit,
      );
    }
    note(ctx, 'info', `Bucket ${bucket.name} is no longer shared`);
    return null;
  },

  async GrantBucketAccessToReadOnlyRoleCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    allow(ctx, 'manage', projectId, MAIN);
    const raw = command.path.at(-1) ?? command.destinationObjectName;
    if (raw === undefined || raw === '')
      throw invalidArgument('invalid_request', 'path or destinationObjectName is required');
    const place = { projectId, branchId: MAIN };
    const granted = await grantReadonly(
      ctx.storage,
      { ...place, bucket: bucketName(ctx, place, raw) },
      true,
      ctx.audit,
    );
    note(ctx, 'info', granted.message);
    return GrantBucketAccessToReadOnlyRoleResponse.fromPartial({ createBucketObjectName: granted.bucket });
  },

  async RevokeBucketAccessFromReadOnlyRoleCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    allow(ctx, 'manage', projectId, MAIN);
    if (command.bucketObjectName === '')
      throw invalidArgument('invalid_request', 'bucketObjectName is required');
    const place = { projectId, branchId: MAIN };
    await grantReadonly(
      ctx.storage,
      { ...place, bucket: bucketName(ctx, place, command.bucketObjectName) },
      false,
      ctx.audit,
    );
    return null;
  },
} satisfies Pick<
  CommandHandlers<DriverContext>,
  | 'ShareBucketCommand'
  | 'LinkBucketCommand'
  | 'UnlinkBucketCommand'
  | 'UnshareBucketCommand'
  | 'GrantBucketAccessToReadOnlyRoleCommand'
  | 'RevokeBucketAccessFromReadOnlyRoleCommand'
>;

/** `share_{project}_{bucket}`: the project is the one that exists and owns that bucket. */
function parseShareRole(ctx: DriverContext, role: string): { projectId: string; bucket: string } {
  const inner = /^share_(.+)$/.exec(role)?.[1];
  if (inner === undefined)
    throw invalidArgument('invalid_request', `Share role name '${role}' is not share_{project}_{bucket}`);
  const matches = [...ctx.storage.catalog.projects.keys()]
    .filter((p) => inner.startsWith(`${p}_`) && ownsBucket(ctx, p, inner.slice(p.length + 1)))
    .map((p) => ({ projectId: p, bucket: inner.slice(p.length + 1) }));
  const [only, ...more] = matches;
  if (only === undefined) throw notFound('bucket_not_found', `No shared bucket matches '${role}'`, { role });
  if (more.length > 0) throw invalidArgument('invalid_request', `Share role name '${role}' is ambiguous`);
  return only;
}
