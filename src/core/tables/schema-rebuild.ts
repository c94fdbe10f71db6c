import { quoteIdent } from '../db/sql.js';
import type { ChangeContext } from './schema-change.js';
import { definitionSql, type TableDef } from './schema-def.js';

/** Name of the table being built beside `data`; only ever exists inside the transaction. */
const REBUILT = '_rebuild';

/**
 * Re-creates `main.data` with another definition inside the change's transaction, for what
 * DuckDB 1.5 cannot ALTER in place (dropping or replacing a primary key, changing the type of
 * a key column): CREATE TABLE `_rebuild` (the new definition: defaults and NOT NULLs kept);
 * INSERT ... SELECT (in insertion order, so rowid order is kept); DROP `data`; RENAME. The
 * caller's ROLLBACK undoes all of it (the reference ran these in autocommit and lost rows,
 * pitfall 03/3). `select[i]` is the SQL expression for the i-th new column, over the old table.
 */
export async function rebuildTable(ctx: ChangeContext, def: TableDef, select: string[]): Promise<void> {
  const { conn, alias, data } = ctx;
  const target = `${alias}.main.${REBUILT}`;
  await conn.run(`CREATE TABLE ${target} (${definitionSql(def)})`);
  const names = def.columns.map((c) => quoteIdent(c.name)).join(', ');
  await conn.run(`INSERT INTO ${target} (${names}) SELECT ${select.join(', ')} FROM ${data} ORDER BY rowid`);
  await conn.run(`DROP TABLE ${data}`);
  await conn.run(`ALTER TABLE ${target} RENAME TO data`);
}
