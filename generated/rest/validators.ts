// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
// DuckStorage API: Ajv standalone validators (JSON Schema 2020-12) per operationId. Each one MUTATES
// its input: it fills in `default`s, and the path/query ones coerce strings to the declared types
// (a single query value becomes a one-element array where the schema wants an array).
import type { ErrorObject } from 'ajv';
import type { OperationId } from './operations.js';
import * as body from './validators-body.js';
import * as params from './validators-params.js';

/** An Ajv validate function: true when valid, else `errors` says why. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Path parameters (an object of strings, as routed): all required, no others. */
export const pathValidators: Record<OperationId, Validator> = {
  getServiceInfo: params.getServiceInfoPath,
  getHealth: params.getHealthPath,
  initBackend: params.initBackendPath,
  removeBackend: params.removeBackendPath,
  createProject: params.createProjectPath,
  listProjects: params.listProjectsPath,
  getProject: params.getProjectPath,
  updateProject: params.updateProjectPath,
  deleteProject: params.deleteProjectPath,
  getProjectStats: params.getProjectStatsPath,
  createApiKey: params.createApiKeyPath,
  listApiKeys: params.listApiKeysPath,
  getApiKey: params.getApiKeyPath,
  revokeApiKey: params.revokeApiKeyPath,
  rotateApiKey: params.rotateApiKeyPath,
  createBucket: params.createBucketPath,
  listBuckets: params.listBucketsPath,
  getBucket: params.getBucketPath,
  deleteBucket: params.deleteBucketPath,
  createTable: params.createTablePath,
  listTables: params.listTablesPath,
  getTable: params.getTablePath,
  deleteTable: params.deleteTablePath,
  previewTable: params.previewTablePath,
  getMetrics: params.getMetricsPath,
  prepareFileUpload: params.prepareFileUploadPath,
  uploadFile: params.uploadFilePath,
  uploadFileStream: params.uploadFileStreamPath,
  registerFile: params.registerFilePath,
  listFiles: params.listFilesPath,
  getFile: params.getFilePath,
  deleteFile: params.deleteFilePath,
  downloadFile: params.downloadFilePath,
  importFromFile: params.importFromFilePath,
  importFromTable: params.importFromTablePath,
  exportToFile: params.exportToFilePath,
  addColumn: params.addColumnPath,
  dropColumn: params.dropColumnPath,
  alterColumn: params.alterColumnPath,
  setPrimaryKey: params.setPrimaryKeyPath,
  dropPrimaryKey: params.dropPrimaryKeyPath,
  deleteRows: params.deleteRowsPath,
  profileTable: params.profileTablePath,
};

/** Query parameters (an object of strings / string arrays): required per spec, unknown ones ignored. */
export const queryValidators: Record<OperationId, Validator> = {
  getServiceInfo: params.getServiceInfoQuery,
  getHealth: params.getHealthQuery,
  initBackend: params.initBackendQuery,
  removeBackend: params.removeBackendQuery,
  createProject: params.createProjectQuery,
  listProjects: params.listProjectsQuery,
  getProject: params.getProjectQuery,
  updateProject: params.updateProjectQuery,
  deleteProject: params.deleteProjectQuery,
  getProjectStats: params.getProjectStatsQuery,
  createApiKey: params.createApiKeyQuery,
  listApiKeys: params.listApiKeysQuery,
  getApiKey: params.getApiKeyQuery,
  revokeApiKey: params.revokeApiKeyQuery,
  rotateApiKey: params.rotateApiKeyQuery,
  createBucket: params.createBucketQuery,
  listBuckets: params.listBucketsQuery,
  getBucket: params.getBucketQuery,
  deleteBucket: params.deleteBucketQuery,
  createTable: params.createTableQuery,
  listTables: params.listTablesQuery,
  getTable: params.getTableQuery,
  deleteTable: params.deleteTableQuery,
  previewTable: params.previewTableQuery,
  getMetrics: params.getMetricsQuery,
  prepareFileUpload: params.prepareFileUploadQuery,
  uploadFile: params.uploadFileQuery,
  uploadFileStream: params.uploadFileStreamQuery,
  registerFile: params.registerFileQuery,
  listFiles: params.listFilesQuery,
  getFile: params.getFileQuery,
  deleteFile: params.deleteFileQuery,
  downloadFile: params.downloadFileQuery,
  importFromFile: params.importFromFileQuery,
  importFromTable: params.importFromTableQuery,
  exportToFile: params.exportToFileQuery,
  addColumn: params.addColumnQuery,
  dropColumn: params.dropColumnQuery,
  alterColumn: params.alterColumnQuery,
  setPrimaryKey: params.setPrimaryKeyQuery,
  dropPrimaryKey: params.dropPrimaryKeyQuery,
  deleteRows: params.deleteRowsQuery,
  profileTable: params.profileTableQuery,
};

/** The parsed JSON request body of the operations that have one. */
export const bodyValidators: Partial<Record<OperationId, Validator>> = {
  createProject: body.createProjectBody,
  updateProject: body.updateProjectBody,
  createApiKey: body.createApiKeyBody,
  createBucket: body.createBucketBody,
  createTable: body.createTableBody,
  prepareFileUpload: body.prepareFileUploadBody,
  uploadFile: body.uploadFileBody,
  uploadFileStream: body.uploadFileStreamBody,
  registerFile: body.registerFileBody,
  importFromFile: body.importFromFileBody,
  importFromTable: body.importFromTableBody,
  exportToFile: body.exportToFileBody,
  addColumn: body.addColumnBody,
  alterColumn: body.alterColumnBody,
  setPrimaryKey: body.setPrimaryKeyBody,
  deleteRows: body.deleteRowsBody,
};
