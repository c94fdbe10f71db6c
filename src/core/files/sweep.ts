import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type MetaTx, metaWrite, readRows, text } from '../metadata/tx.js';
import { log, type Storage, trackWrite } from '../storage.js';
import { isoFromMillis } from '../timestamps.js';
import { isUuid } from './file-names.js';
import { absolute, FILE_STAGING_DIR, PART_SUFFIX, projectFilesRel, TRASH_PREFIX } from './file-paths.js';
import { selectFiles } from './file-rows.js';
import { account, fileUsage, loadFileUsage } from './file-usage.js';
import { livePartPaths, MULTIPART_DIR, sweepMultipart } from './multipart.js';
import { sizeOf } from './register.js';

export interface SweepReport {
  /** Upload sessions past expires_at: row and staged bytes removed. */
  expiredSessions: number;
  /** Staging files (temp parts, bytes of no session), dirs of deleted projects, orphan files. */
  removedFiles: number;
  /** Registrations a crash cut between commit and move, finished. */
  recovered: number;
  /** S3 multipart uploads past MULTIPART_UPLOAD_TTL_SECONDS, aborted. */
  expiredUploads: number;
}

/**
 * The file store's cleanup (reference: sessions never expire and staging files are never
 * removed). Runs every FILE_SWEEP_INTERVAL_SECONDS and at start-up, where `deep` also removes
 * registered-area files without a row (a crash between a delete's commit and its unlink).
 * Paths in use by an upload in progress are skipped.
 */
export async function sweepFiles(s: Storage, now = Date.now(), deep = false): Promise<SweepReport> {
  const report: SweepReport = { expiredSessions: 0, removedFiles: 0, recovered: 0, expiredUploads: 0 };
  // A timer firing while the storage closes: nothing to do (close waits for tracked writes).
  if (s.state.closing) return report;
  return trackWrite(s, () => sweep(s, now, deep, report));
}

async function sweep(s: Storage, now: number, deep: boolean, report: SweepReport): Promise<SweepReport> {
  await expireSessions(s, now, report);
  report.expiredUploads += (await sweepMultipart(s, now)).expired;
  const root = s.config.filesDir;
  for (const entry of await entries(root)) {
    if (entry.name.startsWith(TRASH_PREFIX)) {
      await remove(s, join(root, entry.name), report);
      continue;
    }
    if (!entry.isDirectory() || !entry.name.startsWith('project_') || entry.name.includes('_branch_'))
      continue;
    const projectId = entry.name.slice('project_'.length);
    if (!s.catalog.projects.has(projectId)) {
      await remove(s, join(root, entry.name), report, 'files of a deleted project');
      continue;
    }
    await sweepStaging(s, projectId, report);
    await sweepMultipartDirs(s, projectId, report);
    if (deep) await sweepOrphans(s, projectId, report);
  }
  if (report.expiredSessions + report.removedFiles + report.recovered + report.expiredUploads > 0)
    log(s, 'info', 'file sweep', { ...report });
  return report;
}

async function expireSessions(s: Storage, now: number, report: SweepReport): Promise<void> {
  const cutoff = isoFromMillis(now);
  const expired = await metaWrite(s, async (tx) => {
    const rows = await selectFiles(s, 'is_staged AND expires_at <= $1', [cutoff], tx);
    if (rows.length > 0)
      await tx.run(`DELETE FROM ${s.m}.files WHERE is_staged AND expires_at <= $1`, [cutoff]);
    return () => {
      for (const row of rows) account(s, row.projectId, -row.sizeBytes, -1);
      return rows;
    };
  });
  for (const row of expired) await rm(absolute(s.config.filesDir, row.path), { force: true });
  report.expiredSessions += expired.length;
}

/** Reads on the metadata connection, for a job that holds the metadata mutex (which reserves it). */
function metaReader(s: Storage): MetaTx {
  return {
    run: async (sql, params = []) => {
      await s.metaConn.run(sql, params);
    },
    rows: (sql, params = []) => readRows(s.metaConn, sql, params),
  };
}

/**
 * `_staging/`: temp parts not in use go; `{upload_key}` stays while its session does, is moved
 * into place when its registration committed but the move did not happen, and goes otherwise.
 * Decided under the metadata mutex, which every commit and move of the file store holds.
 */
async function sweepStaging(s: Storage, projectId: string, report: SweepReport): Promise<void> {
  const dir = absolute(s.config.filesDir, `${projectFilesRel(projectId)}/${FILE_STAGING_DIR}`);
  const names = (await entries(dir)).map((e) => e.name);
  if (names.length === 0) return;
  const reader = metaReader(s);
  await s.metaMutex.run(async () => {
    const { busy } = fileUsage(s);
    for (const name of names) {
      const path = join(dir, name);
      if (busy.has(path)) continue;
      if (name.endsWith(PART_SUFFIX) || !isUuid(name)) {
        await remove(s, path, report);
        continue;
      }
      const [row] = await selectFiles(s, 'upload_key = $1 AND project_id = $2', [name, projectId], reader);
      if (row?.isStaged === true) continue;
      const target = row === undefined ? null : absolute(s.config.filesDir, row.path);
      if (target !== null && (await sizeOf(target)) === null && (await sizeOf(path)) === row?.sizeBytes) {
        await mkdir(dirname(target), { recursive: true });
        await rename(path, target);
        log(s, 'warn', 'file sweep: finished an interrupted registration', { file_id: row?.id });
        report.recovered += 1;
      } else {
        await remove(s, path, report);
      }
    }
  });
}

/** `_multipart/`: directories of no upload, and part files no part row names (not in use), go. */
async function sweepMultipartDirs(s: Storage, projectId: string, report: SweepReport): Promise<void> {
  const rel = `${projectFilesRel(projectId)}/${MULTIPART_DIR}`;
  const dir = absolute(s.config.filesDir, rel);
  const uploads = await entries(dir);
  if (uploads.length === 0) return;
  await s.metaMutex.run(async () => {
    const live = await livePartPaths(s, projectId, metaReader(s));
    const { busy } = fileUsage(s);
    for (const upload of uploads) {
      const parts = live.get(upload.name);
      if (parts === undefined) {
        await remove(s, join(dir, upload.name), report);
        continue;
      }
      for (const f of await entries(join(dir, upload.name))) {
        const path = join(dir, upload.name, f.name);
        if (!busy.has(path) && !parts.has(`${rel}/${upload.name}/${f.name}`)) await remove(s, path, report);
      }
    }
  });
}

/** Start-up only: `{YYYY}/{MM}/{DD}/{uuid}` files whose id has no row. */
async function sweepOrphans(s: Storage, projectId: string, report: SweepReport): Promise<void> {
  const rows = await readRows(s.metaConn, `SELECT id FROM ${s.m}.files WHERE project_id = $1`, [projectId]);
  const ids = new Set(rows.map((r) => text(r.id)));
  const base = absolute(s.config.filesDir, projectFilesRel(projectId));
  for (const y of await entries(base)) {
    if (!/^\d{4}$/.test(y.name)) continue;
    for (const m of await entries(join(base, y.name))) {
      for (const d of await entries(join(base, y.name, m.name))) {
        const dir = join(base, y.name, m.name, d.name);
        for (const f of await entries(dir)) {
          if (isUuid(f.name) && !ids.has(f.name))
            await remove(s, join(dir, f.name), report, 'file without a row');
        }
      }
    }
  }
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    )
      return [];
    throw error;
  }
}

async function remove(s: Storage, path: string, report: SweepReport, why?: string): Promise<void> {
  if (why !== undefined) log(s, 'warn', `file sweep: removing ${why}`, { path });
  await rm(path, { recursive: true, force: true });
  report.removedFiles += 1;
}

/** Start-up (from reconcile): load the usage totals, then sweep deeply. */
export async function reconcileFiles(s: Storage): Promise<SweepReport> {
  await loadFileUsage(s);
  return sweepFiles(s, Date.now(), true);
}

/**
 * Project hard delete, right after its commit: the project's file directory is renamed out of
 * the way (atomic, frees `project_{id}` at once) and returned for removal; accounting is dropped.
 */
export async function detachProjectFiles(s: Storage, projectId: string): Promise<string | undefined> {
  fileUsage(s).projects.delete(projectId);
  const trash = join(s.config.filesDir, `${TRASH_PREFIX}${randomUUID()}`);
  try {
    await rename(absolute(s.config.filesDir, projectFilesRel(projectId)), trash);
    return trash;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
