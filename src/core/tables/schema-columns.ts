import { nameKey, validateName } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { alreadyExists, invalidArgument } from '../errors.js';
import { readRows } from '../metadata/tx.js';
import type { Table } from '../model.js';
import type { AuditContext, Storage } from '../storage.js';
import { refuseAliasedColumn } from './aliases.js';
import { canonicalDefault } from './column-defaults.js';
import { canonicalColumnType } from './column-types.js';
import { type ChangeContext, changeTable } from './schema-change.js';
import {
  type ColumnDef,
  checkDefault,
  findColumn,
  inPrimaryKey,
  requireColumn,
  type TableDef,
} from './schema-def.js';
import { rebuildTable } from './schema-rebuild.js';
import type { TableRef } from './table-lookup.js';

const columnAudit = (operation: 'add_column' | 'drop_column' | 'alter_column') =>
  function audit(
    table: { bucket: string; name: string },
    column: string,
    details: Record<string, unknown>,
    branchId: string,
  ) {
    return {
      operation,
      resourceType: 'column' as const,
      resourceId: `${table.bucket}.${table.name}.${column}`,
      details: {
        bucket_name: table.bucket,
        table_name: table.name,
        column_name: column,
        ...details,
        branch_id: branchId,
      },
    };
  };

const columnExists = (name: string, def: TableDef) =>
  alreadyExists('column_exists', `Column '${name}' already exists (column names ignore case)`, {
    column_name: name,
    existing_columns: def.columns.map((c) => c.name),
  });

/** The default's SQL, or null for none (a NULL default is no default). */
function parseDefault(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const sql = canonicalDefault(text);
  return sql === 'NULL' ? null : sql;
}

/**
 * addColumn: ALTER TABLE ADD COLUMN (type by the type grammar, default by the default parser).
 * DuckDB refuses constraints in ADD COLUMN (the reference answered 500 "not yet supported"),
 * so a NOT NULL column is added by a rebuild in the same transaction; without a default it can
 * only join an empty table (400 otherwise). Existing rows take the default.
 */
export async function addColumn(
  s: Storage,
  ref: TableRef & { name: string; type: string; nullable: boolean; default: string | null },
  audit: AuditContext,
): Promise<Table> {
  validateName('column', ref.name);
  const type = canonicalColumnType(ref.type);
  const defaultSql = parseDefault(ref.default);
  const { table } = await changeTable(s, ref, audit, {
    context: `Cannot add column ${ref.name}`,
    audit: (t) =>
      columnAudit('add_column')(
        t,
        ref.name,
        { column_type: type, nullable: ref.nullable, default: defaultSql },
        ref.branchId,
      ),
    run: async (ctx) => {
      if (findColumn(ctx.def, ref.name) !== undefined) throw columnExists(ref.name, ctx.def);
      if (!ref.nullable && defaultSql === null && (await rowCount(ctx)) > 0) {
        throw invalidArgument(
          'not_null_without_default',
          `Column '${ref.name}' is NOT NULL without a default, but the table has rows: give a default or make it nullable`,
          { column_name: ref.name, row_count: await rowCount(ctx) },
        );
      }
      if (defaultSql !== null) await checkDefault(ctx.conn, ref.name, type, defaultSql);
      if (ref.nullable) {
        const added = `${quoteIdent(ref.name)} ${type}${defaultSql === null ? '' : ` DEFAULT ${defaultSql}`}`;
        await ctx.conn.run(`ALTER TABLE ${ctx.data} ADD COLUMN ${added}`);
        return;
      }
      // ADD COLUMN then SET NOT NULL in one transaction fails on a keyed table ("Cannot create
      // index with outstanding updates"): build the table with the column instead.
      await rebuildTable(
        ctx,
        {
          columns: [...ctx.def.columns, { name: ref.name, type, nullable: false, default: defaultSql }],
          primaryKey: ctx.def.primaryKey,
        },
        [
          ...ctx.def.columns.map((c) => quoteIdent(c.name)),
          defaultSql === null ? 'NULL' : `CAST(${defaultSql} AS ${type})`,
        ],
      );
    },
  });
  return table;
}

/** The column, if dropColumn may drop it: not the last column, not in the primary key (400). */
function droppable(def: TableDef, name: string, table: string): ColumnDef {
  const column = requireColumn(def, name, table);
  if (def.columns.length === 1) {
    throw invalidArgument('cannot_drop_last_column', `Cannot drop the last column of table ${table}`, {
      column_count: 1,
    });
  }
  if (inPrimaryKey(def, column.name)) {
    throw invalidArgument(
      'column_in_primary_key',
      `Column '${column.name}' is part of the primary key; drop or change the primary key first`,
      { column_name: column.name, primary_key: def.primaryKey },
    );
  }
  return column;
}

/** dropColumn: refused for a primary key column and for the last column (400). */
export async function dropColumn(s: Storage, ref: TableRef & { column: string }, audit: AuditContext) {
  refuseAliasedColumn(s, ref, ref.column);
  const { table } = await changeTable(s, ref, audit, {
    context: `Cannot drop column ${ref.column}`,
    audit: (t, name: string) => columnAudit('drop_column')(t, name, {}, ref.branchId),
    before: async (ctx) => {
      const column = droppable(ctx.def, ref.column, ctx.table.name);
      return {
        triggers: ['drop_column'],
        type: 'auto_predrop_column',
        what: `DROP COLUMN ${ctx.table.bucket}.${ctx.table.name}.${column.name}`,
      };
    },
    run: async (ctx) => {
      const column = droppable(ctx.def, ref.column, ctx.table.name);
      await ctx.conn.run(`ALTER TABLE ${ctx.data} DROP COLUMN ${quoteIdent(column.name)}`);
      return column.name;
    },
  });
  return table;
}

export interface AlterColumnChanges {
  newName?: string | null;
  newType?: string | null;
  /** true: SET NOT NULL (refused while NULLs exist); false: DROP NOT NULL. */
  setNotNull?: boolean | null;
  /** New default; an empty string drops it. */
  setDefault?: string | null;
}

/**
 * alterColumn: rename, type change (every value must convert: 400 naming one that does not),
 * NOT NULL on/off, default set/drop, all in one transaction (the reference applied them one by
 * one and kept a rename after a failed type change, pitfall 03/8). A key column's type cannot be
 * ALTERed by DuckDB: the table is rebuilt with the new type instead, in the same transaction.
 */
export async function alterColumn(
  s: Storage,
  ref: TableRef & { column: string } & AlterColumnChanges,
  audit: AuditContext,
): Promise<Table> {
  if (ref.newName !== undefined && ref.newName !== null && ref.newName !== ref.column) {
    refuseAliasedColumn(s, ref, ref.column);
  }
  const { table } = await changeTable(s, ref, audit, {
    context: `Cannot alter column ${ref.column}`,
    audit: (t, name: string) =>
      columnAudit('alter_column')(
        t,
        name,
        {
          new_name: ref.newName ?? null,
          new_type: ref.newType ?? null,
          set_not_null: ref.setNotNull ?? null,
          set_default: ref.setDefault ?? null,
        },
        ref.branchId,
      ),
    run: (ctx) => alterIn(ctx, ref),
  });
  return table;
}

async function alterIn(ctx: ChangeContext, ref: { column: string } & AlterColumnChanges): Promise<string> {
  const { conn, data, def } = ctx;
  const column = requireColumn(def, ref.column, ctx.table.name);
  const none = (v: unknown) => v === null || v === undefined;
  if (none(ref.newName) && none(ref.newType) && none(ref.setNotNull) && none(ref.setDefault)) {
    throw invalidArgument(
      'no_changes_specified',
      'Give at least one of new_name, new_type, set_not_null, set_default',
      {},
    );
  }
  const isKey = inPrimaryKey(def, column.name);
  // Everything is checked before the first statement, so the answer names the real cause.
  let name = column.name;
  if (!none(ref.newName) && ref.newName !== column.name) {
    const newName = ref.newName as string;
    validateName('column', newName);
    const other = findColumn(def, newName);
    if (other !== undefined && other !== column) {
      throw alreadyExists('column_exists', `Column '${newName}' already exists (column names ignore case)`, {
        new_name: newName,
        existing_columns: def.columns.map((c) => c.name),
      });
    }
    name = newName;
  }
  const type = none(ref.newType) ? column.type : canonicalColumnType(ref.newType as string);
  const col = quoteIdent(column.name);
  if (type !== column.type) await checkConvertible(ctx, column.name, type);
  if (ref.setNotNull === true && column.nullable) {
    const nulls = await count(ctx, `${col} IS NULL`);
    if (nulls > 0) {
      throw invalidArgument(
        'column_has_nulls',
        `Column '${column.name}' has ${nulls} NULL value(s): it cannot be made NOT NULL`,
        { column_name: column.name, null_count: nulls },
      );
    }
  }
  if (ref.setNotNull === false && isKey) {
    throw invalidArgument(
      'column_in_primary_key',
      `Column '${column.name}' is part of the primary key, which needs NOT NULL`,
      { column_name: column.name, primary_key: def.primaryKey },
    );
  }
  let defaultSql = column.default;
  if (!none(ref.setDefault)) defaultSql = parseDefault(ref.setDefault);
  if (defaultSql !== null) await checkDefault(conn, name, type, defaultSql);

  if (type !== column.type && isKey) {
    // DuckDB cannot change a key column's type in place: rebuild with every change applied.
    const next: TableDef = {
      columns: def.columns.map((c) =>
        c === column
          ? { name, type, nullable: ref.setNotNull === true ? false : c.nullable, default: defaultSql }
          : c,
      ),
      primaryKey: def.primaryKey.map((k) => (nameKey(k) === nameKey(column.name) ? name : k)),
    };
    await rebuildTable(
      ctx,
      next,
      def.columns.map((c) => (c === column ? `CAST(${col} AS ${type})` : quoteIdent(c.name))),
    );
    return name;
  }
  if (name !== column.name) await conn.run(`ALTER TABLE ${data} RENAME COLUMN ${col} TO ${quoteIdent(name)}`);
  const target = quoteIdent(name);
  if (type !== column.type)
    await conn.run(`ALTER TABLE ${data} ALTER COLUMN ${target} SET DATA TYPE ${type}`);
  if (ref.setNotNull === true && column.nullable) {
    await conn.run(`ALTER TABLE ${data} ALTER COLUMN ${target} SET NOT NULL`);
  }
  if (ref.setNotNull === false && !column.nullable) {
    await conn.run(`ALTER TABLE ${data} ALTER COLUMN ${target} DROP NOT NULL`);
  }
  if (!none(ref.setDefault)) {
    await conn.run(
      defaultSql === null
        ? `ALTER TABLE ${data} ALTER COLUMN ${target} DROP DEFAULT`
        : `ALTER TABLE ${data} ALTER COLUMN ${target} SET DEFAULT ${defaultSql}`,
    );
  }
  return name;
}

/** 400 `type_conversion_failed` naming a value of the column that does not convert. */
async function checkConvertible(ctx: ChangeContext, column: string, type: string): Promise<void> {
  const col = quoteIdent(column);
  const rows = await readRows(
    ctx.conn,
    `SELECT CAST(${col} AS VARCHAR) AS v FROM ${ctx.data} WHERE ${col} IS NOT NULL AND TRY_CAST(${col} AS ${type}) IS NULL LIMIT 1`,
  );
  const failing = rows[0];
  if (failing === undefined) return;
  const value = failing.v === null ? null : String(failing.v);
  const bad = await count(ctx, `${col} IS NOT NULL AND TRY_CAST(${col} AS ${type}) IS NULL`);
  throw invalidArgument(
    'type_conversion_failed',
    `Column '${column}' cannot become ${type}: value '${value}' does not convert (${bad} value(s) do not)`,
    { column_name: column, new_type: type, value, failing_values: bad },
  );
}

async function count(ctx: ChangeContext, where: string): Promise<number> {
  const rows = await readRows(ctx.conn, `SELECT count(*) AS n FROM ${ctx.data} WHERE ${where}`);
  return Number(rows[0]?.n ?? 0);
}

const rowCount = (ctx: ChangeContext) => count(ctx, 'TRUE');
