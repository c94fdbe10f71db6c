import type { DuckDBConnection } from '@duckdb/node-api';
import { withTableWrite } from '../branches/copy-on-write.js';
import { nameKey } from '../catalog/names.js';
import { checkpoint } from '../db/checkpoint.js';
import { nextAlias } from '../db/engine.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument } from '../errors.js';
import { duckdbFailure, metaWrite, readRows } from '../metadata/tx.js';
import type { ColumnInfo } from '../model.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { requireTable, type TableRef } from './table-lookup.js';
import { fileBytes, tablePath } from './table-stats.js';
import { markStatsPending, restoreTableStats } from './table-swap.js';

/** Rows with the same set of keys, inserted together (absent keys take the column default). */
interface Group {
  columns: ColumnInfo[];
  rows: (string | null)[][];
}

/**
 * Appends rows (used by tests and benchmarks now, by import later) under the table's write
 * lock. Values never reach SQL text: they are appended as VARCHAR to a connection-local temp
 * table, then one `INSERT ... SELECT CAST(c AS <column type>)` per key set moves them in a
 * single transaction (text + CAST, so `1.5` is refused by an INTEGER column instead of being
 * rounded like a bound DOUBLE). Then row_count, size_bytes and updated_at are refreshed.
 */
export async function insertRows(
  s: Storage,
  ref: TableRef,
  rows: Record<string, unknown>[],
  audit: AuditContext = { requestId: 'internal', actor: 'system' },
): Promise<{ inserted: number; rowCount: number }> {
  const table = requireTable(s, ref);
  const groups = groupRows(table.name, table.columns, rows);
  if (groups.length === 0) return { inserted: 0, rowCount: table.rowCount };
  return trackWrite(s, () =>
    withTableWrite(s, ref, audit, async (current) => {
      const file = tablePath(s, current);
      const lease = await s.files.lease(file);
      let rowCount: number;
      try {
        rowCount = await s.pool.use(async (conn) => {
          // One after another: a DuckDB connection runs one statement at a time (staging groups
          // concurrently on it failed with "closed pending query result").
          // Each temp name is recorded before its table exists, so `finally` drops every one.
          const staged: { group: Group; temp: string }[] = [];
          try {
            for (const group of groups) {
              const temp = nextAlias('s');
              staged.push({ group, temp });
              await stage(conn, group, temp);
            }
            // A crash after COMMIT but before the catalog update makes start-up recount.
            await markStatsPending(s, current);
            await conn.run('BEGIN TRANSACTION');
            for (const { group, temp } of staged) {
              const names = group.columns.map((c) => quoteIdent(c.name)).join(', ');
              const casts = group.columns.map((c, i) => `CAST(c${i} AS ${c.type})`).join(', ');
              await conn.run(
                `INSERT INTO ${lease.alias}.main.data (${names}) SELECT ${casts} FROM temp.main.${temp}`,
              );
            }
            await conn.run('COMMIT');
          } catch (error) {
            await conn.run('ROLLBACK').catch(() => undefined);
            await restoreTableStats(s, current);
            throw duckdbFailure(s, error, { context: `Cannot insert rows into ${table.name}` });
          } finally {
            for (const { temp } of staged) await conn.run(`DROP TABLE IF EXISTS temp.main.${temp}`);
          }
          // Fold the WAL into the file so size_bytes is stable and the WAL stays small.
          await checkpoint(conn, lease.alias);
          const counted = await readRows(conn, `SELECT count(*) AS n FROM ${lease.alias}.main.data`);
          return Number(counted[0]?.n ?? 0);
        });
      } finally {
        lease.release();
      }
      const sizeBytes = await fileBytes(file);
      await metaWrite(s, async (tx) => {
        const updatedAt = nowIso();
        await tx.run(
          `UPDATE ${s.m}.tables SET row_count = $1, size_bytes = $2, updated_at = $3 WHERE uid = $4`,
          [rowCount, sizeBytes, updatedAt, current.uid],
        );
        return () => {
          current.rowCount = rowCount;
          current.sizeBytes = sizeBytes;
          current.updatedAt = updatedAt;
        };
      });
      return { inserted: groups.reduce((n, g) => n + g.rows.length, 0), rowCount };
    }),
  );
}

function groupRows(tableName: string, columns: ColumnInfo[], rows: Record<string, unknown>[]): Group[] {
  const byKey = new Map(columns.map((c) => [nameKey(c.name), c]));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const entries = Object.entries(row).map(([k, v]) => {
      const column = byKey.get(nameKey(k));
      if (column === undefined) {
        throw invalidArgument('column_not_found', `Column '${k}' not found in table ${tableName}`, {
          column: k,
          existing_columns: columns.map((c) => c.name),
        });
      }
      return [column, v] as const;
    });
    if (entries.length === 0) continue;
    entries.sort((a, b) => a[0].ordinalPosition - b[0].ordinalPosition);
    const signature = entries.map(([c]) => c.ordinalPosition).join(',');
    let group = groups.get(signature);
    if (group === undefined) {
      group = { columns: entries.map(([c]) => c), rows: [] };
      groups.set(signature, group);
    }
    group.rows.push(entries.map(([, v]) => asText(v)));
  }
  return [...groups.values()];
}

/** Appends a group to a fresh temp table of VARCHAR columns c0..cN. */
async function stage(conn: DuckDBConnection, group: Group, temp: string): Promise<void> {
  await conn.run(`CREATE TEMP TABLE ${temp} (${group.columns.map((_c, i) => `c${i} VARCHAR`).join(', ')})`);
  const appender = await conn.createAppender(temp, 'main', 'temp');
  try {
    for (const row of group.rows) {
      for (const value of row) {
        if (value === null) appender.appendNull();
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** A JS value as text DuckDB can CAST: JSON for objects, `\xHH` escapes for bytes. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) {
    return Array.from(value, (b) => `\\x${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return String(value);
}
