import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { sep } from 'node:path';
import { logOperation } from '../audit.js';
import { insertKeyRow, newKey } from '../auth/key-rows.js';
import { alreadyExists, notFound } from '../errors.js';
import { detachProjectFiles } from '../files/sweep.js';
import { metaWrite } from '../metadata/tx.js';
import type { IssuedApiKey, ProjectStats, ProjectStatus, ProjectWithStats } from '../model.js';
import { settingsCleanup } from '../snapshots/settings.js';
import { snapshotProjectDir, snapshotStaging } from '../snapshots/snapshot-rows.js';
import { countSnapshot } from '../snapshots/snapshot-write.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { lockKeyOf } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';
import { workspaceAccessCleanup } from '../workspaces/workspace-access-rows.js';
import { withWorkspacesGone } from '../workspaces/workspaces.js';
import { validateName } from './names.js';
import { projectDir, projectDirName } from './paths.js';
import { sharingCleanup } from './sharing-cleanup.js';
import { emptyTrash, moveToTrash } from './trash.js';

const withStats = (s: Storage, id: string): ProjectWithStats => {
  const entry = s.catalog.projects.get(id);
  if (entry === undefined) throw notFound('not_found', `Project ${id} not found`, { project_id: id });
  const { sizeBytes, tableCount, bucketCount } = s.catalog.stats(id);
  return { ...entry.project, settings: clone(entry.project.settings), sizeBytes, tableCount, bucketCount };
};

const clone = <T>(value: T): T => (value === null ? value : structuredClone(value));

/** createProject: the row, its directory and its first project_admin key, atomically. */
export async function createProject(
  s: Storage,
  input: { id: string; name: string | null; settings: Record<string, unknown> | null },
  audit: AuditContext,
): Promise<{ project: ProjectWithStats; apiKey: IssuedApiKey }> {
  validateName('project', input.id);
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const now = nowIso();
    const issued = newKey(
      { id: randomUUID(), projectId: input.id, scope: 'project_admin', branchId: null },
      {
        description: 'Project admin key (created with project)',
        lifetimeMs: null,
        now,
      },
    );
    const dir = projectDir(s.config.duckdbDir, input.id);
    await metaWrite(s, async (tx) => {
      const existing = s.catalog.projects.get(input.id);
      if (existing !== undefined) {
        throw alreadyExists('project_exists', `Project ${input.id} already exists`, {
          project_id: input.id,
          status: existing.project.status,
        });
      }
      // A crash after mkdir but before COMMIT leaves an orphan dir; start-up reconciliation removes it.
      const created = await mkdir(dir, { recursive: true });
      try {
        await tx.run(
          `INSERT INTO ${s.m}.projects (id, name, db_path, created_at, updated_at, status, settings) VALUES ($1, $2, $3, $4, $4, 'active', $5)`,
          [
            input.id,
            input.name,
            projectDirName(input.id),
            now,
            input.settings === null ? null : JSON.stringify(input.settings),
          ],
        );
        await insertKeyRow(s, tx, issued);
      } catch (error) {
        if (created !== undefined) await rm(dir, { recursive: true, force: true });
        throw error;
      }
      return () => {
        s.catalog.projects.set(input.id, {
          project: {
            id: input.id,
            name: input.name,
            dbPath: projectDirName(input.id),
            createdAt: now,
            updatedAt: now,
            status: 'active',
            settings: clone(input.settings),
          },
          buckets: new Map(),
          branches: new Map(),
          links: new Map(),
          aliases: new Map(),
        });
        s.catalog.addKey(issued.entry);
      };
    });
    await logOperation(s, audit, {
      operation: 'create_project',
      projectId: input.id,
      resourceType: 'project',
      resourceId: input.id,
      details: { name: input.name, db_path: projectDirName(input.id) },
      startedAt,
    });
    return {
      project: withStats(s, input.id),
      apiKey: { key: { ...issued.entry.key }, secret: issued.secret },
    };
  });
}

/** listProjects: created_at DESC, total counted with the same filter. */
export async function listProjects(
  s: Storage,
  q: { status?: ProjectStatus; limit: number; offset: number },
): Promise<{ projects: ProjectWithStats[]; total: number }> {
  const all = [...s.catalog.projects.values()]
    .map((e) => e.project)
    .filter((p) => q.status === undefined || p.status === q.status)
    .sort((a, b) =>
      a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1,
    );
  return {
    projects: all.slice(q.offset, q.offset + q.limit).map((p) => withStats(s, p.id)),
    total: all.length,
  };
}

/** getProject: NOT_FOUND `not_found` as the reference's project routes. */
export async function getProject(s: Storage, id: string): Promise<ProjectWithStats> {
  return withStats(s, id);
}

export async function getProjectStats(s: Storage, id: string): Promise<ProjectStats> {
  withStats(s, id);
  return s.catalog.stats(id);
}

/** updateProject: null/absent keeps a field; updated_at moves only when something changed. */
export async function updateProject(
  s: Storage,
  id: string,
  patch: { name?: string | null; settings?: Record<string, unknown> | null },
  audit: AuditContext,
): Promise<ProjectWithStats> {
  const startedAt = Date.now();
  return trackWrite(s, async () => {
    const changed = await metaWrite(s, async (tx) => {
      const project = withStats(s, id);
      const name = patch.name ?? project.name;
      const settings = patch.settings ?? project.settings;
      if (name === project.name && JSON.stringify(settings) === JSON.stringify(project.settings)) {
        return () => false;
      }
      const now = nowIso();
      await tx.run(`UPDATE ${s.m}.projects SET name = $1, settings = $2, updated_at = $3 WHERE id = $4`, [
        name,
        settings === null ? null : JSON.stringify(settings),
        now,
        id,
      ]);
      return () => {
        const entry = s.catalog.projects.get(id);
        if (entry !== undefined)
          entry.project = { ...entry.project, name, settings: clone(settings), updatedAt: now };
        return true;
      };
    });
    await logOperation(s, audit, {
      operation: 'update_project',
      projectId: id,
      resourceType: 'project',
      resourceId: id,
      details: { name: patch.name ?? null, settings_changed: patch.settings != null, changed },
      startedAt,
    });
    return withStats(s, id);
  });
}

/**
 * deleteProject (hard delete): its workspaces' sessions are ended first; one metadata transaction
 * removes the project, its keys, buckets, tables, files, multipart uploads, S3 credentials,
 * snapshots, snapshot settings, workspaces (with their users and grants, and its grants on
 * other projects' workspaces) and its keys' idempotency rows; then its directories (tables, files, snapshots) go to trash and are removed. A
 * crash after COMMIT leaves an orphan dir, which start-up reconciliation removes.
 */
export async function deleteProject(s: Storage, id: string, audit: AuditContext): Promise<void> {
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const entry = s.catalog.projects.get(id);
    if (entry === undefined) throw notFound('not_found', `Project ${id} not found`, { project_id: id });
    const lockKeys = () =>
      [
        ...[...entry.buckets.values()].flatMap((b) => [...b.tables.values()]),
        ...[...entry.branches.values()].flatMap((b) => [...b.tables.values()]),
      ].map(lockKeyOf);
    // Workspaces first (their locks before table locks): sessions ended, files detached.
    await withWorkspacesGone(s, { projectId: id }, audit, () =>
      s.locks.withWriteAll(lockKeys, async () => {
        const trash = await metaWrite(s, async (tx) => {
          if (!s.catalog.projects.has(id))
            throw notFound('not_found', `Project ${id} not found`, { project_id: id });
          await tx.run(
            `DELETE FROM ${s.m}.multipart_parts WHERE upload_id IN (SELECT upload_id FROM ${s.m}.multipart_uploads WHERE project_id = $1)`,
            [id],
          );
          const snapshots = await tx.rows(
            `SELECT snapshot_type, count(*) AS n, sum(size_bytes) AS b FROM ${s.m}.snapshots WHERE project_id = $1 GROUP BY 1`,
            [id],
          );
          const owned = [
            'tables',
            'buckets',
            'idempotency_keys',
            'api_keys',
            'files',
            'multipart_uploads',
            's3_credentials',
            'snapshots',
            'branches',
            'workspaces',
            'table_aliases',
          ];
          const sharing = sharingCleanup(s, { projectId: id });
          await sharing.run(tx);
          const settings = settingsCleanup(s, { projectId: id });
          await settings.run(tx);
          const access = workspaceAccessCleanup(s, { projectId: id });
          await access.run(tx);
          for (const table of owned) {
            await tx.run(`DELETE FROM ${s.m}.${table} WHERE project_id = $1`, [id]);
          }
          await tx.run(`DELETE FROM ${s.m}.projects WHERE id = $1`, [id]);
          return async () => {
            settings.forget();
            access.forget();
            sharing.forget();
            for (const r of snapshots) countSnapshot(s, String(r.snapshot_type), -Number(r.n), -Number(r.b));
            s.catalog.removeProject(id);
            const dir = projectDir(s.config.duckdbDir, id);
            await s.files.forgetUnder(dir + sep);
            // FILES_DIR/project_{id} too (the reference leaves it for a re-created project to inherit).
            // Its snapshots too (reference pitfall 05/13 left them on disk).
            return [
              await moveToTrash(s, dir),
              await detachProjectFiles(s, id),
              await moveToTrash(s, snapshotProjectDir(s, id), snapshotStaging(s)),
            ];
          };
        });
        for (const path of trash) await emptyTrash(path);
      }),
    );
    await logOperation(s, audit, {
      operation: 'delete_project',
      projectId: id,
      resourceType: 'project',
      resourceId: id,
      details: { bucket_count: entry.buckets.size },
      startedAt,
    });
  });
}
