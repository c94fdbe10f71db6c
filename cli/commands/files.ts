// `duckstorage files`: the project file store. `upload` streams each file (paths, quoted globs
// expanded here, or - for stdin with --name) through uploadFileStream with a progress bar;
// `download` streams a file to disk or stdout; list, get, delete.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { components } from '../../generated/openapi.js';
import { act, integer } from '../action.js';
import { CliError } from '../errors.js';
import { column, humanBytes } from '../output.js';
import { downloadFile, uploadSource } from '../transfer.js';

type FileResponse = components['schemas']['FileResponse'];

const fileColumns = [
  column<FileResponse>('ID', (f) => f.id),
  column<FileResponse>('NAME', (f) => f.name),
  column<FileResponse>('SIZE', (f) => humanBytes(f.size_bytes), true),
  column<FileResponse>('TYPE', (f) => f.content_type),
  column<FileResponse>('STAGED', (f) => (f.is_staged ? 'yes' : '')),
  column<FileResponse>('CREATED', (f) => f.created_at),
];

function fileFields(f: FileResponse): [string, unknown][] {
  return [
    ['id', f.id],
    ['name', f.name],
    ['size', humanBytes(f.size_bytes)],
    ['content type', f.content_type],
    ['sha256', f.checksum_sha256],
    ['created', f.created_at],
    ['expires', f.expires_at],
  ];
}

/** The files `sources` name: paths as they are, `-` for stdin, patterns the shell left quoted expanded. */
export async function expandSources(sources: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const source of sources) {
    const exists = source === '-' || (await stat(source).catch(() => undefined)) !== undefined;
    if (exists || !isDynamicPattern(source)) {
      out.push(source);
      continue;
    }
    const matches = (await glob(source, { onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new CliError(`${source}: no file matches`);
    out.push(...matches);
  }
  if (out.filter((s) => s === '-').length > 1) throw new CliError('stdin (-) can be read once');
  return out;
}

export function registerFiles(program: Command): void {
  const files = program.command('files').description('the project file store');

  files
    .command('list')
    .description('files of the project, newest first')
    .option('--limit <n>', 'at most this many', integer('--limit'), 100)
    .option('--offset <n>', 'skip this many', integer('--offset'), 0)
    .option('--staged', 'include staged uploads not registered yet')
    .action(
      act(async (ctx, o: { limit: number; offset: number; staged?: boolean }) => {
        const page = await ctx.client().listFiles({
          path: { project_id: ctx.project() },
          query: { limit: o.limit, offset: o.offset, ...(o.staged === true ? { include_staged: true } : {}) },
        });
        ctx.out.list(page.files, fileColumns, page, `${page.files.length} of ${page.total} file(s)`);
      }),
    );

  files
    .command('get <file-id>')
    .description('one file')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const file = await ctx.client().getFile({ path: { project_id: ctx.project(), file_id: id } });
        ctx.out.item(fileFields(file), file);
      }),
    );

  files
    .command('upload <sources...>')
    .description(
      "upload files (paths or quoted globs like 'data/*.csv'; - reads stdin), streamed with progress",
    )
    .option('--name <name>', 'file name to store (one source only; default: its base name, `stdin` for -)')
    .option('--content-type <type>', 'content type (default: from the extension)')
    .action(
      act(async (ctx, o: { name?: string; contentType?: string }, sources: string[]) => {
        const paths = await expandSources(sources);
        if (o.name !== undefined && paths.length > 1) throw new CliError('--name takes a single source');
        const uploaded: FileResponse[] = [];
        for (const path of paths) {
          uploaded.push(await uploadSource(ctx, path, { name: o.name, contentType: o.contentType }));
        }
        ctx.out.list(uploaded, fileColumns, uploaded.length === 1 ? uploaded[0] : { files: uploaded });
      }),
    );

  files
    .command('download <file-id> [output]')
    .description(
      'download a file, streamed with progress (default: its name in the current directory; - = stdout)',
    )
    .option('--force', 'overwrite an existing output file')
    .action(
      act(async (ctx, o: { force?: boolean }, id: string, output: string | undefined) => {
        const file = await ctx.client().getFile({ path: { project_id: ctx.project(), file_id: id } });
        const target = output ?? file.name;
        if (target !== '-' && o.force !== true) {
          const existing = await stat(target).catch(() => undefined);
          if (existing?.isFile()) throw new CliError(`${target} exists: pass --force to overwrite it`);
        }
        const saved = await downloadFile(ctx, id, target, file.name);
        if (saved.path !== '-') {
          ctx.out.result(
            { ...file, output_file: saved.path, bytes: saved.bytes },
            `${saved.path} (${humanBytes(saved.bytes)})`,
          );
        }
      }),
    );

  files
    .command('delete <file-id>')
    .description('delete a file (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Delete file ${id}?`);
        await ctx.client().deleteFile({ path: { project_id: ctx.project(), file_id: id } });
        ctx.out.result({ file_id: id, deleted: true }, `file ${id} deleted`);
      }),
    );
}
