import type { AllHandlers } from '../../generated/rest/operations.js';
import { apiKeysResolvers } from './api-keys.js';
import { backendResolvers } from './backend.js';
import { branchesResolvers } from './branches.js';
import { bucketSharingResolvers } from './bucket-sharing.js';
import { bucketsResolvers } from './buckets.js';
import type { RestContext } from './context.js';
import { driverResolvers } from './driver.js';
import { filesResolvers } from './files.js';
import { importExportResolvers } from './import-export.js';
import { metricsResolvers } from './metrics.js';
import { pagesResolvers } from './pages.js';
import { pgwireInternalResolvers } from './pgwire-internal.js';
import { projectsResolvers } from './projects.js';
import { s3CredentialsResolvers } from './s3-credentials.js';
import { snapshotSettingsResolvers } from './snapshot-settings.js';
import { snapshotsResolvers } from './snapshots.js';
import { tableSchemaResolvers } from './table-schema.js';
import { tablesResolvers } from './tables.js';
import { workspacesResolvers } from './workspaces.js';

/** Every operation of the spec, resolved: a new operation breaks the build until it is here. */
export const resolvers = {
  ...backendResolvers,
  ...projectsResolvers,
  ...apiKeysResolvers,
  ...s3CredentialsResolvers,
  ...bucketsResolvers,
  ...tablesResolvers,
  ...filesResolvers,
  ...importExportResolvers,
  ...tableSchemaResolvers,
  ...metricsResolvers,
  ...snapshotsResolvers,
  ...snapshotSettingsResolvers,
  ...branchesResolvers,
  ...bucketSharingResolvers,
  ...workspacesResolvers,
  ...pgwireInternalResolvers,
  ...pagesResolvers,
  ...driverResolvers,
} satisfies AllHandlers<RestContext>;
