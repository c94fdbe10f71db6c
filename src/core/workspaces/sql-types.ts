import type { DuckDBDataChunk, DuckDBType } from '@duckdb/node-api';

/**
 * What a SQL protocol (PG wire, gRPC ExecuteQuery) sees of a workspace session. The core owns the
 * DuckDB connection, the sandbox (which statements may run, which catalogs they may reach), the
 * project views, leases and locks of the project's table files, limits and timeouts; a protocol
 * only frames statements and values.
 */

/** Transaction state for PG's ReadyForQuery: `I` idle, `T` in a transaction, `E` failed one. */
export type TransactionState = 'idle' | 'in_transaction' | 'failed';

export interface SqlColumn {
  readonly name: string;
  readonly type: DuckDBType;
}

/** One bound parameter: text (cast by DuckDB to the parameter's type), bytes, or NULL. */
export type SqlParam = string | Uint8Array | null;

/** A statement parsed, checked by the sandbox and described (PG Parse + Describe). */
export interface SqlStatement {
  readonly sql: string;
  /**
   * The PG command tag word(s) without counts: `SELECT`, `INSERT`, `UPDATE`, `DELETE`,
   * `CREATE TABLE`, `DROP VIEW`, `BEGIN`, `COMMIT`, `ROLLBACK`, `EXPLAIN`, ...
   */
  readonly tag: string;
  /** Parameter types DuckDB inferred; undefined where it could not (PG: unspecified/text). */
  readonly parameterTypes: readonly (DuckDBType | undefined)[];
  /** Result columns; empty when the statement returns no rows. */
  readonly columns: readonly SqlColumn[];
  close(): void;
}

/** A running statement's result, read chunk by chunk (PG portal). */
export interface SqlCursor {
  readonly columns: readonly SqlColumn[];
  /** Overrides the statement's tag (COMMIT of a failed transaction answers ROLLBACK). */
  readonly tag?: string;
  /** Rows inserted, updated or deleted (DML), else 0. */
  readonly rowsChanged: number;
  /** The next chunk (up to 2048 rows), or undefined at the end. */
  fetch(): Promise<DuckDBDataChunk | undefined>;
  /** Ends the statement: releases its table leases and locks (idempotent). */
  close(): Promise<void>;
}

/** `COPY target [(columns)] FROM STDIN`: rows arrive as CSV bytes (the protocol converts). */
export interface CopyInTarget {
  /** Workspace schema; undefined = the default schema. */
  readonly schema?: string;
  readonly table: string;
  readonly columns?: readonly string[];
  readonly delimiter: string;
  readonly header: boolean;
  /** The NULL marker (PG text format: `\N`; CSV: empty). */
  readonly nullString: string;
  readonly quote?: string;
  readonly escape?: string;
}

/** Why a session ended, as the protocol tells its client (PG: FATAL with a SQLSTATE). */
export type SessionEndReason =
  | 'client_disconnect'
  | 'idle_timeout'
  | 'workspace_deleted'
  | 'credentials_reset'
  | 'user_dropped'
  | 'workspace_expired'
  | 'terminated_by_admin'
  | 'server_shutdown';

export interface SqlSessionInfo {
  readonly sessionId: string;
  readonly workspaceId: string;
  readonly projectId: string;
  /** null = main. */
  readonly branchId: string | null;
  readonly username: string;
  readonly clientAddress: string | null;
  readonly connectedAt: string;
  readonly lastActivityAt: string;
  readonly queryCount: number;
  /** Friendly name of the workspace catalog (`workspace_<id>`), what current_database() shows. */
  readonly database: string;
}

/**
 * A live session on a workspace. Calls are serialised by the caller (one statement at a time, as
 * PG's protocol is); `cancel` may come at any time.
 */
export interface SqlSession {
  readonly info: SqlSessionInfo;
  readonly transaction: TransactionState;
  /** Splits a simple-query string into statements (quotes, comments, dollar quotes respected). */
  split(sql: string): string[];
  /**
   * Checks one statement against the sandbox and prepares it. Throws StorageError:
   * PERMISSION_DENIED `sql_not_allowed` (refused by the sandbox), FAILED_PRECONDITION
   * `sql_not_supported`, INVALID_ARGUMENT `sql_error` with details `{ category }` (DuckDB's error
   * category: `Parser`, `Catalog`, `Binder`, `Conversion`, `Constraint`, ...).
   */
  prepare(sql: string): Promise<SqlStatement>;
  /** Runs a prepared statement; the cursor holds its leases until closed. */
  execute(statement: SqlStatement, params: readonly SqlParam[]): Promise<SqlCursor>;
  /** `COPY ... FROM STDIN` into a workspace table; returns the rows loaded. */
  copyIn(target: CopyInTarget, source: AsyncIterable<Uint8Array>): Promise<number>;
  /**
   * Per-session statement timeout (PG `SET statement_timeout`), in ms; 0 = the server's limit.
   * Never above the server's limit.
   */
  setStatementTimeout(ms: number): void;
  /** Interrupts the running statement (PG CancelRequest); it fails with `query_canceled`. */
  cancel(): void;
  /** Registers the callback run once when the server ends the session (not on close()). */
  onEnd(listener: (reason: SessionEndReason) => void): void;
  /**
   * Runs trusted SQL of the protocol in the session's catalogs, outside the sandbox (PG wire: its
   * catalog compatibility objects, created on the first catalog query so a login stays cheap),
   * then appends `searchPath` (schemas of the project-view catalog) to the search path.
   */
  runTrusted(statements: readonly string[], searchPath?: readonly string[]): Promise<void>;
  /** Quoted aliases of the session's workspace and project-view catalogs (for trusted SQL only). */
  readonly catalogs: { readonly workspace: string; readonly project: string };
  /** Ends the session (client went away): rolls back, releases everything. Idempotent. */
  close(): Promise<void>;
}

/** A SCRAM-SHA-256 verifier (RFC 5802/7677), as pg-gateway takes it: base64 fields. */
export interface ScramVerifier {
  readonly salt: string;
  readonly iterations: number;
  readonly storedKey: string;
  readonly serverKey: string;
}

export interface OpenSessionArgs {
  readonly username: string;
  readonly clientAddress: string | null;
  /**
   * Trusted SQL the protocol runs once in the session's private project catalog before any user
   * statement. `catalogs` names the quoted aliases: the workspace catalog and the session's
   * project-view catalog. (PG wire installs its catalog later, on demand: SqlSession.runTrusted.)
   */
  readonly setup?: (
    catalogs: { workspace: string; project: string },
    info: { database: string },
  ) => readonly string[];
  /** Schemas of the project-view catalog to append to the session's search path (after setup). */
  readonly extraSearchPath?: readonly string[];
}

/**
 * The core's entry for SQL protocols. Authentication is the protocol's (pg-gateway runs SCRAM
 * with the verifier); the gateway rate-limits attempts and reveals nothing about an account
 * before the password is proven.
 */
export interface SqlGateway {
  /**
   * The verifier for `username`; for an unknown user a stable fake one (so the failure is the
   * same as a wrong password). Throws RESOURCE_EXHAUSTED `too_many_auth_attempts` while
   * `clientAddress` or `username` is rate-limited.
   */
  scramVerifier(username: string, clientAddress: string | null): Promise<ScramVerifier>;
  /**
   * Checks a cleartext password (for PGWIRE_AUTH=password); false when wrong or unknown. A
   * failure is counted toward the rate limit here (no authFailed call needed).
   */
  checkPassword(username: string, password: string, clientAddress: string | null): Promise<boolean>;
  /** Records a failed proof (counts toward the rate limit). */
  authFailed(username: string, clientAddress: string | null): void;
  /**
   * Opens a session after the password was proven. Throws UNAUTHENTICATED `invalid_credentials`
   * (unknown user), FAILED_PRECONDITION `workspace_expired`, RESOURCE_EXHAUSTED
   * `too_many_connections` (PGWIRE_MAX_CONNECTIONS_TOTAL or PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE,
   * named in the message).
   */
  open(args: OpenSessionArgs): Promise<SqlSession>;
}
