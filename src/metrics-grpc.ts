import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * gRPC driver metrics (StorageDriverService/Execute, also through the HTTP bridge), in the same
 * registry as everything else. `command` is the command's message name, `unknown` when the
 * request's Any could not be read; `status` the gRPC status name (OK, NOT_FOUND, ...).
 */
export interface GrpcMetrics {
  commands: Counter<'command' | 'status'>;
  commandDuration: Histogram<'command'>;
}

/** One set per registry: the gRPC server and the HTTP bridge share it (the same call is idempotent). */
const byRegistry = new WeakMap<Registry, GrpcMetrics>();

export function createGrpcMetrics(registry: Registry): GrpcMetrics {
  const existing = byRegistry.get(registry);
  if (existing !== undefined) return existing;
  const metrics: GrpcMetrics = {
    commands: new Counter({
      name: 'duckstorage_grpc_commands_total',
      help: 'Driver commands by command type and gRPC status',
      labelNames: ['command', 'status'] as const,
      registers: [registry],
    }),
    commandDuration: new Histogram({
      name: 'duckstorage_grpc_command_duration_seconds',
      help: 'Driver command latency by command type',
      labelNames: ['command'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60, 300],
      registers: [registry],
    }),
  };
  byRegistry.set(registry, metrics);
  return metrics;
}
