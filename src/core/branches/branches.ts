import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { sep } from 'node:path';
import { logOperation } from '../audit.js';
import { requireProject, resolveBranch } from '../catalog/branches.js';
import type { BranchEntry, TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { branchDir } from '../catalog/paths.js';
import { emptyTrash, moveToTrash } from '../catalog/trash.js';
import { alreadyExists, invalidArgument, notFound } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { lockKeyOf } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';
import { workspaceAccessCleanup } from '../workspaces/workspace-access-rows.js';
import { withWorkspacesGone } from '../workspaces/workspaces.js';

export interface Branch {
  id: string;
  projectId: string;
  name: string;
  description: string | null;
  createdAt: string;
  createdBy: string | null;
  /** Tables the branch holds itself (copies and its own; tombstones are not tables). */
  tableCount: number;
  sizeBytes: number;
}

export interface BranchTableInfo {
  bucket: string;
  table: string;
  copiedAt: string;
  source: 'branch' | 'branch_only';
}

export interface BranchDetail extends Branch {
  copiedTables: BranchTableInfo[];
}

/** Letters, digits, space and `_ . - / #`, 1-100 characters (reference pitfall 06/10: anything went). */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.\-/#]{0,99}$/u;

const owned = (b: BranchEntry): TableEntry[] => [...b.tables.values()].filter((t) => !t.deleted);

function toBranch(b: BranchEntry): Branch {
  const tables = owned(b);
  return {
    id: b.id,
    projectId: b.projectId,
    name: b.name,
    description: b.description,
    createdAt: b.createdAt,
    createdBy: b.createdBy,
    tableCount: tables.length,
    sizeBytes: tables.reduce((n, t) => n + t.sizeBytes, 0),
  };
}

/**
 * createBranch: O(1) whatever the project's size: one metadata row and an empty directory;
 * tables are copied only when the branch first writes them. Ids are 128 random bits (pitfall
 * 06/9); names unique per project, case-insensitively, by a UNIQUE index (pitfall 06/10).
 */
export async function createBranch(
  s: Storage,
  projectId: string,
  input: { name: string; description: string | null },
  audit: AuditContext,
): Promise<Branch> {
  requireProject(s, projectId);
  const name = input.name.trim();
  if (!NAME.test(name)) {
    throw invalidArgument(
      'invalid_name',
      `Invalid branch name '${input.name}': use 1-100 letters, digits, spaces or _ . - / #, starting with a letter or digit`,
      { name: input.name },
    );
  }
  const startedAt = Date.now();
  const branch = await trackWrite(s, () =>
    metaWrite(s, async (tx) => {
      const project = requireProject(s, projectId);
      for (const other of project.branches.values()) {
        if (nameKey(other.name) === nameKey(name)) {
          throw alreadyExists('branch_name_exists', `Branch with name '${name}' already exists`, {
            project_id: projectId,
            name,
          });
        }
      }
      const entry: BranchEntry = {
        id: randomBytes(16).toString('hex'),
        projectId,
        name,
        description: input.description,
        createdAt: nowIso(),
        createdBy: audit.actor,
        tables: new Map(),
      };
      await tx.run(
        `INSERT INTO ${s.m}.branches (id, project_id, name, name_key, description, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [entry.id, projectId, name, nameKey(name), entry.description, entry.createdAt, entry.createdBy],
      );
      await mkdir(branchDir(s.config.duckdbDir, projectId, entry.id), { recursive: true });
      return () => {
        project.branches.set(entry.id, entry);
        return entry;
      };
    }),
  );
  await logOperation(s, audit, {
    operation: 'create_branch',
    projectId,
    resourceType: 'branch',
    resourceId: branch.id,
    details: { name: branch.name },
    startedAt,
  });
  return toBranch(branch);
}

/** listBranches: newest first; `count` is the page (the reference's meaning), `total` all of them. */
export async function listBranches(
  s: Storage,
  projectId: string,
  page: { limit: number; offset: number },
): Promise<{ branches: Branch[]; total: number }> {
  const all = [...requireProject(s, projectId).branches.values()].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1,
  );
  return { branches: all.slice(page.offset, page.offset + page.limit).map(toBranch), total: all.length };
}

/** getBranch: with the tables it holds (copies and its own), oldest first. */
export async function getBranch(s: Storage, projectId: string, branchId: string): Promise<BranchDetail> {
  const branch = requireDevBranch(s, projectId, branchId);
  const copiedTables = owned(branch)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map(
      (t): BranchTableInfo => ({
        bucket: t.bucket,
        table: t.name,
        copiedAt: t.createdAt,
        source: t.baseUpdatedAt === null ? 'branch_only' : 'branch',
      }),
    );
  return { ...toBranch(branch), copiedTables };
}

/** A dev branch of the project (`default` is not one: NOT_FOUND, as the reference). */
export function requireDevBranch(s: Storage, projectId: string, branchId: string): BranchEntry {
  const { branch } = resolveBranch(s, projectId, branchId);
  if (branch === null) {
    throw notFound('branch_not_found', `Branch ${branchId} not found in project ${projectId}`, {
      project_id: projectId,
      branch_id: branchId,
    });
  }
  return branch;
}

/**
 * deleteBranch: its workspaces' sessions are ended first (reference pitfall 07/15); then under
 * the write locks of its tables, one metadata transaction removes its keys, workspaces, table rows
 * and the branch (dependents first: reference pitfalls 06/5 and 06/6); then its directory goes to
 * the trash and is removed, and its workspaces' files. A crash after COMMIT leaves a directory
 * or files without a row, which start-up reconciliation removes.
 */
export async function deleteBranch(
  s: Storage,
  projectId: string,
  branchId: string,
  audit: AuditContext,
): Promise<void> {
  const first = requireDevBranch(s, projectId, branchId);
  const startedAt = Date.now();
  const tables = owned(first).length;
  await trackWrite(s, () =>
    // The branch's workspaces first (their locks before table locks): sessions ended, files detached.
    withWorkspacesGone(s, { projectId, branchId }, audit, () =>
      s.locks.withWriteAll(
        () => [...first.tables.values()].map(lockKeyOf),
        async () => {
          const trash = await metaWrite(s, async (tx) => {
            const branch = requireDevBranch(s, projectId, branchId);
            const project = requireProject(s, projectId);
            await tx.run(`DELETE FROM ${s.m}.api_keys WHERE project_id = $1 AND branch_id = $2`, [
              projectId,
              branchId,
            ]);
            await tx.run(`DELETE FROM ${s.m}.tables WHERE project_id = $1 AND branch_id = $2`, [
              projectId,
              branchId,
            ]);
            await workspaceAccessCleanup(s, { projectId, branchId }).run(tx);
            await tx.run(`DELETE FROM ${s.m}.table_aliases WHERE project_id = $1 AND branch_id = $2`, [
              projectId,
              branchId,
            ]);
            await tx.run(`DELETE FROM ${s.m}.workspaces WHERE project_id = $1 AND branch_id = $2`, [
              projectId,
              branchId,
            ]);
            await tx.run(`DELETE FROM ${s.m}.branches WHERE id = $1`, [branchId]);
            return async () => {
              project.branches.delete(branch.id);
              for (const [k, a] of [...project.aliases])
                if (a.branchId === branch.id) project.aliases.delete(k);
              s.catalog.removeBranchKeys(projectId, branchId);
              const dir = branchDir(s.config.duckdbDir, projectId, branchId);
              await s.files.forgetUnder(dir + sep);
              return moveToTrash(s, dir);
            };
          });
          await emptyTrash(trash);
        },
      ),
    ),
  );
  await logOperation(s, audit, {
    operation: 'delete_branch',
    projectId,
    resourceType: 'branch',
    resourceId: branchId,
    details: { name: first.name, tables_deleted: tables },
    startedAt,
  });
}
