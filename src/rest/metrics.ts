import type { MetricsHandlers } from '../../generated/rest/operations.js';
import type { RestContext } from './context.js';

/** Resolvers of the `metrics` tag. */
export const metricsResolvers = {
  /** getMetrics: Prometheus text exposition of the process registry. */
  async getMetrics(_input, ctx) {
    return { status: 200, body: await ctx.metrics.registry.metrics() };
  },
} satisfies MetricsHandlers<RestContext>;
