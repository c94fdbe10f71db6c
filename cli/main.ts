// `duckstorage`, the command line of DuckStorage: a thin layer over the generated TypeScript SDK
// (generated/sdk-ts), one file per command group in commands/. run() parses the arguments with
// commander, runs the command and turns any failure into a message and an exit code (errors.ts):
// 0 ok, 1 usage, 2 the API refused (4xx), 3 server error or unreachable. No stack traces unless
// DUCKSTORAGE_DEBUG=1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { processIo } from './action.js';
import { registerBranches } from './commands/branches.js';
import { registerBuckets } from './commands/buckets.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import { registerFiles } from './commands/files.js';
import { registerKeys } from './commands/keys.js';
import { registerProjects } from './commands/projects.js';
import { registerSharing } from './commands/sharing.js';
import { registerSnapshots } from './commands/snapshots.js';
import { registerTableData } from './commands/table-data.js';
import { registerTables } from './commands/tables.js';
import { registerWorkspaces } from './commands/workspaces.js';
import { formatOf, type GlobalOptions } from './context.js';
import { describeFailure, EXIT_USAGE } from './errors.js';

/** The repository's package.json version (this file runs from cli/ or dist/cli/). */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'duckstorage' && pkg.version !== undefined) return pkg.version;
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}

export function buildProgram(): Command {
  const program = new Command('duckstorage')
    .description(
      'DuckStorage from the command line: projects, keys, buckets, tables, files, import and export, snapshots, branches, sharing and workspaces.',
    )
    .addHelpText(
      'after',
      [
        '',
        'Settings: `duckstorage config set url|api-key|project <value>` (profiles in',
        '$DUCKSTORAGE_CONFIG or ~/.config/duckstorage/config.json, mode 0600); DUCKSTORAGE_URL and',
        'DUCKSTORAGE_API_KEY override them. Exit codes: 0 ok, 1 usage, 2 API error (4xx), 3 server',
        'error or unreachable. Shell completion: eval "$(duckstorage completion bash)" (or zsh).',
      ].join('\n'),
    )
    .version(version(), '-V, --version')
    .option('--profile <name>', 'config profile (default: the current one; DUCKSTORAGE_PROFILE)')
    .option('--url <url>', 'server URL for this run (else DUCKSTORAGE_URL, else the profile)')
    .option('-p, --project <id>', "project id (else DUCKSTORAGE_PROJECT, else the profile's)")
    .option('-b, --branch <id>', 'branch id (default: the main branch, `default`)')
    .addOption(
      new Option('--format <format>', 'output format (default: table)').choices(['table', 'json', 'csv']),
    )
    .option('--json', 'same as --format json')
    .option('-y, --yes', 'do not ask before destructive commands (needed when stdin is not a terminal)')
    .option('--progress', 'show progress bars even when stderr is not a terminal')
    .option('--no-progress', 'never show progress bars')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => processIo.stdout.write(text),
      writeErr: (text) => processIo.stderr.write(text),
    });
  registerConfig(program);
  registerProjects(program);
  registerKeys(program);
  registerBuckets(program);
  registerTableData(registerTables(program));
  registerFiles(program);
  registerSnapshots(program);
  registerBranches(program);
  registerSharing(program);
  registerWorkspaces(program);
  registerCompletion(program);
  return program;
}

/** Runs the CLI on `argv` (process.argv form); resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const { stdout, stderr, env } = processIo;
  // A closed pipe (`duckstorage … | head`) ends the run quietly.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    // commander has printed its own message (or the help / version) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    const failure = describeFailure(error);
    let json = false;
    try {
      json = formatOf(program.opts<GlobalOptions>()) === 'json';
    } catch {
      // a bad --format: report in text
    }
    if (json && failure.lines.length > 0) stderr.write(`${JSON.stringify({ error: failure.json })}\n`);
    else for (const line of failure.lines) stderr.write(`${line}\n`);
    if (env.DUCKSTORAGE_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
      stderr.write(`${error.stack}\n`);
    }
    return failure.exitCode;
  }
}
