// The CLI's settings: named profiles in one JSON file, $DUCKSTORAGE_CONFIG or
// ~/.config/duckstorage/config.json ($XDG_CONFIG_HOME respected). The file holds API keys, so it is
// written with mode 0600 in a 0700 directory (atomically: a temp file renamed over it), and a file
// others can read is reported. DUCKSTORAGE_URL and DUCKSTORAGE_API_KEY override the profile's values
// for one run without being written anywhere.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from './errors.js';

export interface Profile {
  url?: string;
  api_key?: string;
  /** Default for --project. */
  project?: string;
  /** Default for --branch (else `default`, the main branch). */
  branch?: string;
  /** Passwords of workspaces made with --save-password, by workspace id. */
  workspace_passwords?: Record<string, string>;
}

export interface ConfigFile {
  /** The profile used without --profile. */
  current?: string;
  profiles: Record<string, Profile>;
}

export const DEFAULT_PROFILE = 'default';

/** The keys `config set` takes, with their Profile field. */
export const SETTING_KEYS = {
  url: 'url',
  'api-key': 'api_key',
  project: 'project',
  branch: 'branch',
} as const;
export type SettingKey = keyof typeof SETTING_KEYS;

export function configPath(env: NodeJS.ProcessEnv): string {
  if (env.DUCKSTORAGE_CONFIG) return env.DUCKSTORAGE_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'duckstorage', 'config.json');
}

/** The file's profiles; none when it does not exist. `warn` hears of a file others may read. */
export function readConfig(path: string, warn: (message: string) => void): ConfigFile {
  if (!existsSync(path)) return { profiles: {} };
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    warn(
      `warning: ${path} holds API keys and others can read it (mode ${mode.toString(8)}): chmod 600 ${path}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path} is not valid JSON (${(error as Error).message}): fix or delete it`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new CliError(`${path}: expected a JSON object`);
  const file = parsed as Partial<ConfigFile>;
  const profiles = typeof file.profiles === 'object' && file.profiles !== null ? file.profiles : {};
  return { ...(typeof file.current === 'string' ? { current: file.current } : {}), profiles };
}

export function writeConfig(path: string, config: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600); // an existing temp file keeps its mode otherwise
  renameSync(temp, path);
}

/** What a command runs with: the profile's values under the environment's and the flags'. */
export interface Settings {
  profile: string;
  url: string | undefined;
  apiKey: string | undefined;
  project: string | undefined;
  branch: string;
}

export interface SettingFlags {
  profile?: string | undefined;
  url?: string | undefined;
  project?: string | undefined;
  branch?: string | undefined;
}

export function currentProfile(config: ConfigFile, env: NodeJS.ProcessEnv, flags: SettingFlags): string {
  return flags.profile ?? (env.DUCKSTORAGE_PROFILE || undefined) ?? config.current ?? DEFAULT_PROFILE;
}

export function resolveSettings(config: ConfigFile, env: NodeJS.ProcessEnv, flags: SettingFlags): Settings {
  const profile = currentProfile(config, env, flags);
  const stored = config.profiles[profile] ?? {};
  return {
    profile,
    url: flags.url ?? (env.DUCKSTORAGE_URL || undefined) ?? stored.url,
    apiKey: (env.DUCKSTORAGE_API_KEY || undefined) ?? stored.api_key,
    project: flags.project ?? (env.DUCKSTORAGE_PROJECT || undefined) ?? stored.project,
    branch: flags.branch ?? stored.branch ?? 'default',
  };
}

/** An API key as `config show` prints it: the first and last 4 characters. */
export function maskKey(key: string | undefined): string {
  if (key === undefined) return '';
  return key.length <= 12 ? '*'.repeat(key.length) : `${key.slice(0, 4)}…${key.slice(-4)}`;
}
