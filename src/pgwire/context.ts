import type { Logger } from '../log.js';

/** Why a connection was refused before it became a session (metrics label). */
export type PgWireRefusal =
  | 'too_many_pending'
  | 'auth_timeout'
  | 'auth_failed'
  | 'rate_limited'
  | 'too_many_connections'
  | 'workspace_expired'
  | 'tls_required'
  | 'protocol_error'
  | 'open_failed'
  | 'server_closing';

/** What the server reports to the process's metrics (src/metrics.ts wires these to prom-client). */
export interface PgWireMetricsHooks {
  onConnectionRefused?(reason: PgWireRefusal): void;
  /** One statement done (also failed ones): its command tag word(s) and its duration. */
  onQuery?(tag: string, seconds: number): void;
  /** Bytes written to clients. */
  onBytesSent?(bytes: number): void;
  onSessionOpened?(projectId: string): void;
  onSessionClosed?(projectId: string): void;
  /** An ErrorResponse sent, by SQLSTATE. */
  onError?(sqlstate: string): void;
}

export interface PgWireHooks {
  log?: Logger;
  metrics?: PgWireMetricsHooks;
}

/** One live session as `sessions()` lists it (pg_stat_activity-like). */
export interface PgWireSessionView {
  /** BackendKeyData process id (what pg_backend_pid() would say). */
  pid: number;
  sessionId: string;
  workspaceId: string;
  projectId: string;
  branchId: string | null;
  username: string;
  clientAddress: string | null;
  applicationName: string;
  tls: boolean;
  connectedAt: string;
  /** `idle`, `active`, `idle in transaction`, `idle in transaction (aborted)`. */
  state: 'idle' | 'active' | 'idle in transaction' | 'idle in transaction (aborted)';
  /** The statement running (or last run), cut at 1000 characters. */
  query: string;
}
