import type { BackendCommandHandlers } from '../../../generated/grpc/commands.js';
import { InitBackendResponse } from '../../../generated/grpc/proto/backend.js';
import { initBackend } from '../../core/catalog/backend.js';
import { allow, type DriverContext, note } from '../context.js';

/** backend.* commands: admin key only, as REST initBackend / removeBackend. */
export const backendHandlers = {
  /** InitBackendCommand: storage directories checked and created (REST initBackend). */
  async InitBackendCommand(_command, ctx) {
    allow(ctx, 'admin');
    const result = await initBackend(ctx.storage);
    note(
      ctx,
      'info',
      `DuckDB backend initialized${result.created.length > 0 ? ` (created ${result.created.length} directories)` : ''}`,
    );
    return InitBackendResponse.fromPartial({});
  },

  /** RemoveBackendCommand: Connection forgets the backend; data stays (projects go one by one). */
  async RemoveBackendCommand(_command, ctx) {
    allow(ctx, 'admin');
    note(ctx, 'info', 'DuckDB backend removed from Connection; data is kept');
    return null;
  },
} satisfies BackendCommandHandlers<DriverContext>;
