import type { components } from '../../generated/openapi.js';
import type { SnapshotsHandlers } from '../../generated/rest/operations.js';
import { restoreSnapshot } from '../core/snapshots/restore.js';
import {
  createSnapshot,
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  previewSnapshot,
  type Snapshot,
  type SnapshotDetail,
} from '../core/snapshots/snapshots.js';
import type { RestContext } from './context.js';
import { previewJson } from './wire.js';

type Schemas = components['schemas'];

function snapshotJson(s: Snapshot): Schemas['SnapshotResponse'] {
  return {
    id: s.id,
    project_id: s.projectId,
    bucket_name: s.bucket,
    table_name: s.table,
    snapshot_type: s.type,
    row_count: s.rowCount,
    size_bytes: s.sizeBytes,
    created_at: s.createdAt,
    created_by: s.createdBy,
    expires_at: s.expiresAt,
    description: s.description,
  };
}

function snapshotDetailJson(s: SnapshotDetail): Schemas['SnapshotDetailResponse'] {
  return {
    ...snapshotJson(s),
    schema_columns: s.definition.columns.map((c) => ({
      name: c.name,
      type: c.type,
      nullable: c.nullable,
      default: c.default,
    })),
    primary_key: [...s.definition.primaryKey],
  };
}

const snapshotRef = (path: { project_id: string; branch_id: string; snapshot_id: string }) => ({
  projectId: path.project_id,
  branchId: path.branch_id,
  snapshotId: path.snapshot_id,
});

/** Resolvers of the `snapshots` tag (main branch only; dev branches answer 400). */
export const snapshotsResolvers = {
  /** createSnapshot: a manual snapshot of one table, consistent under its read lock. */
  async createSnapshot({ path, body }, ctx) {
    const snapshot = await createSnapshot(
      ctx.storage,
      {
        projectId: path.project_id,
        branchId: path.branch_id,
        bucket: body.bucket,
        table: body.table,
        description: body.description ?? null,
      },
      ctx.audit,
    );
    return { status: 201, body: snapshotJson(snapshot) };
  },

  /** listSnapshots: newest first; expired snapshots are gone. */
  async listSnapshots({ path, query }, ctx) {
    const page = await listSnapshots(ctx.storage, {
      projectId: path.project_id,
      branchId: path.branch_id,
      ...(query.bucket === undefined ? {} : { bucket: query.bucket }),
      ...(query.table === undefined ? {} : { table: query.table }),
      ...(query.type === undefined ? {} : { type: query.type }),
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return { status: 200, body: { snapshots: page.snapshots.map(snapshotJson), total: page.total } };
  },

  /** getSnapshot: with the table definition it holds. */
  async getSnapshot({ path }, ctx) {
    return { status: 200, body: snapshotDetailJson(await getSnapshot(ctx.storage, snapshotRef(path))) };
  },

  /** deleteSnapshot */
  async deleteSnapshot({ path }, ctx) {
    await deleteSnapshot(ctx.storage, snapshotRef(path), ctx.audit);
    return { status: 204 };
  },

  /** restoreSnapshot: into its own table (replaced atomically) or a new one. */
  async restoreSnapshot({ path, body }, ctx) {
    const restored = await restoreSnapshot(
      ctx.storage,
      {
        ...snapshotRef(path),
        targetBucket: body.target_bucket ?? null,
        targetTable: body.target_table ?? null,
      },
      ctx.audit,
    );
    return {
      status: 200,
      body: {
        restored_to: { bucket: restored.bucket, table: restored.table },
        row_count: restored.rowCount,
        safety_snapshot_id: restored.safetySnapshotId,
      },
    };
  },

  /** previewSnapshot: rows of a snapshot without restoring it. */
  async previewSnapshot({ path, query }, ctx) {
    const preview = await previewSnapshot(ctx.storage, { ...snapshotRef(path), limit: query.limit ?? 1000 });
    return { status: 200, body: previewJson(preview) };
  },
} satisfies SnapshotsHandlers<RestContext>;
