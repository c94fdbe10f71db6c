import { logOperation } from '../audit.js';
import { log, type Storage, trackWrite } from '../storage.js';
import { endIdleSessions } from './admin-sessions.js';
import { withWorkspaceWrite } from './workspace-locks.js';
import { withWorkspaceDb } from './workspace-lookup.js';
import type { WorkspaceEntry } from './workspace-model.js';
import { fileSize, usedBytes } from './workspace-objects.js';
import { isExpired, workspaceClock } from './workspace-rows.js';
import { destroy } from './workspaces.js';

export interface ReapResult {
  /** Sessions ended: of expired or over-size workspaces, or idle. */
  sessionsEnded: number;
  /** Expired workspaces deleted after WORKSPACE_EXPIRED_RETENTION_HOURS. */
  deleted: number;
}

const REAPER = { requestId: 'workspace-reaper', actor: 'system' };

/**
 * The workspace reaper (every WORKSPACE_REAPER_INTERVAL_SECONDS; reference pitfall 07/8: TTL and
 * size were never enforced): sessions of an expired workspace are ended at once and the
 * workspace is deleted when it has been expired for WORKSPACE_EXPIRED_RETENTION_HOURS (until
 * then it answers 410); sessions of a workspace over its size limit are ended; idle sessions
 * past PGWIRE_IDLE_TIMEOUT_SECONDS are ended. One workspace's failure does not stop the others.
 */
export async function reapWorkspaces(s: Storage): Promise<ReapResult> {
  const now = workspaceClock.now();
  const result: ReapResult = { sessionsEnded: 0, deleted: 0 };
  for (const ws of [...s.workspaces.byId.values()]) {
    try {
      if (isExpired(ws, now)) await reapExpired(s, ws, now, result);
      else await checkSize(s, ws, result);
    } catch (error) {
      log(s, 'warn', 'workspace reaper failed for a workspace', {
        workspace_id: ws.id,
        error: String(error),
      });
    }
  }
  result.sessionsEnded += (await endIdleSessions(s, s.config.pgwireIdleTimeoutSeconds)).length;
  return result;
}

async function reapExpired(s: Storage, ws: WorkspaceEntry, now: number, result: ReapResult): Promise<void> {
  const live = s.workspaces.sessionsOf(ws.id).length;
  if (live > 0) {
    await s.workspaces.endSessions(ws.id, 'workspace_expired');
    result.sessionsEnded += live;
  }
  const expiredAt = Date.parse(ws.expiresAt ?? '');
  if (expiredAt + s.config.workspaceExpiredRetentionHours * 3_600_000 > now) return;
  const startedAt = Date.now();
  const gone = await trackWrite(s, () =>
    withWorkspaceWrite(s, [ws.id], async () => {
      if (s.workspaces.byId.get(ws.id) !== ws) return false;
      await destroy(s, ws, 'workspace_expired');
      return true;
    }),
  );
  if (!gone) return;
  result.deleted += 1;
  await logOperation(s, REAPER, {
    operation: 'delete_workspace',
    projectId: ws.projectId,
    resourceType: 'workspace',
    resourceId: ws.id,
    details: { name: ws.name, branch_id: ws.branchId, reason: 'expired', expired_at: ws.expiresAt },
    startedAt,
  });
}

/** Only workspaces with live sessions: nothing else can grow one (REST loads check the limit). */
async function checkSize(s: Storage, ws: WorkspaceEntry, result: ReapResult): Promise<void> {
  const live = s.workspaces.sessionsOf(ws.id).length;
  if (live === 0 || (await fileSize(s, ws)) <= ws.sizeLimitBytes) return;
  // The file may hold free blocks of dropped data: the used bytes decide.
  const used = await withWorkspaceDb(s, ws, (alias) => usedBytes(s, ws, alias));
  if (used <= ws.sizeLimitBytes) return;
  log(s, 'warn', 'workspace over its size limit: ending its sessions', {
    workspace_id: ws.id,
    used_bytes: used,
    size_limit_bytes: ws.sizeLimitBytes,
  });
  await s.workspaces.endSessions(ws.id, 'terminated_by_admin');
  result.sessionsEnded += live;
}
