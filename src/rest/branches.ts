import type { components } from '../../generated/openapi.js';
import type { BranchesHandlers } from '../../generated/rest/operations.js';
import {
  type Branch,
  createBranch,
  deleteBranch,
  getBranch,
  listBranches,
} from '../core/branches/branches.js';
import { branchMergeStatus, mergeTable, pullTable } from '../core/branches/pull-merge.js';
import type { RestContext } from './context.js';

type Schemas = components['schemas'];

function branchJson(b: Branch): Schemas['BranchResponse'] {
  return {
    id: b.id,
    project_id: b.projectId,
    name: b.name,
    created_at: b.createdAt,
    created_by: b.createdBy,
    description: b.description,
    table_count: b.tableCount,
    size_bytes: b.sizeBytes,
  };
}

const tableOf = (path: {
  project_id: string;
  branch_id: string;
  bucket_name: string;
  table_name: string;
}) => ({
  projectId: path.project_id,
  branchId: path.branch_id,
  bucket: path.bucket_name,
  table: path.table_name,
});

/** Resolvers of the `branches` tag: dev branches, copy-on-write tables, pull, merge. */
export const branchesResolvers = {
  /** createBranch: O(1); nothing is copied until the branch first writes a table. */
  async createBranch({ path, body }, ctx) {
    const branch = await createBranch(
      ctx.storage,
      path.project_id,
      { name: body.name, description: body.description ?? null },
      ctx.audit,
    );
    return { status: 201, body: branchJson(branch) };
  },

  /** listBranches: `count` is the page size (the reference's), `total` all branches. */
  async listBranches({ path, query }, ctx) {
    const page = await listBranches(ctx.storage, path.project_id, {
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return {
      status: 200,
      body: { branches: page.branches.map(branchJson), count: page.branches.length, total: page.total },
    };
  },

  /** getBranch: with the tables it holds. */
  async getBranch({ path }, ctx) {
    const branch = await getBranch(ctx.storage, path.project_id, path.branch_id);
    return {
      status: 200,
      body: {
        ...branchJson(branch),
        copied_tables: branch.copiedTables.map((t) => ({
          bucket_name: t.bucket,
          table_name: t.table,
          copied_at: t.copiedAt,
          source: t.source,
        })),
      },
    };
  },

  /** deleteBranch: keys and tables of the branch first, files last. */
  async deleteBranch({ path }, ctx) {
    await deleteBranch(ctx.storage, path.project_id, path.branch_id, ctx.audit);
    return { status: 204 };
  },

  /** pullTable: the branch drops its copy (snapshotted first) and reads main's table again. */
  async pullTable({ path }, ctx) {
    const pulled = await pullTable(ctx.storage, tableOf(path), ctx.audit);
    return {
      status: 200,
      body: {
        bucket_name: pulled.bucket,
        table_name: pulled.table,
        message: pulled.message,
        was_local: pulled.wasLocal,
        snapshot_id: pulled.snapshotId,
      },
    };
  },

  /** mergeTable: the branch's table replaces main's atomically (main snapshotted first). */
  async mergeTable({ path, body }, ctx) {
    const merged = await mergeTable(ctx.storage, tableOf(path), { force: body?.force ?? false }, ctx.audit);
    return {
      status: 200,
      body: {
        bucket_name: merged.bucket,
        table_name: merged.table,
        row_count: merged.rowCount,
        created_in_main: merged.createdInMain,
        snapshot_id: merged.snapshotId,
        conflict: merged.conflict,
      },
    };
  },

  /** getBranchMergeStatus: per table, whether main changed since the branch copied it. */
  async getBranchMergeStatus({ path }, ctx) {
    const tables = await branchMergeStatus(ctx.storage, path.project_id, path.branch_id);
    return {
      status: 200,
      body: {
        branch_id: path.branch_id,
        tables: tables.map((t) => ({
          bucket_name: t.bucket,
          table_name: t.table,
          source: t.source,
          copied_at: t.copiedAt,
          branch_updated_at: t.branchUpdatedAt,
          main_updated_at: t.mainUpdatedAt,
          main_changed: t.mainChanged,
          branch_changed: t.branchChanged,
          main_deleted: t.mainDeleted,
          branch_deleted: t.branchDeleted,
        })),
      },
    };
  },
} satisfies BranchesHandlers<RestContext>;
