import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import { CreateDevBranchResponse } from '../../../generated/grpc/proto/project.js';
import { createBranch, deleteBranch } from '../../core/branches/branches.js';
import { requireProject } from '../../core/catalog/branches.js';
import { invalidArgument, notFound } from '../../core/errors.js';
import { allow, type DriverContext, note, projectOf } from '../context.js';
import { branchIdOf } from '../paths.js';

/**
 * Dev branches (REST createBranch / deleteBranch). Connection's branchId becomes the branch's
 * name (our ids are 128 random bits); paths name the branch by either. The role name handed back
 * is `branch_{project}_{branch id}_readonly`; DropDevBranch parses it against the caller's
 * project, so ids with `_` in them are unambiguous (reference pitfall: split on `_`).
 */
export const devBranchHandlers = {
  async CreateDevBranchCommand(command, ctx) {
    const projectId = projectOf(ctx, command.projectId, 'projectId');
    allow(ctx, 'manage', projectId);
    if (command.branchId === '') throw invalidArgument('invalid_request', 'branchId is required');
    const branch = await createBranch(
      ctx.storage,
      projectId,
      { name: command.branchId, description: 'Created by Keboola Connection (gRPC driver)' },
      ctx.audit,
    );
    note(ctx, 'info', `Dev branch ${command.branchId} created in project ${projectId} (id ${branch.id})`);
    return CreateDevBranchResponse.fromPartial({
      devBranchReadOnlyRoleName: `branch_${projectId}_${branch.id}_readonly`,
    });
  },

  async DropDevBranchCommand(command, ctx) {
    const role = command.devBranchReadOnlyRoleName;
    const { projectId, branch } = parseBranchRole(ctx, role);
    allow(ctx, 'manage', projectId);
    const branchId = branchIdOf(ctx, projectId, branch);
    await deleteBranch(ctx.storage, projectId, branchId, ctx.audit);
    note(ctx, 'info', `Dev branch ${branch} dropped from project ${projectId}`);
    return null;
  },
} satisfies Pick<CommandHandlers<DriverContext>, 'CreateDevBranchCommand' | 'DropDevBranchCommand'>;

/** `branch_{project}_{branch}_readonly`, the project being the caller's (or, for the admin, one that exists). */
function parseBranchRole(ctx: DriverContext, role: string): { projectId: string; branch: string } {
  const match = /^branch_(.+)_readonly$/.exec(role);
  if (match?.[1] === undefined) {
    throw invalidArgument(
      'invalid_request',
      `devBranchReadOnlyRoleName '${role}' is not branch_{project}_{branch}_readonly`,
    );
  }
  const inner = match[1];
  const candidates =
    ctx.principal.kind === 'project'
      ? [ctx.principal.projectId]
      : [...ctx.storage.catalog.projects.keys()].filter((p) => inner.startsWith(`${p}_`));
  for (const projectId of candidates) {
    if (!inner.startsWith(`${projectId}_`)) continue;
    const branch = inner.slice(projectId.length + 1);
    const project = requireProject(ctx.storage, projectId);
    if (
      branch !== '' &&
      (project.branches.has(branch) || [...project.branches.values()].some((b) => b.name === branch))
    )
      return { projectId, branch };
  }
  throw notFound('branch_not_found', `No dev branch matches devBranchReadOnlyRoleName '${role}'`, { role });
}
