import type { DuckDBConnection } from '@duckdb/node-api';
import { StorageError } from '../errors.js';

/**
 * Runs DuckDB work on `conn`, interrupting it after QUERY_TIMEOUT_MS (0 = no limit). An
 * interrupted query fails inside DuckDB; that failure becomes RESOURCE_EXHAUSTED `query_timeout`
 * naming the limit. The connection stays usable (an interrupt that lands between queries is a
 * no-op in DuckDB).
 */
export async function withQueryTimeout<T>(
  conn: DuckDBConnection,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  if (timeoutMs === 0) return fn();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    conn.interrupt();
  }, timeoutMs);
  try {
    return await fn();
  } catch (error) {
    if (!fired) throw error;
    throw new StorageError(
      'RESOURCE_EXHAUSTED',
      'query_timeout',
      `The query ran longer than the limit QUERY_TIMEOUT_MS=${timeoutMs} and was stopped; narrow it (fewer rows, a filter) or retry`,
      { details: { timeout_ms: timeoutMs }, cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}
