// `duckstorage tables`: createTable (from --columns or a CSV header, optionally loading the CSV
// at once), listTables, getTable, deleteTable, previewTable (printed as a table), profileTable
// (with quality labels). Import and export are in table-data.ts.
import { type Command, Option } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, collect, integer, list } from '../action.js';
import type { Context } from '../context.js';
import { type CsvColumn, readCsvColumns } from '../csv-schema.js';
import { CliError } from '../errors.js';
import { cellText, column, humanBytes, renderCsv, renderTable } from '../output.js';
import { qualityLabel, renderProfile } from '../profile-view.js';
import { branchPath } from './buckets.js';
import { importInto } from './table-data.js';

type Table = components['schemas']['TableResponse'];
type Operator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export const tablePath = (ctx: Context, bucket: string, table: string) => ({
  ...branchPath(ctx),
  bucket_name: bucket,
  table_name: table,
});

const tableColumns = [
  column<Table>('NAME', (t) => t.name),
  column<Table>('ROWS', (t) => t.row_count, true),
  column<Table>('SIZE', (t) => humanBytes(t.size_bytes), true),
  column<Table>('PRIMARY KEY', (t) => t.primary_key.join(', ')),
  column<Table>('COLUMNS', (t) => t.columns.length, true),
  column<Table>('SOURCE', (t) => t.source),
  column<Table>('UPDATED', (t) => t.updated_at),
];

export function printTable(ctx: Context, t: Table): void {
  if (ctx.out.format !== 'table') {
    ctx.out.item(
      [
        ['bucket', t.bucket],
        ['name', t.name],
        ['rows', t.row_count],
        ['size_bytes', t.size_bytes],
        ['primary_key', t.primary_key.join(',')],
        ['columns', t.columns.map((c) => `${c.name} ${c.type}`).join(', ')],
        ['source', t.source],
      ],
      t,
    );
    return;
  }
  ctx.out.item(
    [
      ['table', `${t.bucket}.${t.name}`],
      ['rows', t.row_count],
      ['size', humanBytes(t.size_bytes)],
      ['primary key', t.primary_key.join(', ')],
      ['source', t.source],
      ['created', t.created_at],
      ['updated', t.updated_at],
    ],
    t,
  );
  ctx.out.write(
    `\n${renderTable(
      ['#', 'COLUMN', 'TYPE', 'NULLABLE'],
      t.columns.map((c) => [String(c.ordinal_position), c.name, c.type, c.nullable ? 'yes' : 'no']),
      [true],
    )}`,
  );
}

/** `--columns id:BIGINT,name:VARCHAR` -> column definitions (a type may hold commas: DECIMAL(10,2)). */
export function parseColumns(text: string): CsvColumn[] {
  const columns: CsvColumn[] = [];
  for (const part of text.split(/,(?![^(]*\))/)) {
    const trimmed = part.trim();
    const colon = trimmed.indexOf(':');
    if (colon <= 0 || colon === trimmed.length - 1) {
      throw new CliError(`--columns: expected name:TYPE[,name:TYPE…], got ${trimmed || text}`);
    }
    columns.push({ name: trimmed.slice(0, colon).trim(), type: trimmed.slice(colon + 1).trim() });
  }
  return columns;
}

const OPERATORS: Record<string, Operator> = {
  '=': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'ge',
  '<': 'lt',
  '<=': 'le',
};

/** `--where 'status=open,closed'` / `'amount>=100'` -> the preview's structured filter. */
export function parseWhere(text: string): {
  where_column: string;
  where_operator: Operator;
  where_values: string[];
} {
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|=|>|<)\s*(.*)$/s.exec(text);
  const operator = match === null ? undefined : OPERATORS[match[2] ?? ''];
  if (match === null || operator === undefined) {
    throw new CliError(`--where: expected <column><op><value>[,value…] with op = != > >= < <=, got ${text}`);
  }
  return { where_column: match[1] ?? '', where_operator: operator, where_values: list(match[3] ?? '') };
}

interface CreateOptions {
  columns?: string;
  fromCsv?: string;
  pk?: string[];
  type: string[];
  delimiter: string;
  import?: boolean;
}

async function createTable(ctx: Context, o: CreateOptions, bucket: string, name: string): Promise<void> {
  if ((o.columns === undefined) === (o.fromCsv === undefined)) {
    throw new CliError('pass exactly one of --columns name:TYPE,… or --from-csv <file>');
  }
  if (o.import === true && o.fromCsv === undefined) throw new CliError('--import loads the --from-csv file');
  const columns =
    o.columns !== undefined ? parseColumns(o.columns) : await readCsvColumns(o.fromCsv ?? '', o.delimiter);
  for (const override of o.type) {
    const [col, ...rest] = override.split('=');
    const target = columns.find((c) => c.name === col);
    if (target === undefined || rest.length === 0)
      throw new CliError(`--type ${override}: expected <column>=<TYPE> of a column`);
    target.type = rest.join('=');
  }
  if (o.fromCsv !== undefined && ctx.out.format === 'table') {
    ctx.out.note(`columns from ${o.fromCsv}: ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}`);
  }
  const client = ctx.client();
  const table = await client.createTable({
    path: { ...branchPath(ctx), bucket_name: bucket },
    body: { name, columns, ...(o.pk === undefined ? {} : { primary_key: o.pk }) },
  });
  if (o.import === true && o.fromCsv !== undefined) {
    const loaded = await importInto(ctx, bucket, name, o.fromCsv, { format: 'csv', delimiter: o.delimiter });
    const after = await client.getTable({ path: tablePath(ctx, bucket, name) });
    if (ctx.out.format === 'json') {
      ctx.out.result({ table: after, import: loaded }, '');
      return;
    }
    ctx.out.note(`imported ${loaded.imported_rows} rows in ${loaded.duration_ms} ms`);
    printTable(ctx, after);
    return;
  }
  printTable(ctx, table);
}

export function registerTables(program: Command): Command {
  const tables = program.command('tables').description('tables of a bucket (on --branch)');

  tables
    .command('list <bucket>')
    .description('the tables of a bucket')
    .action(
      act(async (ctx, _o: object, bucket: string) => {
        const page = await ctx.client().listTables({ path: { ...branchPath(ctx), bucket_name: bucket } });
        ctx.out.list(page.tables, tableColumns, page, `${page.total} table(s)`);
      }),
    );

  tables
    .command('get <bucket> <table>')
    .description('a table with its columns')
    .action(
      act(async (ctx, _o: object, bucket: string, table: string) => {
        printTable(ctx, await ctx.client().getTable({ path: tablePath(ctx, bucket, table) }));
      }),
    );

  tables
    .command('create <bucket> <table>')
    .description('a new table from --columns or a CSV header (types guessed from the first 100 rows)')
    .option('--columns <name:TYPE,…>', 'the columns, e.g. id:BIGINT,amount:DECIMAL(10,2)')
    .option('--from-csv <file>', 'take the columns from this CSV header and sample')
    .option('--pk <columns>', 'primary key columns, comma-separated', list)
    .option('--type <column=TYPE>', 'override a guessed type (repeatable)', collect, [])
    .option('--delimiter <char>', 'the CSV delimiter', ',')
    .option('--import', 'then load the --from-csv file into the table (upload progress)')
    .action(act(createTable));

  tables
    .command('delete <bucket> <table>')
    .description('drop a table (asks unless --yes; an automatic snapshot keeps its rows for a while)')
    .action(
      act(async (ctx, _o: object, bucket: string, table: string) => {
        await ctx.confirm(`Delete table ${bucket}.${table}?`);
        await ctx.client().deleteTable({ path: tablePath(ctx, bucket, table) });
        ctx.out.result({ bucket, table, deleted: true }, `table ${bucket}.${table} deleted`);
      }),
    );

  tables
    .command('preview <bucket> <table>')
    .description('the first rows, printed as a table')
    .option('-n, --limit <n>', 'rows to show', integer('--limit'), 10)
    .option('--columns <names>', 'only these columns, comma-separated', list)
    .option('--order-by <spec>', "e.g. 'amount:desc,id'")
    .option('--where <filter>', "e.g. 'status=open,closed' or 'amount>=100'")
    .action(
      act(
        async (
          ctx,
          o: { limit: number; columns?: string[]; orderBy?: string; where?: string },
          bucket: string,
          table: string,
        ) => {
          const preview = await ctx.client().previewTable({
            path: tablePath(ctx, bucket, table),
            query: {
              limit: o.limit,
              ...(o.columns === undefined ? {} : { columns: o.columns.join(',') }),
              ...(o.orderBy === undefined ? {} : { order_by: o.orderBy }),
              ...(o.where === undefined ? {} : parseWhere(o.where)),
            },
          });
          const names = preview.columns.map((c) => c.name);
          const rows = preview.rows.map((row) =>
            names.map((n) => cellText(row[n], ctx.out.format === 'csv' ? '' : 'NULL')),
          );
          if (ctx.out.format === 'json') ctx.out.result(preview, '');
          else if (ctx.out.format === 'csv') ctx.out.write(renderCsv(names, rows));
          else {
            const right = preview.columns.map((c) => /INT|DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC/i.test(c.type));
            ctx.out.write(renderTable(names, rows, right));
            ctx.out.note(`${preview.preview_row_count} of ${preview.total_row_count} row(s)`);
          }
        },
      ),
    );

  tables
    .command('profile <bucket> <table>')
    .description('column statistics and a quality score (Excellent >= 90, Good >= 75, Fair >= 50, Poor)')
    .addOption(
      new Option('-m, --mode <mode>', 'what to compute')
        .choices(['basic', 'distribution', 'quality', 'full'])
        .default('basic'),
    )
    .option('--columns <names>', 'show only these columns, comma-separated', list)
    .action(
      act(
        async (
          ctx,
          o: { mode: 'basic' | 'distribution' | 'quality' | 'full'; columns?: string[] },
          bucket: string,
          table: string,
        ) => {
          const profile = await ctx.client().profileTable({
            path: tablePath(ctx, bucket, table),
            query: { mode: o.mode },
          });
          const labelled = { ...profile, quality_label: qualityLabel(profile.quality_score) };
          if (ctx.out.format === 'table') ctx.out.write(renderProfile(profile, o.columns ?? []));
          else if (ctx.out.format === 'json') ctx.out.result(labelled, '');
          else {
            ctx.out.list(
              profile.statistics,
              [
                column('column', (s) => s.column_name),
                column('type', (s) => s.column_type),
                column('null_percentage', (s) => s.null_percentage),
                column('distinct', (s) => s.approx_unique),
                column('cardinality', (s) => s.cardinality_class),
                column('min', (s) => s.min),
                column('max', (s) => s.max),
                column('avg', (s) => s.avg),
                column('std', (s) => s.std),
                column('outliers', (s) => s.outlier_count),
              ],
              labelled,
            );
          }
        },
      ),
    );
  return tables;
}
