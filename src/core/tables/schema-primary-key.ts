import { nameKey } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument, StorageError } from '../errors.js';
import type { Table } from '../model.js';
import type { AuditContext, Storage } from '../storage.js';
import { encodeCell } from './cell-values.js';
import { type ChangeContext, changeTable } from './schema-change.js';
import { findColumn, type TableDef } from './schema-def.js';
import { rebuildTable } from './schema-rebuild.js';
import type { TableRef } from './table-lookup.js';

const tableAudit = (
  operation: 'add_primary_key' | 'drop_primary_key',
  table: { bucket: string; name: string },
  details: Record<string, unknown>,
) => ({
  operation,
  resourceType: 'table' as const,
  resourceId: `${table.bucket}.${table.name}`,
  details: { bucket_name: table.bucket, table_name: table.name, ...details },
});

/**
 * setPrimaryKey: checked first (400 for an unknown column or NULLs in the key, 409
 * `duplicate_key` naming one duplicated key value), then `ALTER TABLE ADD PRIMARY KEY` when the
 * table has none, or a rebuild with the new key when it has one (DuckDB cannot drop a key in
 * place), all in one transaction: the reference's rebuild emptied the table on duplicates
 * (pitfall 03/3). Setting the key the table already has changes nothing.
 */
export async function setPrimaryKey(
  s: Storage,
  ref: TableRef & { columns: string[] },
  audit: AuditContext,
): Promise<Table> {
  const { table } = await changeTable(s, ref, audit, {
    context: 'Cannot set the primary key',
    audit: (t, r: { columns: string[]; previous: string[] }) =>
      tableAudit('add_primary_key', t, {
        columns: r.columns,
        previous_primary_key: r.previous,
        branch_id: ref.branchId,
      }),
    run: async (ctx) => {
      const columns = keyColumns(ctx.def, ref.columns, ctx.table.name);
      const previous = ctx.def.primaryKey;
      if (sameKey(previous, columns)) return { columns, previous };
      await checkKeyData(ctx, columns);
      if (previous.length === 0) {
        await ctx.conn.run(`ALTER TABLE ${ctx.data} ADD PRIMARY KEY (${columns.map(quoteIdent).join(', ')})`);
      } else {
        await rebuildWithKey(ctx, { columns: ctx.def.columns, primaryKey: columns });
      }
      return { columns, previous };
    },
  });
  return table;
}

/**
 * dropPrimaryKey: a rebuild without the key (defaults and NOT NULLs kept). The former key
 * columns stay NOT NULL: DuckDB records the NOT NULL a key implies like a declared one, so the
 * two cannot be told apart; alterColumn `set_not_null: false` lifts it.
 */
export async function dropPrimaryKey(s: Storage, ref: TableRef, audit: AuditContext): Promise<Table> {
  const { table } = await changeTable(s, ref, audit, {
    context: 'Cannot drop the primary key',
    audit: (t, previous: string[]) =>
      tableAudit('drop_primary_key', t, { previous_primary_key: previous, branch_id: ref.branchId }),
    run: async (ctx) => {
      const previous = ctx.def.primaryKey;
      if (previous.length === 0) {
        throw invalidArgument('no_primary_key', `Table ${ctx.table.name} does not have a primary key`, {});
      }
      await rebuildWithKey(ctx, { columns: ctx.def.columns, primaryKey: [] });
      return previous;
    },
  });
  return table;
}

function keyColumns(def: TableDef, names: string[], table: string): string[] {
  if (names.length === 0) {
    throw invalidArgument('invalid_primary_key', 'A primary key needs at least one column', { columns: [] });
  }
  const out: string[] = [];
  for (const name of names) {
    const column = findColumn(def, name);
    if (column === undefined) {
      throw invalidArgument('column_not_found', `Column '${name}' not found in table ${table}`, {
        column: name,
        existing_columns: def.columns.map((c) => c.name),
      });
    }
    if (out.includes(column.name)) {
      throw invalidArgument('invalid_primary_key', `Primary key column '${name}' is listed twice`, {
        columns: names,
      });
    }
    out.push(column.name);
  }
  return out;
}

const sameKey = (a: string[], b: string[]) =>
  a.length === b.length && a.every((k, i) => nameKey(k) === nameKey(b[i] ?? ''));

/** NULLs in the key: 400; a duplicated key value: 409 naming it and how often it occurs. */
async function checkKeyData(ctx: ChangeContext, columns: string[]): Promise<void> {
  const cols = columns.map(quoteIdent);
  const nulls = (
    await ctx.conn.runAndReadAll(
      `SELECT count(*) AS n FROM ${ctx.data} WHERE ${cols.map((c) => `${c} IS NULL`).join(' OR ')}`,
    )
  ).getRowObjects();
  const nullRows = Number(nulls[0]?.n ?? 0);
  if (nullRows > 0) {
    throw invalidArgument(
      'null_in_primary_key',
      `${nullRows} row(s) have NULL in the key column(s) ${columns.join(', ')}: a primary key cannot hold NULL`,
      { columns, null_rows: nullRows },
    );
  }
  const dup = (
    await ctx.conn.runAndReadAll(
      `SELECT ${cols.join(', ')}, count(*) FROM ${ctx.data}
       GROUP BY ${cols.join(', ')} HAVING count(*) > 1 LIMIT 1`,
    )
  ).getRows()[0];
  if (dup === undefined) return;
  const key: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    // Error bodies are plain JSON: 64/128-bit integers as their digits.
    const cell = encodeCell(dup[i] ?? null);
    key[c] = typeof cell === 'bigint' ? cell.toString() : cell;
  });
  const occurrences = Number(dup[columns.length]);
  const shown = columns.map((c) => String(key[c])).join(', ');
  throw new StorageError(
    'CONFLICT',
    'duplicate_key',
    `Cannot set the primary key (${columns.join(', ')}): key (${shown}) appears ${occurrences} times`,
    { details: { columns, key, occurrences } },
  );
}

async function rebuildWithKey(ctx: ChangeContext, def: TableDef): Promise<void> {
  await rebuildTable(
    ctx,
    def,
    def.columns.map((c) => quoteIdent(c.name)),
  );
}
