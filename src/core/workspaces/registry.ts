import type { ScramVerifier, SessionEndReason } from './sql-types.js';
import type { LiveSession, WorkspaceEntry, WorkspaceUser } from './workspace-model.js';

/**
 * Workspaces and their live sessions, in memory: authentication, limits and the detail's
 * `active_sessions` need no query (reference pitfalls 07/3, 07/21: sessions are counted from
 * live sockets, never from rows that nothing closes).
 */
export class WorkspaceRegistry {
  readonly byId = new Map<string, WorkspaceEntry>();
  /** Every PG wire login (main and extra users) to its workspace. */
  readonly byUsername = new Map<string, WorkspaceEntry>();
  /** Live sessions by session id. */
  readonly sessions = new Map<string, LiveSession>();

  add(ws: WorkspaceEntry): void {
    this.byId.set(ws.id, ws);
    this.byUsername.set(ws.username, ws);
    for (const username of ws.users.keys()) this.byUsername.set(username, ws);
  }

  remove(id: string): void {
    const ws = this.byId.get(id);
    if (ws === undefined) return;
    this.byId.delete(id);
    this.byUsername.delete(ws.username);
    for (const username of ws.users.keys()) this.byUsername.delete(username);
  }

  /** An extra user of a workspace (a login as soon as the workspace is in service). */
  addUser(ws: WorkspaceEntry, user: WorkspaceUser): void {
    ws.users.set(user.username, user);
    if (this.byId.get(ws.id) === ws) this.byUsername.set(user.username, ws);
  }

  removeUser(ws: WorkspaceEntry, username: string): void {
    ws.users.delete(username);
    if (this.byUsername.get(username) === ws) this.byUsername.delete(username);
  }

  /** The verifier of a login, main or extra; undefined for no such login. */
  verifierOf(username: string): ScramVerifier | undefined {
    const ws = this.byUsername.get(username);
    if (ws === undefined) return undefined;
    return ws.username === username ? ws.verifier : ws.users.get(username)?.verifier;
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

  /** Ends the live sessions one login of the workspace opened. */
  async endSessionsOf(workspaceId: string, username: string, reason: SessionEndReason): Promise<void> {
    const own = this.sessionsOf(workspaceId).filter((x) => x.info.username === username);
    await Promise.all(own.map((x) => x.end(reason)));
  }
}
