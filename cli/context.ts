// What every command runs with, built from the global options (`optsWithGlobals`), the config file
// and the environment: the SDK client, the output, the project and branch, confirmation of
// destructive commands, and the progress setting.
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { createClient, type DuckStorageClient } from '../generated/sdk-ts/index.js';
import {
  type ConfigFile,
  configPath,
  readConfig,
  resolveSettings,
  type Settings,
  writeConfig,
} from './config.js';
import { CliError } from './errors.js';
import { createOutput, FORMATS, type Format, type Output } from './output.js';
import type { ProgressOptions } from './progress.js';

/** The process's streams and environment (tests replace none: they run the real binary). */
export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  profile?: string;
  url?: string;
  project?: string;
  branch?: string;
  format?: string;
  json?: boolean;
  yes?: boolean;
  progress?: boolean;
}

export interface Context {
  readonly io: Io;
  readonly out: Output;
  readonly configPath: string;
  readonly settings: Settings;
  /** The SDK client for the settings' URL and key; fails with a hint when either is missing. */
  client(): DuckStorageClient;
  /** --project or the profile's project; fails with a hint when there is none. */
  project(): string;
  /** --branch or the profile's branch (`default` = main). */
  readonly branch: string;
  readonly progress: ProgressOptions;
  /** Goes on after --yes or a `y` typed on a terminal; refuses otherwise (stdin not a TTY). */
  confirm(question: string): Promise<void>;
  /** Reads, changes and writes the config file (mode 0600). */
  updateConfig(change: (config: ConfigFile) => void): void;
  readConfig(): ConfigFile;
}

export function formatOf(options: GlobalOptions): Format {
  if (options.json === true) return 'json';
  const format = options.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format: expected one of ${FORMATS.join(', ')}, got ${format}`);
  }
  return format as Format;
}

export function createContext(command: Command, io: Io): Context {
  const options = command.optsWithGlobals<GlobalOptions>();
  const path = configPath(io.env);
  const warn = (message: string) => io.stderr.write(`${message}\n`);
  const load = () => readConfig(path, warn);
  const settings = resolveSettings(load(), io.env, options);
  const out = createOutput(formatOf(options), io.stdout, io.stderr);
  let client: DuckStorageClient | undefined;
  return {
    io,
    out,
    configPath: path,
    settings,
    branch: settings.branch,
    client() {
      if (client !== undefined) return client;
      const { url, apiKey, profile } = settings;
      if (url === undefined) {
        throw new CliError(
          `no server URL: run \`duckstorage config set url http://localhost:8000\` (profile ${profile}) or set DUCKSTORAGE_URL`,
        );
      }
      if (apiKey === undefined) {
        throw new CliError(
          `no API key: run \`duckstorage config set api-key -\` (reads it from stdin; profile ${profile}) or set DUCKSTORAGE_API_KEY`,
        );
      }
      if (!/^https?:\/\//.test(url))
        throw new CliError(`the server URL must start with http:// or https://, got ${url}`);
      client = createClient({ baseUrl: url, apiKey });
      return client;
    },
    project() {
      if (settings.project === undefined) {
        throw new CliError('no project: pass --project <id> or run `duckstorage config set project <id>`');
      }
      return settings.project;
    },
    progress: { enabled: options.progress ?? io.stderr.isTTY === true, stream: io.stderr },
    async confirm(question) {
      if (options.yes === true) return;
      if (io.stdin.isTTY !== true) {
        throw new CliError(`${question}: refused without --yes (stdin is not a terminal to ask on)`);
      }
      const prompt = createInterface({ input: io.stdin, output: io.stderr });
      try {
        const answer = await prompt.question(`${question} [y/N] `);
        if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('cancelled');
      } finally {
        prompt.close();
      }
    },
    readConfig: load,
    updateConfig(change) {
      const config = load();
      change(config);
      writeConfig(path, config);
    },
  };
}
