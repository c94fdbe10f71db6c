// generated from specs/proto/ by codegen/emit-grpc-commands.ts; do not edit
import { InitBackendCommand, InitBackendResponse, RemoveBackendCommand } from './proto/backend.js';
import { BigQueryExternalBucketSharingStatusCommand, BigQueryExternalBucketSharingStatusResponse, CreateBucketCommand, CreateBucketResponse, DropBucketCommand, GrantBucketAccessToReadOnlyRoleCommand, GrantBucketAccessToReadOnlyRoleResponse, GrantExternalBucketSubscriberCommand, LinkBucketCommand, LinkedBucketResponse, RevokeBucketAccessFromReadOnlyRoleCommand, RevokeExternalBucketSubscriberCommand, ShareBucketCommand, ShareBucketResponse, UnlinkBucketCommand, UnshareBucketCommand } from './proto/bucket.js';
import { ExecuteQueryCommand, ExecuteQueryResponse } from './proto/executeQuery.js';
import { ListSchemasCommand, ListSchemasResponse, ObjectInfoCommand, ObjectInfoResponse } from './proto/info.js';
import { CreateDevBranchCommand, CreateDevBranchResponse, CreateProjectCommand, CreateProjectResponse, DropDevBranchCommand, DropProjectCommand, UpdateProjectCommand } from './proto/project.js';
import { AddColumnCommand, AddPrimaryKeyCommand, AlterColumnCommand, CreateProfileTableCommand, CreateProfileTableResponse, CreateTableCommand, CreateTableFromTimeTravelCommand, CreateViewCommand, DeleteTableRowsCommand, DeleteTableRowsResponse, DropColumnCommand, DropPrimaryKeyCommand, DropTableCommand, PreviewTableCommand, PreviewTableResponse, TableExportToFileCommand, TableExportToFileResponse, TableImportFromFileCommand, TableImportFromTableCommand, TableImportResponse } from './proto/table.js';
import { ClearWorkspaceCommand, CreateWorkspaceCommand, CreateWorkspaceResponse, CreateWorkspaceUserCommand, CreateWorkspaceUserResponse, DropWorkspaceCommand, DropWorkspaceObjectCommand, DropWorkspaceUserCommand, GrantWorkspaceAccessToProjectCommand, LoadTableToWorkspaceCommand, ResetWorkspacePasswordCommand, ResetWorkspacePasswordResponse, RevokeWorkspaceAccessToProjectCommand } from './proto/workspace.js';

/** Every driver command: its full protobuf name, package group, message codec and response codec. */
export const COMMANDS = {
  InitBackendCommand: {
    fullName: 'keboola.storageDriver.command.backend.InitBackendCommand',
    group: 'backend',
    message: InitBackendCommand,
    response: InitBackendResponse,
  },
  RemoveBackendCommand: {
    fullName: 'keboola.storageDriver.command.backend.RemoveBackendCommand',
    group: 'backend',
    message: RemoveBackendCommand,
    response: null,
  },
  CreateBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.CreateBucketCommand',
    group: 'bucket',
    message: CreateBucketCommand,
    response: CreateBucketResponse,
  },
  DropBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.DropBucketCommand',
    group: 'bucket',
    message: DropBucketCommand,
    response: null,
  },
  LinkBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.LinkBucketCommand',
    group: 'bucket',
    message: LinkBucketCommand,
    response: LinkedBucketResponse,
  },
  ShareBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.ShareBucketCommand',
    group: 'bucket',
    message: ShareBucketCommand,
    response: ShareBucketResponse,
  },
  UnlinkBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.UnlinkBucketCommand',
    group: 'bucket',
    message: UnlinkBucketCommand,
    response: null,
  },
  UnshareBucketCommand: {
    fullName: 'keboola.storageDriver.command.bucket.UnshareBucketCommand',
    group: 'bucket',
    message: UnshareBucketCommand,
    response: null,
  },
  GrantBucketAccessToReadOnlyRoleCommand: {
    fullName: 'keboola.storageDriver.command.bucket.GrantBucketAccessToReadOnlyRoleCommand',
    group: 'bucket',
    message: GrantBucketAccessToReadOnlyRoleCommand,
    response: GrantBucketAccessToReadOnlyRoleResponse,
  },
  RevokeBucketAccessFromReadOnlyRoleCommand: {
    fullName: 'keboola.storageDriver.command.bucket.RevokeBucketAccessFromReadOnlyRoleCommand',
    group: 'bucket',
    message: RevokeBucketAccessFromReadOnlyRoleCommand,
    response: null,
  },
  BigQueryExternalBucketSharingStatusCommand: {
    fullName: 'keboola.storageDriver.command.bucket.BigQueryExternalBucketSharingStatusCommand',
    group: 'bucket',
    message: BigQueryExternalBucketSharingStatusCommand,
    response: BigQueryExternalBucketSharingStatusResponse,
  },
  GrantExternalBucketSubscriberCommand: {
    fullName: 'keboola.storageDriver.command.bucket.GrantExternalBucketSubscriberCommand',
    group: 'bucket',
    message: GrantExternalBucketSubscriberCommand,
    response: null,
  },
  RevokeExternalBucketSubscriberCommand: {
    fullName: 'keboola.storageDriver.command.bucket.RevokeExternalBucketSubscriberCommand',
    group: 'bucket',
    message: RevokeExternalBucketSubscriberCommand,
    response: null,
  },
  ExecuteQueryCommand: {
    fullName: 'keboola.storageDriver.command.executeQuery.ExecuteQueryCommand',
    group: 'executeQuery',
    message: ExecuteQueryCommand,
    response: ExecuteQueryResponse,
  },
  ObjectInfoCommand: {
    fullName: 'keboola.storageDriver.command.info.ObjectInfoCommand',
    group: 'info',
    message: ObjectInfoCommand,
    response: ObjectInfoResponse,
  },
  ListSchemasCommand: {
    fullName: 'keboola.storageDriver.command.info.ListSchemasCommand',
    group: 'info',
    message: ListSchemasCommand,
    response: ListSchemasResponse,
  },
  CreateProjectCommand: {
    fullName: 'keboola.storageDriver.command.project.CreateProjectCommand',
    group: 'project',
    message: CreateProjectCommand,
    response: CreateProjectResponse,
  },
  UpdateProjectCommand: {
    fullName: 'keboola.storageDriver.command.project.UpdateProjectCommand',
    group: 'project',
    message: UpdateProjectCommand,
    response: null,
  },
  DropProjectCommand: {
    fullName: 'keboola.storageDriver.command.project.DropProjectCommand',
    group: 'project',
    message: DropProjectCommand,
    response: null,
  },
  CreateDevBranchCommand: {
    fullName: 'keboola.storageDriver.command.project.CreateDevBranchCommand',
    group: 'project',
    message: CreateDevBranchCommand,
    response: CreateDevBranchResponse,
  },
  DropDevBranchCommand: {
    fullName: 'keboola.storageDriver.command.project.DropDevBranchCommand',
    group: 'project',
    message: DropDevBranchCommand,
    response: null,
  },
  CreateTableCommand: {
    fullName: 'keboola.storageDriver.command.table.CreateTableCommand',
    group: 'table',
    message: CreateTableCommand,
    response: ObjectInfoResponse,
  },
  DropTableCommand: {
    fullName: 'keboola.storageDriver.command.table.DropTableCommand',
    group: 'table',
    message: DropTableCommand,
    response: null,
  },
  AddColumnCommand: {
    fullName: 'keboola.storageDriver.command.table.AddColumnCommand',
    group: 'table',
    message: AddColumnCommand,
    response: ObjectInfoResponse,
  },
  AlterColumnCommand: {
    fullName: 'keboola.storageDriver.command.table.AlterColumnCommand',
    group: 'table',
    message: AlterColumnCommand,
    response: ObjectInfoResponse,
  },
  DropColumnCommand: {
    fullName: 'keboola.storageDriver.command.table.DropColumnCommand',
    group: 'table',
    message: DropColumnCommand,
    response: ObjectInfoResponse,
  },
  AddPrimaryKeyCommand: {
    fullName: 'keboola.storageDriver.command.table.AddPrimaryKeyCommand',
    group: 'table',
    message: AddPrimaryKeyCommand,
    response: ObjectInfoResponse,
  },
  DropPrimaryKeyCommand: {
    fullName: 'keboola.storageDriver.command.table.DropPrimaryKeyCommand',
    group: 'table',
    message: DropPrimaryKeyCommand,
    response: ObjectInfoResponse,
  },
  PreviewTableCommand: {
    fullName: 'keboola.storageDriver.command.table.PreviewTableCommand',
    group: 'table',
    message: PreviewTableCommand,
    response: PreviewTableResponse,
  },
  TableImportFromFileCommand: {
    fullName: 'keboola.storageDriver.command.table.TableImportFromFileCommand',
    group: 'table',
    message: TableImportFromFileCommand,
    response: TableImportResponse,
  },
  TableImportFromTableCommand: {
    fullName: 'keboola.storageDriver.command.table.TableImportFromTableCommand',
    group: 'table',
    message: TableImportFromTableCommand,
    response: TableImportResponse,
  },
  TableExportToFileCommand: {
    fullName: 'keboola.storageDriver.command.table.TableExportToFileCommand',
    group: 'table',
    message: TableExportToFileCommand,
    response: TableExportToFileResponse,
  },
  DeleteTableRowsCommand: {
    fullName: 'keboola.storageDriver.command.table.DeleteTableRowsCommand',
    group: 'table',
    message: DeleteTableRowsCommand,
    response: DeleteTableRowsResponse,
  },
  CreateTableFromTimeTravelCommand: {
    fullName: 'keboola.storageDriver.command.table.CreateTableFromTimeTravelCommand',
    group: 'table',
    message: CreateTableFromTimeTravelCommand,
    response: ObjectInfoResponse,
  },
  CreateProfileTableCommand: {
    fullName: 'keboola.storageDriver.command.table.CreateProfileTableCommand',
    group: 'table',
    message: CreateProfileTableCommand,
    response: CreateProfileTableResponse,
  },
  CreateViewCommand: {
    fullName: 'keboola.storageDriver.command.table.CreateViewCommand',
    group: 'table',
    message: CreateViewCommand,
    response: ObjectInfoResponse,
  },
  CreateWorkspaceCommand: {
    fullName: 'keboola.storageDriver.command.workspace.CreateWorkspaceCommand',
    group: 'workspace',
    message: CreateWorkspaceCommand,
    response: CreateWorkspaceResponse,
  },
  DropWorkspaceCommand: {
    fullName: 'keboola.storageDriver.command.workspace.DropWorkspaceCommand',
    group: 'workspace',
    message: DropWorkspaceCommand,
    response: null,
  },
  ClearWorkspaceCommand: {
    fullName: 'keboola.storageDriver.command.workspace.ClearWorkspaceCommand',
    group: 'workspace',
    message: ClearWorkspaceCommand,
    response: null,
  },
  ResetWorkspacePasswordCommand: {
    fullName: 'keboola.storageDriver.command.workspace.ResetWorkspacePasswordCommand',
    group: 'workspace',
    message: ResetWorkspacePasswordCommand,
    response: ResetWorkspacePasswordResponse,
  },
  CreateWorkspaceUserCommand: {
    fullName: 'keboola.storageDriver.command.workspace.CreateWorkspaceUserCommand',
    group: 'workspace',
    message: CreateWorkspaceUserCommand,
    response: CreateWorkspaceUserResponse,
  },
  DropWorkspaceUserCommand: {
    fullName: 'keboola.storageDriver.command.workspace.DropWorkspaceUserCommand',
    group: 'workspace',
    message: DropWorkspaceUserCommand,
    response: null,
  },
  DropWorkspaceObjectCommand: {
    fullName: 'keboola.storageDriver.command.workspace.DropWorkspaceObjectCommand',
    group: 'workspace',
    message: DropWorkspaceObjectCommand,
    response: null,
  },
  GrantWorkspaceAccessToProjectCommand: {
    fullName: 'keboola.storageDriver.command.workspace.GrantWorkspaceAccessToProjectCommand',
    group: 'workspace',
    message: GrantWorkspaceAccessToProjectCommand,
    response: null,
  },
  RevokeWorkspaceAccessToProjectCommand: {
    fullName: 'keboola.storageDriver.command.workspace.RevokeWorkspaceAccessToProjectCommand',
    group: 'workspace',
    message: RevokeWorkspaceAccessToProjectCommand,
    response: null,
  },
  LoadTableToWorkspaceCommand: {
    fullName: 'keboola.storageDriver.command.workspace.LoadTableToWorkspaceCommand',
    group: 'workspace',
    message: LoadTableToWorkspaceCommand,
    response: null,
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

/** Commands by full protobuf name (the type URL without `type.googleapis.com/`). */
export const COMMANDS_BY_FULL_NAME: ReadonlyMap<string, CommandName> = new Map(
  (Object.keys(COMMANDS) as CommandName[]).map((name) => [COMMANDS[name].fullName, name]),
);

/** One handler per command; a command that answers with nothing resolves to null. */
export interface CommandHandlers<Ctx> {
  /** keboola.storageDriver.command.backend.InitBackendCommand -> keboola.storageDriver.command.backend.InitBackendResponse */
  InitBackendCommand(command: InitBackendCommand, ctx: Ctx): Promise<InitBackendResponse>;
  /** keboola.storageDriver.command.backend.RemoveBackendCommand -> no response */
  RemoveBackendCommand(command: RemoveBackendCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.CreateBucketCommand -> keboola.storageDriver.command.bucket.CreateBucketResponse */
  CreateBucketCommand(command: CreateBucketCommand, ctx: Ctx): Promise<CreateBucketResponse>;
  /** keboola.storageDriver.command.bucket.DropBucketCommand -> no response */
  DropBucketCommand(command: DropBucketCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.LinkBucketCommand -> keboola.storageDriver.command.bucket.LinkedBucketResponse */
  LinkBucketCommand(command: LinkBucketCommand, ctx: Ctx): Promise<LinkedBucketResponse>;
  /** keboola.storageDriver.command.bucket.ShareBucketCommand -> keboola.storageDriver.command.bucket.ShareBucketResponse */
  ShareBucketCommand(command: ShareBucketCommand, ctx: Ctx): Promise<ShareBucketResponse>;
  /** keboola.storageDriver.command.bucket.UnlinkBucketCommand -> no response */
  UnlinkBucketCommand(command: UnlinkBucketCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.UnshareBucketCommand -> no response */
  UnshareBucketCommand(command: UnshareBucketCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.GrantBucketAccessToReadOnlyRoleCommand -> keboola.storageDriver.command.bucket.GrantBucketAccessToReadOnlyRoleResponse */
  GrantBucketAccessToReadOnlyRoleCommand(command: GrantBucketAccessToReadOnlyRoleCommand, ctx: Ctx): Promise<GrantBucketAccessToReadOnlyRoleResponse>;
  /** keboola.storageDriver.command.bucket.RevokeBucketAccessFromReadOnlyRoleCommand -> no response */
  RevokeBucketAccessFromReadOnlyRoleCommand(command: RevokeBucketAccessFromReadOnlyRoleCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.BigQueryExternalBucketSharingStatusCommand -> keboola.storageDriver.command.bucket.BigQueryExternalBucketSharingStatusResponse */
  BigQueryExternalBucketSharingStatusCommand(command: BigQueryExternalBucketSharingStatusCommand, ctx: Ctx): Promise<BigQueryExternalBucketSharingStatusResponse>;
  /** keboola.storageDriver.command.bucket.GrantExternalBucketSubscriberCommand -> no response */
  GrantExternalBucketSubscriberCommand(command: GrantExternalBucketSubscriberCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.bucket.RevokeExternalBucketSubscriberCommand -> no response */
  RevokeExternalBucketSubscriberCommand(command: RevokeExternalBucketSubscriberCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.executeQuery.ExecuteQueryCommand -> keboola.storageDriver.command.executeQuery.ExecuteQueryResponse */
  ExecuteQueryCommand(command: ExecuteQueryCommand, ctx: Ctx): Promise<ExecuteQueryResponse>;
  /** keboola.storageDriver.command.info.ObjectInfoCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  ObjectInfoCommand(command: ObjectInfoCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.info.ListSchemasCommand -> keboola.storageDriver.command.info.ListSchemasResponse */
  ListSchemasCommand(command: ListSchemasCommand, ctx: Ctx): Promise<ListSchemasResponse>;
  /** keboola.storageDriver.command.project.CreateProjectCommand -> keboola.storageDriver.command.project.CreateProjectResponse */
  CreateProjectCommand(command: CreateProjectCommand, ctx: Ctx): Promise<CreateProjectResponse>;
  /** keboola.storageDriver.command.project.UpdateProjectCommand -> no response */
  UpdateProjectCommand(command: UpdateProjectCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.project.DropProjectCommand -> no response */
  DropProjectCommand(command: DropProjectCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.project.CreateDevBranchCommand -> keboola.storageDriver.command.project.CreateDevBranchResponse */
  CreateDevBranchCommand(command: CreateDevBranchCommand, ctx: Ctx): Promise<CreateDevBranchResponse>;
  /** keboola.storageDriver.command.project.DropDevBranchCommand -> no response */
  DropDevBranchCommand(command: DropDevBranchCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.table.CreateTableCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  CreateTableCommand(command: CreateTableCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.DropTableCommand -> no response */
  DropTableCommand(command: DropTableCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.table.AddColumnCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  AddColumnCommand(command: AddColumnCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.AlterColumnCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  AlterColumnCommand(command: AlterColumnCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.DropColumnCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  DropColumnCommand(command: DropColumnCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.AddPrimaryKeyCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  AddPrimaryKeyCommand(command: AddPrimaryKeyCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.DropPrimaryKeyCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  DropPrimaryKeyCommand(command: DropPrimaryKeyCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.PreviewTableCommand -> keboola.storageDriver.command.table.PreviewTableResponse */
  PreviewTableCommand(command: PreviewTableCommand, ctx: Ctx): Promise<PreviewTableResponse>;
  /** keboola.storageDriver.command.table.TableImportFromFileCommand -> keboola.storageDriver.command.table.TableImportResponse */
  TableImportFromFileCommand(command: TableImportFromFileCommand, ctx: Ctx): Promise<TableImportResponse>;
  /** keboola.storageDriver.command.table.TableImportFromTableCommand -> keboola.storageDriver.command.table.TableImportResponse */
  TableImportFromTableCommand(command: TableImportFromTableCommand, ctx: Ctx): Promise<TableImportResponse>;
  /** keboola.storageDriver.command.table.TableExportToFileCommand -> keboola.storageDriver.command.table.TableExportToFileResponse */
  TableExportToFileCommand(command: TableExportToFileCommand, ctx: Ctx): Promise<TableExportToFileResponse>;
  /** keboola.storageDriver.command.table.DeleteTableRowsCommand -> keboola.storageDriver.command.table.DeleteTableRowsResponse */
  DeleteTableRowsCommand(command: DeleteTableRowsCommand, ctx: Ctx): Promise<DeleteTableRowsResponse>;
  /** keboola.storageDriver.command.table.CreateTableFromTimeTravelCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  CreateTableFromTimeTravelCommand(command: CreateTableFromTimeTravelCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.table.CreateProfileTableCommand -> keboola.storageDriver.command.table.CreateProfileTableResponse */
  CreateProfileTableCommand(command: CreateProfileTableCommand, ctx: Ctx): Promise<CreateProfileTableResponse>;
  /** keboola.storageDriver.command.table.CreateViewCommand -> keboola.storageDriver.command.info.ObjectInfoResponse */
  CreateViewCommand(command: CreateViewCommand, ctx: Ctx): Promise<ObjectInfoResponse>;
  /** keboola.storageDriver.command.workspace.CreateWorkspaceCommand -> keboola.storageDriver.command.workspace.CreateWorkspaceResponse */
  CreateWorkspaceCommand(command: CreateWorkspaceCommand, ctx: Ctx): Promise<CreateWorkspaceResponse>;
  /** keboola.storageDriver.command.workspace.DropWorkspaceCommand -> no response */
  DropWorkspaceCommand(command: DropWorkspaceCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.ClearWorkspaceCommand -> no response */
  ClearWorkspaceCommand(command: ClearWorkspaceCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.ResetWorkspacePasswordCommand -> keboola.storageDriver.command.workspace.ResetWorkspacePasswordResponse */
  ResetWorkspacePasswordCommand(command: ResetWorkspacePasswordCommand, ctx: Ctx): Promise<ResetWorkspacePasswordResponse>;
  /** keboola.storageDriver.command.workspace.CreateWorkspaceUserCommand -> keboola.storageDriver.command.workspace.CreateWorkspaceUserResponse */
  CreateWorkspaceUserCommand(command: CreateWorkspaceUserCommand, ctx: Ctx): Promise<CreateWorkspaceUserResponse>;
  /** keboola.storageDriver.command.workspace.DropWorkspaceUserCommand -> no response */
  DropWorkspaceUserCommand(command: DropWorkspaceUserCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.DropWorkspaceObjectCommand -> no response */
  DropWorkspaceObjectCommand(command: DropWorkspaceObjectCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.GrantWorkspaceAccessToProjectCommand -> no response */
  GrantWorkspaceAccessToProjectCommand(command: GrantWorkspaceAccessToProjectCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.RevokeWorkspaceAccessToProjectCommand -> no response */
  RevokeWorkspaceAccessToProjectCommand(command: RevokeWorkspaceAccessToProjectCommand, ctx: Ctx): Promise<null>;
  /** keboola.storageDriver.command.workspace.LoadTableToWorkspaceCommand -> no response */
  LoadTableToWorkspaceCommand(command: LoadTableToWorkspaceCommand, ctx: Ctx): Promise<null>;
}

/** The commands of package keboola.storageDriver.command.backend. */
export type BackendCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'InitBackendCommand'
  | 'RemoveBackendCommand'
>;

/** The commands of package keboola.storageDriver.command.bucket. */
export type BucketCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'CreateBucketCommand'
  | 'DropBucketCommand'
  | 'LinkBucketCommand'
  | 'ShareBucketCommand'
  | 'UnlinkBucketCommand'
  | 'UnshareBucketCommand'
  | 'GrantBucketAccessToReadOnlyRoleCommand'
  | 'RevokeBucketAccessFromReadOnlyRoleCommand'
  | 'BigQueryExternalBucketSharingStatusCommand'
  | 'GrantExternalBucketSubscriberCommand'
  | 'RevokeExternalBucketSubscriberCommand'
>;

/** The commands of package keboola.storageDriver.command.executeQuery. */
export type ExecuteQueryCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'ExecuteQueryCommand'
>;

/** The commands of package keboola.storageDriver.command.info. */
export type InfoCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'ObjectInfoCommand'
  | 'ListSchemasCommand'
>;

/** The commands of package keboola.storageDriver.command.project. */
export type ProjectCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'CreateProjectCommand'
  | 'UpdateProjectCommand'
  | 'DropProjectCommand'
  | 'CreateDevBranchCommand'
  | 'DropDevBranchCommand'
>;

/** The commands of package keboola.storageDriver.command.table. */
export type TableCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'CreateTableCommand'
  | 'DropTableCommand'
  | 'AddColumnCommand'
  | 'AlterColumnCommand'
  | 'DropColumnCommand'
  | 'AddPrimaryKeyCommand'
  | 'DropPrimaryKeyCommand'
  | 'PreviewTableCommand'
  | 'TableImportFromFileCommand'
  | 'TableImportFromTableCommand'
  | 'TableExportToFileCommand'
  | 'DeleteTableRowsCommand'
  | 'CreateTableFromTimeTravelCommand'
  | 'CreateProfileTableCommand'
  | 'CreateViewCommand'
>;

/** The commands of package keboola.storageDriver.command.workspace. */
export type WorkspaceCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'CreateWorkspaceCommand'
  | 'DropWorkspaceCommand'
  | 'ClearWorkspaceCommand'
  | 'ResetWorkspacePasswordCommand'
  | 'CreateWorkspaceUserCommand'
  | 'DropWorkspaceUserCommand'
  | 'DropWorkspaceObjectCommand'
  | 'GrantWorkspaceAccessToProjectCommand'
  | 'RevokeWorkspaceAccessToProjectCommand'
  | 'LoadTableToWorkspaceCommand'
>;
