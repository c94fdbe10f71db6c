import type { components } from '../../generated/openapi.js';
import type { SnapshotSettingsHandlers } from '../../generated/rest/operations.js';
import {
  deleteSnapshotSettings,
  getSnapshotSettings,
  type SettingsTarget,
  type SnapshotSettings,
  updateSnapshotSettings,
} from '../core/snapshots/settings.js';
import type { RestContext } from './context.js';

function settingsJson(v: SnapshotSettings): components['schemas']['SnapshotSettingsResponse'] {
  return { effective_config: v.effectiveConfig, inheritance: v.inheritance, local_config: v.localConfig };
}

const project = (path: { project_id: string }): SettingsTarget => ({
  level: 'project',
  projectId: path.project_id,
});
const bucket = (path: { project_id: string; branch_id: string; bucket_name: string }): SettingsTarget => ({
  level: 'bucket',
  projectId: path.project_id,
  branchId: path.branch_id,
  bucket: path.bucket_name,
});
const table = (path: {
  project_id: string;
  branch_id: string;
  bucket_name: string;
  table_name: string;
}): SettingsTarget => ({
  level: 'table',
  projectId: path.project_id,
  branchId: path.branch_id,
  bucket: path.bucket_name,
  table: path.table_name,
});

/**
 * Resolvers of the `snapshot-settings` tag: GET resolves (with the source of every key), PUT is
 * a JSON merge patch of the level, DELETE resets the level to inherit.
 */
export const snapshotSettingsResolvers = {
  async getProjectSnapshotSettings({ path }, ctx) {
    return { status: 200, body: settingsJson(await getSnapshotSettings(ctx.storage, project(path))) };
  },
  async updateProjectSnapshotSettings({ path, body }, ctx) {
    const v = await updateSnapshotSettings(ctx.storage, project(path), body, ctx.audit);
    return { status: 200, body: settingsJson(v) };
  },
  async deleteProjectSnapshotSettings({ path }, ctx) {
    await deleteSnapshotSettings(ctx.storage, project(path), ctx.audit);
    return { status: 204 };
  },
  async getBucketSnapshotSettings({ path }, ctx) {
    return { status: 200, body: settingsJson(await getSnapshotSettings(ctx.storage, bucket(path))) };
  },
  async updateBucketSnapshotSettings({ path, body }, ctx) {
    const v = await updateSnapshotSettings(ctx.storage, bucket(path), body, ctx.audit);
    return { status: 200, body: settingsJson(v) };
  },
  async deleteBucketSnapshotSettings({ path }, ctx) {
    await deleteSnapshotSettings(ctx.storage, bucket(path), ctx.audit);
    return { status: 204 };
  },
  async getTableSnapshotSettings({ path }, ctx) {
    return { status: 200, body: settingsJson(await getSnapshotSettings(ctx.storage, table(path))) };
  },
  async updateTableSnapshotSettings({ path, body }, ctx) {
    const v = await updateSnapshotSettings(ctx.storage, table(path), body, ctx.audit);
    return { status: 200, body: settingsJson(v) };
  },
  async deleteTableSnapshotSettings({ path }, ctx) {
    await deleteSnapshotSettings(ctx.storage, table(path), ctx.audit);
    return { status: 204 };
  },
} satisfies SnapshotSettingsHandlers<RestContext>;
