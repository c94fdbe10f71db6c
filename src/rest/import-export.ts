import type { ImportExportHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import type { RestContext } from './context.js';

// Placeholder while the data plane is being built in this session; replaced before commit of issue 12.
const todo = (): never => {
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
};

/** Resolvers of the `import-export` tag. */
export const importExportResolvers = {
  importFromFile: async () => todo(),
  importFromTable: async () => todo(),
  exportToFile: async () => todo(),
} satisfies ImportExportHandlers<RestContext>;
