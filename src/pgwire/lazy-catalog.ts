import type {
  CopyInTarget,
  SessionEndReason,
  SqlCursor,
  SqlParam,
  SqlSession,
  SqlSessionInfo,
  SqlStatement,
  TransactionState,
} from '../core/workspaces/sql-types.js';
import { type CompatCatalogs, compatSearchPath, compatSetup, touchesCatalog } from './catalog/index.js';

/**
 * A session whose PostgreSQL catalog (src/pgwire/catalog: ~140 views and macros) is created on
 * its first catalog query, not at login: most sessions of tools that only query data never need
 * it, and creating it costs a login ~200 ms. Until then DuckDB's own pg_catalog is unreachable
 * all the same: every statement naming it is a catalog query and installs ours first.
 */
export class LazyCatalogSession implements SqlSession {
  private installing: Promise<void> | undefined;
  /** Set once installed (for error scrubbing). */
  installed: CompatCatalogs | undefined;

  constructor(
    private readonly inner: SqlSession,
    private readonly info_: { database: string; user: string; pid: number },
  ) {}

  get info(): SqlSessionInfo {
    return this.inner.info;
  }
  get transaction(): TransactionState {
    return this.inner.transaction;
  }
  get catalogs(): { readonly workspace: string; readonly project: string } {
    return this.inner.catalogs;
  }

  split(sql: string): string[] {
    return this.inner.split(sql);
  }

  async prepare(sql: string): Promise<SqlStatement> {
    if (this.installed === undefined && touchesCatalog(sql)) await this.install();
    return this.inner.prepare(sql);
  }

  execute(statement: SqlStatement, params: readonly SqlParam[]): Promise<SqlCursor> {
    return this.inner.execute(statement, params);
  }
  copyIn(target: CopyInTarget, source: AsyncIterable<Uint8Array>): Promise<number> {
    return this.inner.copyIn(target, source);
  }
  setStatementTimeout(ms: number): void {
    this.inner.setStatementTimeout(ms);
  }
  cancel(): void {
    this.inner.cancel();
  }
  onEnd(listener: (reason: SessionEndReason) => void): void {
    this.inner.onEnd(listener);
  }
  runTrusted(statements: readonly string[], searchPath?: readonly string[]): Promise<void> {
    return this.inner.runTrusted(statements, searchPath);
  }
  close(): Promise<void> {
    return this.inner.close();
  }

  private install(): Promise<void> {
    this.installing ??= (async () => {
      const catalogs = this.inner.catalogs;
      await this.inner.runTrusted(compatSetup(catalogs, this.info_), compatSearchPath());
      this.installed = catalogs;
    })();
    return this.installing;
  }
}
