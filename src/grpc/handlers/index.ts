import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import type { DriverContext } from '../context.js';
import { backendHandlers } from './backend.js';
import { bucketHandlers } from './bucket.js';
import { bucketSharingHandlers } from './bucket-sharing.js';
import { importExportHandlers } from './import-export.js';
import { infoHandlers } from './info.js';
import { projectHandlers } from './project.js';
import { queryHandlers } from './query.js';
import { tableHandlers } from './table.js';
import { tableDataHandlers } from './table-data.js';
import { refuse } from './unserved.js';
import { workspaceHandlers } from './workspace.js';

/** BigQuery Analytics Hub commands of Keboola's current protos: nothing in DuckDB to map them to. */
const bigQueryOnly = {
  BigQueryExternalBucketSharingStatusCommand: refuse('BigQueryExternalBucketSharingStatusCommand'),
  GrantExternalBucketSubscriberCommand: refuse('GrantExternalBucketSubscriberCommand'),
  RevokeExternalBucketSubscriberCommand: refuse('RevokeExternalBucketSubscriberCommand'),
} satisfies Pick<
  CommandHandlers<DriverContext>,
  | 'BigQueryExternalBucketSharingStatusCommand'
  | 'GrantExternalBucketSubscriberCommand'
  | 'RevokeExternalBucketSubscriberCommand'
>;

export { UNSERVED } from './unserved.js';

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
