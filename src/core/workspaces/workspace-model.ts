import type { ScramVerifier, SessionEndReason, SqlSessionInfo } from './sql-types.js';

/** A workspace as the core keeps it in memory (loaded at start-up, written through). */
export interface WorkspaceEntry {
  /** `ws_` + 16 hex (64 random bits; the reference's 32 collided). */
  id: string;
  projectId: string;
  /** null = main. */
  branchId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  sizeLimitBytes: number;
  /** `ws_{id}_{8 hex}`: never changes, also not on a credentials reset. */
  username: string;
  /** SCRAM-SHA-256 verifier of the current password; the password itself is never stored. */
  verifier: ScramVerifier;
  createdBy: string | null;
  /**
   * Its extra PG wire logins (CreateWorkspaceUserCommand), by username: the same workspace, the
   * same sandbox and project view as the main user.
   */
  users: Map<string, WorkspaceUser>;
  /**
   * Projects granted write access (GrantWorkspaceAccessToProjectCommand): they may load their own
   * tables into it, nothing more.
   */
  grantees: Set<string>;
}

/** An extra login of a workspace (migration 8 `workspace_users`): only its verifier is kept. */
export interface WorkspaceUser {
  /** `wsu_` + 16 hex. */
  id: string;
  /** `ws_{workspace id}_u{8 hex}`: never the shape of a main username (`…_{8 hex}`). */
  username: string;
  verifier: ScramVerifier;
  createdAt: string;
  createdBy: string | null;
}

/** Something the registry can end: a live PG session, or a session an admin registered. */
export interface LiveSession {
  readonly info: SqlSessionInfo;
  /** Ends it from the server side (closes the client's socket for a PG session). */
  end(reason: SessionEndReason): Promise<void>;
}
