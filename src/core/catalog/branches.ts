import { notFound } from '../errors.js';
import type { Storage } from '../storage.js';
import type { ProjectEntry } from './catalog.js';

/** The main branch's id in branch-first URLs (note 02 section 0). Dev branches come later. */
export const MAIN_BRANCH = 'default';

/** NOT_FOUND `project_not_found` (bucket, table and key routes). */
export function requireProject(s: Storage, projectId: string): ProjectEntry {
  const entry = s.catalog.projects.get(projectId);
  if (entry === undefined) {
    throw notFound('project_not_found', `Project ${projectId} not found`, { project_id: projectId });
  }
  return entry;
}

export interface ResolvedBranch {
  project: ProjectEntry;
  branchId: string;
  isMain: boolean;
}

/**
 * The one branch resolver: project first, then the branch. Only `default` exists today; any
 * other id is NOT_FOUND `branch_not_found` (no aliases such as `main`, as the reference).
 */
export function resolveBranch(s: Storage, projectId: string, branchId: string): ResolvedBranch {
  const project = requireProject(s, projectId);
  if (branchId !== MAIN_BRANCH) {
    throw notFound('branch_not_found', `Branch ${branchId} not found in project ${projectId}`, {
      project_id: projectId,
      branch_id: branchId,
    });
  }
  return { project, branchId, isMain: true };
}
