import type { DuckDBConnection } from '@duckdb/node-api';
import { MAIN_BRANCH } from '../catalog/branches.js';
import type { AliasEntry, TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import { aliasesIn, aliasFilter, readTarget, selectList, shownTable } from '../tables/aliases.js';
import { findTable, requireTable, type TableRef } from '../tables/table-lookup.js';
import { lockKeyOf, tablePath } from '../tables/table-stats.js';

/**
 * What a session sees of its project (reference pitfall 07/10): one schema per bucket, own and
 * linked, with one view per table (`"<bucket>"."<table>"`), plus the reference's names
 * (`"<bucket>_<table>".data`) so existing SQL keeps working; the branch's copies on a branch
 * workspace (the same resolver as every read, requireTable). The views live in a catalog private
 * to the session (in memory, never in the workspace file) and name the table files' secret
 * aliases; the files are attached on demand and leased while a statement reads them. Compared
 * with the catalog before every statement, so tables created, changed or dropped after login are
 * seen at once.
 */
export interface VisibleTable {
  /** Bucket name as the session addresses it (a link's own name). */
  readonly bucket: string;
  readonly name: string;
  readonly ref: TableRef;
  readonly entry: TableEntry;
  readonly path: string;
  /** Unquoted alias of the table file (TableFiles.aliasFor). */
  readonly alias: string;
  readonly lockKey: string;
  /** Changes when the view must be recreated (file alias, columns). */
  readonly signature: string;
  /** Set for an alias table: `entry` is then its shown table, path/alias/lockKey its source's. */
  readonly view: { alias: AliasEntry; source: TableEntry } | null;
}

export function visibleTables(s: Storage, projectId: string, branchId: string | null): VisibleTable[] {
  const project = s.catalog.projects.get(projectId);
  if (project === undefined) return [];
  const branch = branchId ?? MAIN_BRANCH;
  const out: VisibleTable[] = [];
  const add = (bucket: string, tableName: string) => {
    const ref: TableRef = { projectId, branchId: branch, bucket, table: tableName };
    const entry = findTable(s, ref);
    if (entry === undefined) return;
    const path = tablePath(s, entry);
    const alias = s.files.aliasFor(path);
    const columns = entry.columns.map((c) => `${c.name}:${c.type}:${c.nullable}`).join(',');
    out.push({
      bucket,
      name: entry.name,
      ref,
      entry,
      path,
      alias,
      lockKey: lockKeyOf(entry),
      signature: `${alias}|${columns}`,
      view: null,
    });
  };
  // An alias table is a view over its source's file (the same read resolver as every read); one
  // whose source is gone is left out (its reads through the API say so).
  const addAlias = (a: AliasEntry) => {
    const ref: TableRef = { projectId, branchId: branch, bucket: a.bucket, table: a.name };
    let source: TableEntry;
    let entry: TableEntry;
    try {
      const target = readTarget(s, ref);
      source = requireTable(s, target.ref);
      entry = shownTable(a, source);
    } catch (error) {
      if (error instanceof StorageError && error.code !== 'INTERNAL') return;
      throw error;
    }
    const path = tablePath(s, source);
    const alias = s.files.aliasFor(path);
    const columns = source.columns.map((c) => `${c.name}:${c.type}:${c.nullable}`).join(',');
    out.push({
      bucket: a.bucket,
      name: a.name,
      ref,
      entry,
      path,
      alias,
      lockKey: lockKeyOf(source),
      signature: `${alias}|${a.uid}|${columns}`,
      view: { alias: a, source },
    });
  };
  for (const bucket of project.buckets.values()) {
    const names = new Map<string, string>();
    for (const t of bucket.tables.values()) names.set(nameKey(t.name), t.name);
    if (branchId !== null) {
      const own = project.branches.get(branchId);
      for (const t of own?.tables.values() ?? []) {
        if (nameKey(t.bucket) === nameKey(bucket.name)) names.set(nameKey(t.name), t.name);
      }
    }
    for (const name of names.values()) add(bucket.name, name);
    for (const a of aliasesIn(s, { projectId, branchId: branch, bucket: bucket.name })) addAlias(a);
  }
  for (const link of project.links.values()) {
    const source = s.catalog.linkSource(link);
    for (const t of source?.tables.values() ?? []) add(link.name, t.name);
  }
  return out;
}

/**
 * Project tables are views in a session, and DuckDB keeps no key on a view: the keys of the
 * tables behind them are listed here, in the project catalog's hidden `main` schema, for the
 * protocol's catalog (PG wire: pg_index / pg_constraint, what pgJDBC's getPrimaryKeys reads).
 */
export const PRIMARY_KEYS_TABLE = '_primary_keys';
export const PRIMARY_KEYS_COLUMNS =
  'schema_name VARCHAR, table_name VARCHAR, column_name VARCHAR, column_index SMALLINT, key_position SMALLINT';

/**
 * The filter values of alias views, beside them in the hidden `main` schema: a view's text
 * cannot hold bound parameters, so its filter reads value `n` from here (bound when inserted,
 * never spliced into SQL).
 */
export const ALIAS_PARAMS_TABLE = '_alias_params';
export const ALIAS_PARAMS_COLUMNS = 'view_uid VARCHAR, n INTEGER, value VARCHAR';

/** The reference's per-table schema name. */
export const compatSchema = (t: Pick<VisibleTable, 'bucket' | 'name'>): string => `${t.bucket}_${t.name}`;

/** The session's project-view catalog: keeps its views equal to `visibleTables`. */
export class ProjectViews {
  /** Current views by `bucket/table` key. */
  private readonly views = new Map<string, VisibleTable>();
  private readonly schemas = new Set<string>();
  private readonly byAlias = new Map<string, VisibleTable>();
  /** Lower-cased names a statement can use to reach a table: bucket, table and compat names. */
  private readonly byName = new Map<string, VisibleTable[]>();
  private searchPath = '';
  /** Catalog and table-file revisions the views were last brought up to date with. */
  private seen = '';

  constructor(
    private readonly s: Storage,
    private readonly conn: DuckDBConnection,
    /** Quoted alias of the session's in-memory project catalog. */
    readonly catalog: string,
    private readonly workspace: string,
    private extraSearchPath: readonly string[],
    private readonly projectId: string,
    private readonly branchId: string | null,
  ) {}

  tableOfAlias(alias: string): VisibleTable | undefined {
    return this.byAlias.get(alias);
  }

  /** Tables a statement naming `names` may read. */
  tablesNamed(names: ReadonlySet<string>): VisibleTable[] {
    const found = new Set<VisibleTable>();
    for (const name of names) for (const t of this.byName.get(name) ?? []) found.add(t);
    return [...found];
  }

  /** Lower-cased project schema names (writes into them are refused). */
  protectedSchemas(): Set<string> {
    return new Set([...this.schemas, ...this.extraSearchPath].map((x) => x.toLowerCase()));
  }

  /**
   * Brings the views up to date. `attach` leases a table's file while its view is (re)created:
   * DuckDB binds a view's query when it is created.
   */
  /** Returns whether any view changed (prepared statements over them must be described again). */
  async refresh(attach: (t: VisibleTable) => Promise<() => void>): Promise<boolean> {
    // Nothing committed since the last refresh: the views are current, and a statement does not
    // pay O(tables of the project) to learn it (two passes a statement, ~1.5 ms each at 500).
    const seen = `${this.s.catalog.revision}/${this.s.files.revision}`;
    if (seen === this.seen && this.searchPath !== '') return false;
    const now = visibleTables(this.s, this.projectId, this.branchId);
    const wanted = new Map(now.map((t) => [`${nameKey(t.bucket)}/${nameKey(t.name)}`, t]));
    let changed = false;
    for (const [key, old] of this.views) {
      if (wanted.get(key)?.signature === old.signature) continue;
      await this.dropView(old);
      this.views.delete(key);
      changed = true;
    }
    for (const [key, t] of wanted) {
      if (this.views.has(key)) continue;
      const release = await attach(t);
      try {
        await this.createView(t);
      } finally {
        release();
      }
      this.views.set(key, t);
      changed = true;
    }
    if (!changed && this.searchPath !== '') {
      this.seen = seen;
      return false;
    }
    this.index();
    await this.writePrimaryKeys();
    await this.setSearchPath();
    // Taken before the catalog was read: a change committed meanwhile is seen next time.
    this.seen = seen;
    return true;
  }

  private async writePrimaryKeys(): Promise<void> {
    const table = `${this.catalog}.main.${PRIMARY_KEYS_TABLE}`;
    await this.conn.run(`DELETE FROM ${table}`);
    const rows: (string | number)[][] = [];
    for (const t of this.views.values()) {
      t.entry.primaryKey.forEach((column, i) => {
        const index = t.entry.columns.findIndex((c) => c.name === column);
        if (index >= 0) rows.push([t.bucket, t.name, column, index + 1, i + 1]);
      });
    }
    for (let start = 0; start < rows.length; start += 200) {
      const batch = rows.slice(start, start + 200);
      const values = batch.map(
        (_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`,
      );
      await this.conn.run(`INSERT INTO ${table} VALUES ${values.join(', ')}`, batch.flat());
    }
  }

  private async createView(t: VisibleTable): Promise<void> {
    const select = await this.viewQuery(t);
    for (const [schema, view] of [
      [t.bucket, t.name],
      [compatSchema(t), 'data'],
    ] as const) {
      if (!this.schemas.has(schema)) {
        await this.conn.run(`CREATE SCHEMA IF NOT EXISTS ${this.catalog}.${quoteIdent(schema)}`);
        this.schemas.add(schema);
      }
      await this.conn.run(
        `CREATE OR REPLACE VIEW ${this.catalog}.${quoteIdent(schema)}.${quoteIdent(view)} AS ${select}`,
      );
    }
  }

  /** A table's view reads its file whole; an alias's its source's file through its columns and filter. */
  private async viewQuery(t: VisibleTable): Promise<string> {
    const data = `${quoteIdent(t.alias)}.main.data`;
    if (t.view === null) return `SELECT * FROM ${data}`;
    const params = `${this.catalog}.main.${ALIAS_PARAMS_TABLE}`;
    const uid = t.view.alias.uid;
    const filter = await aliasFilter(
      t.view.alias,
      t.view.source,
      1,
      // The uid is ours (a UUID), not user text.
      (n) => `(SELECT value FROM ${params} WHERE view_uid = ${quoteLiteral(uid)} AND n = ${n})`,
    );
    await this.conn.run(`DELETE FROM ${params} WHERE view_uid = $1`, [uid]);
    for (const [i, value] of filter.params.entries()) {
      await this.conn.run(`INSERT INTO ${params} VALUES ($1, $2, $3)`, [uid, i + 1, String(value)]);
    }
    const where = filter.sql === 'TRUE' ? '' : ` WHERE ${filter.sql}`;
    return `SELECT ${selectList(t.entry)} FROM ${data}${where}`;
  }

  private async dropView(t: VisibleTable): Promise<void> {
    await this.conn.run(`DROP VIEW IF EXISTS ${this.catalog}.${quoteIdent(t.bucket)}.${quoteIdent(t.name)}`);
    await this.conn.run(`DROP SCHEMA IF EXISTS ${this.catalog}.${quoteIdent(compatSchema(t))} CASCADE`);
    this.schemas.delete(compatSchema(t));
    if (t.view !== null) {
      await this.conn.run(`DELETE FROM ${this.catalog}.main.${ALIAS_PARAMS_TABLE} WHERE view_uid = $1`, [
        t.view.alias.uid,
      ]);
    }
  }

  private index(): void {
    this.byAlias.clear();
    this.byName.clear();
    const add = (name: string, t: VisibleTable) => {
      const key = name.toLowerCase();
      const list = this.byName.get(key) ?? [];
      list.push(t);
      this.byName.set(key, list);
    };
    for (const t of this.views.values()) {
      this.byAlias.set(t.alias, t);
      add(t.name, t);
      add(compatSchema(t), t);
    }
  }

  /** Appends schemas of the project catalog to the search path (a protocol's trusted setup). */
  async addSearchPath(schemas: readonly string[]): Promise<void> {
    this.extraSearchPath = [...new Set([...this.extraSearchPath, ...schemas])];
    await this.setSearchPath();
  }

  /**
   * Unqualified names find the workspace first, then bucket schemas (DuckDB resolves
   * `schema.table` through the search path's entries, so every project schema is one).
   */
  private async setSearchPath(): Promise<void> {
    const buckets = [...new Set([...this.views.values()].map((t) => t.bucket))];
    const compat = [...this.views.values()].map((t) => compatSchema(t));
    const entries = [
      `${this.workspace}.main`,
      ...[...buckets, ...compat, ...this.extraSearchPath].map((x) => `${this.catalog}.${quoteIdent(x)}`),
    ];
    const path = entries.join(',');
    if (path === this.searchPath) return;
    await this.conn.run(`SET search_path = '${path.replaceAll("'", "''")}'`);
    this.searchPath = path;
  }
}
