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
}

/** Something the registry can end: a live PG session, or a session an admin registered. */
export interface LiveSession {
  readonly info: SqlSessionInfo;
  /** Ends it from the server side (closes the client's socket for a PG session). */
  end(reason: SessionEndReason): Promise<void>;
}
