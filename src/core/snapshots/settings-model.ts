import { invalidArgument, StorageError } from '../errors.js';

/**
 * Snapshot settings (specs/duckapi.json SnapshotConfig). Keys stay snake_case in the core: they
 * are the stored JSON and the contract's dotted `inheritance` keys, one spelling everywhere.
 */
export const TRIGGERS = [
  'drop_table',
  'truncate_table',
  'delete_all_rows',
  'drop_column',
  'restore_overwrite',
  'delete_bucket',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const RETENTION_KEYS = ['manual_days', 'auto_days'] as const;
type RetentionKey = (typeof RETENTION_KEYS)[number];

export interface SnapshotConfig {
  auto_snapshot_triggers: Record<Trigger, boolean>;
  retention: Record<RetentionKey, number>;
  /** Master switch: false refuses manual snapshots and skips automatic ones. */
  enabled: boolean;
  /** A failed automatic snapshot aborts the destructive operation (fail closed). */
  fail_on_error: boolean;
}

/** What one level stores: any subset of the keys. */
export interface LocalConfig {
  auto_snapshot_triggers?: Partial<Record<Trigger, boolean>>;
  retention?: Partial<Record<RetentionKey, number>>;
  enabled?: boolean;
  fail_on_error?: boolean;
}

/** A PUT body (JSON merge patch, RFC 7396): null unsets a key at this level. */
export interface ConfigPatch {
  auto_snapshot_triggers?: Partial<Record<Trigger, boolean | null>> | null;
  retention?: Partial<Record<RetentionKey, number | null>> | null;
  enabled?: boolean | null;
  fail_on_error?: boolean | null;
}

export type SettingsLevel = 'project' | 'bucket' | 'table';
export type ConfigSource = 'system' | SettingsLevel;

/** Defaults of the reference (note 05 section 7.1) plus ours: restores over data are kept. */
export const SYSTEM_DEFAULTS: SnapshotConfig = {
  auto_snapshot_triggers: {
    drop_table: true,
    truncate_table: false,
    delete_all_rows: false,
    drop_column: false,
    restore_overwrite: true,
    delete_bucket: false,
  },
  retention: { manual_days: 90, auto_days: 7 },
  enabled: true,
  fail_on_error: true,
};

export const MAX_RETENTION_DAYS = 3650;

/**
 * Checks a patch as the contract's schema does (the REST layer's ajv already did; the gRPC
 * driver will not have): unknown keys are VALIDATION_FAILED (the reference ignored them, the
 * root of its "inheritance bug"), retention outside 1..3650 is 400 `invalid_config`.
 */
export function validatePatch(patch: Record<string, unknown>): ConfigPatch {
  const unknown = (key: string) =>
    new StorageError('VALIDATION_FAILED', 'unknown_field', `Unknown snapshot setting '${key}'`, {
      details: { field: key },
    });
  const wrongType = (key: string, want: string) =>
    new StorageError('VALIDATION_FAILED', 'invalid_type', `Snapshot setting '${key}' must be ${want}`, {
      details: { field: key },
    });
  const group = (name: string, keys: readonly string[], check: (key: string, v: unknown) => void) => {
    const value = patch[name];
    if (value === undefined || value === null) return;
    if (typeof value !== 'object' || Array.isArray(value)) throw wrongType(name, 'an object or null');
    for (const [key, v] of Object.entries(value)) {
      if (!keys.includes(key)) throw unknown(`${name}.${key}`);
      if (v !== null) check(`${name}.${key}`, v);
    }
  };
  for (const key of Object.keys(patch)) {
    if (!['auto_snapshot_triggers', 'retention', 'enabled', 'fail_on_error'].includes(key))
      throw unknown(key);
  }
  group('auto_snapshot_triggers', TRIGGERS, (key, v) => {
    if (typeof v !== 'boolean') throw wrongType(key, 'a boolean or null');
  });
  const errors: string[] = [];
  group('retention', RETENTION_KEYS, (key, v) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw wrongType(key, 'an integer or null');
    const name = key.slice('retention.'.length);
    if (v < 1) errors.push(`Retention ${name} must be a positive integer`);
    else if (v > MAX_RETENTION_DAYS)
      errors.push(`Retention ${name} cannot exceed ${MAX_RETENTION_DAYS} days`);
  });
  for (const key of ['enabled', 'fail_on_error']) {
    const v = patch[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean') throw wrongType(key, 'a boolean or null');
  }
  if (errors.length > 0) {
    throw invalidArgument('invalid_config', 'Invalid snapshot configuration', { errors });
  }
  return patch as ConfigPatch;
}

/** Merge patch: present keys replace, null removes, empty groups disappear. */
export function applyPatch(local: LocalConfig, patch: ConfigPatch): LocalConfig {
  const merged: LocalConfig = {};
  const triggers = mergeGroup(local.auto_snapshot_triggers, patch.auto_snapshot_triggers);
  if (triggers !== undefined) merged.auto_snapshot_triggers = triggers;
  const retention = mergeGroup(local.retention, patch.retention);
  if (retention !== undefined) merged.retention = retention;
  for (const key of ['enabled', 'fail_on_error'] as const) {
    const v = patch[key] === undefined ? local[key] : patch[key];
    if (v !== undefined && v !== null) merged[key] = v;
  }
  return merged;
}

function mergeGroup<V>(
  local: Partial<Record<string, V>> | undefined,
  patch: Partial<Record<string, V | null>> | null | undefined,
): Partial<Record<string, V>> | undefined {
  if (patch === null) return undefined;
  const out: Partial<Record<string, V>> = { ...local };
  for (const [key, v] of Object.entries(patch ?? {})) {
    if (v === null || v === undefined) delete out[key];
    else out[key] = v;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

export interface ResolvedConfig {
  effective: SnapshotConfig;
  /** Dotted key -> the level that set it. */
  inheritance: Record<string, ConfigSource>;
}

/** Layers the levels over the system defaults, most general first. */
export function resolveLayers(
  layers: { level: SettingsLevel; config: LocalConfig | undefined }[],
): ResolvedConfig {
  const effective: SnapshotConfig = structuredClone(SYSTEM_DEFAULTS);
  const inheritance: Record<string, ConfigSource> = {};
  for (const t of TRIGGERS) inheritance[`auto_snapshot_triggers.${t}`] = 'system';
  for (const r of RETENTION_KEYS) inheritance[`retention.${r}`] = 'system';
  inheritance.enabled = 'system';
  inheritance.fail_on_error = 'system';
  for (const { level, config } of layers) {
    if (config === undefined) continue;
    for (const t of TRIGGERS) {
      const v = config.auto_snapshot_triggers?.[t];
      if (v === undefined) continue;
      effective.auto_snapshot_triggers[t] = v;
      inheritance[`auto_snapshot_triggers.${t}`] = level;
    }
    for (const r of RETENTION_KEYS) {
      const v = config.retention?.[r];
      if (v === undefined) continue;
      effective.retention[r] = v;
      inheritance[`retention.${r}`] = level;
    }
    for (const key of ['enabled', 'fail_on_error'] as const) {
      const v = config[key];
      if (v === undefined) continue;
      effective[key] = v;
      inheritance[key] = level;
    }
  }
  return { effective, inheritance };
}
