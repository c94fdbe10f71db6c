import type { SessionEndReason } from './sql-types.js';
import type { LiveSession, WorkspaceEntry } from './workspace-model.js';

/**
 * Workspaces and their live sessions, in memory: authentication, limits and the detail's
 * `active_sessions` need no query (reference pitfalls 07/3, 07/21: sessions are counted from
 * live sockets, never from rows that nothing closes).
 */
export class WorkspaceRegistry {
  readonly byId = new Map<string, WorkspaceEntry>();
  readonly byUsername = new Map<string, WorkspaceEntry>();
  /** Live sessions by session id. */
  readonly sessions = new Map<string, LiveSession>();

  add(ws: WorkspaceEntry): void {
    this.byId.set(ws.id, ws);
    this.byUsername.set(ws.username, ws);
  }

  remove(id: string): void {
    const ws = this.byId.get(id);
    if (ws === undefined) return;
    this.byId.delete(id);
    this.byUsername.delete(ws.username);
  }

  ofProject(projectId: string): WorkspaceEntry[] {
    return [...this.byId.values()].filter((w) => w.projectId === projectId);
  }

  sessionsOf(workspaceId: string): LiveSession[] {
    return [...this.sessions.values()].filter((x) => x.info.workspaceId === workspaceId);
  }

  /** Ends every live session of the workspace and waits until each is gone. */
  async endSessions(workspaceId: string, reason: SessionEndReason): Promise<void> {
    await Promise.all(this.sessionsOf(workspaceId).map((x) => x.end(reason)));
  }
}
