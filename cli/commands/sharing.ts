// `duckstorage sharing`: bucket sharing between projects on main: shareBucket / unshareBucket (the
// owner), linkBucket / unlinkBucket (the target, under a name of its own; a link is metadata only
// and read-only), grantReadonly / revokeReadonly.
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act } from '../action.js';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';

type ShareInfo = components['schemas']['BucketShareInfo'];

const mainBucket = (ctx: Context, bucket: string) => ({
  project_id: ctx.project(),
  branch_id: 'default',
  bucket_name: bucket,
});

function shareFields(s: ShareInfo): [string, unknown][] {
  return [
    ['bucket', s.name],
    ['shared with', s.shared_with.join(', ')],
    ['linked', s.is_linked],
    ...(s.is_linked
      ? ([['linked from', `${s.source_project_id}/${s.source_bucket_name}`]] as [string, unknown][])
      : []),
  ];
}

/** `project/bucket` -> its two parts. */
function sourceOf(text: string): { source_project_id: string; source_bucket_name: string } {
  const slash = text.indexOf('/');
  if (slash > 0 && slash < text.length - 1) {
    return { source_project_id: text.slice(0, slash), source_bucket_name: text.slice(slash + 1) };
  }
  throw new CliError(`--from: expected <project>/<bucket>, got ${text}`);
}

export function registerSharing(program: Command): void {
  const sharing = program
    .command('sharing')
    .description('share buckets between projects, link shared buckets');

  sharing
    .command('share <bucket>')
    .description('let another project link this bucket')
    .requiredOption('--with <project>', 'the project that may link it')
    .action(
      act(async (ctx, o: { with: string }, bucket: string) => {
        const info = await ctx.client().shareBucket({
          path: mainBucket(ctx, bucket),
          body: { target_project_id: o.with },
        });
        ctx.out.item(shareFields(info), info);
      }),
    );

  sharing
    .command('unshare <bucket>')
    .description('stop sharing with a project (asks unless --yes; --force removes its links too)')
    .requiredOption('--with <project>', 'the project to stop sharing with')
    .option('--force', "also remove that project's links to the bucket")
    .action(
      act(async (ctx, o: { with: string; force?: boolean }, bucket: string) => {
        await ctx.confirm(
          `Stop sharing bucket ${bucket} with ${o.with}${o.force ? ' and remove its links' : ''}?`,
        );
        await ctx.client().unshareBucket({
          path: mainBucket(ctx, bucket),
          query: { target_project_id: o.with, ...(o.force === true ? { force: true } : {}) },
        });
        ctx.out.result({ bucket, unshared: o.with }, `bucket ${bucket} no longer shared with ${o.with}`);
      }),
    );

  sharing
    .command('link <name>')
    .description('link a bucket another project shares with this one, as <name>')
    .requiredOption('--from <project/bucket>', 'the shared bucket')
    .action(
      act(async (ctx, o: { from: string }, name: string) => {
        const bucket = await ctx.client().linkBucket({ path: mainBucket(ctx, name), body: sourceOf(o.from) });
        ctx.out.item(
          [
            ['bucket', bucket.name],
            ['linked from', `${bucket.source_project_id}/${bucket.source_bucket_name}`],
            ['tables', bucket.table_count],
          ],
          bucket,
        );
      }),
    );

  sharing
    .command('unlink <name>')
    .description('remove a link (the source data is untouched; asks unless --yes)')
    .action(
      act(async (ctx, _o: object, name: string) => {
        await ctx.confirm(`Unlink bucket ${name}?`);
        await ctx.client().unlinkBucket({ path: mainBucket(ctx, name) });
        ctx.out.result({ bucket: name, unlinked: true }, `bucket ${name} unlinked`);
      }),
    );

  sharing
    .command('grant-readonly <bucket>')
    .description("give the project's read-only keys access to the bucket")
    .action(
      act(async (ctx, _o: object, bucket: string) => {
        const answer = await ctx.client().grantReadonly({ path: mainBucket(ctx, bucket) });
        ctx.out.result(answer, answer.message);
      }),
    );

  sharing
    .command('revoke-readonly <bucket>')
    .description('take that access back')
    .action(
      act(async (ctx, _o: object, bucket: string) => {
        await ctx.client().revokeReadonly({ path: mainBucket(ctx, bucket) });
        ctx.out.result({ bucket, revoked: true }, `read-only access to ${bucket} revoked`);
      }),
    );
}
