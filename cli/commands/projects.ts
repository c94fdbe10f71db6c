// `duckstorage projects`: createProject, listProjects (paged), getProject, updateProject,
// deleteProject, getProjectStats. `create --save-profile NAME` keeps the new project's key in a
// profile of its own (same URL, that project by default), which is how a new user goes on from the
// admin key.
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, integer } from '../action.js';
import type { Context } from '../context.js';
import { column, humanBytes } from '../output.js';

type Project = components['schemas']['ProjectResponse'];

export const projectColumns = [
  column<Project>('ID', (p) => p.id),
  column<Project>('NAME', (p) => p.name),
  column<Project>('STATUS', (p) => p.status),
  column<Project>('BUCKETS', (p) => p.bucket_count, true),
  column<Project>('TABLES', (p) => p.table_count, true),
  column<Project>('SIZE', (p) => humanBytes(p.size_bytes), true),
  column<Project>('CREATED', (p) => p.created_at),
];

export function projectFields(p: Project): [string, unknown][] {
  return [
    ['id', p.id],
    ['name', p.name],
    ['status', p.status],
    ['buckets', p.bucket_count],
    ['tables', p.table_count],
    ['size', humanBytes(p.size_bytes)],
    ['created', p.created_at],
    ['updated', p.updated_at],
  ];
}

function saveProfile(ctx: Context, name: string, projectId: string, apiKey: string): void {
  const url = ctx.settings.url;
  ctx.updateConfig((file) => {
    file.profiles[name] = { ...(url === undefined ? {} : { url }), api_key: apiKey, project: projectId };
  });
}

export function registerProjects(program: Command): void {
  const projects = program.command('projects').description('projects (admin key for create, list, delete)');

  projects
    .command('list')
    .description('all projects')
    .option('--status <status>', 'active or deleted')
    .option('--limit <n>', 'at most this many', integer('--limit'), 100)
    .option('--offset <n>', 'skip this many', integer('--offset'), 0)
    .action(
      act(async (ctx, o: { status?: 'active' | 'deleted'; limit: number; offset: number }) => {
        const page = await ctx.client().listProjects({
          query: {
            limit: o.limit,
            offset: o.offset,
            ...(o.status === undefined ? {} : { status: o.status }),
          },
        });
        ctx.out.list(
          page.projects,
          projectColumns,
          page,
          `${page.projects.length} of ${page.total} project(s)`,
        );
      }),
    );

  projects
    .command('get [id]')
    .description("one project (default: --project or the profile's)")
    .action(
      act(async (ctx, _o: object, id: string | undefined) => {
        const project = await ctx.client().getProject({ path: { project_id: id ?? ctx.project() } });
        ctx.out.item(projectFields(project), project);
      }),
    );

  projects
    .command('create <id>')
    .description('a new project; prints its project_admin key once')
    .option('--name <name>', 'display name')
    .option('--save-profile <profile>', 'store the new key in this profile (with the URL and the project)')
    .action(
      act(async (ctx, o: { name?: string; saveProfile?: string }, id: string) => {
        const created = await ctx.client().createProject({
          body: { id, ...(o.name === undefined ? {} : { name: o.name }) },
        });
        if (o.saveProfile !== undefined) saveProfile(ctx, o.saveProfile, created.id, created.api_key);
        ctx.out.item([...projectFields(created), ['api_key', created.api_key]], created);
        ctx.out.note(
          o.saveProfile === undefined
            ? 'The api_key is shown only now: keep it (config set api-key -), or pass --save-profile next time.'
            : `Saved the key in profile ${o.saveProfile}: use it with --profile ${o.saveProfile} or \`config use ${o.saveProfile}\`.`,
        );
      }),
    );

  projects
    .command('update [id]')
    .description('rename a project')
    .requiredOption('--name <name>', 'new display name')
    .action(
      act(async (ctx, o: { name: string }, id: string | undefined) => {
        const project = await ctx.client().updateProject({
          path: { project_id: id ?? ctx.project() },
          body: { name: o.name },
        });
        ctx.out.item(projectFields(project), project);
      }),
    );

  projects
    .command('delete <id>')
    .description('delete a project with all its data (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Delete project ${id} with all its buckets, tables, files and snapshots?`);
        await ctx.client().deleteProject({ path: { project_id: id } });
        ctx.out.result({ id, deleted: true }, `project ${id} deleted`);
      }),
    );

  projects
    .command('stats [id]')
    .description('live counts and sizes of a project')
    .action(
      act(async (ctx, _o: object, id: string | undefined) => {
        const stats = await ctx.client().getProjectStats({ path: { project_id: id ?? ctx.project() } });
        ctx.out.item(
          Object.entries(stats).map(
            ([k, v]) => [k, k.endsWith('_bytes') ? humanBytes(v as number) : v] as const,
          ),
          stats,
        );
      }),
    );
}
