import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  ANY,
  type DuckDBConnection,
  type DuckDBDataChunk,
  DuckDBMaterializedResult,
  type DuckDBPreparedStatement,
  type DuckDBResult,
  type DuckDBType,
} from '@duckdb/node-api';
import { stagingDir } from '../catalog/paths.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import type { TableLease } from '../db/table-files.js';
import { StorageError } from '../errors.js';
import { log, type Storage } from '../storage.js';
import { compareLockKeys } from '../tables/rw-lock.js';
import type { ProjectViews, VisibleTable } from './project-views.js';
import { checkQueryTree, planStatement, type SandboxContext, type StatementPlan } from './sandbox.js';
import { missingCatalog, scrub, sessionSqlError } from './sql-errors.js';
import { splitStatements, tokenize } from './sql-lexer.js';
import type {
  CopyInTarget,
  SessionEndReason,
  SqlColumn,
  SqlCursor,
  SqlParam,
  SqlSession,
  SqlSessionInfo,
  SqlStatement,
  TransactionState,
} from './sql-types.js';
import type { WorkspaceDbLease } from './workspace-db.js';

/** A project table held by a statement (or by the open transaction): file lease + read lock. */
interface Hold {
  lease: TableLease;
  unlock: () => void;
}

const DML = new Set(['INSERT', 'UPDATE', 'DELETE']);
const MAX_CACHED_PLANS = 256;
const MAX_CACHED_STATEMENTS = 128;
/** Statements whose description (columns) cannot change by running them. */
const CACHEABLE = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE']);

export interface SessionParts {
  s: Storage;
  info: { -readonly [K in keyof SqlSessionInfo]: SqlSessionInfo[K] };
  conn: DuckDBConnection;
  workspace: WorkspaceDbLease;
  views: ProjectViews;
  deniedTableFunctions: ReadonlySet<string>;
  /** Server limit for one statement, ms (0 = none). */
  queryTimeoutMs: number;
  onClosed: () => void;
}

/** A workspace session on its own DuckDB connection (src/core/workspaces/sql-types.ts). */
export class WorkspaceSqlSession implements SqlSession {
  private state: TransactionState = 'idle';
  private readonly plans = new Map<string, StatementPlan>();
  /** Described statements by text, most recently used last. */
  private readonly statements = new Map<string, PreparedSqlStatement>();
  /** Holds kept until the open transaction ends (PG keeps a transaction's locks to its end too). */
  private readonly txHolds = new Map<string, Hold>();
  private readonly listeners: ((reason: SessionEndReason) => void)[] = [];
  private statementTimeoutMs = 0;
  private interruptedBy: 'timeout' | 'cancel' | undefined;
  private closed = false;
  private ended = false;

  constructor(private readonly p: SessionParts) {}

  get info(): SqlSessionInfo {
    return this.p.info;
  }

  get catalogs(): { workspace: string; project: string } {
    return { workspace: this.p.workspace.alias, project: this.p.views.catalog };
  }

  get transaction(): TransactionState {
    return this.state;
  }

  split(sql: string): string[] {
    return splitStatements(sql);
  }

  setStatementTimeout(ms: number): void {
    this.statementTimeoutMs = Math.max(0, Math.floor(ms));
  }

  cancel(): void {
    this.interruptedBy = 'cancel';
    this.p.conn.interrupt();
  }

  onEnd(listener: (reason: SessionEndReason) => void): void {
    this.listeners.push(listener);
  }

  async prepare(sql: string): Promise<SqlStatement> {
    this.assertOpen();
    this.touch();
    const plan = await this.plan(sql);
    if (plan.transaction !== undefined) return transactionStatement(sql, plan);
    // A statement run again (simple queries, pooled clients) is not prepared again: DuckDB
    // rebinds a prepared statement itself when the catalog changed under it.
    const cached = this.statements.get(sql);
    if (cached !== undefined && !(await this.refreshViews())) {
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const holds = await this.hold(plan);
    try {
      const prepared = await this.withCatalogRetry(holds, () => this.p.conn.prepare(sql));
      const statement = describe(sql, plan, prepared, CACHEABLE.has(plan.tag));
      if (statement.shared) {
        this.statements.set(sql, statement);
        // Evicted ones are left to the garbage collector: a portal may still be reading one.
        for (const key of this.statements.keys()) {
          if (this.statements.size <= MAX_CACHED_STATEMENTS) break;
          this.statements.delete(key);
        }
      }
      return statement;
    } catch (error) {
      throw this.failed(error);
    } finally {
      this.releaseStatementHolds(holds);
    }
  }

  /** Brings the project views up to date; a change forgets the described statements. */
  private async refreshViews(): Promise<boolean> {
    const changed = await this.p.views.refresh(async (t) => {
      const lease = await this.p.s.files.lease(t.path);
      return () => lease.release();
    });
    if (changed) this.statements.clear();
    return changed;
  }

  async execute(statement: SqlStatement, params: readonly SqlParam[]): Promise<SqlCursor> {
    this.assertOpen();
    this.touch();
    this.p.info.queryCount += 1;
    const plan = await this.plan(statement.sql);
    if (plan.transaction !== undefined) return this.transactionStep(plan.transaction);
    if (this.state === 'failed') {
      throw new StorageError(
        'INVALID_ARGUMENT',
        'sql_error',
        'Current transaction is aborted, commands ignored until end of transaction block',
        { details: { category: 'TransactionContext' } },
      );
    }
    const holds = await this.hold(plan);
    const timer = this.startTimer();
    try {
      const run = async () => {
        const own = statement as PreparedSqlStatement;
        own.prepared ??= await this.p.conn.prepare(statement.sql);
        const prepared = own.prepared;
        bindParams(prepared, params);
        if (plan.tag === 'EXPLAIN') return this.scrubbedPlan(prepared);
        return returnsRows(plan, statement) && !plan.smallResult
          ? await prepared.stream()
          : await prepared.run();
      };
      const result = await this.withCatalogRetry(holds, async () => {
        try {
          return await run();
        } catch (error) {
          // A rebind of a cached statement failed: prepare afresh on the retry.
          (statement as PreparedSqlStatement).prepared = undefined;
          throw error;
        }
      });
      // DDL can change what any described statement returns.
      if (!CACHEABLE.has(plan.tag)) this.statements.clear();
      return this.cursor(result, statement, plan, holds, timer);
    } catch (error) {
      timer.stop();
      this.releaseStatementHolds(holds);
      throw this.failed(error, timer.fired());
    }
  }

  async copyIn(target: CopyInTarget, source: AsyncIterable<Uint8Array>): Promise<number> {
    this.assertOpen();
    this.touch();
    if (this.state === 'failed')
      throw this.failed(new Error('TransactionContext Error: transaction is aborted'));
    const file = join(stagingDir(this.p.s.config.duckdbDir), `copy-${randomBytes(8).toString('hex')}.csv`);
    const table = `${this.p.workspace.alias}.${quoteIdent(target.schema ?? 'main')}.${quoteIdent(target.table)}`;
    const columns = target.columns === undefined ? '' : ` (${target.columns.map(quoteIdent).join(', ')})`;
    const options = [
      'FORMAT csv',
      `DELIMITER ${quoteLiteral(target.delimiter)}`,
      `HEADER ${target.header ? 'true' : 'false'}`,
      `NULL ${quoteLiteral(target.nullString)}`,
      // A quoted empty string is an empty string, not NULL (PostgreSQL's CSV rule).
      'allow_quoted_nulls false',
      ...(target.quote === undefined ? [] : [`QUOTE ${quoteLiteral(target.quote)}`]),
      ...(target.escape === undefined ? [] : [`ESCAPE ${quoteLiteral(target.escape)}`]),
    ];
    const timer = this.startTimer();
    try {
      await pipeline(source, createWriteStream(file, { mode: 0o600 }));
      const result = await this.p.conn.run(
        `COPY ${table}${columns} FROM ${quoteLiteral(file)} (${options.join(', ')})`,
      );
      return result.rowsChanged;
    } catch (error) {
      throw this.failed(error, timer.fired());
    } finally {
      timer.stop();
      await rm(file, { force: true });
    }
  }

  async runTrusted(statements: readonly string[], searchPath: readonly string[] = []): Promise<void> {
    this.assertOpen();
    for (const sql of statements) await this.p.conn.run(sql);
    if (searchPath.length > 0) {
      await this.p.views.addSearchPath(searchPath);
      this.statements.clear();
    }
  }

  /** Ends the session from the server side: tells the protocol, then closes. */
  async end(reason: SessionEndReason): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      for (const listener of this.listeners.splice(0)) {
        try {
          listener(reason);
        } catch (error) {
          log(this.p.s, 'warn', 'session end listener failed', { error: String(error) });
        }
      }
    }
    await this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.ended = true;
    this.p.conn.interrupt();
    try {
      if (this.state !== 'idle') await this.p.conn.run('ROLLBACK').catch(() => undefined);
      for (const hold of this.txHolds.values()) releaseHold(hold);
      this.txHolds.clear();
      await this.p.conn.run('USE memory').catch(() => undefined);
      await this.p.conn.run(`DETACH DATABASE IF EXISTS ${this.p.views.catalog}`).catch((error: unknown) => {
        log(this.p.s, 'warn', 'could not detach a session catalog', { error: String(error) });
      });
    } finally {
      this.p.conn.closeSync();
      await this.p.workspace.release();
      this.p.onClosed();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('UNAVAILABLE', 'session_closed', 'The session has ended');
  }

  private touch(): void {
    this.p.info.lastActivityAt = new Date().toISOString();
    this.idleTimer?.refresh();
  }

  /** Reset on every statement; the gateway arms it (PGWIRE_IDLE_TIMEOUT_SECONDS). */
  idleTimer: NodeJS.Timeout | undefined;

  private async plan(sql: string): Promise<StatementPlan> {
    const cached = this.plans.get(sql);
    if (cached !== undefined) return cached;
    const ctx: SandboxContext = {
      deniedTableFunctions: this.p.deniedTableFunctions,
      protectedSchemas: this.p.views.protectedSchemas(),
    };
    const plan = planStatement(sql, tokenize(sql), ctx);
    for (const query of plan.queries) await this.checkTree(query, ctx, query === sql);
    if (this.plans.size >= MAX_CACHED_PLANS) this.plans.clear();
    this.plans.set(sql, plan);
    return plan;
  }

  /** Fence 3 of the sandbox: DuckDB's own parse tree (parsing binds nothing, reads nothing). */
  private async checkTree(query: string, ctx: SandboxContext, whole: boolean): Promise<void> {
    // On a pool connection: a query on the session's own would end a portal it is streaming.
    const reader = await this.p.s.pool.use((conn) =>
      conn.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [query]),
    );
    const raw = reader.getRows()[0]?.[0];
    const tree = JSON.parse(String(raw)) as { error?: boolean; error_message?: string; error_type?: string };
    if (tree.error === true) {
      if (whole || tree.error_type === 'parser') {
        throw new StorageError('INVALID_ARGUMENT', 'sql_error', tree.error_message ?? 'syntax error', {
          details: { category: 'Parser' },
        });
      }
      throw new StorageError(
        'FAILED_PRECONDITION',
        'sql_not_supported',
        `This statement form cannot be checked by the workspace sandbox: ${tree.error_message ?? ''}`,
      );
    }
    checkQueryTree(tree, ctx);
  }

  /** Leases and read-locks the project tables a statement names (in lock order). */
  private async hold(plan: StatementPlan): Promise<Map<string, Hold>> {
    await this.refreshViews();
    const tables = this.p.views.tablesNamed(plan.names).sort((a, b) => compareLockKeys(a.lockKey, b.lockKey));
    const holds = new Map<string, Hold>();
    try {
      for (const t of tables) await this.holdTable(t, holds);
    } catch (error) {
      this.releaseStatementHolds(holds);
      throw error;
    }
    return holds;
  }

  private async holdTable(t: VisibleTable, holds: Map<string, Hold>): Promise<void> {
    if (holds.has(t.alias) || this.txHolds.has(t.alias)) return;
    const unlock = await readLock(this.p.s, t.lockKey);
    try {
      const lease = await this.p.s.files.lease(t.path);
      const hold = { lease, unlock };
      if (this.state === 'in_transaction') this.txHolds.set(t.alias, hold);
      else holds.set(t.alias, hold);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /** Runs `fn`; when a view's table file was not attached (a name the lexer could not see), holds it and retries. */
  private async withCatalogRetry<T>(holds: Map<string, Hold>, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await fn();
      } catch (error) {
        const alias = missingCatalog(error);
        const table = alias === undefined ? undefined : this.p.views.tableOfAlias(alias);
        if (table === undefined || attempt >= 32) throw error;
        await this.holdTable(table, holds);
      }
    }
  }

  /**
   * EXPLAIN prints the catalogs a plan scans, and a project view's is a secret alias: the plan's
   * text is read whole and served again with the aliases replaced.
   */
  private async scrubbedPlan(prepared: DuckDBPreparedStatement): Promise<DuckDBResult> {
    const rows = (await prepared.runAndReadAll()).getRows();
    if (rows.length === 0)
      return this.p.conn.stream(
        'SELECT NULL::VARCHAR AS explain_key, NULL::VARCHAR AS explain_value LIMIT 0',
      );
    const values = rows.map((_, i) => `($${2 * i + 1}::VARCHAR, $${2 * i + 2}::VARCHAR)`).join(', ');
    const bound = rows.flatMap((row) => [scrub(String(row[0] ?? '')), scrub(String(row[1] ?? ''))]);
    return this.p.conn.stream(`SELECT * FROM (VALUES ${values}) t(explain_key, explain_value)`, bound);
  }

  private releaseStatementHolds(holds: Map<string, Hold>): void {
    for (const hold of holds.values()) releaseHold(hold);
    holds.clear();
  }

  private async transactionStep(step: 'begin' | 'commit' | 'rollback'): Promise<SqlCursor> {
    // PG answers BEGIN inside a transaction and COMMIT outside one with a warning, not an error;
    // COMMIT of a failed transaction rolls back.
    let tag = step === 'begin' ? 'BEGIN' : step === 'commit' ? 'COMMIT' : 'ROLLBACK';
    try {
      if (step === 'begin' && this.state === 'idle') {
        await this.p.conn.run('BEGIN TRANSACTION');
        this.state = 'in_transaction';
      } else if (step !== 'begin' && this.state !== 'idle') {
        if (this.state === 'failed') tag = 'ROLLBACK';
        await this.p.conn.run(step === 'commit' && this.state === 'in_transaction' ? 'COMMIT' : 'ROLLBACK');
        this.endTransaction();
      }
    } catch (error) {
      await this.p.conn.run('ROLLBACK').catch(() => undefined);
      this.endTransaction();
      throw sessionSqlError(error);
    }
    return emptyCursor(tag);
  }

  private endTransaction(): void {
    this.state = 'idle';
    for (const hold of this.txHolds.values()) releaseHold(hold);
    this.txHolds.clear();
  }

  private failed(error: unknown, timedOut = false): StorageError {
    const by = this.interruptedBy;
    this.interruptedBy = undefined;
    if (this.state === 'in_transaction') this.state = 'failed';
    if (timedOut || by === 'timeout') {
      const limit = this.effectiveTimeout();
      return new StorageError(
        'RESOURCE_EXHAUSTED',
        'query_timeout',
        `canceling statement due to statement timeout (${limit} ms; limit PGWIRE_QUERY_TIMEOUT_SECONDS or statement_timeout)`,
        { cause: error, details: { timeout_ms: limit } },
      );
    }
    if (by === 'cancel') {
      return new StorageError(
        'RESOURCE_EXHAUSTED',
        'query_canceled',
        'canceling statement due to user request',
        {
          cause: error,
        },
      );
    }
    return sessionSqlError(error);
  }

  private effectiveTimeout(): number {
    const server = this.p.queryTimeoutMs;
    const own = this.statementTimeoutMs;
    if (own === 0) return server;
    return server === 0 ? own : Math.min(own, server);
  }

  private startTimer(): { stop(): void; fired(): boolean } {
    const ms = this.effectiveTimeout();
    this.interruptedBy = undefined;
    if (ms === 0) return { stop: () => undefined, fired: () => false };
    let fired = false;
    let repeat: NodeJS.Timeout | undefined;
    // DuckDB clears an interrupt when a query starts: repeat it until the work settles.
    const timer = setTimeout(() => {
      fired = true;
      this.interruptedBy = 'timeout';
      this.p.conn.interrupt();
      repeat = setInterval(() => this.p.conn.interrupt(), 10);
    }, ms);
    return {
      stop: () => {
        clearTimeout(timer);
        clearInterval(repeat);
      },
      fired: () => fired,
    };
  }

  private cursor(
    result: DuckDBResult,
    statement: SqlStatement,
    plan: StatementPlan,
    holds: Map<string, Hold>,
    timer: { stop(): void; fired(): boolean },
  ): SqlCursor {
    const rows = returnsRows(plan, statement);
    // A materialized result's chunks are read without another call into DuckDB.
    const materialized = result instanceof DuckDBMaterializedResult ? result : undefined;
    let next = 0;
    const nextMaterialized = () =>
      materialized !== undefined && next < materialized.chunkCount ? materialized.getChunk(next++) : null;
    let done = !rows;
    let closed = false;
    // The next chunk is fetched while the protocol encodes this one (DuckDB works on its own
    // threads meanwhile): a large result streams at the speed of the slower side, not the sum.
    let pending: Promise<DuckDBDataChunk | null> | undefined;
    const close = async () => {
      if (closed) return;
      closed = true;
      timer.stop();
      await pending?.catch(() => undefined);
      pending = undefined;
      this.releaseStatementHolds(holds);
    };
    if (!rows) void close();
    return {
      columns: rows ? statement.columns : [],
      rowsChanged: rows ? 0 : safeRowsChanged(result),
      fetch: async (): Promise<DuckDBDataChunk | undefined> => {
        if (done) return undefined;
        try {
          let chunk: DuckDBDataChunk | null;
          if (materialized !== undefined) chunk = nextMaterialized();
          else {
            chunk = await (pending ?? result.fetchChunk());
            pending = chunk !== null && chunk.rowCount > 0 ? result.fetchChunk() : undefined;
            // Its failure is reported by the next fetch (or dropped by close).
            pending?.catch(() => undefined);
          }
          if (chunk === null || chunk.rowCount === 0) {
            done = true;
            await close();
            return undefined;
          }
          return chunk;
        } catch (error) {
          done = true;
          pending = undefined;
          await close();
          throw this.failed(error, timer.fired());
        }
      },
      close,
    };
  }
}

interface PreparedSqlStatement extends SqlStatement {
  prepared: DuckDBPreparedStatement | undefined;
  /** Kept in the session's statement cache: close() leaves it to the cache. */
  readonly shared: boolean;
}

function describe(
  sql: string,
  plan: StatementPlan,
  prepared: DuckDBPreparedStatement,
  shared: boolean,
): PreparedSqlStatement {
  const parameterTypes: (DuckDBType | undefined)[] = [];
  for (let i = 1; i <= prepared.parameterCount; i += 1) {
    try {
      parameterTypes.push(prepared.parameterType(i));
    } catch {
      parameterTypes.push(undefined);
    }
  }
  const columns: SqlColumn[] = [];
  const hasReturning = /\breturning\b/i.test(sql);
  const rows = !DML.has(plan.tag) || hasReturning;
  if (
    rows &&
    !plan.tag.startsWith('CREATE') &&
    !plan.tag.startsWith('DROP') &&
    !plan.tag.startsWith('ALTER')
  ) {
    for (let i = 0; i < prepared.columnCount; i += 1) {
      let type: DuckDBType;
      try {
        type = prepared.columnType(i);
      } catch {
        // Not known before binding (`SELECT $1`): ANY, which protocols read as "not known yet".
        type = ANY;
      }
      columns.push({ name: prepared.columnName(i), type });
    }
  }
  const statement: PreparedSqlStatement = {
    sql,
    tag: plan.tag,
    parameterTypes,
    columns,
    prepared,
    shared,
    close: () => {
      if (shared) return;
      statement.prepared?.destroySync();
      statement.prepared = undefined;
    },
  };
  return statement;
}

function transactionStatement(sql: string, plan: StatementPlan): SqlStatement {
  return { sql, tag: plan.tag, parameterTypes: [], columns: [], close: () => undefined };
}

const returnsRows = (plan: StatementPlan, statement: SqlStatement): boolean =>
  statement.columns.length > 0 || plan.tag === 'SELECT' || plan.tag === 'EXPLAIN';

function bindParams(prepared: DuckDBPreparedStatement, params: readonly SqlParam[]): void {
  if (params.length !== prepared.parameterCount) {
    throw new StorageError(
      'INVALID_ARGUMENT',
      'sql_error',
      `bind message supplies ${params.length} parameters, but prepared statement requires ${prepared.parameterCount}`,
      { details: { category: 'Binder' } },
    );
  }
  prepared.clearBindings();
  params.forEach((value, i) => {
    if (value === null) prepared.bindNull(i + 1);
    else if (typeof value === 'string') prepared.bindVarchar(i + 1, value);
    else prepared.bindBlob(i + 1, value);
  });
}

function safeRowsChanged(result: DuckDBResult): number {
  try {
    return result.rowsChanged;
  } catch {
    return 0;
  }
}

function emptyCursor(tag: string): SqlCursor {
  return { tag, columns: [], rowsChanged: 0, fetch: async () => undefined, close: async () => undefined };
}

function releaseHold(hold: Hold): void {
  hold.lease.release();
  hold.unlock();
}

/** A read lock held until the returned function is called. */
async function readLock(s: Storage, key: string): Promise<() => void> {
  let unlock: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    unlock = resolve;
  });
  let granted: () => void = () => undefined;
  const acquired = new Promise<void>((resolve) => {
    granted = resolve;
  });
  const done = s.locks.withRead(key, async () => {
    granted();
    await held;
  });
  await Promise.race([acquired, done]);
  return unlock;
}
