import type { ProjectsHandlers } from '../../generated/rest/operations.js';
import {
  createProject,
  deleteProject,
  getProject,
  getProjectStats,
  listProjects,
  updateProject,
} from '../core/catalog/projects.js';
import type { RestContext } from './context.js';
import { issuedKeyJson, projectJson, statsJson } from './wire.js';

/** Resolvers of the `projects` tag. */
export const projectsResolvers = {
  /** createProject: 201 with the project and its first project_admin key (shown once). */
  async createProject({ body }, ctx) {
    const created = await createProject(
      ctx.storage,
      { id: body.id, name: body.name ?? null, settings: body.settings ?? null },
      ctx.audit,
    );
    return {
      status: 201,
      body: { ...projectJson(created.project), api_key: issuedKeyJson(created.apiKey).api_key },
    };
  },

  /** listProjects: newest first, paginated. */
  async listProjects({ query }, ctx) {
    const page = await listProjects(ctx.storage, {
      ...(query.status === undefined ? {} : { status: query.status }),
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return { status: 200, body: { projects: page.projects.map(projectJson), total: page.total } };
  },

  /** getProject */
  async getProject({ path }, ctx) {
    return { status: 200, body: projectJson(await getProject(ctx.storage, path.project_id)) };
  },

  /** updateProject: absent or null fields keep their value. */
  async updateProject({ path, body }, ctx) {
    const patch = {
      ...(body.name === undefined || body.name === null ? {} : { name: body.name }),
      ...(body.settings === undefined || body.settings === null ? {} : { settings: body.settings }),
    };
    return {
      status: 200,
      body: projectJson(await updateProject(ctx.storage, path.project_id, patch, ctx.audit)),
    };
  },

  /** deleteProject: hard delete; the id can be reused. */
  async deleteProject({ path }, ctx) {
    await deleteProject(ctx.storage, path.project_id, ctx.audit);
    return { status: 204 };
  },

  /** getProjectStats */
  async getProjectStats({ path }, ctx) {
    return { status: 200, body: statsJson(await getProjectStats(ctx.storage, path.project_id)) };
  },
} satisfies ProjectsHandlers<RestContext>;
