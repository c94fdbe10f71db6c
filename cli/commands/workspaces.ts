// `duckstorage workspaces`: SQL workspaces reached over PG wire. createWorkspace /
// createBranchWorkspace (with --branch; tables preloaded with --load; the password is shown once,
// or kept in the profile with --save-password), listWorkspaces, getWorkspace, deleteWorkspace,
// clearWorkspace, dropWorkspaceObject, loadWorkspaceTables, resetWorkspaceCredentials, and
// `connect`, which prints the psql command for a workspace or runs it (--run). The password reaches
// psql through PGPASSWORD in its environment, never on a command line.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, collect, integer } from '../action.js';
import type { Context } from '../context.js';
import { CliError, EXIT_API, ExitCode } from '../errors.js';
import { column, humanBytes } from '../output.js';

type Workspace = components['schemas']['WorkspaceResponse'];
type Connection = components['schemas']['WorkspaceConnectionInfo'];

const project = (ctx: Context) => ({ project_id: ctx.project() });
const wsPath = (ctx: Context, id: string) => ({ project_id: ctx.project(), workspace_id: id });

const workspaceColumns = [
  column<Workspace>('ID', (w) => w.id),
  column<Workspace>('NAME', (w) => w.name),
  column<Workspace>('BRANCH', (w) => w.branch_id ?? 'default'),
  column<Workspace>('STATUS', (w) => w.status),
  column<Workspace>('SIZE', (w) => humanBytes(w.size_bytes), true),
  column<Workspace>('LIMIT', (w) => `${w.size_limit_gb} GB`, true),
  column<Workspace>('EXPIRES', (w) => w.expires_at),
  column<Workspace>('USER', (w) => w.connection.username),
];

function workspaceFields(w: Workspace): [string, unknown][] {
  return [
    ['id', w.id],
    ['name', w.name],
    ['branch', w.branch_id ?? 'default'],
    ['status', w.status],
    ['size', `${humanBytes(w.size_bytes)} of ${w.size_limit_gb} GB`],
    ['expires', w.expires_at],
    ['host', w.connection.host],
    ['port', w.connection.port],
    ['database', w.connection.database],
    ['username', w.connection.username],
    ['ssl mode', w.connection.ssl_mode],
  ];
}

/** A word for a POSIX shell: as is when safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** libpq's keyword/value connection string (no password). */
export function conninfo(c: Connection): string {
  const value = (v: string | number) => {
    const text = String(v);
    return /^[^\s'\\]+$/.test(text) ? text : `'${text.replace(/['\\]/g, '\\$&')}'`;
  };
  return `host=${value(c.host)} port=${value(c.port)} dbname=${value(c.database)} user=${value(c.username)} sslmode=${value(c.ssl_mode)}`;
}

function savePassword(ctx: Context, id: string, password: string | null | undefined): void {
  if (password === null || password === undefined) return;
  ctx.updateConfig((file) => {
    const profile = file.profiles[ctx.settings.profile] ?? {};
    profile.workspace_passwords = { ...(profile.workspace_passwords ?? {}), [id]: password };
    file.profiles[ctx.settings.profile] = profile;
  });
}

async function readStdin(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').trim();
}

interface ConnectOptions {
  run?: boolean;
  reset?: boolean;
  passwordStdin?: boolean;
}

async function connect(ctx: Context, o: ConnectOptions, id: string, psqlArgs: string[]): Promise<void> {
  const client = ctx.client();
  let connection = (await client.getWorkspace({ path: wsPath(ctx, id) })).connection;
  let password: string | undefined;
  if (o.reset === true) {
    await ctx.confirm(
      `Reset the password of workspace ${id}? Its live sessions end and the old password stops working.`,
    );
    connection = await client.resetWorkspaceCredentials({ path: wsPath(ctx, id) });
    password = connection.password ?? undefined;
    savePassword(ctx, id, password);
  } else if (o.passwordStdin === true) {
    password = await readStdin(ctx);
  } else {
    password = ctx.readConfig().profiles[ctx.settings.profile]?.workspace_passwords?.[id];
  }
  const args = [conninfo(connection), ...psqlArgs];
  if (o.run !== true) {
    const command = ['psql', ...args].map(shellQuote).join(' ');
    ctx.out.result(
      {
        workspace_id: id,
        command: ['psql', ...args],
        shell: command,
        password_known: password !== undefined,
        connection: { ...connection, password: undefined },
      },
      command,
    );
    ctx.out.note(
      password !== undefined
        ? 'with --run the stored password is passed to psql in PGPASSWORD'
        : 'password: the one `workspaces create` showed, in PGPASSWORD or at the prompt (`workspaces connect --reset` makes a new one)',
    );
    return;
  }
  const env = { ...ctx.io.env, ...(password === undefined ? {} : { PGPASSWORD: password }) };
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('psql', args, { stdio: 'inherit', env });
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new CliError('psql not found: install the PostgreSQL client (postgresql-client)')
          : error,
      ),
    );
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 128)));
  });
  if (code !== 0) throw new ExitCode(code);
}

export function registerWorkspaces(program: Command): void {
  const workspaces = program
    .command('workspaces')
    .description('SQL workspaces over the PostgreSQL wire protocol');

  workspaces
    .command('list')
    .description("the project's workspaces (main's and branches')")
    .action(
      act(async (ctx) => {
        const page = await ctx.client().listWorkspaces({ path: project(ctx) });
        ctx.out.list(page.workspaces, workspaceColumns, page, `${page.total} workspace(s)`);
      }),
    );

  workspaces
    .command('get <workspace-id>')
    .description('a workspace with its sessions, tables and objects')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const w = await ctx.client().getWorkspace({ path: wsPath(ctx, id) });
        ctx.out.item(
          [
            ...workspaceFields(w),
            ['active sessions', w.active_sessions],
            ['attached tables', w.attached_tables.map((t) => `${t.schema}.${t.table}`).join(', ')],
            ['objects', w.workspace_objects.map((t) => `${t.schema}.${t.name} (${t.type})`).join(', ')],
          ],
          w,
        );
      }),
    );

  workspaces
    .command('create <name>')
    .description('a new workspace (on --branch); prints its password once')
    .option('--ttl-hours <n>', 'expires after this many hours', integer('--ttl-hours'))
    .option('--size-limit-gb <n>', 'size limit', integer('--size-limit-gb'))
    .option('--load <bucket.table>', 'copy this table in at once (repeatable)', collect, [])
    .option('--save-password', 'keep the password in the profile (mode 0600) for `connect --run`')
    .action(
      act(
        async (
          ctx,
          o: { ttlHours?: number; sizeLimitGb?: number; load: string[]; savePassword?: boolean },
          name: string,
        ) => {
          const body = {
            name,
            ...(o.ttlHours === undefined ? {} : { ttl_hours: o.ttlHours }),
            ...(o.sizeLimitGb === undefined ? {} : { size_limit_gb: o.sizeLimitGb }),
            ...(o.load.length === 0 ? {} : { preload_tables: o.load }),
          };
          const client = ctx.client();
          const w =
            ctx.branch === 'default'
              ? await client.createWorkspace({ path: project(ctx), body })
              : await client.createBranchWorkspace({
                  path: { ...project(ctx), branch_id: ctx.branch },
                  body,
                });
          if (o.savePassword === true) savePassword(ctx, w.id, w.connection.password);
          ctx.out.item([...workspaceFields(w), ['password', w.connection.password]], w);
          ctx.out.note(
            o.savePassword === true
              ? `password saved in profile ${ctx.settings.profile}; connect: duckstorage workspaces connect ${w.id} --run`
              : `The password is shown only now. Connect: duckstorage workspaces connect ${w.id}`,
          );
        },
      ),
    );

  workspaces
    .command('load <workspace-id> <sources...>')
    .description('copy tables (bucket.table) into a workspace')
    .option('--overwrite', 'replace a table or view of the same name')
    .action(
      act(async (ctx, o: { overwrite?: boolean }, id: string, sources: string[]) => {
        const answer = await ctx.client().loadWorkspaceTables({
          path: wsPath(ctx, id),
          body: { tables: sources.map((source) => ({ source, overwrite: o.overwrite === true })) },
        });
        ctx.out.list(
          answer.loaded,
          [
            column('SOURCE', (r) => r.source),
            column('DESTINATION', (r) => r.destination),
            column('STATUS', (r) => r.status),
            column('ROWS', (r) => r.rows, true),
            column('ERROR', (r) => (r.error === null ? '' : `${r.error.code}: ${r.error.message}`)),
          ],
          answer,
        );
        const failed = answer.loaded.filter((r) => r.status === 'failed').length;
        if (failed > 0)
          throw new CliError(`${failed} of ${answer.loaded.length} table(s) failed to load`, EXIT_API);
      }),
    );

  workspaces
    .command('connect <workspace-id> [psql-args...]')
    .description('print the psql command for a workspace, or run it with --run (psql arguments after --)')
    .option('--run', 'run psql (the password, when known, goes in PGPASSWORD)')
    .option('--reset', 'reset the password first (ends live sessions; asks unless --yes) and use the new one')
    .option('--password-stdin', 'read the password from stdin')
    .action(act(connect));

  workspaces
    .command('reset <workspace-id>')
    .description('a new password (live sessions end; asks unless --yes)')
    .option('--save-password', 'keep the new password in the profile')
    .action(
      act(async (ctx, o: { savePassword?: boolean }, id: string) => {
        await ctx.confirm(`Reset the password of workspace ${id}? Its live sessions end.`);
        const c = await ctx.client().resetWorkspaceCredentials({ path: wsPath(ctx, id) });
        if (o.savePassword === true) savePassword(ctx, id, c.password);
        ctx.out.item(
          [
            ['username', c.username],
            ['password', c.password],
            ['psql', `psql ${shellQuote(conninfo(c))}`],
          ],
          c,
        );
        ctx.out.note('The new password is shown only now.');
      }),
    );

  workspaces
    .command('clear <workspace-id>')
    .description('drop every object of a workspace (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Drop every table and view of workspace ${id}?`);
        await ctx.client().clearWorkspace({ path: wsPath(ctx, id) });
        ctx.out.result({ workspace_id: id, cleared: true }, `workspace ${id} cleared`);
      }),
    );

  workspaces
    .command('drop <workspace-id> <object>')
    .description('drop one table or view of a workspace (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string, object: string) => {
        await ctx.confirm(`Drop ${object} from workspace ${id}?`);
        await ctx.client().dropWorkspaceObject({ path: { ...wsPath(ctx, id), object_name: object } });
        ctx.out.result({ workspace_id: id, object, dropped: true }, `${object} dropped`);
      }),
    );

  workspaces
    .command('delete <workspace-id>')
    .description('delete a workspace (its sessions end; asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Delete workspace ${id}? Its live sessions end.`);
        await ctx.client().deleteWorkspace({ path: wsPath(ctx, id) });
        ctx.out.result({ workspace_id: id, deleted: true }, `workspace ${id} deleted`);
      }),
    );
}
