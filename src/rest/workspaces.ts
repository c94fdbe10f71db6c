import type { components } from '../../generated/openapi.js';
import type { WorkspacesHandlers } from '../../generated/rest/operations.js';
import type { Principal } from '../core/model.js';
import type { LoadItem, LoadItemResult } from '../core/workspaces/workspace-load.js';
import { loadWorkspaceTables } from '../core/workspaces/workspace-load.js';
import type { WorkspaceRef, WorkspaceScope } from '../core/workspaces/workspace-lookup.js';
import {
  type ConnectionInfo,
  clearWorkspace,
  createWorkspace,
  deleteWorkspace,
  dropWorkspaceObject,
  getWorkspace,
  gigabytes,
  listWorkspaces,
  resetWorkspaceCredentials,
  type Workspace,
  type WorkspaceDetail,
} from '../core/workspaces/workspaces.js';
import type { RestContext } from './context.js';

type Schemas = components['schemas'];

export const connectionJson = (c: ConnectionInfo): Schemas['WorkspaceConnectionInfo'] => ({
  host: c.host,
  port: c.port,
  database: c.database,
  username: c.username,
  password: c.password,
  ssl_mode: c.sslMode,
  connection_string: c.connectionString,
});

const workspaceJson = (w: Workspace): Schemas['WorkspaceResponse'] => ({
  id: w.id,
  name: w.name,
  project_id: w.projectId,
  branch_id: w.branchId,
  created_at: w.createdAt,
  expires_at: w.expiresAt,
  created_by: w.createdBy,
  size_bytes: w.sizeBytes,
  size_limit_gb: Math.floor(w.sizeLimitBytes / 1024 ** 3),
  size_limit_bytes: w.sizeLimitBytes,
  status: w.status,
  connection: connectionJson(w.connection),
});

const detailJson = (w: WorkspaceDetail): Schemas['WorkspaceDetailResponse'] => ({
  ...workspaceJson(w),
  active_sessions: w.activeSessions,
  attached_tables: w.attachedTables.map((t) => ({ schema: t.schema, table: t.table, rows: t.rows })),
  workspace_objects: w.objects.map((o) => ({ name: o.name, schema: o.schema, type: o.type, rows: o.rows })),
});

const loadResultJson = (r: LoadItemResult): Schemas['WorkspaceLoadTableResult'] => ({
  source: r.source,
  destination: r.destination,
  rows: r.rows,
  size_bytes: r.sizeBytes,
  status: r.status,
  error:
    r.error === null
      ? null
      : {
          code: r.error.reason,
          // Unexpected failures keep their cause for the log only.
          message: r.error.code === 'INTERNAL' ? 'An internal error occurred' : r.error.message,
          ...(r.error.details === undefined || r.error.code === 'INTERNAL'
            ? {}
            : { details: r.error.details }),
        },
});

const ref = (path: { project_id: string; workspace_id: string; branch_id?: string }): WorkspaceRef => ({
  projectId: path.project_id,
  workspaceId: path.workspace_id,
  ...(path.branch_id === undefined ? {} : { branchId: path.branch_id }),
});

/** A branch-limited key lists its branch's workspaces only, also on the project path. */
const listScope = (projectId: string, principal: Principal | null): WorkspaceScope =>
  principal?.kind === 'project' && principal.branchId !== null
    ? { projectId, branchId: principal.branchId }
    : { projectId };

const createBody = (body: Schemas['WorkspaceCreateRequest']) => ({
  name: body.name,
  ttlHours: body.ttl_hours ?? null,
  sizeLimitBytes: gigabytes(body.size_limit_gb ?? 10),
  preloadTables: body.preload_tables ?? [],
});

const loadItem = (item: Schemas['WorkspaceLoadItem']): LoadItem => ({
  source: item.source,
  destination: item.destination ?? null,
  columns: item.columns ?? null,
  where: item.where ?? null,
  overwrite: item.overwrite ?? false,
});

/** Resolvers of the `workspaces` tag (reference note 07 section 3). */
export const workspacesResolvers = {
  /** createWorkspace: on main; the only answer (with resetWorkspaceCredentials) holding a password. */
  async createWorkspace({ path, body }, ctx) {
    const created = await createWorkspace(
      ctx.storage,
      { projectId: path.project_id },
      createBody(body),
      ctx.audit,
    );
    return { status: 201, body: workspaceJson(created.workspace) };
  },

  /** listWorkspaces: main's and every branch's; `count` is the page (the reference's), `total` all. */
  async listWorkspaces({ path, query }, ctx) {
    const page = await listWorkspaces(ctx.storage, listScope(path.project_id, ctx.principal), {
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return {
      status: 200,
      body: {
        workspaces: page.workspaces.map(workspaceJson),
        count: page.workspaces.length,
        total: page.total,
      },
    };
  },

  /** getWorkspace: any workspace of the project, main's or a branch's. */
  async getWorkspace({ path }, ctx) {
    return { status: 200, body: detailJson(await getWorkspace(ctx.storage, ref(path))) };
  },

  /** deleteWorkspace: sessions ended first; also an expired workspace. */
  async deleteWorkspace({ path }, ctx) {
    await deleteWorkspace(ctx.storage, ref(path), ctx.audit);
    return { status: 204 };
  },

  /** clearWorkspace */
  async clearWorkspace({ path }, ctx) {
    await clearWorkspace(ctx.storage, ref(path), ctx.audit);
    return { status: 204 };
  },

  /** dropWorkspaceObject */
  async dropWorkspaceObject({ path }, ctx) {
    await dropWorkspaceObject(ctx.storage, ref(path), path.object_name, ctx.audit);
    return { status: 204 };
  },

  /** loadWorkspaceTables: 200 with a status per item, failed ones included. */
  async loadWorkspaceTables({ path, body }, ctx) {
    const result = await loadWorkspaceTables(ctx.storage, ref(path), body.tables.map(loadItem), ctx.audit);
    return {
      status: 200,
      body: { loaded: result.items.map(loadResultJson), workspace_size_bytes: result.sizeBytes },
    };
  },

  /** resetWorkspaceCredentials: the bare connection info (the reference's shape), new password in it. */
  async resetWorkspaceCredentials({ path }, ctx) {
    return {
      status: 200,
      body: connectionJson(await resetWorkspaceCredentials(ctx.storage, ref(path), ctx.audit)),
    };
  },

  /** createBranchWorkspace: `default` is main. */
  async createBranchWorkspace({ path, body }, ctx) {
    const created = await createWorkspace(
      ctx.storage,
      { projectId: path.project_id, branchId: path.branch_id },
      createBody(body),
      ctx.audit,
    );
    return { status: 201, body: workspaceJson(created.workspace) };
  },

  /** listBranchWorkspaces */
  async listBranchWorkspaces({ path, query }, ctx) {
    const page = await listWorkspaces(
      ctx.storage,
      { projectId: path.project_id, branchId: path.branch_id },
      { limit: query.limit ?? 100, offset: query.offset ?? 0 },
    );
    return {
      status: 200,
      body: {
        workspaces: page.workspaces.map(workspaceJson),
        count: page.workspaces.length,
        total: page.total,
      },
    };
  },

  /** getBranchWorkspace: 404 for a workspace of another branch. */
  async getBranchWorkspace({ path }, ctx) {
    return { status: 200, body: detailJson(await getWorkspace(ctx.storage, ref(path))) };
  },

  /** deleteBranchWorkspace */
  async deleteBranchWorkspace({ path }, ctx) {
    await deleteWorkspace(ctx.storage, ref(path), ctx.audit);
    return { status: 204 };
  },
} satisfies WorkspacesHandlers<RestContext>;
