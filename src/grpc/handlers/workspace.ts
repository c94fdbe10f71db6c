import type { WorkspaceCommandHandlers } from '../../../generated/grpc/commands.js';
import { ImportExportShared_ImportOptions_ImportType as ImportType } from '../../../generated/grpc/proto/table.js';
import {
  CreateWorkspaceResponse,
  ResetWorkspacePasswordResponse,
} from '../../../generated/grpc/proto/workspace.js';
import { invalidArgument, StorageError } from '../../core/errors.js';
import { loadWorkspaceTables } from '../../core/workspaces/workspace-load.js';
import type { WorkspaceEntry } from '../../core/workspaces/workspace-model.js';
import { requireWorkspaceLogin, resetWorkspaceUserPassword } from '../../core/workspaces/workspace-users.js';
import {
  clearWorkspace,
  createWorkspace,
  deleteWorkspace,
  dropWorkspaceObject,
  getWorkspace,
  gigabytes,
  resetWorkspaceCredentials,
} from '../../core/workspaces/workspaces.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { unimplemented } from '../errors.js';
import { rowFilter } from '../filters.js';
import { branchIdOf, tableRef } from '../paths.js';
import { loadTargetOf, refOf, workspaceOf, writeOn } from '../workspace-refs.js';
import { workspaceAccessHandlers } from './workspace-access.js';

/** Workspace size limit of driver-created workspaces (REST's default). */
const SIZE_LIMIT_GB = 10;

/** Workspaces (REST createWorkspace / deleteWorkspace / ...): PG wire sandboxes of a project or branch. */
export const workspaceHandlers = {
  /** CreateWorkspaceCommand: named by Connection's workspaceId; on branchId unless isBranchDefault. */
  async CreateWorkspaceCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectId, 'projectId');
    if (command.directGrantTables.length > 0) throw unimplemented('CreateWorkspaceCommand directGrantTables');
    const branchId =
      command.isBranchDefault || command.branchId === ''
        ? 'default'
        : branchIdOf(ctx, projectId, command.branchId);
    allow(ctx, 'write', projectId, branchId);
    const { workspace, password } = await createWorkspace(
      ctx.storage,
      { projectId, ...(branchId === 'default' ? {} : { branchId }) },
      {
        name: command.workspaceId === '' ? 'workspace' : command.workspaceId,
        ttlHours: null,
        sizeLimitBytes: gigabytes(SIZE_LIMIT_GB),
        preloadTables: [],
      },
      ctx.audit,
    );
    note(
      ctx,
      'info',
      `Workspace ${workspace.id} created; connect over PG wire to ${workspace.connection.host}:${workspace.connection.port}`,
    );
    return CreateWorkspaceResponse.fromPartial({
      workspaceUserName: workspace.connection.username,
      workspaceRoleName: `role_${workspace.id}`,
      workspacePassword: password,
      workspaceObjectName: workspace.id,
    });
  },

  async DropWorkspaceCommand(command, ctx) {
    const ws = workspaceOf(ctx, command.workspaceObjectName, 'workspaceObjectName');
    writeOn(ctx, ws);
    await deleteWorkspace(ctx.storage, refOf(ws), ctx.audit);
    note(ctx, 'info', `Workspace ${ws.id} dropped`);
    return null;
  },

  /** ClearWorkspaceCommand: every table and view but objectsToPreserve (the reference ignored it). */
  async ClearWorkspaceCommand(command, ctx) {
    let ws: WorkspaceEntry;
    try {
      ws = workspaceOf(ctx, command.workspaceObjectName, 'workspaceObjectName');
    } catch (error) {
      if (command.ignoreErrors && error instanceof StorageError && error.code === 'NOT_FOUND') {
        note(ctx, 'warning', error.message);
        return null;
      }
      throw error;
    }
    writeOn(ctx, ws);
    if (command.objectsToPreserve.length === 0) {
      await clearWorkspace(ctx.storage, refOf(ws), ctx.audit);
      return null;
    }
    const keep = new Set(command.objectsToPreserve.map((o) => o.toLowerCase()));
    const { objects } = await getWorkspace(ctx.storage, refOf(ws));
    for (const object of objects) {
      if (keep.has(object.name.toLowerCase())) continue;
      await dropWorkspaceObject(ctx.storage, refOf(ws), object.name, ctx.audit);
    }
    return null;
  },

  /**
   * ResetWorkspacePasswordCommand: a new password for that login, the main user or an extra one
   * (CreateWorkspaceUserCommand); live sessions of that login end.
   */
  async ResetWorkspacePasswordCommand(command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    const { workspace: ws, user } = requireWorkspaceLogin(ctx.storage, projectId, command.workspaceUserName);
    writeOn(ctx, ws);
    const connection =
      user === null
        ? await resetWorkspaceCredentials(ctx.storage, refOf(ws), ctx.audit)
        : await resetWorkspaceUserPassword(ctx.storage, projectId, user.username, ctx.audit);
    return ResetWorkspacePasswordResponse.fromPartial({
      workspaceUserName: connection.username,
      workspacePassword: connection.password ?? '',
    });
  },

  /** DropWorkspaceObjectCommand: NOT_FOUND for a missing object unless ignoreIfNotExists. */
  async DropWorkspaceObjectCommand(command, ctx) {
    const ws = workspaceOf(ctx, command.workspaceObjectName, 'workspaceObjectName');
    writeOn(ctx, ws);
    if (command.objectNameToDrop === '')
      throw invalidArgument('invalid_request', 'objectNameToDrop is required');
    try {
      await dropWorkspaceObject(ctx.storage, refOf(ws), command.objectNameToDrop, ctx.audit);
    } catch (error) {
      if (command.ignoreIfNotExists && error instanceof StorageError && error.code === 'NOT_FOUND') {
        note(ctx, 'warning', error.message);
        return null;
      }
      throw error;
    }
    return null;
  },

  /**
   * LoadTableToWorkspaceCommand: a storage table (columns, where filters) copied into the
   * workspace table destination.tableName, replacing it; destination.path's last element is the
   * workspace: the caller's project's, or (by id) another project's that granted the caller's
   * project access (GrantWorkspaceAccessToProjectCommand), which then loads its own tables. limit, incremental loads and renamed columns: UNIMPLEMENTED.
   */
  async LoadTableToWorkspaceCommand(command, ctx) {
    const name = 'LoadTableToWorkspaceCommand';
    const { source, destination } = command;
    if (source === undefined || destination === undefined) {
      throw invalidArgument('invalid_request', 'source and destination are required');
    }
    const { ws, granted } = loadTargetOf(ctx, destination.path.at(-1) ?? '', 'destination.path');
    const from = tableRef(ctx, source.path, source.tableName, 'source.path');
    if (granted) {
      // A grantee writes with its own project's scope, and reads its own main branch only.
      allow(ctx, 'write', from.projectId, 'default');
      if (from.branchId !== 'default')
        throw invalidArgument('invalid_request', "a granted load reads the source project's main branch");
    } else {
      writeOn(ctx, ws);
      if (from.projectId !== ws.projectId)
        throw invalidArgument('invalid_request', "source must be in the workspace's project");
    }
    if (source.limit > 0n) throw unimplemented(`${name} source.limit`);
    if (command.importOptions?.importType === ImportType.INCREMENTAL)
      throw unimplemented(`${name} INCREMENTAL`);
    if (
      source.columnMappings.some(
        (m) => m.destinationColumnName !== '' && m.destinationColumnName !== m.sourceColumnName,
      )
    ) {
      throw unimplemented(`${name} columnMappings renaming columns`);
    }
    const result = await loadWorkspaceTables(
      ctx.storage,
      refOf(ws),
      [
        {
          source: `${from.bucket}.${from.table}`,
          destination: destination.tableName === '' ? from.table : destination.tableName,
          columns:
            source.columnMappings.length === 0 ? null : source.columnMappings.map((m) => m.sourceColumnName),
          where: source.whereFilters.map(rowFilter),
          overwrite: true,
          ...(granted ? { sourceProjectId: from.projectId } : {}),
        },
      ],
      ctx.audit,
    );
    const item = result.items[0];
    if (item === undefined || item.status === 'failed') {
      throw item?.error ?? new StorageError('INTERNAL', 'load_failed', 'The load reported no result');
    }
    note(
      ctx,
      'info',
      `Loaded ${item.rows} rows from ${from.bucket}.${from.table} to workspace ${ws.id} as ${item.destination}`,
    );
    return null;
  },

  ...workspaceAccessHandlers,
} satisfies WorkspaceCommandHandlers<DriverContext>;
