// `duckstorage buckets`: createBucket, listBuckets, getBucket, deleteBucket, on the --branch
// (default: main). Linked buckets show where they come from (see `sharing`).
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act } from '../action.js';
import type { Context } from '../context.js';
import { column } from '../output.js';

type Bucket = components['schemas']['BucketResponse'];

export const branchPath = (ctx: Context) => ({ project_id: ctx.project(), branch_id: ctx.branch });

const source = (b: Bucket) =>
  b.is_linked ? `${b.source_project_id ?? ''}/${b.source_bucket_name ?? ''}` : '';

const bucketColumns = [
  column<Bucket>('NAME', (b) => b.name),
  column<Bucket>('TABLES', (b) => b.table_count, true),
  column<Bucket>('DESCRIPTION', (b) => b.description),
  column<Bucket>('LINKED FROM', source),
  column<Bucket>('CREATED', (b) => b.created_at),
];

function bucketFields(b: Bucket): [string, unknown][] {
  return [
    ['name', b.name],
    ['tables', b.table_count],
    ['description', b.description],
    ['linked', b.is_linked],
    ...(b.is_linked ? ([['linked from', source(b)]] as [string, unknown][]) : []),
    ['created', b.created_at],
  ];
}

export function registerBuckets(program: Command): void {
  const buckets = program.command('buckets').description('buckets of a project (on --branch)');

  buckets
    .command('list')
    .description('the buckets')
    .action(
      act(async (ctx) => {
        const page = await ctx.client().listBuckets({ path: branchPath(ctx) });
        ctx.out.list(page.buckets, bucketColumns, page);
      }),
    );

  buckets
    .command('get <bucket>')
    .description('one bucket')
    .action(
      act(async (ctx, _o: object, name: string) => {
        const bucket = await ctx.client().getBucket({ path: { ...branchPath(ctx), bucket_name: name } });
        ctx.out.item(bucketFields(bucket), bucket);
      }),
    );

  buckets
    .command('create <bucket>')
    .description('a new bucket')
    .option('-d, --description <text>', 'what is in it')
    .action(
      act(async (ctx, o: { description?: string }, name: string) => {
        const bucket = await ctx.client().createBucket({
          path: branchPath(ctx),
          body: { name, ...(o.description === undefined ? {} : { description: o.description }) },
        });
        ctx.out.item(bucketFields(bucket), bucket);
      }),
    );

  buckets
    .command('delete <bucket>')
    .description('delete a bucket and its tables (asks unless --yes)')
    .option('--no-cascade', 'refuse when the bucket still has tables')
    .action(
      act(async (ctx, o: { cascade: boolean }, name: string) => {
        await ctx.confirm(`Delete bucket ${name}${o.cascade ? ' with all its tables' : ''}?`);
        await ctx.client().deleteBucket({
          path: { ...branchPath(ctx), bucket_name: name },
          query: { cascade: o.cascade },
        });
        ctx.out.result({ bucket: name, deleted: true }, `bucket ${name} deleted`);
      }),
    );
}
