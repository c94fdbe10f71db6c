import type { DuckDBDataChunk, DuckDBValue } from '@duckdb/node-api';
import type {
  CopyInTarget,
  SqlColumn,
  SqlCursor,
  SqlParam,
  SqlSession,
  SqlStatement,
} from '../core/workspaces/sql-types.js';
import type { Logger } from '../log.js';
import type { PgWireMetricsHooks } from './context.js';
import { ChunkQueue, CSV_NULL, type CsvOutOptions, csvRow, TextToCsv, textRow } from './copy.js';
import { PgError, toPgError } from './errors.js';
import { SessionSettings } from './guc.js';
import type { Output } from './output.js';
import { decodeParam, type ParamType, paramOid } from './params.js';
import {
  bindComplete,
  closeComplete,
  commandComplete,
  copyData,
  copyDone,
  copyResponse,
  type ErrorFields,
  emptyQueryResponse,
  errorResponse,
  FE,
  type FieldDescription,
  MessageReader,
  type MessageWriter,
  noData,
  noticeResponse,
  parameterDescription,
  parameterStatus,
  parseComplete,
  portalSuspended,
  readyForQuery,
  rowDescription,
  type TransactionStatus,
} from './protocol.js';
import { type Command, castParams, classify, isTransactionControl, PARAM_CASTS, quoteIdent } from './sql.js';
import { type Codec, type CodecOptions, codecFor, isUnresolvedType, OID, reconcile } from './types.js';

/**
 * Everything after authentication: the simple and extended query protocols, COPY, and the
 * session parameters, over one SqlSession. Messages arrive one at a time (`handle`); responses
 * are batched in `out` and flushed at ReadyForQuery, Flush, or when large.
 */

export interface ConnectionDeps {
  session: SqlSession;
  settings: SessionSettings;
  out: Output;
  log: Logger;
  metrics: PgWireMetricsHooks | undefined;
  /** Ends the connection with a FATAL error (the socket closes). */
  terminate(code: string, message: string): void;
  /** Ends the connection without a message (Terminate). */
  end(): void;
  /** Catalog-query rewrite applied to every statement before prepare (identity without compat). */
  rewrite(sql: string): string;
  /** Makes a DuckDB error message safe to show (session aliases, other catalogs' names). */
  scrub(message: string): string;
}

/** A prepared statement (named or unnamed). */
interface Prepared {
  name: string;
  sql: string;
  command: Command;
  /** The session's statement, for `sql` commands. */
  statement: SqlStatement | undefined;
  params: ParamType[];
}

/** A result being sent, local (SHOW) or from a cursor. */
interface ResultSource {
  readonly columns: readonly { name: string; codec: Codec }[];
  /** The next rows, or undefined at the end. */
  next(): Promise<readonly (readonly DuckDBValue[])[] | undefined>;
  readonly rowsChanged: number;
  readonly tag: string;
  /** Read to the end into memory (another statement ran while it was open). */
  readonly settled?: boolean;
  close(): Promise<void>;
}

interface Portal {
  name: string;
  prepared: Prepared;
  params: SqlParam[];
  resultFormats: number[];
  /** Started result, once executed (or early, for Describe of an unresolved statement). */
  source: ResultSource | undefined;
  /** The codecs announced by Describe, to send exactly what was described. */
  described: Codec[] | undefined;
  /** Rows fetched but not yet sent (a row limit cut the batch). */
  buffer: readonly (readonly DuckDBValue[])[];
  offset: number;
  done: boolean;
  /** Final tag, once done. */
  tag: string | undefined;
  /** A SQL cursor (DECLARE): survives its transaction when WITH HOLD. */
  holdable?: boolean;
  /** DECLARE ... BINARY: FETCH sends binary. */
  binary?: boolean;
  /** Its columns, kept after the result ended (FETCH describes them). */
  columns?: readonly { name: string; codec: Codec }[];
  /** A statement the portal prepared for itself and closes with it. */
  ownStatement?: SqlStatement;
}

interface SimpleQuery {
  items: { sql: string; command: Command }[];
  index: number;
  implicit: boolean;
  failed: boolean;
}

interface CopyIn {
  queue: ChunkQueue;
  converter: TextToCsv | undefined;
  result: Promise<{ rows: number } | { error: unknown }>;
  settled: { rows: number } | { error: unknown } | undefined;
  started: number;
}

/** A local command's outcome. */
interface LocalResult {
  columns: string[];
  rows: (string | null)[][];
  tag: string;
}

const MAX_QUERY_SHOWN = 1000;
/** Values (rows × columns) of an open portal kept in memory when another statement runs. */
const MAX_SETTLED_VALUES = 1_000_000;

/** The PG text codec of values that already are text (local results). */
const TEXT_CODEC: Codec = {
  oid: OID.text,
  typeSize: -1,
  typeModifier: -1,
  text: (v) => (typeof v === 'string' ? v : String(v)),
  binary: (v) => Buffer.from(typeof v === 'string' ? v : String(v), 'utf8'),
};

/** Statements that start the extended protocol's implicit transaction (writes and DDL). */
const IMPLICIT_TX_TAGS = /^(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|DROP|ALTER|COMMENT)\b/;

const READ_TAGS = new Set([
  'SELECT',
  'SHOW',
  'EXPLAIN',
  'DESCRIBE',
  'PRAGMA',
  'SUMMARIZE',
  'VALUES',
  'TABLE',
]);

export class PgConnection {
  private readonly session: SqlSession;
  private readonly settings: SessionSettings;
  private readonly out: Output;
  private readonly w: MessageWriter;
  private readonly statements = new Map<string, Prepared>();
  private readonly portals = new Map<string, Portal>();
  private skipping = false;
  /** An implicit transaction of the extended protocol is open (ends at Sync). */
  private implicitTx = false;
  /** An error happened since the last Sync. */
  private syncBlockFailed = false;
  private simple: SimpleQuery | undefined;
  private copy: CopyIn | undefined;
  private lastTransaction: 'idle' | 'in_transaction' | 'failed' = 'idle';
  private idleTimer: NodeJS.Timeout | undefined;
  /** For sessions(): whether a message is being handled and what ran last. */
  active = false;
  query = '';

  constructor(private readonly deps: ConnectionDeps) {
    this.session = deps.session;
    this.settings = deps.settings;
    this.out = deps.out;
    this.w = deps.out.w;
  }

  /** The session's state now (a call: TypeScript must not narrow it across awaits). */
  private txState(): 'idle' | 'in_transaction' | 'failed' {
    return this.session.transaction;
  }

  get transactionStatus(): TransactionStatus {
    const t = this.session.transaction;
    return t === 'idle' ? 'I' : t === 'in_transaction' ? 'T' : 'E';
  }

  private codecOptions(): CodecOptions {
    return { extraFloatDigits: Number(this.settings.get('extra_float_digits')) };
  }

  /** One frontend message (type byte, length, body). Never throws. */
  async handle(msg: Uint8Array): Promise<void> {
    this.clearIdleTimer();
    this.active = true;
    try {
      await this.dispatch(msg);
    } catch (error) {
      // A bug or a broken invariant: the connection cannot continue in a known state.
      const e = toPgError(error, this.deps.log, { session_id: this.session.info.sessionId });
      this.deps.terminate(e.code === 'XX000' ? 'XX000' : e.code, e.message);
    } finally {
      this.active = false;
    }
  }

  private async dispatch(msg: Uint8Array): Promise<void> {
    const type = msg[0] as number;
    const r = new MessageReader(msg, 5);
    if (this.copy !== undefined) {
      await this.copyMessage(type, r);
      return;
    }
    if (this.skipping && type !== FE.Sync && type !== FE.Terminate) return;
    switch (type) {
      case FE.Query:
        await this.simpleQuery(r);
        return;
      case FE.Parse:
        await this.extended(() => this.parse(r));
        return;
      case FE.Bind:
        await this.extended(() => this.bind(r));
        return;
      case FE.Describe:
        await this.extended(() => this.describe(r));
        return;
      case FE.Execute:
        await this.extended(() => this.execute(r));
        return;
      case FE.Close:
        await this.extended(() => this.close(r));
        return;
      case FE.Sync:
        await this.sync();
        return;
      case FE.Flush:
        await this.out.flush();
        return;
      case FE.Terminate:
        this.deps.end();
        return;
      case FE.FunctionCall:
        this.sendError(new PgError('0A000', 'the function call sub-protocol is not supported'));
        await this.readyForQuery();
        return;
      case FE.CopyData:
      case FE.CopyDone:
      case FE.CopyFail:
        // Left over from a COPY that already failed: dropped, as PostgreSQL does.
        return;
      default:
        this.deps.terminate('08P01', `invalid frontend message type ${type}`);
    }
  }

  // ---- shared helpers -------------------------------------------------------------------------

  private sendError(error: unknown): PgError {
    const e = toPgError(
      error,
      this.deps.log,
      { session_id: this.session.info.sessionId, query: this.query },
      this.deps.scrub,
    );
    this.w.abandonOpen();
    const fields: ErrorFields = { severity: 'ERROR', code: e.code, message: e.message };
    if (e.detail !== undefined) fields.detail = e.detail;
    if (e.hint !== undefined) fields.hint = e.hint;
    errorResponse(this.w, fields);
    this.deps.metrics?.onError?.(e.code);
    return e;
  }

  private notice(code: string, message: string, severity: 'WARNING' | 'NOTICE' = 'WARNING'): void {
    noticeResponse(this.w, { severity, code, message });
  }

  private async readyForQuery(): Promise<void> {
    await this.noteTransaction();
    readyForQuery(this.w, this.transactionStatus);
    await this.out.flush();
    this.armIdleTimer();
  }

  /** Transaction end bookkeeping: SET LOCAL lapses; PostgreSQL closes the transaction's portals. */
  private async noteTransaction(): Promise<void> {
    const now = this.txState();
    if (now === 'idle' && this.lastTransaction !== 'idle') {
      this.report(this.settings.endTransaction());
      await this.dropPortals((p) => p.holdable !== true);
    }
    this.lastTransaction = now;
  }

  /** ParameterStatus for changed GUC_REPORT parameters; statement_timeout to the session. */
  private report(changed: Map<string, string>): void {
    for (const [name, value] of changed) {
      if (this.settings.isReported(name)) parameterStatus(this.w, name, value);
    }
    if (changed.has('statement_timeout')) this.applyStatementTimeout();
  }

  applyStatementTimeout(): void {
    const ms = parseDuration(this.settings.get('statement_timeout'));
    this.session.setStatementTimeout(ms);
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  /** idle_in_transaction_session_timeout / idle_session_timeout, as PostgreSQL enforces them. */
  armIdleTimer(): void {
    this.clearIdleTimer();
    const inTx = this.session.transaction !== 'idle';
    const name = inTx ? 'idle_in_transaction_session_timeout' : 'idle_session_timeout';
    const ms = parseDuration(this.settings.get(name));
    if (ms <= 0) return;
    this.idleTimer = setTimeout(() => {
      if (inTx) this.deps.terminate('25P03', 'terminating connection due to idle-in-transaction timeout');
      else this.deps.terminate('57P05', 'terminating connection due to idle-session timeout');
    }, ms);
    this.idleTimer.unref();
  }

  private requireNotAborted(command: Command): void {
    if (this.session.transaction !== 'failed') return;
    if (command.kind === 'rollback' || command.kind === 'commit') return;
    throw new PgError(
      '25P02',
      'current transaction is aborted, commands ignored until end of transaction block',
    );
  }

  /** Runs trusted SQL (BEGIN/COMMIT/ROLLBACK) on the session, discarding any result. */
  private async runOnSession(sql: string): Promise<void> {
    const statement = await this.prepareOnSession(sql);
    try {
      const cursor = await this.executeOnSession(statement, []);
      await cursor.close();
    } finally {
      statement.close();
    }
  }

  /**
   * A session call ends any result the session is still streaming (DuckDB runs one statement per
   * connection): the rest of every other unfinished portal is read first, up to
   * MAX_SETTLED_VALUES, so a suspended portal or an open cursor keeps its rows.
   */
  private async settleOpenPortals(owner: Portal | undefined): Promise<void> {
    for (const portal of this.portals.values()) {
      if (portal === owner || portal.done) continue;
      const source = portal.source;
      if (source === undefined || source.settled) continue;
      const chunks: (readonly (readonly DuckDBValue[])[])[] = [];
      let values = portal.buffer.length - portal.offset;
      let failure: PgError | undefined;
      try {
        for (;;) {
          const rows = await source.next();
          if (rows === undefined) break;
          chunks.push(rows);
          values += rows.length * Math.max(1, source.columns.length);
          if (values > MAX_SETTLED_VALUES) {
            failure = new PgError(
              '24000',
              `portal "${portal.name}" was closed: another statement ran while it still had more than ${MAX_SETTLED_VALUES} values to send (fetch it to the end first, or use another connection)`,
            );
            break;
          }
        }
      } catch (error) {
        failure = toPgError(error, this.deps.log, { session_id: this.session.info.sessionId });
      }
      await source.close().catch(() => undefined);
      portal.source = {
        columns: source.columns,
        rowsChanged: source.rowsChanged,
        tag: source.tag,
        settled: true,
        next: async () => {
          const rows = chunks.shift();
          if (rows === undefined && failure !== undefined) throw failure;
          return rows;
        },
        close: async () => {
          chunks.length = 0;
        },
      };
    }
  }

  private async prepareOnSession(sql: string): Promise<SqlStatement> {
    await this.settleOpenPortals(undefined);
    return this.session.prepare(sql);
  }

  private async executeOnSession(
    statement: SqlStatement,
    params: readonly SqlParam[],
    owner?: Portal,
  ): Promise<SqlCursor> {
    await this.settleOpenPortals(owner);
    return this.session.execute(statement, params);
  }

  private setQuery(sql: string): void {
    this.query = sql.length > MAX_QUERY_SHOWN ? `${sql.slice(0, MAX_QUERY_SHOWN)}…` : sql;
  }

  /** The session-level part of a local command, executed (SET, SHOW, BEGIN, ...). */
  private async runLocal(command: Command): Promise<LocalResult> {
    this.requireNotAborted(command);
    const none = (tag: string): LocalResult => ({ columns: [], rows: [], tag });
    switch (command.kind) {
      case 'set': {
        this.report(this.settings.set(command.name, command.value, command.local));
        return none('SET');
      }
      case 'reset':
        this.report(this.settings.reset(command.name));
        return none('RESET');
      case 'reset-all':
        this.report(this.settings.resetAll());
        return none('RESET');
      case 'set-transaction':
        if (!command.session && this.txState() === 'idle') {
          this.notice('25P01', 'SET TRANSACTION can only be used in transaction blocks');
          return none('SET');
        }
        this.report(this.settings.setTransaction(command.modes, command.session));
        return none('SET');
      case 'show': {
        const name = this.settings.canonical(command.name) ?? command.name;
        return { columns: [name], rows: [[this.settings.get(command.name)]], tag: 'SHOW' };
      }
      case 'show-all':
        return { columns: ['name', 'setting', 'description'], rows: this.settings.all(), tag: 'SHOW' };
      case 'set-config': {
        this.report(this.settings.set(command.name, command.value, command.local));
        return { columns: [command.alias], rows: [[this.settings.get(command.name)]], tag: 'SELECT 1' };
      }
      case 'current-setting': {
        const value = command.missingOk
          ? (this.settings.tryGet(command.name) ?? null)
          : this.settings.get(command.name);
        return { columns: [command.alias], rows: [[value]], tag: 'SELECT 1' };
      }
      case 'begin': {
        if (this.implicitTx) {
          // BEGIN inside the extended protocol's implicit block makes it a regular transaction.
          this.implicitTx = false;
          this.report(this.settings.setTransaction(command.modes, false));
          return none(command.tag);
        }
        if (this.session.transaction !== 'idle') {
          this.notice('25001', 'there is already a transaction in progress');
          return none(command.tag);
        }
        await this.runOnSession('BEGIN');
        this.report(this.settings.setTransaction(command.modes, false));
        return none(command.tag);
      }
      case 'commit': {
        this.implicitTx = false;
        const state = this.session.transaction;
        if (state === 'idle') {
          this.notice('25P01', 'there is no transaction in progress');
          return none('COMMIT');
        }
        await this.runOnSession(state === 'failed' ? 'ROLLBACK' : 'COMMIT');
        return none(state === 'failed' ? 'ROLLBACK' : 'COMMIT');
      }
      case 'rollback': {
        this.implicitTx = false;
        if (this.session.transaction === 'idle') {
          this.notice('25P01', 'there is no transaction in progress');
          return none('ROLLBACK');
        }
        await this.runOnSession('ROLLBACK');
        return none('ROLLBACK');
      }
      case 'discard': {
        if (command.what === 'ALL') {
          if (this.session.transaction !== 'idle') {
            throw new PgError('25001', 'DISCARD ALL cannot run inside a transaction block');
          }
          this.report(this.settings.resetAll());
          this.applyStatementTimeout();
          await this.closeAll(true);
        }
        return none(`DISCARD ${command.what}`);
      }
      case 'deallocate': {
        if (command.name === null) {
          for (const [name, p] of this.statements) if (name !== '') this.dropStatement(p);
          return none('DEALLOCATE ALL');
        }
        const p = this.statements.get(command.name);
        if (p === undefined || command.name === '') {
          throw new PgError('26000', `prepared statement "${command.name}" does not exist`);
        }
        this.dropStatement(p);
        return none('DEALLOCATE');
      }
      case 'unlisten':
        return none('UNLISTEN');
      case 'close-cursor': {
        if (command.name === null) {
          await this.dropPortals((p) => p.holdable !== undefined);
          return none('CLOSE CURSOR ALL');
        }
        if (!this.portals.has(command.name))
          throw new PgError('34000', `cursor "${command.name}" does not exist`);
        await this.dropPortal(command.name);
        return none('CLOSE CURSOR');
      }
      case 'unsupported':
        throw new PgError('0A000', command.message);
      case 'error':
        throw command.error;
      default:
        throw new PgError('XX000', `unexpected local command ${command.kind}`);
    }
  }

  /** Column names of a local command's result, known without running it (Describe). */
  private localColumns(command: Command): string[] | undefined {
    switch (command.kind) {
      case 'show':
        return [this.settings.canonical(command.name) ?? command.name];
      case 'show-all':
        return ['name', 'setting', 'description'];
      case 'set-config':
      case 'current-setting':
        return [command.alias];
      default:
        return [];
    }
  }

  private localSource(result: LocalResult): ResultSource {
    let sent = false;
    return {
      columns: result.columns.map((name) => ({ name, codec: TEXT_CODEC })),
      next: async () => {
        if (sent || result.columns.length === 0) return undefined;
        sent = true;
        return result.rows;
      },
      rowsChanged: 0,
      tag: result.tag,
      close: async () => {},
    };
  }

  private cursorSource(statement: SqlStatement, cursor: SqlCursor): ResultSource {
    const options = this.codecOptions();
    return {
      columns: cursor.columns.map((c) => ({ name: c.name, codec: codecFor(c.type, options) })),
      next: async () => {
        const chunk = await cursor.fetch();
        if (chunk === undefined) return undefined;
        return rowsOf(chunk);
      },
      get rowsChanged() {
        return cursor.rowsChanged;
      },
      tag: statement.tag,
      close: () => cursor.close(),
    };
  }

  private fields(
    columns: readonly { name: string; codec: Codec }[],
    formats: readonly (0 | 1)[],
  ): FieldDescription[] {
    return columns.map((c, i) => ({
      name: c.name,
      tableOid: 0,
      columnNumber: 0,
      typeOid: c.codec.oid,
      typeSize: c.codec.typeSize,
      typeModifier: c.codec.typeModifier,
      format: formats[i] ?? 0,
    }));
  }

  /**
   * Sends rows of `source` (after `buffered` ones) up to `limit` (0 = all): DataRows, then
   * CommandComplete when the result ends. Returns the rows sent and whether it ended.
   */
  private async sendRows(
    source: ResultSource,
    codecs: readonly Codec[],
    formats: readonly (0 | 1)[],
    limit: number,
    portal: Portal | undefined,
    discard = false,
  ): Promise<{ sent: number; ended: boolean }> {
    let sent = 0;
    let rows = portal?.buffer ?? [];
    let offset = portal?.offset ?? 0;
    for (;;) {
      if (offset >= rows.length) {
        const next = await source.next();
        if (next === undefined) {
          if (portal !== undefined) {
            portal.buffer = [];
            portal.offset = 0;
          }
          return { sent, ended: true };
        }
        rows = next;
        offset = 0;
      }
      const end = limit > 0 ? Math.min(rows.length, offset + (limit - sent)) : rows.length;
      if (!discard) this.writeRows(rows, offset, end, codecs, formats);
      sent += end - offset;
      offset = end;
      await this.out.maybeFlush();
      if (limit > 0 && sent >= limit) {
        if (portal !== undefined) {
          portal.buffer = rows;
          portal.offset = offset;
        }
        return { sent, ended: false };
      }
    }
  }

  private writeRows(
    rows: readonly (readonly DuckDBValue[])[],
    start: number,
    end: number,
    codecs: readonly Codec[],
    formats: readonly (0 | 1)[],
  ): void {
    const w = this.w;
    const n = codecs.length;
    for (let r = start; r < end; r++) {
      const row = rows[r] as readonly DuckDBValue[];
      const mark = w.length;
      try {
        const s = w.begin(0x44); // DataRow
        w.int16(n);
        for (let i = 0; i < n; i++) {
          const v = row[i];
          if (v === null || v === undefined) w.int32(-1);
          else if (formats[i] === 1) w.value((codecs[i] as Codec).binary(v));
          else w.value((codecs[i] as Codec).text(v));
        }
        w.end(s);
      } catch (error) {
        w.truncate(mark); // never half a DataRow
        throw error;
      }
    }
  }

  // ---- simple query ---------------------------------------------------------------------------

  private async simpleQuery(r: MessageReader): Promise<void> {
    let sql: string;
    try {
      sql = r.cstring();
      r.done();
    } catch (error) {
      this.sendError(error);
      await this.readyForQuery();
      return;
    }
    this.setQuery(sql);
    await this.endImplicit();
    await this.dropUnnamed();
    let statements: string[];
    try {
      statements = this.session.split(sql);
    } catch (error) {
      this.sendError(error);
      await this.readyForQuery();
      return;
    }
    const items = statements
      .map((s) => ({ sql: s, command: classify(s) }))
      .filter((i) => i.command.kind !== 'empty');
    if (items.length === 0) {
      emptyQueryResponse(this.w);
      await this.readyForQuery();
      return;
    }
    // Several statements in one Query run as one transaction (PostgreSQL's implicit block),
    // unless they control transactions themselves.
    const implicit =
      items.length > 1 &&
      this.session.transaction === 'idle' &&
      !items.some((i) => isTransactionControl(i.command) || i.command.kind === 'copy-in');
    this.simple = { items, index: 0, implicit, failed: false };
    if (implicit) {
      try {
        await this.runOnSession('BEGIN');
      } catch (error) {
        this.simple = undefined;
        this.sendError(error);
        await this.readyForQuery();
        return;
      }
    }
    await this.continueSimple();
  }

  private async continueSimple(): Promise<void> {
    const s = this.simple;
    if (s === undefined) return;
    while (s.index < s.items.length && !s.failed) {
      const item = s.items[s.index++] as { sql: string; command: Command };
      const started = performance.now();
      let tag = 'ERROR';
      try {
        const outcome = await this.simpleStatement(item.sql, item.command);
        if (outcome === 'copy-in') return; // resumed by CopyDone / CopyFail
        tag = outcome;
      } catch (error) {
        this.sendError(error);
        s.failed = true;
      } finally {
        if (this.copy === undefined)
          this.deps.metrics?.onQuery?.(tagWord(tag), (performance.now() - started) / 1000);
      }
    }
    await this.finishSimple();
  }

  private async finishSimple(): Promise<void> {
    const s = this.simple;
    this.simple = undefined;
    if (s?.implicit && this.session.transaction !== 'idle') {
      const rollback = s.failed || this.session.transaction === 'failed';
      try {
        await this.runOnSession(rollback ? 'ROLLBACK' : 'COMMIT');
      } catch (error) {
        if (!rollback) this.sendError(error);
        if (this.txState() !== 'idle') await this.runOnSession('ROLLBACK').catch(() => undefined);
      }
    }
    await this.readyForQuery();
  }

  /** One statement of a simple Query; returns its tag, or 'copy-in' when COPY FROM STDIN started. */
  private async simpleStatement(sql: string, command: Command): Promise<string> {
    this.setQuery(sql);
    switch (command.kind) {
      case 'copy-in':
        this.requireNotAborted(command);
        await this.startCopyIn(command);
        return 'copy-in';
      case 'copy-out':
        this.requireNotAborted(command);
        return this.copyOut(command);
      case 'sql':
        return this.simpleSql(sql);
      case 'declare':
        this.requireNotAborted(command);
        await this.declareCursor(command, this.deps.rewrite(command.query), []);
        commandComplete(this.w, 'DECLARE CURSOR');
        return 'DECLARE CURSOR';
      case 'fetch': {
        this.requireNotAborted(command);
        const tag = await this.fetchCursor(command, undefined, true);
        commandComplete(this.w, tag);
        return tag;
      }
      default: {
        const result = await this.runLocal(command);
        const source = this.localSource(result);
        if (source.columns.length > 0) {
          rowDescription(this.w, this.fields(source.columns, []));
          await this.sendRows(
            source,
            source.columns.map((c) => c.codec),
            [],
            0,
            undefined,
          );
        }
        commandComplete(this.w, result.tag);
        return result.tag;
      }
    }
  }

  private async simpleSql(sql: string): Promise<string> {
    const statement = await this.prepareOnSession(this.deps.rewrite(sql));
    let cursor: SqlCursor | undefined;
    try {
      cursor = await this.executeOnSession(statement, []);
      const source = this.cursorSource(statement, cursor);
      const codecs = source.columns.map((c) => c.codec);
      if (codecs.length > 0) rowDescription(this.w, this.fields(source.columns, []));
      const { sent } = await this.sendRows(source, codecs, [], 0, undefined);
      const tag = commandTag(statement.tag, sent, cursor.rowsChanged);
      commandComplete(this.w, tag);
      return tag;
    } finally {
      await cursor?.close();
      statement.close();
    }
  }

  // ---- extended query -------------------------------------------------------------------------

  private async extended(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.sendError(error);
      this.skipping = true;
      this.syncBlockFailed = true;
    }
  }

  /**
   * PostgreSQL runs the statements between two Syncs in one implicit transaction (pgJDBC's
   * batches are all or nothing). Writes start one here, outside a transaction; Sync commits it,
   * or rolls it back after any error. Reads run as they are.
   */
  private async beginImplicit(tag: string): Promise<void> {
    if (this.implicitTx || this.txState() !== 'idle' || !IMPLICIT_TX_TAGS.test(tag)) return;
    await this.runOnSession('BEGIN');
    this.implicitTx = true;
  }

  /** Ends the implicit transaction of the extended protocol (at Sync, or before a simple Query). */
  private async endImplicit(): Promise<void> {
    const failed = this.syncBlockFailed;
    this.syncBlockFailed = false;
    if (!this.implicitTx) return;
    this.implicitTx = false;
    if (this.txState() === 'idle') return;
    const rollback = failed || this.txState() === 'failed';
    try {
      await this.runOnSession(rollback ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      this.sendError(error);
      if (this.txState() !== 'idle') await this.runOnSession('ROLLBACK').catch(() => undefined);
    }
  }

  private async parse(r: MessageReader): Promise<void> {
    const name = r.cstring();
    const sql = r.cstring();
    const n = r.int16();
    if (n < 0) throw new PgError('08P01', 'invalid parameter count in Parse');
    const declared: number[] = [];
    for (let i = 0; i < n; i++) declared.push(r.uint32());
    r.done();
    this.setQuery(sql);
    if (name !== '' && this.statements.has(name)) {
      throw new PgError('42P05', `prepared statement "${name}" already exists`);
    }
    const parts = this.session.split(sql);
    if (parts.length > 1)
      throw new PgError('42601', 'cannot insert multiple commands into a prepared statement');
    const text = parts[0] ?? '';
    const command = text.trim() === '' ? ({ kind: 'empty' } as const) : classify(text);
    if (command.kind === 'copy-in' || command.kind === 'copy-out') {
      throw new PgError(
        '0A000',
        'COPY FROM STDIN / TO STDOUT is supported in the simple query protocol only',
      );
    }
    let statement: SqlStatement | undefined;
    const params: ParamType[] = declared.map((oid) => ({ declared: oid, inferred: undefined }));
    if (command.kind === 'sql' || command.kind === 'declare') {
      // DECLARE: its query (parameters, casts); the cursor prepares it again when it opens.
      const query = command.kind === 'declare' ? command.query : text;
      statement = await this.prepareOnSession(this.deps.rewrite(query));
      // Declared types DuckDB could not infer become casts (PostgreSQL's meaning of a declared type).
      const casts = new Map<number, string>();
      declared.forEach((oid, i) => {
        const type = PARAM_CASTS[oid];
        if (type !== undefined && isUnresolvedType(statement?.parameterTypes[i])) casts.set(i + 1, type);
      });
      if (casts.size > 0) {
        const typed = await this.prepareOnSession(this.deps.rewrite(castParams(query, casts)));
        statement.close();
        statement = typed;
      }
      statement.parameterTypes.forEach((t, i) => {
        const p = params[i];
        if (p === undefined) params[i] = { declared: 0, inferred: t };
        else p.inferred = t;
      });
    }
    if (name === '') await this.dropUnnamed(true);
    this.statements.set(name, { name, sql: text, command, statement, params });
    parseComplete(this.w);
  }

  private lookupStatement(name: string): Prepared {
    const p = this.statements.get(name);
    if (p === undefined) {
      throw new PgError(
        '26000',
        name === ''
          ? 'unnamed prepared statement does not exist'
          : `prepared statement "${name}" does not exist`,
      );
    }
    return p;
  }

  private lookupPortal(name: string): Portal {
    const p = this.portals.get(name);
    if (p === undefined)
      throw new PgError(
        '34000',
        name === '' ? 'portal "" does not exist' : `portal "${name}" does not exist`,
      );
    return p;
  }

  private async bind(r: MessageReader): Promise<void> {
    const portalName = r.cstring();
    const statementName = r.cstring();
    const nFormats = r.int16();
    if (nFormats < 0) throw new PgError('08P01', 'invalid format count in Bind');
    const formats: number[] = [];
    for (let i = 0; i < nFormats; i++) formats.push(r.int16());
    const nParams = r.int16();
    if (nParams < 0) throw new PgError('08P01', 'invalid parameter count in Bind');
    const raw: (Uint8Array | null)[] = [];
    for (let i = 0; i < nParams; i++) {
      const len = r.int32();
      if (len < -1) throw new PgError('08P01', `invalid length ${len} of bind parameter ${i + 1}`);
      raw.push(len === -1 ? null : r.bytes(len));
    }
    const nResults = r.int16();
    if (nResults < 0) throw new PgError('08P01', 'invalid result format count in Bind');
    const resultFormats: number[] = [];
    for (let i = 0; i < nResults; i++) {
      const f = r.int16();
      if (f !== 0 && f !== 1) throw new PgError('22023', `unsupported format code: ${f}`);
      resultFormats.push(f);
    }
    r.done();
    const prepared = this.lookupStatement(statementName);
    const expected = prepared.params.length;
    if (nParams !== expected) {
      throw new PgError(
        '08P01',
        `bind message supplies ${nParams} parameters, but prepared statement "${statementName}" requires ${expected}`,
      );
    }
    if (nFormats > 1 && nFormats !== nParams) {
      throw new PgError('08P01', `bind message has ${nFormats} parameter formats but ${nParams} parameters`);
    }
    const params = raw.map((value, i) =>
      decodeParam(
        value,
        nFormats === 0 ? 0 : ((nFormats === 1 ? formats[0] : formats[i]) ?? 0),
        prepared.params[i] as ParamType,
        i,
      ),
    );
    if (portalName !== '' && this.portals.has(portalName)) {
      throw new PgError('42P03', `cursor "${portalName}" already exists`);
    }
    if (portalName === '') await this.dropPortal('');
    this.portals.set(portalName, {
      name: portalName,
      prepared,
      params,
      resultFormats,
      source: undefined,
      described: undefined,
      buffer: [],
      offset: 0,
      done: false,
      tag: undefined,
    });
    bindComplete(this.w);
  }

  /** The result formats of a portal per column. */
  private formatsOf(portal: Portal, columns: number): (0 | 1)[] {
    const f = portal.resultFormats;
    if (f.length > 1 && f.length !== columns) {
      throw new PgError(
        '08P01',
        `bind message has ${f.length} result formats but query has ${columns} columns`,
      );
    }
    return Array.from({ length: columns }, (_, i) =>
      f.length === 0 ? 0 : ((f.length === 1 ? f[0] : f[i]) as 0 | 1),
    );
  }

  /** Columns of a prepared statement as described before execution (text for unresolved types). */
  private statementColumns(p: Prepared): { name: string; codec: Codec }[] {
    if (p.command.kind === 'fetch') {
      return p.command.move ? [] : [...this.fetchShape(this.cursorTarget(p.command.name), undefined).columns];
    }
    if (p.command.kind === 'declare') return [];
    if (p.command.kind !== 'sql')
      return (this.localColumns(p.command) ?? []).map((name) => ({ name, codec: TEXT_CODEC }));
    const options = this.codecOptions();
    return (p.statement?.columns ?? []).map((c: SqlColumn) => ({
      name: c.name,
      codec: isUnresolvedType(c.type) ? TEXT_CODEC : codecFor(c.type, options),
    }));
  }

  private unresolved(p: Prepared): boolean {
    return p.command.kind === 'sql' && (p.statement?.columns ?? []).some((c) => isUnresolvedType(c.type));
  }

  private async describe(r: MessageReader): Promise<void> {
    const kind = r.byte();
    const name = r.cstring();
    r.done();
    if (kind === 0x53) {
      // S: statement
      const p = this.lookupStatement(name);
      parameterDescription(
        this.w,
        p.params.map((t) => paramOid(t) || OID.text),
      );
      const columns = this.statementColumns(p);
      if (columns.length === 0) noData(this.w);
      else rowDescription(this.w, this.fields(columns, []));
      return;
    }
    if (kind !== 0x50) throw new PgError('08P01', `invalid DESCRIBE message subtype ${kind}`);
    const portal = this.lookupPortal(name);
    const fetch = portal.prepared.command;
    if (fetch.kind === 'fetch') {
      const { columns, formats } = fetch.move
        ? { columns: [], formats: [] }
        : this.fetchShape(this.cursorTarget(fetch.name), portal);
      portal.described = columns.map((c) => c.codec);
      if (columns.length === 0) noData(this.w);
      else rowDescription(this.w, this.fields(columns, formats));
      return;
    }
    let columns: readonly { name: string; codec: Codec }[];
    if (portal.source !== undefined) columns = portal.source.columns;
    else if (this.unresolved(portal.prepared) && READ_TAGS.has(portal.prepared.statement?.tag ?? '')) {
      // DuckDB types `SELECT $1` only once the values are bound: run the read now, once; the
      // Execute that follows reads this result.
      columns = (await this.startPortal(portal)).columns;
    } else columns = this.statementColumns(portal.prepared);
    const formats = this.formatsOf(portal, columns.length);
    portal.described = columns.map((c) => c.codec);
    if (columns.length === 0) noData(this.w);
    else rowDescription(this.w, this.fields(columns, formats));
  }

  private async startPortal(portal: Portal): Promise<ResultSource> {
    if (portal.source !== undefined) return portal.source;
    const p = portal.prepared;
    if (p.command.kind === 'sql') {
      const statement = p.statement as SqlStatement;
      await this.beginImplicit(statement.tag);
      const cursor = await this.executeOnSession(statement, portal.params, portal);
      portal.source = this.cursorSource(statement, cursor);
    } else if (p.command.kind === 'empty') {
      portal.source = this.localSource({ columns: [], rows: [], tag: '' });
    } else if (p.command.kind === 'declare') {
      this.requireNotAborted(p.command);
      await this.declareCursor(p.command, (p.statement as SqlStatement).sql, portal.params);
      portal.source = this.localSource({ columns: [], rows: [], tag: 'DECLARE CURSOR' });
    } else {
      portal.source = this.localSource(await this.runLocal(p.command));
    }
    return portal.source;
  }

  private async execute(r: MessageReader): Promise<void> {
    const name = r.cstring();
    const maxRows = r.int32();
    r.done();
    const portal = this.lookupPortal(name);
    this.setQuery(portal.prepared.sql);
    if (portal.prepared.command.kind === 'empty') {
      emptyQueryResponse(this.w);
      return;
    }
    if (portal.done) {
      commandComplete(this.w, portal.tag?.startsWith('SELECT') ? 'SELECT 0' : (portal.tag ?? ''));
      return;
    }
    const command = portal.prepared.command;
    if (command.kind === 'fetch') {
      this.requireNotAborted(command);
      const tag = await this.fetchCursor(command, portal, false);
      portal.done = true;
      portal.tag = tag;
      commandComplete(this.w, tag);
      return;
    }
    const started = performance.now();
    let tag = 'ERROR';
    try {
      const source = await this.startPortal(portal);
      const actual = source.columns.map((c) => c.codec);
      const codecs =
        portal.described === undefined
          ? actual
          : actual.map((codec, i) => {
              const d = portal.described?.[i];
              if (portal.described?.length !== actual.length) {
                throw new PgError('0A000', 'cached plan must not change result type');
              }
              return d === undefined ? codec : reconcile(d, codec);
            });
      const formats = this.formatsOf(portal, codecs.length);
      const { sent, ended } = await this.sendRows(source, codecs, formats, Math.max(0, maxRows), portal);
      if (!ended) {
        portalSuspended(this.w);
        tag = 'SUSPENDED';
        return;
      }
      portal.done = true;
      portal.source = undefined;
      await source.close();
      tag =
        portal.prepared.command.kind === 'sql'
          ? commandTag(source.tag, sent, source.rowsChanged)
          : source.tag === 'SHOW'
            ? 'SHOW'
            : source.tag;
      portal.tag = tag;
      commandComplete(this.w, tag);
    } catch (error) {
      await this.dropPortal(portal.name);
      throw error;
    } finally {
      if (tag !== 'SUSPENDED')
        this.deps.metrics?.onQuery?.(tagWord(tag), (performance.now() - started) / 1000);
    }
  }

  private async close(r: MessageReader): Promise<void> {
    const kind = r.byte();
    const name = r.cstring();
    r.done();
    if (kind === 0x53) {
      const p = this.statements.get(name);
      if (p !== undefined) {
        for (const portal of [...this.portals.values()])
          if (portal.prepared === p) await this.dropPortal(portal.name);
        this.dropStatement(p);
      }
    } else if (kind === 0x50) await this.dropPortal(name);
    else throw new PgError('08P01', `invalid CLOSE message subtype ${kind}`);
    closeComplete(this.w);
  }

  private async sync(): Promise<void> {
    this.skipping = false;
    await this.endImplicit();
    // Outside a transaction block every portal ends with the implicit transaction (not WITH HOLD cursors).
    if (this.txState() === 'idle') await this.dropPortals((p) => p.holdable !== true);
    await this.readyForQuery();
  }

  private async dropPortals(which: (p: Portal) => boolean): Promise<void> {
    for (const portal of [...this.portals.values()]) if (which(portal)) await this.dropPortal(portal.name);
  }

  private dropStatement(p: Prepared): void {
    this.statements.delete(p.name);
    try {
      p.statement?.close();
    } catch (error) {
      this.deps.log.log('warn', 'pgwire statement close failed', { error });
    }
  }

  private async dropPortal(name: string): Promise<void> {
    const portal = this.portals.get(name);
    if (portal === undefined) return;
    this.portals.delete(name);
    const source = portal.source;
    portal.source = undefined;
    await source
      ?.close()
      .catch((error: unknown) => this.deps.log.log('warn', 'pgwire cursor close failed', { error }));
  }

  /** The unnamed statement and portal (a simple Query or an unnamed Parse replaces them). */
  private async dropUnnamed(statementOnly = false): Promise<void> {
    const p = this.statements.get('');
    if (p !== undefined) {
      for (const portal of [...this.portals.values()])
        if (portal.prepared === p) await this.dropPortal(portal.name);
      this.dropStatement(p);
    }
    if (!statementOnly) await this.dropPortal('');
  }

  /** Every portal, and with `statements` every prepared statement. */
  async closeAll(statements: boolean): Promise<void> {
    for (const name of [...this.portals.keys()]) await this.dropPortal(name);
    if (statements) for (const p of [...this.statements.values()]) this.dropStatement(p);
  }

  // ---- SQL cursors ----------------------------------------------------------------------------

  /** DECLARE: runs the query into a portal of that name (PostgreSQL shares the namespace). */
  private async declareCursor(
    command: Extract<Command, { kind: 'declare' }>,
    sql: string,
    params: SqlParam[],
  ): Promise<void> {
    if (!command.hold && this.txState() === 'idle') {
      throw new PgError('25P01', 'DECLARE CURSOR can only be used in transaction blocks');
    }
    if (this.portals.has(command.name)) throw new PgError('42P03', `cursor "${command.name}" already exists`);
    // Its own statement: the cursor outlives the message (and any unnamed statement) that declared it.
    const statement = await this.prepareOnSession(sql);
    let cursor: SqlCursor;
    try {
      cursor = await this.executeOnSession(statement, params);
    } catch (error) {
      statement.close();
      throw error;
    }
    const source = this.cursorSource(statement, cursor);
    if (source.columns.length === 0) {
      await source.close();
      statement.close();
      throw new PgError('42P11', 'cursor query must return rows');
    }
    this.portals.set(command.name, {
      name: command.name,
      prepared: { name: '', sql: command.query, command: { kind: 'sql' }, statement, params: [] },
      params,
      resultFormats: command.binary ? [1] : [],
      source,
      described: undefined,
      buffer: [],
      offset: 0,
      done: false,
      tag: undefined,
      holdable: command.hold,
      binary: command.binary,
      columns: source.columns,
      ownStatement: statement,
    });
  }

  private cursorTarget(name: string): Portal {
    const target = this.portals.get(name);
    if (target === undefined) throw new PgError('34000', `cursor "${name}" does not exist`);
    return target;
  }

  /** The columns and formats FETCH sends for a cursor (BINARY cursors: binary). */
  private fetchShape(
    target: Portal,
    via: Portal | undefined,
  ): { columns: readonly { name: string; codec: Codec }[]; formats: (0 | 1)[] } {
    const columns = target.columns ?? target.source?.columns ?? [];
    const formats =
      target.binary === true
        ? columns.map(() => 1 as const)
        : via === undefined
          ? columns.map(() => 0 as const)
          : this.formatsOf(via, columns.length);
    return { columns, formats };
  }

  /** FETCH / MOVE: up to `count` rows of the cursor (forward only); RowDescription in simple mode. */
  private async fetchCursor(
    command: Extract<Command, { kind: 'fetch' }>,
    via: Portal | undefined,
    describe: boolean,
  ): Promise<string> {
    const target = this.cursorTarget(command.name);
    const { columns, formats } = this.fetchShape(target, via);
    if (describe && !command.move) rowDescription(this.w, this.fields(columns, formats));
    let n = 0;
    const source = target.source;
    if (!target.done && source !== undefined) {
      const limit = command.count === 'all' ? 0 : command.count;
      const r = await this.sendRows(
        source,
        columns.map((c) => c.codec),
        formats,
        limit,
        target,
        command.move,
      );
      n = r.sent;
      if (r.ended) {
        target.done = true;
        target.source = undefined;
        await source.close();
      }
    }
    return `${command.move ? 'MOVE' : 'FETCH'} ${n}`;
  }

  // ---- COPY -----------------------------------------------------------------------------------

  private async startCopyIn(command: Extract<Command, { kind: 'copy-in' }>): Promise<void> {
    const o = command.options;
    const base = {
      ...(command.schema === undefined ? {} : { schema: command.schema }),
      table: command.table,
      ...(command.columns === undefined ? {} : { columns: command.columns }),
    };
    let target: CopyInTarget;
    let converter: TextToCsv | undefined;
    if (o.format === 'csv') {
      const quote = o.quote ?? '"';
      target = {
        ...base,
        delimiter: o.delimiter ?? ',',
        header: o.header,
        nullString: o.null ?? '',
        quote,
        escape: o.escape ?? quote,
      };
    } else {
      converter = new TextToCsv({ delimiter: o.delimiter ?? '\t', null: o.null ?? '\\N', header: o.header });
      target = { ...base, delimiter: ',', header: false, nullString: CSV_NULL, quote: '"', escape: '"' };
    }
    const queue = new ChunkQueue();
    const copy: CopyIn = {
      queue,
      converter,
      result: Promise.resolve({ rows: 0 }),
      settled: undefined,
      started: performance.now(),
    };
    await this.settleOpenPortals(undefined);
    copy.result = this.session.copyIn(target, queue).then(
      (rows) => {
        copy.settled = { rows };
        queue.close();
        return copy.settled;
      },
      (error: unknown) => {
        copy.settled = { error };
        queue.close();
        return copy.settled;
      },
    );
    this.copy = copy;
    copyResponse(this.w, 'in', 0, command.columns?.length ?? 0);
    await this.out.flush();
  }

  private async copyMessage(type: number, r: MessageReader): Promise<void> {
    const copy = this.copy as CopyIn;
    switch (type) {
      case FE.CopyData: {
        if (copy.settled !== undefined && 'error' in copy.settled) {
          await this.endCopy(copy.settled.error);
          return;
        }
        const data = r.rest();
        try {
          const chunk = copy.converter === undefined ? Buffer.from(data) : copy.converter.push(data);
          await copy.queue.push(chunk);
        } catch (error) {
          copy.queue.fail(error instanceof Error ? error : new Error(String(error)));
          await copy.result;
          await this.endCopy(error);
        }
        return;
      }
      case FE.CopyDone: {
        try {
          if (copy.converter !== undefined) await copy.queue.push(copy.converter.end());
        } catch (error) {
          copy.queue.fail(error instanceof Error ? error : new Error(String(error)));
          await copy.result;
          await this.endCopy(error);
          return;
        }
        copy.queue.end();
        const result = await copy.result;
        await this.endCopy('error' in result ? result.error : undefined, 'rows' in result ? result.rows : 0);
        return;
      }
      case FE.CopyFail: {
        let reason = '';
        try {
          reason = r.cstring();
        } catch {
          reason = 'unknown reason';
        }
        const error = new PgError('57014', `COPY from stdin failed: ${reason}`);
        copy.queue.fail(error);
        await copy.result;
        await this.endCopy(error);
        return;
      }
      case FE.Flush:
      case FE.Sync:
        return;
      default: {
        const error = new PgError(
          '08P01',
          `unexpected message type 0x${type.toString(16)} during COPY from stdin`,
        );
        copy.queue.fail(error);
        await copy.result;
        await this.endCopy(error);
      }
    }
  }

  /** Leaves copy-in mode: `COPY n` or the error, then the rest of the simple Query. */
  private async endCopy(error: unknown, rows = 0): Promise<void> {
    const copy = this.copy;
    this.copy = undefined;
    if (copy !== undefined) {
      this.deps.metrics?.onQuery?.(
        error === undefined ? 'COPY' : 'ERROR',
        (performance.now() - copy.started) / 1000,
      );
    }
    if (error === undefined) commandComplete(this.w, `COPY ${rows}`);
    else {
      this.sendError(error);
      if (this.simple !== undefined) this.simple.failed = true;
    }
    if (this.simple !== undefined) await this.continueSimple();
    else await this.readyForQuery();
  }

  private async copyOut(command: Extract<Command, { kind: 'copy-out' }>): Promise<string> {
    const o = command.options;
    let sql = command.query;
    if (sql === undefined) {
      const cols = command.columns === undefined ? '*' : command.columns.map(quoteIdent).join(', ');
      const table =
        command.schema === undefined
          ? quoteIdent(command.table as string)
          : `${quoteIdent(command.schema)}.${quoteIdent(command.table as string)}`;
      sql = `SELECT ${cols} FROM ${table}`;
    }
    const statement = await this.prepareOnSession(this.deps.rewrite(sql));
    let cursor: SqlCursor | undefined;
    try {
      cursor = await this.executeOnSession(statement, []);
      const source = this.cursorSource(statement, cursor);
      const codecs = source.columns.map((c) => c.codec);
      const csv = o.format === 'csv';
      const delimiter = o.delimiter ?? (csv ? ',' : '\t');
      const nullString = o.null ?? (csv ? '' : '\\N');
      const quote = o.quote ?? '"';
      const csvOptions: CsvOutOptions = {
        delimiter,
        quote,
        escape: o.escape ?? quote,
        null: nullString,
        forceQuote: source.columns.map((c) =>
          o.forceQuote === '*'
            ? true
            : (o.forceQuote?.some((f) => f.toLowerCase() === c.name.toLowerCase()) ?? false),
        ),
      };
      const line = (values: (string | null)[]) =>
        csv ? csvRow(values, csvOptions) : textRow(values, delimiter, nullString);
      copyResponse(this.w, 'out', 0, codecs.length);
      if (o.header) copyData(this.w, line(source.columns.map((c) => c.name)));
      let count = 0;
      for (;;) {
        const rows = await source.next();
        if (rows === undefined) break;
        for (const row of rows) {
          copyData(
            this.w,
            line(
              codecs.map((codec, i) => {
                const v = row[i];
                return v === null || v === undefined ? null : codec.text(v);
              }),
            ),
          );
        }
        count += rows.length;
        await this.out.maybeFlush();
      }
      copyDone(this.w);
      const tag = `COPY ${count}`;
      commandComplete(this.w, tag);
      return tag;
    } finally {
      await cursor?.close();
      statement.close();
    }
  }

  /** The connection is going away: timers, portals, statements. */
  async dispose(): Promise<void> {
    this.clearIdleTimer();
    this.copy?.queue.fail(new PgError('08006', 'connection closed during COPY'));
    await this.closeAll(true).catch(() => undefined);
  }
}

function parseDuration(value: string): number {
  const m = /^(\d+)(ms|s|min|h|d)?$/.exec(value);
  if (m === null) return 0;
  const unit: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(m[1]) * (unit[m[2] ?? 'ms'] ?? 1);
}

/** The CommandComplete tag of a statement with the core's tag word(s). */
export function commandTag(tag: string, rows: number, changed: number): string {
  switch (tag) {
    case 'SELECT':
      return `SELECT ${rows}`;
    case 'INSERT':
      return `INSERT 0 ${changed || rows}`;
    case 'UPDATE':
    case 'DELETE':
    case 'MERGE':
      return `${tag} ${changed || rows}`;
    case 'CREATE TABLE AS':
    case 'SELECT INTO':
      return `SELECT ${changed || rows}`;
    case 'COPY':
    case 'FETCH':
    case 'MOVE':
      return `${tag} ${changed || rows}`;
    default:
      return tag;
  }
}

/** The tag without counts (metrics label). */
function tagWord(tag: string): string {
  return tag.replace(/( \d+)+$/, '') || 'EMPTY';
}

export { SessionSettings };

/**
 * A chunk's rows, read column by column (node-api's getRows visits every value through a per-row
 * callback: about 4x slower on a 1M-row result).
 */
function rowsOf(chunk: DuckDBDataChunk): DuckDBValue[][] {
  const columns = chunk.getColumns();
  const count = chunk.rowCount;
  const width = columns.length;
  const rows = new Array<DuckDBValue[]>(count);
  for (let r = 0; r < count; r++) {
    const row = new Array<DuckDBValue>(width);
    for (let c = 0; c < width; c++) row[c] = (columns[c] as DuckDBValue[])[r] as DuckDBValue;
    rows[r] = row;
  }
  return rows;
}
