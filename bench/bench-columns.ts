/** The bench table of bench:import: seven typed columns. */
export const BENCH_COLUMNS = [
  ['id', 'BIGINT'],
  ['name', 'VARCHAR'],
  ['price', 'DECIMAL(12,2)'],
  ['quantity', 'INTEGER'],
  ['ratio', 'DOUBLE'],
  ['active', 'BOOLEAN'],
  ['created_at', 'TIMESTAMP'],
] as const;
