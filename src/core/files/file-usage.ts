import { StorageError } from '../errors.js';
import { num, readRows, text } from '../metadata/tx.js';
import type { Storage } from '../storage.js';

/**
 * In-memory accounting of the file store, per open storage: bytes per project (registered and
 * staged rows, loaded at start-up and kept in step with every commit), upload sessions per
 * project, bytes still streaming (counted against the quota as they arrive, so parallel
 * uploads cannot overrun it together) and the staging paths in use (the sweep skips them).
 */
interface ProjectUsage {
  bytes: number;
  sessions: number;
  inflight: number;
  /** S3 multipart uploads in progress. */
  uploads: number;
}

interface FileUsage {
  projects: Map<string, ProjectUsage>;
  busy: Set<string>;
}

const usages = new WeakMap<Storage, FileUsage>();

export function fileUsage(s: Storage): FileUsage {
  let usage = usages.get(s);
  if (usage === undefined) {
    usage = { projects: new Map(), busy: new Set() };
    usages.set(s, usage);
  }
  return usage;
}

export function projectUsage(s: Storage, projectId: string): ProjectUsage {
  const { projects } = fileUsage(s);
  let usage = projects.get(projectId);
  if (usage === undefined) {
    usage = { bytes: 0, sessions: 0, inflight: 0, uploads: 0 };
    projects.set(projectId, usage);
  }
  return usage;
}

/** Start-up: totals from the committed rows. */
export async function loadFileUsage(s: Storage): Promise<void> {
  const rows = await readRows(
    s.metaConn,
    `SELECT project_id, sum(size_bytes) AS bytes, count(*) FILTER (WHERE is_staged) AS sessions FROM ${s.m}.files GROUP BY project_id`,
  );
  const { projects } = fileUsage(s);
  projects.clear();
  for (const r of rows) {
    projects.set(text(r.project_id), {
      bytes: num(r.bytes),
      sessions: num(r.sessions),
      inflight: 0,
      uploads: 0,
    });
  }
  // Parts of S3 multipart uploads in progress hold bytes too.
  const parts = await readRows(
    s.metaConn,
    `SELECT u.project_id, sum(p.size_bytes) AS bytes FROM ${s.m}.multipart_parts p
     JOIN ${s.m}.multipart_uploads u ON u.upload_id = p.upload_id GROUP BY u.project_id`,
  );
  for (const r of parts) projectUsage(s, text(r.project_id)).bytes += num(r.bytes);
  const uploads = await readRows(
    s.metaConn,
    `SELECT project_id, count(*) AS n FROM ${s.m}.multipart_uploads GROUP BY project_id`,
  );
  for (const r of uploads) projectUsage(s, text(r.project_id)).uploads = num(r.n);
}

/** Adjusts a project's totals after a commit (negative to subtract). */
export function account(s: Storage, projectId: string, bytes: number, sessions = 0): void {
  const usage = projectUsage(s, projectId);
  usage.bytes = Math.max(0, usage.bytes + bytes);
  usage.sessions = Math.max(0, usage.sessions + sessions);
}

export const tooLarge = (limit: number, actual?: number) =>
  new StorageError(
    'PAYLOAD_TOO_LARGE',
    'file_too_large',
    `File size exceeds the limit MAX_UPLOAD_BYTES=${limit} bytes`,
    { details: { max_size_bytes: limit, ...(actual === undefined ? {} : { requested_size_bytes: actual }) } },
  );

export const quotaExceeded = (projectId: string, quota: number, used: number, adding: number) =>
  new StorageError(
    'PAYLOAD_TOO_LARGE',
    'quota_exceeded',
    `Project ${projectId} holds ${used} bytes of files; ${adding} more would exceed the quota FILES_QUOTA_BYTES=${quota} bytes`,
    { details: { project_id: projectId, quota_bytes: quota, used_bytes: used, requested_bytes: adding } },
  );

/**
 * Refuses `bytes` more for `projectId` at once (413 naming MAX_UPLOAD_BYTES or FILES_QUOTA_BYTES).
 * `replacing` is what the new bytes replace (a session re-uploaded), not counted twice.
 */
export function checkRoom(s: Storage, projectId: string, bytes: number, replacing = 0): void {
  const max = s.config.maxUploadBytes;
  if (bytes > max) throw tooLarge(max, bytes);
  const quota = s.config.filesQuotaBytes;
  if (quota === 0) return;
  const usage = projectUsage(s, projectId);
  const used = usage.bytes + usage.inflight - replacing;
  if (used + bytes > quota) throw quotaExceeded(projectId, quota, used, bytes);
}

/** Counts bytes of one upload as they arrive; `release` once they are committed or dropped. */
export interface UploadMeter {
  add(n: number): void;
  readonly total: number;
  release(): void;
}

export function createUploadMeter(s: Storage, projectId: string, replacing = 0): UploadMeter {
  const usage = projectUsage(s, projectId);
  let total = 0;
  let released = false;
  return {
    add(n) {
      checkRoom(s, projectId, total + n, replacing + total);
      total += n;
      usage.inflight += n;
    },
    get total() {
      return total;
    },
    release() {
      if (released) return;
      released = true;
      usage.inflight -= total;
    },
  };
}

/** For StorageGauges (the metrics scrape). */
export function fileGauges(s: Storage): {
  fileStoreBytes: Record<string, number>;
  uploadSessions: number;
  multipartUploads: number;
} {
  const fileStoreBytes: Record<string, number> = {};
  let uploadSessions = 0;
  let multipartUploads = 0;
  for (const [projectId, usage] of fileUsage(s).projects) {
    fileStoreBytes[projectId] = usage.bytes;
    uploadSessions += usage.sessions;
    multipartUploads += usage.uploads;
  }
  return { fileStoreBytes, uploadSessions, multipartUploads };
}
