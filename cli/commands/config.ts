// `duckstorage config`: profiles in the config file (see ../config.ts). `set` writes one value of a
// profile (creating it), `show` prints the effective settings with the key masked, `use` picks the
// profile used by default, `list` and `delete` manage them. An API key given as `-` is read from
// stdin, so it stays out of the shell history and the process list.
import type { Command } from 'commander';
import { act } from '../action.js';
import {
  type ConfigFile,
  currentProfile,
  maskKey,
  type Profile,
  SETTING_KEYS,
  type SettingKey,
} from '../config.js';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';

async function readStdin(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').trim();
}

function settingKey(raw: string): SettingKey {
  const key = raw.toLowerCase().replace('_', '-');
  if (key in SETTING_KEYS) return key as SettingKey;
  throw new CliError(`unknown setting ${raw}: expected one of ${Object.keys(SETTING_KEYS).join(', ')}`);
}

export function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('profiles: server URL, API key, default project and branch');

  config
    .command('set <key> <value>')
    .description(
      `set a value of the profile (--profile, else the current one): ${Object.keys(SETTING_KEYS).join(', ')}; api-key - reads stdin`,
    )
    .action(
      act(async (ctx, _options: object, rawKey: string, rawValue: string) => {
        const key = settingKey(rawKey);
        const value = key === 'api-key' && rawValue === '-' ? await readStdin(ctx) : rawValue;
        if (value === '') throw new CliError(`${key}: empty value`);
        if (key === 'url' && !/^https?:\/\//.test(value)) {
          throw new CliError(`url must start with http:// or https://, got ${value}`);
        }
        const name = ctx.settings.profile;
        ctx.updateConfig((file: ConfigFile) => {
          const profile: Profile = file.profiles[name] ?? {};
          profile[SETTING_KEYS[key]] = key === 'url' ? value.replace(/\/+$/, '') : value;
          file.profiles[name] = profile;
          file.current ??= name;
        });
        const shown = key === 'api-key' ? maskKey(value) : value;
        ctx.out.result(
          { profile: name, key, value: shown, file: ctx.configPath },
          `${name}: ${key} = ${shown} (${ctx.configPath})`,
        );
      }),
    );

  config
    .command('unset <key>')
    .description('remove a value from the profile')
    .action(
      act(async (ctx, _options: object, rawKey: string) => {
        const key = settingKey(rawKey);
        const name = ctx.settings.profile;
        ctx.updateConfig((file) => {
          const profile = file.profiles[name];
          if (profile !== undefined) delete profile[SETTING_KEYS[key]];
        });
        ctx.out.result({ profile: name, key, unset: true }, `${name}: ${key} unset`);
      }),
    );

  config
    .command('show')
    .description('the settings in effect (profile, environment and flags), the API key masked')
    .action(
      act(async (ctx) => {
        const { profile, url, apiKey, project, branch } = ctx.settings;
        const fields: [string, unknown][] = [
          ['profile', profile],
          ['url', url ?? ''],
          ['api-key', maskKey(apiKey)],
          ['project', project ?? ''],
          ['branch', branch],
          ['file', ctx.configPath],
        ];
        ctx.out.item(fields, {
          profile,
          url: url ?? null,
          api_key: apiKey === undefined ? null : maskKey(apiKey),
          project: project ?? null,
          branch,
          file: ctx.configPath,
        });
      }),
    );

  config
    .command('list')
    .description('the profiles in the config file')
    .action(
      act(async (ctx) => {
        const file = ctx.readConfig();
        const current = currentProfile(file, ctx.io.env, {});
        const rows = Object.entries(file.profiles).map(([name, p]) => ({
          name,
          current: name === current,
          url: p.url ?? null,
          project: p.project ?? null,
          api_key: maskKey(p.api_key),
        }));
        ctx.out.list(
          rows,
          [
            { header: '', value: (r) => (r.current ? '*' : '') },
            { header: 'PROFILE', value: (r) => r.name },
            { header: 'URL', value: (r) => r.url },
            { header: 'PROJECT', value: (r) => r.project },
            { header: 'API KEY', value: (r) => r.api_key },
          ],
          { current, profiles: rows },
        );
      }),
    );

  config
    .command('use <profile>')
    .description('make a profile the current one')
    .action(
      act(async (ctx, _options: object, name: string) => {
        ctx.updateConfig((file) => {
          if (file.profiles[name] === undefined) throw new CliError(`no profile ${name} (see config list)`);
          file.current = name;
        });
        ctx.out.result({ current: name }, `current profile: ${name}`);
      }),
    );

  config
    .command('delete <profile>')
    .description('remove a profile and its key from the config file')
    .action(
      act(async (ctx, _options: object, name: string) => {
        if (ctx.readConfig().profiles[name] === undefined)
          throw new CliError(`no profile ${name} (see config list)`);
        await ctx.confirm(`Delete profile ${name} and its API key from ${ctx.configPath}?`);
        ctx.updateConfig((file) => {
          delete file.profiles[name];
          if (file.current === name) delete file.current;
        });
        ctx.out.result({ deleted: name }, `profile ${name} deleted`);
      }),
    );

  config
    .command('path')
    .description('where the config file is ($DUCKSTORAGE_CONFIG or ~/.config/duckstorage/config.json)')
    .action(
      act(async (ctx) => {
        ctx.out.result({ file: ctx.configPath }, ctx.configPath);
      }),
    );
}
