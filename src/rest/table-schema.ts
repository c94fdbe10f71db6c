import type { TableSchemaHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import type { RestContext } from './context.js';
import { profileTableResolver } from './table-profile.js';

// Placeholder while the data plane is being built in this session; replaced before commit of issue 12.
const todo = (): never => {
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
};

/** Resolvers of the `table-schema` tag. */
export const tableSchemaResolvers = {
  addColumn: async () => todo(),
  dropColumn: async () => todo(),
  alterColumn: async () => todo(),
  setPrimaryKey: async () => todo(),
  dropPrimaryKey: async () => todo(),
  deleteRows: async () => todo(),
  profileTable: profileTableResolver,
} satisfies TableSchemaHandlers<RestContext>;
