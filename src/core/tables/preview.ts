import type { DuckDBValue } from '@duckdb/node-api';
import type { TableEntry } from '../catalog/catalog.js';
import { withQueryTimeout } from '../db/query-timeout.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument } from '../errors.js';
import { bind, duckdbFailure, readRows } from '../metadata/tx.js';
import type { CellValue, Preview, PreviewRequest } from '../model.js';
import type { Storage } from '../storage.js';
import { aliasFilter, readTarget, shownTable } from './aliases.js';
import { encodeCell } from './cell-values.js';
import { columnOf, requireTable } from './table-lookup.js';
import { lockKeyOf, tablePath } from './table-stats.js';

const SQL_OPERATOR = { gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/**
 * The WHERE clause: values are bound as VARCHAR and cast to the column's type (the type text
 * is DuckDB's own, read back at create time, never user text).
 */
function whereClause(table: TableEntry, where: PreviewRequest['where']): { sql: string; params: string[] } {
  if (where === undefined) return { sql: '', params: [] };
  const column = columnOf(table, where.column);
  const col = quoteIdent(column.name);
  const cast = (i: number) => `CAST($${i} AS ${column.type})`;
  const { operator, values } = where;
  if (operator === 'eq' || operator === 'ne') {
    if (values.length === 0) {
      throw invalidArgument(
        'invalid_filter',
        `Filter '${operator}' on '${column.name}' needs at least one value`,
        {
          column: column.name,
          operator,
        },
      );
    }
    const list = values.map((_v, i) => cast(i + 1)).join(', ');
    return { sql: ` WHERE ${col} ${operator === 'eq' ? 'IN' : 'NOT IN'} (${list})`, params: values };
  }
  if (values.length !== 1) {
    throw invalidArgument(
      'invalid_filter',
      `Filter '${operator}' on '${column.name}' needs exactly one value`,
      {
        column: column.name,
        operator,
      },
    );
  }
  return { sql: ` WHERE ${col} ${SQL_OPERATOR[operator]} ${cast(1)}`, params: values };
}

/**
 * What a preview reads, checked against the table's current schema in the catalog. An alias
 * reads its source (readTarget): the request's columns, filter and order are checked against
 * the alias's columns, and the alias's own filter is ANDed after the request's values.
 */
async function planPreview(s: Storage, req: PreviewRequest) {
  const target = readTarget(s, req);
  const table = requireTable(s, target.ref);
  const shown = shownTable(target.alias, table);
  if (!Number.isInteger(req.limit) || req.limit < 1) {
    throw invalidArgument('invalid_request', 'limit must be a positive integer', { limit: req.limit });
  }
  const columns = req.columns === undefined ? shown.columns : req.columns.map((c) => columnOf(shown, c));
  if (columns.length === 0) throw invalidArgument('invalid_request', 'columns must name at least one column');
  const own = whereClause(shown, req.where);
  const view = await aliasFilter(target.alias, table, own.params.length + 1);
  const where =
    view.sql === 'TRUE'
      ? { sql: own.sql, params: own.params as DuckDBValue[] }
      : {
          sql: own.sql === '' ? ` WHERE ${view.sql}` : `${own.sql} AND (${view.sql})`,
          params: [...own.params, ...view.params],
        };
  const order = (req.orderBy ?? []).map(
    (o) => `${quoteIdent(columnOf(shown, o.column).name)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  // Ties broken by the primary key (unique), else by insertion order, so pages are stable.
  for (const pk of table.primaryKey) order.push(quoteIdent(pk));
  if (table.primaryKey.length === 0) order.push('rowid');
  const filtered = req.where !== undefined || view.sql !== 'TRUE';
  return {
    table,
    alias: target.alias,
    columns,
    where,
    filtered,
    order,
    limit: Math.min(req.limit, s.config.previewMaxRows),
  };
}

/**
 * previewTable: a stable page of rows (order_by, else the primary key, else insertion order;
 * reference pitfall 03/11), at most PREVIEW_MAX_ROWS, under the table's read lock. The result
 * may be shared with other callers through the cache: treat it as read-only.
 */
export async function previewTable(s: Storage, req: PreviewRequest): Promise<Preview> {
  // Checked here to fail fast, and again under the lock: a write queued ahead of us may have
  // dropped and re-created the table with other columns.
  const { table, alias, limit } = await planPreview(s, req);
  const lockKey = lockKeyOf(table);
  // Same table, same page: served from memory until the next write (see PreviewCache); an
  // alias shares its source's key (a write to the source drops both) and adds its own uid.
  const requestKey = JSON.stringify([limit, req.columns, req.where, req.orderBy, alias?.uid]);
  const cached = s.previewCache.get(lockKey, requestKey);
  if (cached !== undefined) return cached;

  return s.locks.withRead(lockKey, async () => {
    const { table, columns, where, filtered, order } = await planPreview(s, req);
    const lease = await s.files.lease(tablePath(s, table));
    try {
      return await s.pool.use((conn) =>
        withQueryTimeout(conn, s.config.queryTimeoutMs, async () => {
          const data = `${lease.alias}.main.data`;
          const from = `${data}${where.sql}`;
          const orderBy = order.join(', ');
          // Late materialization: the top-N runs over the sort keys only, then the page's rows
          // are fetched by rowid (about 3x faster than sorting whole rows on wide tables).
          const select = `SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')} FROM ${data}
          WHERE rowid IN (SELECT rowid FROM ${from} ORDER BY ${orderBy} LIMIT ${limit}) ORDER BY ${orderBy}`;
          let rows: DuckDBValue[][];
          let total: number;
          try {
            rows = await (await conn.run(select, bind(where.params))).getRows();
            // Unfiltered, the catalog's row count is exact (kept under this table's write lock)
            // and saves a second query.
            total = !filtered
              ? table.rowCount
              : Number((await readRows(conn, `SELECT count(*) AS n FROM ${from}`, where.params))[0]?.n ?? 0);
          } catch (error) {
            const failure = duckdbFailure(s, error, { context: 'Invalid filter value' });
            if (failure.code !== 'INVALID_ARGUMENT') throw failure;
            throw invalidArgument('invalid_filter_value', failure.message, {
              column: req.where?.column,
              values: req.where?.values,
            });
          }
          const out = rows.map((row) => {
            const record: Record<string, CellValue> = {};
            columns.forEach((c, i) => {
              record[c.name] = encodeCell(row[i] ?? null);
            });
            return record;
          });
          const preview: Preview = {
            columns: columns.map((c) => ({ ...c })),
            rows: out,
            totalRowCount: total,
            previewRowCount: out.length,
          };
          s.previewCache.set(lockKey, requestKey, preview);
          return preview;
        }),
      );
    } finally {
      lease.release();
    }
  });
}
