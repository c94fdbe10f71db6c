import { logOperation } from '../audit.js';
import { requireMainBranch, requireProject } from '../catalog/branches.js';
import { type BucketRef, requireOwnBucket } from '../catalog/buckets.js';
import type { TableEntry } from '../catalog/catalog.js';
import { StorageError } from '../errors.js';
import { type MetaTx, metaWrite, readRows, text } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { nowIso } from '../timestamps.js';
import {
  applyPatch,
  type ConfigSource,
  type LocalConfig,
  type ResolvedConfig,
  resolveLayers,
  type SettingsLevel,
  type SnapshotConfig,
  validatePatch,
} from './settings-model.js';

/**
 * Snapshot settings per level, inherited system -> project -> bucket -> table (note 05 section
 * 7). Every stored level lives in memory (`s.snapshotSettings`, loaded at start-up, written
 * through after each commit), so a trigger check costs no query (reference pitfall 05/17).
 * Rows are keyed by the entity's stable uid and removed with it (pitfall 05/12).
 */
export type SettingsTarget =
  | { level: 'project'; projectId: string }
  | ({ level: 'bucket' } & BucketRef)
  | ({ level: 'table' } & TableRef);

export interface SnapshotSettings {
  effectiveConfig: SnapshotConfig;
  inheritance: Record<string, ConfigSource>;
  localConfig: LocalConfig | null;
}

const cacheKey = (level: SettingsLevel, uid: string) => `${level}:${uid}`;

/** Start-up: every stored level into the cache. */
export async function loadSnapshotSettings(s: Storage): Promise<void> {
  for (const r of await readRows(
    s.metaConn,
    `SELECT level, entity_uid, config FROM ${s.m}.snapshot_settings`,
  )) {
    s.snapshotSettings.set(
      cacheKey(text(r.level) as SettingsLevel, text(r.entity_uid)),
      JSON.parse(text(r.config)) as LocalConfig,
    );
  }
}

/** The effective configuration for a table (what triggers and retention read). */
export function tableConfig(s: Storage, table: TableEntry): ResolvedConfig {
  const bucket = s.catalog.bucket(table.projectId, table.bucket);
  return resolveLayers([
    { level: 'project', config: s.snapshotSettings.get(cacheKey('project', table.projectId)) },
    { level: 'bucket', config: bucket && s.snapshotSettings.get(cacheKey('bucket', bucket.uid)) },
    { level: 'table', config: s.snapshotSettings.get(cacheKey('table', table.uid)) },
  ]);
}

interface Located {
  projectId: string;
  level: SettingsLevel;
  uid: string;
  /** The levels above and including this one, most general first. */
  chain: { level: SettingsLevel; uid: string }[];
  /** For the operations log. */
  resourceId: string;
}

function locate(s: Storage, target: SettingsTarget): Located {
  const projectId = target.projectId;
  if (target.level === 'project') {
    requireProject(s, projectId);
    return {
      projectId,
      level: 'project',
      uid: projectId,
      chain: [{ level: 'project', uid: projectId }],
      resourceId: projectId,
    };
  }
  requireMainBranch(s, projectId, target.branchId, 'manage snapshot settings');
  // A linked bucket's settings are its owner's.
  const bucket = requireOwnBucket(s, target);
  const chain: Located['chain'] = [
    { level: 'project', uid: projectId },
    { level: 'bucket', uid: bucket.uid },
  ];
  if (target.level === 'bucket') {
    return { projectId, level: 'bucket', uid: bucket.uid, chain, resourceId: bucket.name };
  }
  const table = requireTable(s, target);
  chain.push({ level: 'table', uid: table.uid });
  return { projectId, level: 'table', uid: table.uid, chain, resourceId: `${bucket.name}.${table.name}` };
}

function view(s: Storage, at: Located): SnapshotSettings {
  const resolved = resolveLayers(
    at.chain.map((c) => ({ level: c.level, config: s.snapshotSettings.get(cacheKey(c.level, c.uid)) })),
  );
  const local = s.snapshotSettings.get(cacheKey(at.level, at.uid));
  return {
    effectiveConfig: resolved.effective,
    inheritance: resolved.inheritance,
    localConfig: local === undefined ? null : structuredClone(local),
  };
}

/** get{Project,Bucket,Table}SnapshotSettings */
export async function getSnapshotSettings(s: Storage, target: SettingsTarget): Promise<SnapshotSettings> {
  return view(s, locate(s, target));
}

/**
 * update{...}SnapshotSettings: a JSON merge patch of this level's stored config (present keys
 * replace, null unsets, omitted keys stay); a patch that leaves nothing resets the level.
 */
export async function updateSnapshotSettings(
  s: Storage,
  target: SettingsTarget,
  patch: Record<string, unknown>,
  audit: AuditContext,
): Promise<SnapshotSettings> {
  const checked = validatePatch(patch);
  const startedAt = Date.now();
  const at = locate(s, target);
  await storeLevel(s, target, at, (stored) => {
    const merged = applyPatch(stored ?? {}, checked);
    return Object.keys(merged).length === 0 ? undefined : merged;
  });
  await logOperation(s, audit, {
    operation: 'update_snapshot_settings',
    projectId: at.projectId,
    resourceType: 'snapshot_settings',
    resourceId: `${at.level}:${at.resourceId}`,
    details: { level: at.level, patch: checked },
    startedAt,
  });
  return view(s, at);
}

/** delete{...}SnapshotSettings: the level inherits everything again (204 even if nothing was set). */
export async function deleteSnapshotSettings(
  s: Storage,
  target: SettingsTarget,
  audit: AuditContext,
): Promise<void> {
  const startedAt = Date.now();
  const at = locate(s, target);
  const had = s.snapshotSettings.has(cacheKey(at.level, at.uid));
  await storeLevel(s, target, at, () => undefined);
  if (!had) return;
  await logOperation(s, audit, {
    operation: 'delete_snapshot_settings',
    projectId: at.projectId,
    resourceType: 'snapshot_settings',
    resourceId: `${at.level}:${at.resourceId}`,
    details: { level: at.level },
    startedAt,
  });
}

/**
 * Writes a level's config as `change` makes it from the stored one, inside the metadata
 * transaction (so concurrent PUTs merge, none is lost), for the entity located before: if it
 * was dropped or re-created meanwhile, nothing is stored (no orphan row).
 */
async function storeLevel(
  s: Storage,
  target: SettingsTarget,
  at: Located,
  change: (stored: LocalConfig | undefined) => LocalConfig | undefined,
): Promise<void> {
  const key = cacheKey(at.level, at.uid);
  await metaWrite(s, async (tx) => {
    if (locate(s, target).uid !== at.uid) {
      throw new StorageError(
        'CONFLICT',
        'table_changed',
        'The settings target changed during the request; retry',
      );
    }
    const config = change(s.snapshotSettings.get(key));
    const exists = s.snapshotSettings.has(key);
    if (config === undefined) {
      await tx.run(`DELETE FROM ${s.m}.snapshot_settings WHERE level = $1 AND entity_uid = $2`, [
        at.level,
        at.uid,
      ]);
    } else if (exists) {
      await tx.run(
        `UPDATE ${s.m}.snapshot_settings SET config = $1, updated_at = $2 WHERE level = $3 AND entity_uid = $4`,
        [JSON.stringify(config), nowIso(), at.level, at.uid],
      );
    } else {
      await tx.run(
        `INSERT INTO ${s.m}.snapshot_settings (level, entity_uid, project_id, config, updated_at) VALUES ($1, $2, $3, $4, $5)`,
        [at.level, at.uid, at.projectId, JSON.stringify(config), nowIso()],
      );
    }
    return () => {
      if (config === undefined) s.snapshotSettings.delete(key);
      else s.snapshotSettings.set(key, config);
    };
  });
}

/**
 * Settings rows of entities that go, for the entity's own metadata transaction: `run` inside
 * it (before the entity's rows are deleted: it reads their uids), `forget` after its commit.
 */
export function settingsCleanup(
  s: Storage,
  what: { projectId: string; bucketUid?: string; tableUid?: string },
): { run: (tx: MetaTx) => Promise<void>; forget: () => void } {
  const uids = (): string[] => {
    const project = s.catalog.projects.get(what.projectId);
    const out: string[] = [];
    for (const bucket of project?.buckets.values() ?? []) {
      const wholeBucket = what.bucketUid === undefined || what.bucketUid === bucket.uid;
      if (what.tableUid === undefined && wholeBucket) out.push(bucket.uid);
      for (const table of bucket.tables.values()) {
        if (what.tableUid === undefined ? wholeBucket : what.tableUid === table.uid) out.push(table.uid);
      }
    }
    if (what.bucketUid === undefined && what.tableUid === undefined) out.push(what.projectId);
    return out;
  };
  const gone = uids();
  return {
    async run(tx) {
      if (what.bucketUid === undefined && what.tableUid === undefined) {
        await tx.run(`DELETE FROM ${s.m}.snapshot_settings WHERE project_id = $1`, [what.projectId]);
        return;
      }
      for (const uid of gone) {
        await tx.run(`DELETE FROM ${s.m}.snapshot_settings WHERE entity_uid = $1 AND project_id = $2`, [
          uid,
          what.projectId,
        ]);
      }
    },
    forget() {
      for (const uid of gone) {
        for (const level of ['project', 'bucket', 'table'] as const)
          s.snapshotSettings.delete(cacheKey(level, uid));
      }
    },
  };
}
