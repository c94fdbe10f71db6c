import { StorageError } from '../errors.js';
import { compileRowFilter, type RowFilter } from '../filters/row-filter.js';
import { num, readRows } from '../metadata/tx.js';
import { wouldSnapshot } from '../snapshots/auto-snapshot.js';
import type { Trigger } from '../snapshots/settings-model.js';
import type { AuditContext, Storage } from '../storage.js';
import { changeTable } from './schema-change.js';
import { columnInfos } from './schema-def.js';
import type { TableRef } from './table-lookup.js';

const ALL_ROWS_TRIGGERS: Trigger[] = ['delete_all_rows', 'truncate_table'];

export interface DeleteRowsInput {
  /** SQL text as the reference's clients send it; parsed and checked, never run as given. */
  whereClause?: string | null;
  /** Structured filters, ANDed with whereClause. */
  where?: RowFilter[];
}

/**
 * deleteRows: the rows matching the filter (SQL text and/or structured, compiled by
 * compileRowFilter against the table's columns as they are under the write lock) are deleted
 * in one transaction. A filter is required: `TRUE` deletes every row (the reference sent an
 * empty clause to DuckDB and answered 500).
 */
export async function deleteRows(
  s: Storage,
  ref: TableRef & DeleteRowsInput,
  audit: AuditContext,
): Promise<{ deletedRows: number; tableRowsAfter: number }> {
  const text = ref.whereClause ?? '';
  const filters = ref.where ?? [];
  if (text.trim() === '' && filters.length === 0) {
    throw new StorageError(
      'INVALID_ARGUMENT',
      'invalid_where_clause',
      'Give where_clause or where: a filter is required (where_clause "TRUE" deletes every row)',
      { details: { where_clause: text } },
    );
  }
  const { table, result } = await changeTable(s, ref, audit, {
    context: 'Cannot delete rows',
    audit: (t, deleted: number) => ({
      operation: 'delete_rows',
      resourceType: 'table',
      resourceId: `${t.bucket}.${t.name}`,
      details: {
        bucket_name: t.bucket,
        table_name: t.name,
        where_clause: text.slice(0, 200),
        where: filters,
        deleted_rows: deleted,
        branch_id: ref.branchId,
      },
    }),
    // "Delete all rows" is what the filter matches, counted, never guessed from the SQL text
    // (reference pitfall 05/10: `1 = 1` or `id IS NOT NULL` escaped its string match).
    before: async (ctx) => {
      // The count costs a scan: only when a snapshot would be taken.
      if (!wouldSnapshot(s, ctx.table, ALL_ROWS_TRIGGERS)) return null;
      const filter = await compileRowFilter(columnInfos(ctx.def), { sql: text, filters });
      const counted = await readRows(
        ctx.conn,
        `SELECT count(*) AS total, count(*) FILTER (WHERE ${filter.sql}) AS matching FROM ${ctx.data}`,
        filter.params,
      );
      const total = num(counted[0]?.total);
      if (total === 0 || num(counted[0]?.matching) < total) return null;
      return {
        triggers: ALL_ROWS_TRIGGERS,
        type: 'auto_pretruncate',
        what: `DELETE ALL ROWS from ${ctx.table.bucket}.${ctx.table.name}`,
      };
    },
    run: async (ctx) => {
      const filter = await compileRowFilter(columnInfos(ctx.def), { sql: text, filters });
      const result = await ctx.conn.run(
        `DELETE FROM ${ctx.data} WHERE ${filter.sql}`,
        filter.params.length === 0 ? undefined : filter.params,
      );
      return result.rowsChanged;
    },
  });
  return { deletedRows: result, tableRowsAfter: table.rowCount };
}
