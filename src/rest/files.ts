import type { FilesHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import type { RestContext } from './context.js';

// Placeholder while the data plane is being built in this session; replaced before commit of issue 12.
const todo = (): never => {
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
};

/** Resolvers of the `files` tag. */
export const filesResolvers = {
  prepareFileUpload: async () => todo(),
  uploadFile: async () => todo(),
  uploadFileStream: async () => todo(),
  registerFile: async () => todo(),
  listFiles: async () => todo(),
  getFile: async () => todo(),
  deleteFile: async () => todo(),
  downloadFile: async () => todo(),
} satisfies FilesHandlers<RestContext>;
