import { notFound, StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import type { BranchEntry, ProjectEntry } from './catalog.js';

/** The main branch's id in branch-first URLs (note 02 section 0). */
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
  /** The dev branch; null on main. */
  branch: BranchEntry | null;
}

/**
 * The one branch resolver: project first, then the branch: `default` is main, any other id a
 * dev branch of this project or NOT_FOUND `branch_not_found` (no aliases such as `main`, as the
 * reference).
 */
export function resolveBranch(s: Storage, projectId: string, branchId: string): ResolvedBranch {
  const project = requireProject(s, projectId);
  if (branchId === MAIN_BRANCH) return { project, branchId, isMain: true, branch: null };
  const branch = project.branches.get(branchId);
  if (branch === undefined) {
    throw notFound('branch_not_found', `Branch ${branchId} not found in project ${projectId}`, {
      project_id: projectId,
      branch_id: branchId,
    });
  }
  return { project, branchId, isMain: false, branch };
}

/**
 * Operations of main only (bucket writes, sharing, snapshots): a dev branch is
 * FAILED_PRECONDITION `operation_not_allowed` (reference pitfall 06/12: a bucket created on a
 * branch URL silently went to main), an unknown one NOT_FOUND.
 */
export function requireMainBranch(
  s: Storage,
  projectId: string,
  branchId: string,
  op: string,
): ResolvedBranch {
  const resolved = resolveBranch(s, projectId, branchId);
  if (!resolved.isMain) {
    throw new StorageError(
      'FAILED_PRECONDITION',
      'operation_not_allowed',
      `Cannot ${op} from dev branches. Use default branch.`,
      { details: { branch_id: branchId } },
    );
  }
  return resolved;
}
