import type { ProjectCommandHandlers } from '../../../generated/grpc/commands.js';
import { CreateProjectResponse } from '../../../generated/grpc/proto/project.js';
import { createProject, deleteProject, getProject, updateProject } from '../../core/catalog/projects.js';
import { invalidArgument } from '../../core/errors.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { devBranchHandlers } from './dev-branch.js';

const USER_PREFIX = 'project_';
const ROLE_PREFIX = 'role_project_';

/**
 * The project id in a projectUserName (`project_{id}`) or projectRoleName (`role_project_{id}`)
 * as CreateProjectCommand answers them; null for an empty name, INVALID_ARGUMENT for another shape.
 */
export function projectOfRole(name: string, kind: 'user' | 'role', field: string): string | null {
  if (name === '') return null;
  const prefix = kind === 'user' ? USER_PREFIX : ROLE_PREFIX;
  if (!name.startsWith(prefix) || name.length === prefix.length) {
    throw invalidArgument('invalid_request', `${field} ${name} is not of the form ${prefix}{project id}`);
  }
  return name.slice(prefix.length);
}

/** project.* commands (REST createProject / updateProject / deleteProject, dev branches). */
export const projectHandlers = {
  /**
   * CreateProjectCommand (admin key): the project and its first project_admin key, which is the
   * projectPassword Connection keeps and sends back as credentials.secret; the user and role
   * names name the project in GrantWorkspaceAccessToProjectCommand.
   */
  async CreateProjectCommand(command, ctx) {
    allow(ctx, 'admin');
    if (command.projectId === '') throw invalidArgument('invalid_request', 'projectId is required');
    const created = await createProject(
      ctx.storage,
      { id: command.projectId, name: null, settings: null },
      ctx.audit,
    );
    note(ctx, 'info', `Project ${created.project.id} created`);
    return CreateProjectResponse.fromPartial({
      projectUserName: `${USER_PREFIX}${created.project.id}`,
      projectRoleName: `${ROLE_PREFIX}${created.project.id}`,
      projectPassword: created.apiKey.secret,
      projectDatabaseName: created.project.id,
    });
  },

  /** UpdateProjectCommand: timezone and region kept in the project's settings (merged). */
  async UpdateProjectCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectId, 'projectId');
    allow(ctx, 'manage', projectId);
    const current = await getProject(ctx.storage, projectId);
    const settings: Record<string, unknown> = { ...(current.settings ?? {}) };
    if (command.timezone !== '') settings.timezone = command.timezone;
    if (command.region !== '') settings.region = command.region;
    await updateProject(ctx.storage, projectId, { settings }, ctx.audit);
    note(ctx, 'info', `Project ${projectId} updated`);
    return null;
  },

  /** DropProjectCommand: the project and everything in it (REST deleteProject; the id can be reused). */
  async DropProjectCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectDatabaseName, 'projectDatabaseName');
    allow(ctx, 'manage', projectId);
    await deleteProject(ctx.storage, projectId, ctx.audit);
    note(ctx, 'info', `Project ${projectId} dropped`);
    return null;
  },

  ...devBranchHandlers,
} satisfies ProjectCommandHandlers<DriverContext>;
