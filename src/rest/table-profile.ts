import type { TableSchemaHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import type { RestContext } from './context.js';

/** profileTable (tag table-schema); spread into the tag's resolvers by table-schema.ts. */
export const profileTableResolver: TableSchemaHandlers<RestContext>['profileTable'] = async () => {
  // Placeholder while the data plane is being built in this session.
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
};
