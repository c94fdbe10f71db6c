import { invalidArgument } from '../core/errors.js';
import type { PreviewOperator, PreviewRequest } from '../core/model.js';

/** The previewTable query string (columns, where_*, order_by) -> the core's PreviewRequest options. */
export interface PreviewQuery {
  columns?: string;
  where_column?: string;
  where_operator?: PreviewOperator;
  where_values?: string[];
  order_by?: string;
}

type PreviewOptions = Pick<PreviewRequest, 'columns' | 'where' | 'orderBy'>;

export function previewOptions(q: PreviewQuery): PreviewOptions {
  const out: PreviewOptions = {};
  const columns = list(q.columns);
  if (columns.length > 0) out.columns = columns;
  if (q.where_column !== undefined && q.where_column !== '') {
    const values = q.where_values ?? [];
    const operator = q.where_operator ?? 'eq';
    if (values.length === 0) {
      throw invalidArgument('invalid_filter', 'where_column needs at least one where_values', {
        where_column: q.where_column,
      });
    }
    if (operator !== 'eq' && operator !== 'ne' && values.length !== 1) {
      throw invalidArgument('invalid_filter', `where_operator ${operator} takes exactly one where_values`, {
        where_operator: operator,
        values: values.length,
      });
    }
    out.where = { column: q.where_column, operator, values };
  } else if ((q.where_values ?? []).length > 0) {
    throw invalidArgument('invalid_filter', 'where_values needs where_column');
  }
  const order = list(q.order_by).map((item) => {
    const [column = '', direction = 'asc', ...rest] = item.split(':').map((s) => s.trim());
    const dir = direction.toLowerCase();
    if (column === '' || rest.length > 0 || (dir !== 'asc' && dir !== 'desc')) {
      throw invalidArgument('invalid_order_by', `order_by item '${item}' is not column[:asc|desc]`, {
        order_by: q.order_by,
      });
    }
    return { column, direction: dir as 'asc' | 'desc' };
  });
  if (order.length > 0) out.orderBy = order;
  return out;
}

function list(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
