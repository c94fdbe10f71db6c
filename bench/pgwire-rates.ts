/**
 * What bench:pgwire measures on each of its three sides (DuckStorage, PostgreSQL, DuckDB
 * in-process), in the same steady state: every rate after an unmeasured run of the same size
 * (JIT and caches warm), full fetches as the best of FETCHES.
 */
export const ROUNDS = 3000;
export const FETCHES = 3;

/** Statements per second of `sql` run `total` times over `parallel` connections. */
export type Rate = (parallel: number, sql: string, total: number) => Promise<number>;

/** `rate` after an unmeasured run of the same size. */
export async function steadyRate(rate: Rate, parallel: number, sql: string, total: number): Promise<number> {
  await rate(parallel, sql, total);
  return rate(parallel, sql, total);
}

export async function steadyRates(rate: Rate) {
  const steady = (parallel: number, sql: string, total: number) => steadyRate(rate, parallel, sql, total);
  return {
    select1One: await steady(1, 'SELECT 1', ROUNDS),
    select1Sixteen: await steady(16, 'SELECT 1', ROUNDS),
    rows1000Sixteen: await steady(16, 'SELECT * FROM big LIMIT 1000', 320),
  };
}
