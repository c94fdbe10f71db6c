import {
  type ImportExportShared_ExportFilters,
  type ImportExportShared_ExportOrderBy,
  ImportExportShared_ExportOrderBy_Order,
  type ImportExportShared_TableWhereFilter,
  ImportExportShared_TableWhereFilter_Operator as Operator,
} from '../../generated/grpc/proto/table.js';
import { invalidArgument } from '../core/errors.js';
import type { RowFilter } from '../core/filters/row-filter.js';
import type { PreviewOperator } from '../core/model.js';

/** The managed timestamp column Connection filters changes by (changeSince / changeUntil, seconds). */
export const TIMESTAMP_COLUMN = '_timestamp';

const OPERATORS: Record<number, PreviewOperator> = {
  [Operator.eq]: 'eq',
  [Operator.ne]: 'ne',
  [Operator.gt]: 'gt',
  [Operator.ge]: 'ge',
  [Operator.lt]: 'lt',
  [Operator.le]: 'le',
};

/**
 * A TableWhereFilter as the core's structured filter: eq/ne with several values are IN / NOT IN,
 * gt..le take one value; values are cast to the column's type by the core (dataType is not
 * needed). The reference used IN for several values whatever the operator.
 */
export function rowFilter(f: ImportExportShared_TableWhereFilter): RowFilter & { operator: PreviewOperator } {
  const operator = OPERATORS[f.operator];
  if (operator === undefined)
    throw invalidArgument('invalid_filter', `Unknown filter operator ${f.operator}`);
  if (f.columnsName === '') throw invalidArgument('invalid_filter', 'whereFilters[].columnsName is required');
  if (f.values.length === 0) {
    throw invalidArgument('invalid_filter', `Filter on '${f.columnsName}' needs at least one value`);
  }
  return { column: f.columnsName, operator, values: [...f.values] };
}

/** changeSince / changeUntil: Unix seconds or an ISO timestamp, as a value of `_timestamp`. */
function instant(raw: string, field: string): string {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return new Date(Number(raw) * 1000).toISOString();
  if (Number.isNaN(Date.parse(raw))) {
    throw invalidArgument('invalid_filter', `${field} '${raw}' is neither Unix seconds nor an ISO timestamp`);
  }
  return raw;
}

/** Every row filter of ExportFilters-like input (where filters, change window), ANDed. */
export function changeFilters(input: { changeSince: string; changeUntil: string }): RowFilter[] {
  const out: RowFilter[] = [];
  if (input.changeSince !== '') {
    out.push({
      column: TIMESTAMP_COLUMN,
      operator: 'ge',
      values: [instant(input.changeSince, 'changeSince')],
    });
  }
  if (input.changeUntil !== '') {
    out.push({
      column: TIMESTAMP_COLUMN,
      operator: 'lt',
      values: [instant(input.changeUntil, 'changeUntil')],
    });
  }
  return out;
}

export function exportFilters(filters: ImportExportShared_ExportFilters | undefined): RowFilter[] {
  if (filters === undefined) return [];
  return [...filters.whereFilters.map(rowFilter), ...changeFilters(filters)];
}

export function orderBy(
  items: readonly ImportExportShared_ExportOrderBy[],
): { column: string; direction: 'asc' | 'desc' }[] {
  return items.map((o) => {
    if (o.columnName === '') throw invalidArgument('invalid_order_by', 'orderBy[].columnName is required');
    return {
      column: o.columnName,
      direction: o.order === ImportExportShared_ExportOrderBy_Order.DESC ? 'desc' : 'asc',
    };
  });
}
