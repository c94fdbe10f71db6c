import { PgError } from './errors.js';
import type { IsolationLevel } from './sql.js';

/**
 * The PostgreSQL session parameters ("GUCs") a connection has: SET/SHOW/RESET are answered from
 * here, never by DuckDB. Values that change how we talk (DateStyle ISO, IntervalStyle postgres,
 * TimeZone UTC, client_encoding UTF8, standard_conforming_strings on, bytea_output hex) accept
 * only what we actually do; the rest are stored as PostgreSQL would and shown back.
 */

export const SERVER_VERSION = '15.0 (DuckStorage)';
export const SERVER_VERSION_NUM = '150000';

interface ParamDef {
  /** The canonical spelling SHOW prints as its column name. */
  name: string;
  default: string;
  /** GUC_REPORT: the client gets a ParameterStatus when it changes. */
  report?: boolean;
  /** Shown, never set. */
  readOnly?: boolean;
  /** Valid value → stored form; throws PgError. */
  normalize?: (value: string, name: string) => string;
  description: string;
}

const invalid = (name: string, value: string, hint?: string): PgError =>
  new PgError(
    '22023',
    `invalid value for parameter "${name}": "${value}"`,
    hint === undefined ? {} : { hint },
  );

const onOff = (value: string, name: string): string => {
  const v = value.trim().toLowerCase();
  if (['on', 'true', 'yes', '1', 't', 'y'].includes(v)) return 'on';
  if (['off', 'false', 'no', '0', 'f', 'n'].includes(v)) return 'off';
  throw new PgError('22023', `parameter "${name}" requires a Boolean value`);
};

const onlyOn = (value: string, name: string): string => {
  if (onOff(value, name) !== 'on') throw new PgError('0A000', `${name} can only be on here`);
  return 'on';
};

const oneOf =
  (...allowed: string[]) =>
  (value: string, name: string): string => {
    const v = value.trim().toLowerCase();
    if (!allowed.includes(v)) throw invalid(name, value, `Available values: ${allowed.join(', ')}.`);
    return v;
  };

const UTC_NAMES = new Set([
  'utc',
  'gmt',
  'z',
  'zulu',
  'uct',
  'universal',
  'etc/utc',
  'etc/gmt',
  'etc/uct',
  'etc/universal',
  'etc/zulu',
  'gmt0',
  'utc0',
  'greenwich',
  '+00',
  '-00',
  '+00:00',
  '-00:00',
  '00:00',
  '0',
  '+0',
  '-0',
]);

export function isUtc(value: string): boolean {
  return UTC_NAMES.has(value.trim().toLowerCase());
}

const timeZone = (value: string): string => {
  if (isUtc(value)) return 'UTC';
  throw new PgError('0A000', `time zone "${value}" is not supported: this server works in UTC only`, {
    hint: "SET TimeZone = 'UTC'",
  });
};

const encoding = (value: string): string => {
  const v = value.trim().toLowerCase().replace(/[-_]/g, '');
  if (v === 'utf8' || v === 'unicode') return 'UTF8';
  if (v === 'sqlascii') return 'SQL_ASCII';
  throw new PgError('0A000', `client_encoding "${value}" is not supported: only UTF8`);
};

const dateStyle =
  (current: string) =>
  (value: string): string => {
    let order = /, (\w+)$/.exec(current)?.[1] ?? 'MDY';
    let iso = false;
    for (const part of value.split(',').map((p) => p.trim().toLowerCase())) {
      if (part === 'iso') iso = true;
      else if (part === 'sql' || part === 'postgres' || part === 'german') {
        throw new PgError('0A000', `DateStyle ${part.toUpperCase()} is not supported: only ISO`);
      } else if (part === 'dmy' || part === 'euro' || part === 'european') order = 'DMY';
      else if (part === 'mdy' || part === 'us' || part === 'noneuro' || part === 'noneuropean') order = 'MDY';
      else if (part === 'ymd') order = 'YMD';
      else if (part !== 'default') throw invalid('DateStyle', value);
    }
    if (!iso && !value.toLowerCase().includes('iso')) {
      // An order alone keeps ISO output (PostgreSQL keeps the current output style).
    }
    return `ISO, ${order}`;
  };

const integerIn =
  (min: number, max: number) =>
  (value: string, name: string): string => {
    const v = value.trim();
    if (!/^[+-]?\d+$/.test(v)) throw invalid(name, value);
    const n = Number(v);
    if (n < min || n > max) {
      throw new PgError(
        '22023',
        `${n} is outside the valid range for parameter "${name}" (${min} .. ${max})`,
      );
    }
    return String(n);
  };

const UNIT_MS: Readonly<Record<string, number>> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A time setting (`5s`, `100ms`, `1min`, plain = ms) in milliseconds. */
export function parseDurationMs(value: string, name: string): number {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/i.exec(value);
  if (m === null) {
    throw new PgError('22023', `invalid value for parameter "${name}": "${value}"`, {
      hint: 'Valid units for this parameter are "us", "ms", "s", "min", "h", and "d".',
    });
  }
  const ms = Math.round(Number(m[1]) * (UNIT_MS[(m[2] ?? 'ms').toLowerCase()] ?? 1));
  if (ms < 0 || ms > 2_147_483_647) {
    throw new PgError(
      '22023',
      `${m[1]} is outside the valid range for parameter "${name}" (0 .. 2147483647)`,
    );
  }
  return ms;
}

/** Milliseconds as PostgreSQL shows a time setting: the largest unit that divides it. */
export function formatDurationMs(ms: number): string {
  if (ms === 0) return '0';
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['min', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

const duration = (value: string, name: string): string => formatDurationMs(parseDurationMs(value, name));

const isolation = oneOf('serializable', 'repeatable read', 'read committed', 'read uncommitted');

const anything = (value: string): string => value;

function defs(username: string): ParamDef[] {
  const d: ParamDef[] = [
    {
      name: 'application_name',
      default: '',
      report: true,
      normalize: (v) => truncateName(v),
      description: 'Sets the application name to be reported in statistics and logs.',
    },
    {
      name: 'client_encoding',
      default: 'UTF8',
      report: true,
      normalize: encoding,
      description: "Sets the client's character set encoding.",
    },
    {
      name: 'DateStyle',
      default: 'ISO, MDY',
      report: true,
      description: 'Sets the display format for date and time values.',
    },
    {
      name: 'IntervalStyle',
      default: 'postgres',
      report: true,
      normalize: (v) => {
        if (v.trim().toLowerCase() !== 'postgres')
          throw new PgError('0A000', `IntervalStyle ${v} is not supported: only postgres`);
        return 'postgres';
      },
      description: 'Sets the display format for interval values.',
    },
    {
      name: 'TimeZone',
      default: 'UTC',
      report: true,
      normalize: timeZone,
      description: 'Sets the time zone for displaying and interpreting time stamps.',
    },
    {
      name: 'standard_conforming_strings',
      default: 'on',
      report: true,
      normalize: onlyOn,
      description: "Causes '...' strings to treat backslashes literally.",
    },
    {
      name: 'integer_datetimes',
      default: 'on',
      report: true,
      readOnly: true,
      description: 'Shows whether datetimes are integer based.',
    },
    {
      name: 'server_version',
      default: SERVER_VERSION,
      report: true,
      readOnly: true,
      description: 'Shows the server version.',
    },
    {
      name: 'server_version_num',
      default: SERVER_VERSION_NUM,
      readOnly: true,
      description: 'Shows the server version as an integer.',
    },
    {
      name: 'server_encoding',
      default: 'UTF8',
      report: true,
      readOnly: true,
      description: 'Shows the server (database) character set encoding.',
    },
    {
      name: 'is_superuser',
      default: 'off',
      report: true,
      readOnly: true,
      description: 'Shows whether the current user is a superuser.',
    },
    {
      name: 'session_authorization',
      default: username,
      report: true,
      readOnly: true,
      description: 'Sets the session user name.',
    },
    {
      name: 'default_transaction_read_only',
      default: 'off',
      report: true,
      normalize: onOff,
      description: 'Sets the default read-only status of new transactions.',
    },
    {
      name: 'in_hot_standby',
      default: 'off',
      report: true,
      readOnly: true,
      description: 'Shows whether hot standby is currently active.',
    },
    {
      name: 'extra_float_digits',
      default: '1',
      normalize: integerIn(-15, 3),
      description: 'Sets the number of digits displayed for floating-point values.',
    },
    {
      name: 'search_path',
      default: 'main',
      normalize: anything,
      description:
        'Sets the schema search order for names that are not schema-qualified (shown; DuckStorage resolves names itself).',
    },
    {
      name: 'statement_timeout',
      default: '0',
      normalize: duration,
      description: 'Sets the maximum allowed duration of any statement (never above the server limit).',
    },
    {
      name: 'lock_timeout',
      default: '0',
      normalize: duration,
      description: 'Sets the maximum allowed duration of any wait for a lock.',
    },
    {
      name: 'idle_in_transaction_session_timeout',
      default: '0',
      normalize: duration,
      description: 'Sets the maximum allowed idle time between queries, when in a transaction.',
    },
    {
      name: 'idle_session_timeout',
      default: '0',
      normalize: duration,
      description: 'Sets the maximum allowed idle time between queries, when not in a transaction.',
    },
    {
      name: 'transaction_isolation',
      default: 'read committed',
      normalize: isolation,
      description: "Sets the current transaction's isolation level.",
    },
    {
      name: 'default_transaction_isolation',
      default: 'read committed',
      normalize: isolation,
      description: 'Sets the transaction isolation level of each new transaction.',
    },
    {
      name: 'transaction_read_only',
      default: 'off',
      normalize: onOff,
      description: "Sets the current transaction's read-only status.",
    },
    {
      name: 'transaction_deferrable',
      default: 'off',
      normalize: onOff,
      description:
        'Whether to defer a read-only serializable transaction until it can be executed with no possible serialization failures.',
    },
    {
      name: 'default_transaction_deferrable',
      default: 'off',
      normalize: onOff,
      description: 'Sets the default deferrable status of new transactions.',
    },
    {
      name: 'bytea_output',
      default: 'hex',
      normalize: (v) => {
        if (v.trim().toLowerCase() !== 'hex')
          throw new PgError('0A000', `bytea_output ${v} is not supported: only hex`);
        return 'hex';
      },
      description: 'Sets the output format for bytea.',
    },
    { name: 'row_security', default: 'on', normalize: onOff, description: 'Enable row security.' },
    {
      name: 'client_min_messages',
      default: 'notice',
      normalize: oneOf('debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'log', 'notice', 'warning', 'error'),
      description: 'Sets the message levels that are sent to the client.',
    },
    {
      name: 'max_identifier_length',
      default: '63',
      readOnly: true,
      description: 'Shows the maximum identifier length.',
    },
    {
      name: 'max_index_keys',
      default: '32',
      readOnly: true,
      description: 'Shows the maximum number of index keys.',
    },
    { name: 'block_size', default: '8192', readOnly: true, description: 'Shows the size of a disk block.' },
    { name: 'lc_collate', default: 'C', readOnly: true, description: 'Shows the collation order locale.' },
    {
      name: 'lc_ctype',
      default: 'C',
      readOnly: true,
      description: 'Shows the character classification and case conversion locale.',
    },
    {
      name: 'lc_messages',
      default: 'C',
      normalize: anything,
      description: 'Sets the language in which messages are displayed.',
    },
    {
      name: 'lc_monetary',
      default: 'C',
      normalize: anything,
      description: 'Sets the locale for formatting monetary amounts.',
    },
    {
      name: 'lc_numeric',
      default: 'C',
      normalize: anything,
      description: 'Sets the locale for formatting numbers.',
    },
    {
      name: 'lc_time',
      default: 'C',
      normalize: anything,
      description: 'Sets the locale for formatting date and time values.',
    },
    {
      name: 'synchronous_commit',
      default: 'on',
      normalize: oneOf('local', 'remote_write', 'remote_apply', 'on', 'off'),
      description: "Sets the current transaction's synchronization level.",
    },
    {
      name: 'work_mem',
      default: '4MB',
      normalize: anything,
      description: 'Sets the maximum memory to be used for query workspaces (no effect).',
    },
    {
      name: 'maintenance_work_mem',
      default: '64MB',
      normalize: anything,
      description: 'Sets the maximum memory to be used for maintenance operations (no effect).',
    },
    {
      name: 'temp_buffers',
      default: '8MB',
      normalize: anything,
      description: 'Sets the maximum number of temporary buffers used by each session (no effect).',
    },
    { name: 'jit', default: 'off', normalize: onOff, description: 'Allow JIT compilation (no effect).' },
    {
      name: 'xmloption',
      default: 'content',
      normalize: oneOf('content', 'document'),
      description:
        'Sets whether XML data in implicit parsing and serialization operations is to be considered as documents or content fragments.',
    },
    {
      name: 'escape_string_warning',
      default: 'on',
      normalize: onOff,
      description: 'Warn about backslash escapes in ordinary string literals.',
    },
    {
      name: 'array_nulls',
      default: 'on',
      normalize: onOff,
      description: 'Enable input of NULL elements in arrays.',
    },
    {
      name: 'quote_all_identifiers',
      default: 'off',
      normalize: onOff,
      description: 'When generating SQL fragments, quote all identifiers.',
    },
    {
      name: 'check_function_bodies',
      default: 'on',
      normalize: onOff,
      description: 'Check routine bodies during CREATE FUNCTION and CREATE PROCEDURE.',
    },
    {
      name: 'max_parallel_workers_per_gather',
      default: '2',
      normalize: integerIn(0, 1024),
      description: 'Sets the maximum number of parallel processes per executor node (no effect).',
    },
    {
      name: 'default_tablespace',
      default: '',
      normalize: anything,
      description: 'Sets the default tablespace to create tables and indexes in (no effect).',
    },
    {
      name: 'timezone_abbreviations',
      default: 'Default',
      normalize: anything,
      description: 'Selects a file of time zone abbreviations.',
    },
  ];
  return d;
}

function truncateName(v: string): string {
  const b = Buffer.from(v, 'utf8');
  if (b.length <= 63) return v;
  // Cut at a character boundary, like PostgreSQL's NAMEDATALEN truncation.
  let end = 63;
  while (end > 0 && ((b[end] as number) & 0xc0) === 0x80) end--;
  return b.subarray(0, end).toString('utf8');
}

const TRANSACTION_DEFAULTS = new Set([
  'transaction_isolation',
  'transaction_read_only',
  'transaction_deferrable',
]);

/** Per-connection parameters: session values, SET LOCAL values of the open transaction, reset values. */
export class SessionSettings {
  private readonly byName = new Map<string, ParamDef>();
  private readonly values = new Map<string, string>();
  private readonly resetValues = new Map<string, string>();
  private readonly local = new Map<string, string>();
  /** Custom (dotted) parameters, PostgreSQL's placeholder variables. */
  private readonly custom = new Map<string, string>();

  constructor(username: string) {
    for (const def of defs(username)) this.byName.set(def.name.toLowerCase(), def);
  }

  private def(name: string): ParamDef | undefined {
    return this.byName.get(name.toLowerCase());
  }

  private unknown(name: string): PgError {
    return new PgError('42704', `unrecognized configuration parameter "${name}"`);
  }

  /** The canonical spelling of a parameter, or undefined when unknown. */
  canonical(name: string): string | undefined {
    const d = this.def(name);
    if (d !== undefined) return d.name;
    return name.includes('.') && this.custom.has(name.toLowerCase()) ? name.toLowerCase() : undefined;
  }

  get(name: string): string {
    const key = name.toLowerCase();
    const d = this.def(key);
    if (d === undefined) {
      const v = key.includes('.') ? this.custom.get(key) : undefined;
      if (v === undefined) throw this.unknown(name);
      return v;
    }
    const own = this.local.get(key) ?? this.values.get(key);
    if (own !== undefined) return own;
    // A transaction's characteristics default to the session's defaults (SET SESSION CHARACTERISTICS).
    if (TRANSACTION_DEFAULTS.has(key)) return this.get(`default_${key}`);
    return this.resetValues.get(key) ?? d.default;
  }

  /** `current_setting(name, missing_ok)`: null for an unknown parameter when missing_ok. */
  tryGet(name: string): string | undefined {
    try {
      return this.get(name);
    } catch {
      return undefined;
    }
  }

  private normalize(d: ParamDef, value: string): string {
    if (d.readOnly) throw new PgError('55P02', `parameter "${d.name}" cannot be changed`);
    if (d.name === 'DateStyle') return dateStyle(this.get('DateStyle'))(value);
    return d.normalize === undefined ? value : d.normalize(value, d.name);
  }

  /**
   * SET (value null = DEFAULT). Returns the parameters whose visible value changed, with their
   * canonical names (for ParameterStatus and side effects such as statement_timeout).
   */
  set(name: string, value: string | null, local = false): Map<string, string> {
    const key = name.toLowerCase();
    const before = this.snapshot();
    const d = this.def(key);
    if (d === undefined) {
      if (!key.includes('.')) throw this.unknown(name);
      this.custom.set(key, value ?? '');
      return this.diff(before);
    }
    if (value === null) {
      if (d.readOnly) throw new PgError('55P02', `parameter "${d.name}" cannot be changed`);
      if (local) this.local.set(key, this.resetValues.get(key) ?? d.default);
      else {
        this.values.delete(key);
        this.local.delete(key);
      }
      return this.diff(before);
    }
    const v = this.normalize(d, value);
    if (local) this.local.set(key, v);
    else {
      this.values.set(key, v);
      this.local.delete(key);
    }
    return this.diff(before);
  }

  reset(name: string): Map<string, string> {
    return this.set(name, null);
  }

  resetAll(): Map<string, string> {
    const before = this.snapshot();
    this.values.clear();
    this.local.clear();
    return this.diff(before);
  }

  /** A startup-packet parameter: becomes the RESET value; invalid or unknown ones are ignored. */
  startup(name: string, value: string): void {
    const d = this.def(name);
    if (d === undefined || d.readOnly) {
      if (name.includes('.')) this.custom.set(name.toLowerCase(), value);
      return;
    }
    try {
      this.resetValues.set(d.name.toLowerCase(), this.normalize(d, value));
    } catch {
      // e.g. pgJDBC's TimeZone=Europe/Prague: we keep UTC (values carry their +00 offset).
    }
  }

  /** Transaction end: SET LOCAL values and the transaction's own characteristics lapse. */
  endTransaction(): Map<string, string> {
    const before = this.snapshot();
    this.local.clear();
    this.values.delete('transaction_isolation');
    this.values.delete('transaction_read_only');
    this.values.delete('transaction_deferrable');
    return this.diff(before);
  }

  /** SET TRANSACTION / BEGIN ISOLATION LEVEL: this transaction's characteristics. */
  setTransaction(
    modes: { isolation?: IsolationLevel; readOnly?: boolean; deferrable?: boolean },
    session: boolean,
  ): Map<string, string> {
    const before = this.snapshot();
    const prefix = session ? 'default_' : '';
    if (modes.isolation !== undefined) this.set(`${prefix}transaction_isolation`, modes.isolation);
    if (modes.readOnly !== undefined)
      this.set(`${prefix}transaction_read_only`, modes.readOnly ? 'on' : 'off');
    if (modes.deferrable !== undefined)
      this.set(`${prefix}transaction_deferrable`, modes.deferrable ? 'on' : 'off');
    return this.diff(before);
  }

  /** The parameters sent as ParameterStatus after authentication. */
  reported(): [string, string][] {
    return [...this.byName.values()].filter((d) => d.report).map((d) => [d.name, this.get(d.name)]);
  }

  isReported(name: string): boolean {
    return this.def(name)?.report === true;
  }

  /** SHOW ALL: name, setting, description, sorted by name as PostgreSQL does. */
  all(): [string, string, string][] {
    const rows: [string, string, string][] = [...this.byName.values()].map((d) => [
      d.name,
      this.get(d.name),
      d.description,
    ]);
    for (const [k, v] of this.custom) rows.push([k, v, '']);
    return rows.sort((a, b) => a[0].toLowerCase().localeCompare(b[0].toLowerCase()));
  }

  private snapshot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const d of this.byName.values()) out.set(d.name, this.get(d.name));
    for (const [k, v] of this.custom) out.set(k, v);
    return out;
  }

  private diff(before: Map<string, string>): Map<string, string> {
    const after = this.snapshot();
    const changed = new Map<string, string>();
    for (const [k, v] of after) if (before.get(k) !== v) changed.set(k, v);
    return changed;
  }
}

/** `-c name=value` / `--name=value` pairs of the startup `options` parameter. */
export function parseStartupOptions(options: string): [string, string][] {
  const args: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < options.length; i++) {
    const c = options[i] as string;
    if (c === '\\' && i + 1 < options.length) {
      cur += options[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) args.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) args.push(cur);
  const out: [string, string][] = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i] as string;
    if (arg === '-c') arg = args[++i] ?? '';
    else if (arg.startsWith('-c')) arg = arg.slice(2);
    else if (arg.startsWith('--')) arg = arg.slice(2);
    else continue;
    const eq = arg.indexOf('=');
    if (eq > 0) out.push([arg.slice(0, eq).replaceAll('-', '_'), arg.slice(eq + 1)]);
  }
  return out;
}
