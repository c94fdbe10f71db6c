// `duckstorage tables import` and `tables export`: importFromFile after a streamed upload (a file,
// a glob's single match, or stdin) with its progress, or of a file already in the store
// (--file-id); exportToFile, then the new file downloaded with progress (or only its id printed).
import { extname } from 'node:path';
import { type Command, Option } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, integer, list } from '../action.js';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { humanBytes } from '../output.js';
import { downloadFile, uploadSource } from '../transfer.js';

type ImportResponse = components['schemas']['ImportResponse'];
type DedupMode = 'update_duplicates' | 'insert_duplicates' | 'fail_on_duplicates';

export interface ImportSettings {
  format: 'csv' | 'parquet';
  incremental?: boolean | undefined;
  dedupMode?: DedupMode | undefined;
  delimiter?: string | undefined;
  header?: boolean | undefined;
  nullString?: string | undefined;
}

const pathOf = (ctx: Context, bucket: string, table: string) => ({
  project_id: ctx.project(),
  branch_id: ctx.branch,
  bucket_name: bucket,
  table_name: table,
});

/** importFromFile of `fileId` into bucket.table. */
export async function importFile(
  ctx: Context,
  bucket: string,
  table: string,
  fileId: string,
  s: ImportSettings,
): Promise<ImportResponse> {
  const csv = {
    ...(s.delimiter === undefined ? {} : { delimiter: s.delimiter }),
    ...(s.header === undefined ? {} : { header: s.header }),
    ...(s.nullString === undefined ? {} : { null_string: s.nullString }),
  };
  return ctx.client().importFromFile({
    path: pathOf(ctx, bucket, table),
    body: {
      file_id: fileId,
      format: s.format,
      ...(s.format === 'csv' && Object.keys(csv).length > 0 ? { csv_options: csv } : {}),
      import_options: {
        incremental: s.incremental === true,
        ...(s.dedupMode === undefined ? {} : { dedup_mode: s.dedupMode }),
      },
    },
  });
}

/** Uploads `source` (path or `-`) with progress, then imports it. */
export async function importInto(
  ctx: Context,
  bucket: string,
  table: string,
  source: string,
  s: ImportSettings,
): Promise<ImportResponse> {
  const file = await uploadSource(ctx, source, source === '-' ? { name: `${table}.${s.format}` } : {});
  ctx.out.note(`uploaded ${file.name} (${humanBytes(file.size_bytes)}, file ${file.id}); importing…`);
  return importFile(ctx, bucket, table, file.id, s);
}

function formatOf(explicit: string | undefined, source: string | undefined): 'csv' | 'parquet' {
  if (explicit === 'csv' || explicit === 'parquet') return explicit;
  return source !== undefined && extname(source).toLowerCase() === '.parquet' ? 'parquet' : 'csv';
}

// The file's format is --file-format: --format is the global output format.
interface ImportOptions {
  fileFormat?: 'csv' | 'parquet';
  fileId?: string;
  incremental?: boolean;
  dedupMode?: DedupMode;
  delimiter?: string;
  header: boolean;
  nullString?: string;
}

interface ExportOptions {
  fileFormat: 'csv' | 'parquet';
  compression?: string;
  columns?: string[];
  limit?: number;
  fileOnly?: boolean;
}

export function registerTableData(tables: Command): void {
  tables
    .command('import <bucket> <table> [file]')
    .description('load a CSV or Parquet file (or - for stdin) into a table: a full load unless --incremental')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        'csv',
        'parquet',
      ]),
    )
    .option('--file-id <id>', 'import a file already in the project file store instead')
    .option('--incremental', 'append (or upsert by primary key) instead of replacing the rows')
    .addOption(
      new Option('--dedup-mode <mode>', 'with --incremental and a primary key').choices([
        'update_duplicates',
        'insert_duplicates',
        'fail_on_duplicates',
      ]),
    )
    .option('--delimiter <char>', 'CSV delimiter')
    .option('--no-header', 'the CSV has no header row')
    .option('--null-string <text>', 'CSV text that means NULL')
    .action(
      act(async (ctx, o: ImportOptions, bucket: string, table: string, source: string | undefined) => {
        if ((source === undefined) === (o.fileId === undefined)) {
          throw new CliError('give a file to upload (- for stdin) or --file-id of one in the store');
        }
        const settings: ImportSettings = {
          format: formatOf(o.fileFormat, source),
          incremental: o.incremental,
          dedupMode: o.dedupMode,
          delimiter: o.delimiter,
          header: o.header === false ? false : undefined,
          nullString: o.nullString,
        };
        const result =
          source === undefined
            ? await importFile(ctx, bucket, table, o.fileId ?? '', settings)
            : await importInto(ctx, bucket, table, source, settings);
        ctx.out.item(
          [
            ['imported rows', result.imported_rows],
            ['rows now', result.table_rows_after],
            ['table size', humanBytes(result.table_size_bytes)],
            ['duration', `${result.duration_ms} ms`],
            ...(result.warnings.length === 0
              ? []
              : ([['warnings', result.warnings.join('; ')]] as [string, unknown][])),
          ],
          result,
        );
      }),
    );

  tables
    .command('export <bucket> <table> [output]')
    .description(
      'write a table to a new file in the store and download it (default: <table>.<format>; - = stdout)',
    )
    .addOption(new Option('--file-format <format>', 'file format').choices(['csv', 'parquet']).default('csv'))
    .option('--compression <codec>', 'csv: gzip; parquet: gzip, zstd or snappy')
    .option('--columns <names>', 'only these columns, comma-separated', list)
    .option('--limit <n>', 'at most this many rows', integer('--limit'))
    .option('--file-only', 'do not download: print the new file id')
    .action(
      act(async (ctx, o: ExportOptions, bucket: string, table: string, output: string | undefined) => {
        const exported = await ctx.client().exportToFile({
          path: pathOf(ctx, bucket, table),
          body: {
            format: o.fileFormat,
            ...(o.compression === undefined ? {} : { compression: o.compression }),
            ...(o.columns === undefined ? {} : { columns: o.columns }),
            ...(o.limit === undefined ? {} : { limit: o.limit }),
          },
        });
        const gz = o.fileFormat === 'csv' && o.compression === 'gzip' ? '.gz' : '';
        if (o.fileOnly === true) {
          ctx.out.item(
            [
              ['file id', exported.file_id],
              ['rows', exported.rows_exported],
              ['size', humanBytes(exported.file_size_bytes)],
            ],
            exported,
          );
          return;
        }
        const name = `${table}.${o.fileFormat}${gz}`;
        const saved = await downloadFile(ctx, exported.file_id, output ?? name, name);
        if (saved.path === '-') return;
        ctx.out.item(
          [
            ['rows', exported.rows_exported],
            ['file id', exported.file_id],
            ['saved to', saved.path],
            ['size', humanBytes(saved.bytes)],
          ],
          { ...exported, output_file: saved.path },
        );
      }),
    );
}
