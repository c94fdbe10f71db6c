// `duckstorage snapshots`: a table's rows and definition kept as Parquet: createSnapshot,
// listSnapshots (filters), getSnapshot (with its columns), previewSnapshot, restoreSnapshot (over
// the table, after an automatic safety snapshot, or into a new table), deleteSnapshot. Main only.
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, integer } from '../action.js';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { cellText, column, humanBytes, renderTable } from '../output.js';

type Snapshot = components['schemas']['SnapshotResponse'];

const main = (ctx: Context) => ({ project_id: ctx.project(), branch_id: 'default' });

const snapshotColumns = [
  column<Snapshot>('ID', (s) => s.id),
  column<Snapshot>('TABLE', (s) => `${s.bucket_name}.${s.table_name}`),
  column<Snapshot>('TYPE', (s) => s.snapshot_type),
  column<Snapshot>('ROWS', (s) => s.row_count, true),
  column<Snapshot>('SIZE', (s) => humanBytes(s.size_bytes), true),
  column<Snapshot>('CREATED', (s) => s.created_at),
  column<Snapshot>('EXPIRES', (s) => s.expires_at),
  column<Snapshot>('DESCRIPTION', (s) => s.description),
];

function snapshotFields(s: Snapshot): [string, unknown][] {
  return [
    ['id', s.id],
    ['table', `${s.bucket_name}.${s.table_name}`],
    ['type', s.snapshot_type],
    ['rows', s.row_count],
    ['size', humanBytes(s.size_bytes)],
    ['created', s.created_at],
    ['created by', s.created_by],
    ['expires', s.expires_at],
    ['description', s.description],
  ];
}

export function registerSnapshots(program: Command): void {
  const snapshots = program.command('snapshots').description('table snapshots (main branch)');

  snapshots
    .command('list')
    .description('snapshots, newest first')
    .option('--bucket <bucket>', 'of this bucket')
    .option('--table <table>', 'of this table')
    .option('--type <type>', 'manual, or an automatic type (auto_predrop, …)')
    .option('--limit <n>', 'at most this many', integer('--limit'), 100)
    .action(
      act(async (ctx, o: { bucket?: string; table?: string; type?: string; limit: number }) => {
        const page = await ctx.client().listSnapshots({
          path: main(ctx),
          query: {
            limit: o.limit,
            ...(o.bucket === undefined ? {} : { bucket: o.bucket }),
            ...(o.table === undefined ? {} : { table: o.table }),
            ...(o.type === undefined ? {} : { type: o.type }),
          },
        });
        ctx.out.list(
          page.snapshots,
          snapshotColumns,
          page,
          `${page.snapshots.length} of ${page.total} snapshot(s)`,
        );
      }),
    );

  snapshots
    .command('create <bucket> <table>')
    .description("snapshot a table's rows and definition")
    .option('-d, --description <text>', 'why')
    .action(
      act(async (ctx, o: { description?: string }, bucket: string, table: string) => {
        const snapshot = await ctx.client().createSnapshot({
          path: main(ctx),
          body: { bucket, table, ...(o.description === undefined ? {} : { description: o.description }) },
        });
        ctx.out.item(snapshotFields(snapshot), snapshot);
      }),
    );

  snapshots
    .command('get <snapshot-id>')
    .description('a snapshot with its columns and primary key')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const s = await ctx.client().getSnapshot({ path: { ...main(ctx), snapshot_id: id } });
        ctx.out.item(
          [
            ...snapshotFields(s),
            ['primary key', s.primary_key.join(', ')],
            ['columns', s.schema_columns.map((c) => `${c.name} ${c.type}`).join(', ')],
          ],
          s,
        );
      }),
    );

  snapshots
    .command('preview <snapshot-id>')
    .description('rows of a snapshot, without restoring it')
    .option('-n, --limit <n>', 'rows to show', integer('--limit'), 10)
    .action(
      act(async (ctx, o: { limit: number }, id: string) => {
        const preview = await ctx.client().previewSnapshot({
          path: { ...main(ctx), snapshot_id: id },
          query: { limit: o.limit },
        });
        const names = preview.columns.map((c) => c.name);
        const rows = preview.rows.map((row) => names.map((n) => cellText(row[n], 'NULL')));
        ctx.out.result(preview, renderTable(names, rows));
      }),
    );

  snapshots
    .command('restore <snapshot-id>')
    .description('restore over its table (a safety snapshot first; asks unless --yes) or --to a new table')
    .option('--to <bucket.table>', 'restore into this new table instead')
    .action(
      act(async (ctx, o: { to?: string }, id: string) => {
        let target = {};
        if (o.to !== undefined) {
          const dot = o.to.lastIndexOf('.');
          if (dot <= 0 || dot === o.to.length - 1)
            throw new CliError(`--to: expected <bucket>.<table>, got ${o.to}`);
          target = { target_bucket: o.to.slice(0, dot), target_table: o.to.slice(dot + 1) };
        } else {
          await ctx.confirm(
            `Restore snapshot ${id} over its table? Its current rows are replaced (a safety snapshot keeps them).`,
          );
        }
        const restored = await ctx
          .client()
          .restoreSnapshot({ path: { ...main(ctx), snapshot_id: id }, body: target });
        ctx.out.item(
          [
            ['restored to', `${restored.restored_to.bucket}.${restored.restored_to.table}`],
            ['rows', restored.row_count],
            ['safety snapshot', restored.safety_snapshot_id ?? ''],
          ],
          restored,
        );
      }),
    );

  snapshots
    .command('delete <snapshot-id>')
    .description('delete a snapshot (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Delete snapshot ${id}?`);
        await ctx.client().deleteSnapshot({ path: { ...main(ctx), snapshot_id: id } });
        ctx.out.result({ snapshot_id: id, deleted: true }, `snapshot ${id} deleted`);
      }),
    );
}
