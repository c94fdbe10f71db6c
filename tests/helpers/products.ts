import { join } from 'node:path';

/** The reference's 10k-row sample (../shared/reference/sample_data) and its typed columns. */
export const PRODUCTS_CSV = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'sample_data',
  'products_10k.csv',
);

export const PRODUCT_COLUMNS: [string, string][] = [
  ['product_id', 'BIGINT'],
  ['sku', 'VARCHAR'],
  ['product_name', 'VARCHAR'],
  ['brand', 'VARCHAR'],
  ['category', 'VARCHAR'],
  ['price', 'DECIMAL(10,2)'],
  ['cost', 'DECIMAL(10,2)'],
  ['stock_quantity', 'INTEGER'],
  ['rating', 'DECIMAL(3,1)'],
  ['review_count', 'INTEGER'],
  ['status', 'VARCHAR'],
  ['warehouse', 'VARCHAR'],
  ['weight_kg', 'DECIMAL(8,2)'],
  ['is_featured', 'BOOLEAN'],
  ['created_at', 'TIMESTAMP'],
  ['updated_at', 'TIMESTAMP'],
];
