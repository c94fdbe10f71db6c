import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * PG wire metrics, in the same registry as everything else (reference pitfall 07/21: its PG
 * server's metrics lived in another process and were never exported).
 */
export interface PgWireMetrics {
  /** Live sessions by project (StorageHooks.onSqlSession). */
  sessions: Gauge<'project'>;
  /** Connections refused before or at login, by reason (auth_failed, too_many_connections, ...). */
  refused: Counter<'reason'>;
  /** Statements by PG command tag (failed ones too); latency from first message to last row. */
  queries: Counter<'tag'>;
  /** ErrorResponses sent, by SQLSTATE. */
  errors: Counter<'sqlstate'>;
  queryDuration: Histogram<'tag'>;
  bytesSent: Counter;
}

export function createPgWireMetrics(registry: Registry): PgWireMetrics {
  return {
    sessions: new Gauge({
      name: 'duckstorage_pgwire_sessions',
      help: 'Live PG wire sessions by project',
      labelNames: ['project'] as const,
      registers: [registry],
    }),
    refused: new Counter({
      name: 'duckstorage_pgwire_connections_refused_total',
      help: 'PG wire connections refused, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    queries: new Counter({
      name: 'duckstorage_pgwire_queries_total',
      help: 'PG wire statements by command tag',
      labelNames: ['tag'] as const,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'duckstorage_pgwire_errors_total',
      help: 'PG wire ErrorResponses by SQLSTATE',
      labelNames: ['sqlstate'] as const,
      registers: [registry],
    }),
    queryDuration: new Histogram({
      name: 'duckstorage_pgwire_query_duration_seconds',
      help: 'PG wire statement latency by command tag',
      labelNames: ['tag'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60],
      registers: [registry],
    }),
    bytesSent: new Counter({
      name: 'duckstorage_pgwire_bytes_sent_total',
      help: 'Bytes the PG wire server sent to clients',
      registers: [registry],
    }),
  };
}
