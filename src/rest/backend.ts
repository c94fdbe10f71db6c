import type { BackendHandlers } from '../../generated/rest/operations.js';
import { checkHealth, initBackend } from '../core/catalog/backend.js';
import { StorageError } from '../core/errors.js';
import type { RestContext } from './context.js';

/** Resolvers of the `backend` tag. */
export const backendResolvers = {
  /** getServiceInfo: what the service is and where its health check is (reference `GET /`). */
  async getServiceInfo(_input, ctx) {
    return {
      status: 200,
      body: { service: 'DuckStorage', version: ctx.storage.config.apiVersion, health: '/health' },
    };
  },

  /** getHealth: 200 when every check passes, else 503 `storage_unavailable` with the checks. */
  async getHealth(_input, ctx) {
    const health = await checkHealth(ctx.storage);
    if (!health.healthy) {
      throw new StorageError('UNAVAILABLE', 'storage_unavailable', 'One or more storage checks failed', {
        details: health.checks,
      });
    }
    return {
      status: 200,
      body: {
        status: 'healthy',
        version: ctx.storage.config.apiVersion,
        storage_available: true,
        details: health.checks,
      },
    };
  },

  /** initBackend: creates missing storage directories; idempotent. */
  async initBackend(_input, ctx) {
    const result = await initBackend(ctx.storage);
    const created = result.created.length > 0 ? ` (created: ${result.created.join(', ')})` : '';
    return {
      status: 200,
      body: {
        success: true,
        message: `Backend initialized successfully${created}`,
        storage_paths: {
          data_dir: result.paths.dataDir,
          duckdb_dir: result.paths.duckdbDir,
          files_dir: result.paths.filesDir,
          snapshots_dir: result.paths.snapshotsDir,
        },
      },
    };
  },

  /** removeBackend: Keboola parity; nothing is deleted (projects are removed one by one). */
  async removeBackend() {
    return {
      status: 200,
      body: { success: true, message: 'Backend removal acknowledged (no-op)', storage_paths: null },
    };
  },
} satisfies BackendHandlers<RestContext>;
