import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { projectDirName, STAGING_DIR } from '../catalog/paths.js';
import { metaWrite, num, readRows, text } from '../metadata/tx.js';
import { log, reportData, type Storage } from '../storage.js';
import { snapshotDir } from './snapshot-rows.js';
import { countSnapshot } from './snapshot-write.js';

export interface SnapshotSweepReport {
  expired: number;
  orphans: number;
  bytes: number;
}

/** Start-up: the totals behind the snapshot gauges. */
export async function loadSnapshotTotals(s: Storage): Promise<void> {
  const rows = await readRows(
    s.metaConn,
    `SELECT snapshot_type, count(*) AS n, coalesce(sum(size_bytes), 0) AS b FROM ${s.m}.snapshots GROUP BY snapshot_type`,
  );
  for (const r of rows) countSnapshot(s, text(r.snapshot_type), num(r.n), num(r.b));
}

/**
 * Retention (reference pitfall 05/1): every expired snapshot loses its files first, then its
 * row, one at a time, so a crash at any point is finished by the next run (rm is idempotent; a
 * row without files is already unlisted by its expiry). At start-up, when no snapshot is being
 * written, directories without a row (a crash between rename and commit, or a project deleted
 * before its directory went) and staging leftovers go too: only a crash leaves those.
 */
export async function sweepSnapshots(
  s: Storage,
  opts: { now?: Date; startup?: boolean } = {},
): Promise<SnapshotSweepReport> {
  const now = opts.now ?? new Date();
  const report: SnapshotSweepReport = { expired: 0, orphans: 0, bytes: 0 };
  const expired = await s.pool.use((conn) =>
    readRows(
      conn,
      `SELECT id, project_id, snapshot_type, size_bytes FROM ${s.m}.snapshots WHERE expires_at <= $1`,
      [now.toISOString()],
    ),
  );
  for (const r of expired) {
    const id = text(r.id);
    await rm(snapshotDir(s, text(r.project_id), id), { recursive: true, force: true });
    const bytes = num(r.size_bytes);
    await metaWrite(s, async (tx) => {
      const gone = await tx.rows(`DELETE FROM ${s.m}.snapshots WHERE id = $1 RETURNING id`, [id]);
      return () => {
        if (gone.length > 0) countSnapshot(s, text(r.snapshot_type), -1, -bytes);
      };
    });
    report.expired += 1;
    report.bytes += bytes;
  }
  if (opts.startup === true) await sweepOrphans(s, report);
  if (report.expired + report.orphans > 0) {
    log(s, 'info', 'snapshot sweep', { ...report });
  }
  reportData(s, { kind: 'snapshot_sweep', ...report });
  return report;
}

async function sweepOrphans(s: Storage, report: SnapshotSweepReport) {
  const root = s.config.snapshotsDir;
  await rm(join(root, STAGING_DIR), { recursive: true, force: true });
  await mkdir(join(root, STAGING_DIR), { recursive: true });
  const projects = new Map([...s.catalog.projects.keys()].map((id) => [projectDirName(id), id]));
  for (const dirName of await list(root)) {
    if (dirName === STAGING_DIR) continue;
    const path = join(root, dirName);
    const projectId = projects.get(dirName);
    if (projectId === undefined) {
      await rm(path, { recursive: true, force: true });
      report.orphans += 1;
      continue;
    }
    const names = await list(path);
    if (names.length === 0) continue;
    const rows = await s.pool.use((conn) =>
      readRows(conn, `SELECT id FROM ${s.m}.snapshots WHERE project_id = $1`, [projectId]),
    );
    const known = new Set(rows.map((r) => text(r.id)));
    for (const name of names) {
      if (known.has(name)) continue;
      await rm(join(path, name), { recursive: true, force: true });
      report.orphans += 1;
    }
  }
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
