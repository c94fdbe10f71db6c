import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import type { DriverContext } from '../context.js';
import { unimplemented } from '../errors.js';
import { backendHandlers } from './backend.js';
import { bucketHandlers } from './bucket.js';
import { bucketSharingHandlers } from './bucket-sharing.js';
import { importExportHandlers } from './import-export.js';
import { infoHandlers } from './info.js';
import { projectHandlers } from './project.js';
import { queryHandlers } from './query.js';
import { tableHandlers } from './table.js';
import { tableDataHandlers } from './table-data.js';
import { workspaceHandlers } from './workspace.js';

/** BigQuery Analytics Hub commands of Keboola's current protos: nothing in DuckDB to map them to. */
const bigQueryOnly = {
  async BigQueryExternalBucketSharingStatusCommand() {
    throw unimplemented('BigQueryExternalBucketSharingStatusCommand (BigQuery Analytics Hub only)');
  },
  async GrantExternalBucketSubscriberCommand() {
    throw unimplemented('GrantExternalBucketSubscriberCommand (BigQuery Analytics Hub only)');
  },
  async RevokeExternalBucketSubscriberCommand() {
    throw unimplemented('RevokeExternalBucketSubscriberCommand (BigQuery Analytics Hub only)');
  },
} satisfies Pick<
  CommandHandlers<DriverContext>,
  | 'BigQueryExternalBucketSharingStatusCommand'
  | 'GrantExternalBucketSubscriberCommand'
  | 'RevokeExternalBucketSubscriberCommand'
>;

/** Every command of specs/proto, handled: a command added to the protos breaks the build until it is here. */
export const handlers = {
  ...backendHandlers,
  ...projectHandlers,
  ...bucketHandlers,
  ...bucketSharingHandlers,
  ...bigQueryOnly,
  ...tableHandlers,
  ...tableDataHandlers,
  ...importExportHandlers,
  ...infoHandlers,
  ...workspaceHandlers,
  ...queryHandlers,
} satisfies CommandHandlers<DriverContext>;
