import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { projectDir, WORKSPACES_DIR, walFile } from '../catalog/paths.js';
import {
  iso,
  isoOrNull,
  type MetaTx,
  metaWrite,
  num,
  type Row,
  readRows,
  text,
  textOrNull,
} from '../metadata/tx.js';
import { log, type Storage } from '../storage.js';
import type { ScramVerifier } from './sql-types.js';
import type { WorkspaceEntry } from './workspace-model.js';

/**
 * The `workspaces` table (migration 7) and the registry it fills: one row per workspace with its
 * SCRAM verifier; the registry (`s.workspaces`) mirrors it and is written through after COMMIT.
 */

/** The clock of workspace expiry (tests move it instead of waiting hours). */
export const workspaceClock = { now: (): number => Date.now() };

export const isExpired = (ws: Pick<WorkspaceEntry, 'expiresAt'>, now = workspaceClock.now()): boolean =>
  ws.expiresAt !== null && Date.parse(ws.expiresAt) <= now;

/** The SCRAM columns of a `workspaces` or `workspace_users` row. */
export const verifierOfRow = (r: Row): ScramVerifier => ({
  salt: text(r.scram_salt),
  iterations: num(r.scram_iterations),
  storedKey: text(r.scram_stored_key),
  serverKey: text(r.scram_server_key),
});

/** Fills `s.workspaces` at start-up; rows of gone projects or branches wait for reconciliation. */
export async function loadWorkspaces(s: Storage): Promise<void> {
  for (const r of await readRows(s.metaConn, `SELECT * FROM ${s.m}.workspaces`)) {
    const project = s.catalog.projects.get(text(r.project_id));
    const branchId = textOrNull(r.branch_id);
    if (project === undefined || (branchId !== null && !project.branches.has(branchId))) continue;
    s.workspaces.add({
      id: text(r.id),
      projectId: text(r.project_id),
      branchId,
      name: text(r.name),
      createdAt: iso(r.created_at),
      expiresAt: isoOrNull(r.expires_at),
      sizeLimitBytes: num(r.size_limit_bytes),
      username: text(r.username),
      verifier: verifierOfRow(r),
      createdBy: textOrNull(r.created_by),
      users: new Map(),
      grantees: new Set(),
    });
  }
}

export async function insertWorkspaceRow(s: Storage, tx: MetaTx, ws: WorkspaceEntry): Promise<void> {
  await tx.run(
    `INSERT INTO ${s.m}.workspaces (id, project_id, branch_id, name, created_at, expires_at, size_limit_bytes,
       username, scram_salt, scram_iterations, scram_stored_key, scram_server_key, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      ws.id,
      ws.projectId,
      ws.branchId,
      ws.name,
      ws.createdAt,
      ws.expiresAt,
      ws.sizeLimitBytes,
      ws.username,
      ws.verifier.salt,
      ws.verifier.iterations,
      ws.verifier.storedKey,
      ws.verifier.serverKey,
      ws.createdBy,
    ],
  );
}

/** Removes a workspace's file and WAL (missing ones are fine). */
export async function removeWorkspaceFiles(s: Storage, ws: Pick<WorkspaceEntry, 'projectId' | 'id'>) {
  const path = s.workspaceDbs.path(ws);
  await rm(path, { force: true });
  await rm(walFile(path), { force: true });
}

/**
 * Start-up reconciliation of workspaces (the row is the truth): rows whose project or branch is
 * gone are deleted; files under `_workspaces/` without a row (a crash between the file and its
 * row, or between a delete's COMMIT and the unlink) are removed.
 */
export async function reconcileWorkspaces(s: Storage): Promise<void> {
  await metaWrite(s, async (tx) => {
    const orphans = await tx.rows(
      `SELECT w.id, w.project_id FROM ${s.m}.workspaces w
       WHERE NOT EXISTS (SELECT 1 FROM ${s.m}.projects p WHERE p.id = w.project_id)
          OR (w.branch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${s.m}.branches b WHERE b.id = w.branch_id))`,
    );
    for (const r of orphans) {
      log(s, 'warn', 'reconcile: removing workspace row of a gone project or branch', {
        workspace_id: text(r.id),
        project_id: text(r.project_id),
      });
      await tx.run(`DELETE FROM ${s.m}.workspaces WHERE id = $1`, [text(r.id)]);
    }
    return () => undefined;
  });
  for (const projectId of s.catalog.projects.keys()) {
    const dir = join(projectDir(s.config.duckdbDir, projectId), WORKSPACES_DIR);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const base = name.endsWith('.wal') ? name.slice(0, -'.wal'.length) : name;
      const id = base.endsWith('.duckdb') ? base.slice(0, -'.duckdb'.length) : undefined;
      const ws = id === undefined ? undefined : s.workspaces.byId.get(id);
      if (ws !== undefined && ws.projectId === projectId) continue;
      log(s, 'warn', 'reconcile: removing workspace file without a catalog row', { path: join(dir, name) });
      await rm(join(dir, name), { recursive: true, force: true });
    }
  }
}
