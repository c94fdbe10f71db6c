import type { DuckDBConnection } from '@duckdb/node-api';
import { StorageError } from '../errors.js';

/**
 * Runs DuckDB work on `conn`, interrupting it after QUERY_TIMEOUT_MS (0 = no limit); past the
 * limit the call fails with RESOURCE_EXHAUSTED `query_timeout` naming the limit. DuckDB clears
 * an interrupt when a query starts, so one that lands before the query is running (a busy
 * machine) is lost: the interrupt is repeated until the work settles. The connection stays
 * usable (an interrupt between queries is a no-op).
 */
export async function withQueryTimeout<T>(
  conn: DuckDBConnection,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  if (timeoutMs === 0) return fn();
  let fired = false;
  let repeat: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    fired = true;
    conn.interrupt();
    repeat = setInterval(() => conn.interrupt(), 10);
  }, timeoutMs);
  const timeout = (cause?: unknown) =>
    new StorageError(
      'RESOURCE_EXHAUSTED',
      'query_timeout',
      `The query ran longer than the limit QUERY_TIMEOUT_MS=${timeoutMs} and was stopped; narrow it (fewer rows, a filter) or retry`,
      { details: { timeout_ms: timeoutMs }, ...(cause === undefined ? {} : { cause }) },
    );
  try {
    const result = await fn();
    // It finished, but only after the limit: the limit holds all the same.
    if (fired) throw timeout();
    return result;
  } catch (error) {
    if (!fired || (error instanceof StorageError && error.reason === 'query_timeout')) throw error;
    throw timeout(error);
  } finally {
    clearTimeout(timer);
    clearInterval(repeat);
  }
}
