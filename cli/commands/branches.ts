// `duckstorage branches`: dev branches of a project: createBranch (O(1)), listBranches, getBranch
// (with the tables it copied), deleteBranch, pullTable (the branch reads main's table again),
// mergeTable (the branch's table into main; --force over a conflict), getBranchMergeStatus.
// Other commands act on a branch with --branch <id>.
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act } from '../action.js';
import type { Context } from '../context.js';
import { column, humanBytes } from '../output.js';

type Branch = components['schemas']['BranchResponse'];
type MergeTable = components['schemas']['BranchMergeTable'];

const branchColumns = [
  column<Branch>('ID', (b) => b.id),
  column<Branch>('NAME', (b) => b.name),
  column<Branch>('TABLES', (b) => b.table_count, true),
  column<Branch>('SIZE', (b) => humanBytes(b.size_bytes), true),
  column<Branch>('CREATED', (b) => b.created_at),
  column<Branch>('DESCRIPTION', (b) => b.description),
];

function branchFields(b: Branch): [string, unknown][] {
  return [
    ['id', b.id],
    ['name', b.name],
    ['tables', b.table_count],
    ['size', humanBytes(b.size_bytes)],
    ['created', b.created_at],
    ['created by', b.created_by],
    ['description', b.description],
  ];
}

/** What a merge of this table would do, in a word. */
function mergeState(t: MergeTable): string {
  if (t.branch_deleted) return t.main_changed ? 'conflict (dropped here, changed in main)' : 'drop in main';
  if (t.source === 'branch_only') return 'create in main';
  if (t.main_deleted) return 'conflict (dropped in main)';
  if (t.main_changed && t.branch_changed) return 'conflict (both changed)';
  if (t.main_changed) return 'main changed (pull)';
  if (t.branch_changed) return 'ready to merge';
  return 'unchanged';
}

const project = (ctx: Context) => ({ project_id: ctx.project() });

export function registerBranches(program: Command): void {
  const branches = program.command('branches').description('dev branches: create, pull and merge tables');

  branches
    .command('list')
    .description('the branches of the project')
    .action(
      act(async (ctx) => {
        const page = await ctx.client().listBranches({ path: project(ctx) });
        ctx.out.list(page.branches, branchColumns, page, `${page.total} branch(es)`);
      }),
    );

  branches
    .command('create <name>')
    .description('a new branch (reads main until a table is first written on it)')
    .option('-d, --description <text>', 'what it is for')
    .action(
      act(async (ctx, o: { description?: string }, name: string) => {
        const branch = await ctx.client().createBranch({
          path: project(ctx),
          body: { name, ...(o.description === undefined ? {} : { description: o.description }) },
        });
        ctx.out.item(branchFields(branch), branch);
        ctx.out.note(`use it with --branch ${branch.id}`);
      }),
    );

  branches
    .command('get <branch-id>')
    .description('a branch and the tables it has copied')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const b = await ctx.client().getBranch({ path: { ...project(ctx), branch_id: id } });
        ctx.out.item(
          [
            ...branchFields(b),
            [
              'copied tables',
              b.copied_tables.map((t) => `${t.bucket_name}.${t.table_name} (${t.source})`).join(', '),
            ],
          ],
          b,
        );
      }),
    );

  branches
    .command('delete <branch-id>')
    .description('delete a branch with its tables and keys (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Delete branch ${id} with its tables, keys and workspaces?`);
        await ctx.client().deleteBranch({ path: { ...project(ctx), branch_id: id } });
        ctx.out.result({ branch_id: id, deleted: true }, `branch ${id} deleted`);
      }),
    );

  branches
    .command('pull <branch-id> <bucket> <table>')
    .description("drop the branch's copy so it reads main's table again (after a snapshot of it)")
    .action(
      act(async (ctx, _o: object, id: string, bucket: string, table: string) => {
        const pulled = await ctx.client().pullTable({
          path: { ...project(ctx), branch_id: id, bucket_name: bucket, table_name: table },
        });
        ctx.out.item(
          [
            ['table', `${pulled.bucket_name}.${pulled.table_name}`],
            ['message', pulled.message],
            ['had a copy', pulled.was_local],
            ['snapshot', pulled.snapshot_id ?? ''],
          ],
          pulled,
        );
      }),
    );

  branches
    .command('merge <branch-id> <bucket> <table>')
    .description("put the branch's table into main (main's is snapshotted first; asks unless --yes)")
    .option('--force', 'merge even when main changed since the branch copied the table')
    .action(
      act(async (ctx, o: { force?: boolean }, id: string, bucket: string, table: string) => {
        await ctx.confirm(`Merge ${bucket}.${table} of branch ${id} into main${o.force ? ' (forced)' : ''}?`);
        const merged = await ctx.client().mergeTable({
          path: { ...project(ctx), branch_id: id, bucket_name: bucket, table_name: table },
          body: { force: o.force === true },
        });
        ctx.out.item(
          [
            ['table', `${merged.bucket_name}.${merged.table_name}`],
            ['rows in main', merged.row_count],
            ['created in main', merged.created_in_main],
            ['snapshot of main', merged.snapshot_id ?? ''],
            ['forced over a conflict', merged.conflict],
          ],
          merged,
        );
      }),
    );

  branches
    .command('status <branch-id>')
    .description('per table: changed on the branch, in main, or both (merge status)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const status = await ctx.client().getBranchMergeStatus({ path: { ...project(ctx), branch_id: id } });
        ctx.out.list(
          status.tables,
          [
            column<MergeTable>('TABLE', (t) => `${t.bucket_name}.${t.table_name}`),
            column<MergeTable>('SOURCE', (t) => t.source),
            column<MergeTable>('BRANCH CHANGED', (t) => (t.branch_changed ? 'yes' : '')),
            column<MergeTable>('MAIN CHANGED', (t) => (t.main_changed ? 'yes' : '')),
            column<MergeTable>('STATE', mergeState),
          ],
          status,
          `${status.tables.length} table(s) differ from main`,
        );
      }),
    );
}
