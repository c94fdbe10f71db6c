// generated from specs/duckapi.json by codegen/emit-operations.ts; do not edit
// DuckStorage API: the REST route table, each operation's validated input and success result, and one
// handler interface per tag. Resolvers `satisfies` their tag's interface.
import type { Readable } from 'node:stream';
import type { operations as Ops } from '../openapi.js';

export type OperationId =
  | 'getServiceInfo'
  | 'getHealth'
  | 'initBackend'
  | 'removeBackend'
  | 'createProject'
  | 'listProjects'
  | 'getProject'
  | 'updateProject'
  | 'deleteProject'
  | 'getProjectStats'
  | 'createApiKey'
  | 'listApiKeys'
  | 'getApiKey'
  | 'revokeApiKey'
  | 'rotateApiKey'
  | 'createS3Credential'
  | 'listS3Credentials'
  | 'deleteS3Credential'
  | 'createBranch'
  | 'listBranches'
  | 'getBranch'
  | 'deleteBranch'
  | 'pullTable'
  | 'mergeTable'
  | 'getBranchMergeStatus'
  | 'createBucket'
  | 'listBuckets'
  | 'getBucket'
  | 'deleteBucket'
  | 'shareBucket'
  | 'unshareBucket'
  | 'linkBucket'
  | 'unlinkBucket'
  | 'grantReadonly'
  | 'revokeReadonly'
  | 'createTable'
  | 'listTables'
  | 'getTable'
  | 'deleteTable'
  | 'previewTable'
  | 'getMetrics'
  | 'prepareFileUpload'
  | 'uploadFile'
  | 'uploadFileStream'
  | 'registerFile'
  | 'listFiles'
  | 'getFile'
  | 'deleteFile'
  | 'downloadFile'
  | 'importFromFile'
  | 'importFromTable'
  | 'exportToFile'
  | 'addColumn'
  | 'dropColumn'
  | 'alterColumn'
  | 'setPrimaryKey'
  | 'dropPrimaryKey'
  | 'deleteRows'
  | 'profileTable'
  | 'createSnapshot'
  | 'listSnapshots'
  | 'getSnapshot'
  | 'deleteSnapshot'
  | 'restoreSnapshot'
  | 'previewSnapshot'
  | 'getProjectSnapshotSettings'
  | 'updateProjectSnapshotSettings'
  | 'deleteProjectSnapshotSettings'
  | 'getBucketSnapshotSettings'
  | 'updateBucketSnapshotSettings'
  | 'deleteBucketSnapshotSettings'
  | 'getTableSnapshotSettings'
  | 'updateTableSnapshotSettings'
  | 'deleteTableSnapshotSettings'
  | 'createWorkspace'
  | 'listWorkspaces'
  | 'getWorkspace'
  | 'deleteWorkspace'
  | 'clearWorkspace'
  | 'dropWorkspaceObject'
  | 'loadWorkspaceTables'
  | 'resetWorkspaceCredentials'
  | 'createBranchWorkspace'
  | 'listBranchWorkspaces'
  | 'getBranchWorkspace'
  | 'deleteBranchWorkspace'
  | 'authenticatePgwireUser'
  | 'registerPgwireSession'
  | 'listPgwireSessions'
  | 'cleanupPgwireSessions'
  | 'getPgwireSession'
  | 'endPgwireSession'
  | 'updatePgwireSessionActivity'
  | 'executeDriverCommand'
  | 'listDriverCommands'
  | 'getOpenApiDocument';

export type Tag =
  | 'backend'
  | 'projects'
  | 'api-keys'
  | 's3-credentials'
  | 'branches'
  | 'buckets'
  | 'bucket-sharing'
  | 'tables'
  | 'files'
  | 'import-export'
  | 'table-schema'
  | 'snapshots'
  | 'snapshot-settings'
  | 'workspaces'
  | 'pgwire-internal'
  | 'metrics'
  | 'pages'
  | 'driver';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** `x-duckstorage-access`: what the caller's credential must allow ('none' when absent). */
export type Access = 'none' | 'read' | 'write' | 'manage' | 'admin';

export interface OperationMeta {
  /** Operation Object `operationId`. */
  readonly operationId: OperationId;
  /** The Path Item field the operation sits under. */
  readonly method: HttpMethod;
  /** The Paths Object key (OpenAPI path template). */
  readonly path: string;
  /** The same path as an Express route (`:name` parameters). */
  readonly expressPath: string;
  /** The operation's first tag. */
  readonly tag: Tag;
  readonly access: Access;
  /** Security scheme names of the operation's Security Requirement Objects; [] = no credential. */
  readonly security: readonly string[];
  /** The lowest 2xx status. */
  readonly successStatus: number;
  /** Media type of the success response; null when it has no content (e.g. 204). */
  readonly responseContentType: 'application/json' | 'text/plain' | 'application/octet-stream' | null;
  /** Whether the operation has a Request Body Object. */
  readonly hasBody: boolean;
  /** Whether that body is required (an optional JSON body may be sent empty). */
  readonly bodyRequired: boolean;
  /** Its media type: JSON is parsed and validated, the others reach the resolver as a StreamBody. */
  readonly requestContentType: 'application/json' | 'multipart/form-data' | 'application/octet-stream' | null;
  /** Header Parameter Objects handed to the resolver (lower-case names; X-Idempotency-Key is the pipeline's). */
  readonly headers: readonly string[];
  /** Whether it declares X-Idempotency-Key: the pipeline keeps and replays answers of those only. */
  readonly idempotent: boolean;
  /** Every declared response status, in spec order. */
  readonly statuses: readonly number[];
}

/** A request body the pipeline does not read: multipart/form-data or application/octet-stream. */
export interface StreamBody {
  /** The request's Content-Type header (with its parameters, e.g. the multipart boundary). */
  readonly contentType: string | undefined;
  /** The declared Content-Length, when the client sent one. */
  readonly contentLength: number | undefined;
  readonly stream: Readable;
}

/** An application/octet-stream response: the bytes and the headers that describe them. */
export interface BinaryBody {
  readonly stream: Readable;
  readonly headers: Readonly<Record<string, string>>;
}

export const operations = [
  {
    operationId: 'getServiceInfo',
    method: 'get',
    path: '/',
    expressPath: '/',
    tag: 'backend',
    access: 'none',
    security: [],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200],
  },
  {
    operationId: 'getHealth',
    method: 'get',
    path: '/health',
    expressPath: '/health',
    tag: 'backend',
    access: 'none',
    security: [],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 503],
  },
  {
    operationId: 'initBackend',
    method: 'post',
    path: '/backend/init',
    expressPath: '/backend/init',
    tag: 'backend',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 422, 429, 500, 503],
  },
  {
    operationId: 'removeBackend',
    method: 'post',
    path: '/backend/remove',
    expressPath: '/backend/remove',
    tag: 'backend',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 422, 429, 500, 503],
  },
  {
    operationId: 'createProject',
    method: 'post',
    path: '/projects',
    expressPath: '/projects',
    tag: 'projects',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 401, 403, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listProjects',
    method: 'get',
    path: '/projects',
    expressPath: '/projects',
    tag: 'projects',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 422, 429, 500, 503],
  },
  {
    operationId: 'getProject',
    method: 'get',
    path: '/projects/{project_id}',
    expressPath: '/projects/:project_id',
    tag: 'projects',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'updateProject',
    method: 'put',
    path: '/projects/{project_id}',
    expressPath: '/projects/:project_id',
    tag: 'projects',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteProject',
    method: 'delete',
    path: '/projects/{project_id}',
    expressPath: '/projects/:project_id',
    tag: 'projects',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getProjectStats',
    method: 'get',
    path: '/projects/{project_id}/stats',
    expressPath: '/projects/:project_id/stats',
    tag: 'projects',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createApiKey',
    method: 'post',
    path: '/projects/{project_id}/api-keys',
    expressPath: '/projects/:project_id/api-keys',
    tag: 'api-keys',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listApiKeys',
    method: 'get',
    path: '/projects/{project_id}/api-keys',
    expressPath: '/projects/:project_id/api-keys',
    tag: 'api-keys',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getApiKey',
    method: 'get',
    path: '/projects/{project_id}/api-keys/{key_id}',
    expressPath: '/projects/:project_id/api-keys/:key_id',
    tag: 'api-keys',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'revokeApiKey',
    method: 'delete',
    path: '/projects/{project_id}/api-keys/{key_id}',
    expressPath: '/projects/:project_id/api-keys/:key_id',
    tag: 'api-keys',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'rotateApiKey',
    method: 'post',
    path: '/projects/{project_id}/api-keys/{key_id}/rotate',
    expressPath: '/projects/:project_id/api-keys/:key_id/rotate',
    tag: 'api-keys',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createS3Credential',
    method: 'post',
    path: '/projects/{project_id}/s3-credentials',
    expressPath: '/projects/:project_id/s3-credentials',
    tag: 's3-credentials',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listS3Credentials',
    method: 'get',
    path: '/projects/{project_id}/s3-credentials',
    expressPath: '/projects/:project_id/s3-credentials',
    tag: 's3-credentials',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteS3Credential',
    method: 'delete',
    path: '/projects/{project_id}/s3-credentials/{access_key_id}',
    expressPath: '/projects/:project_id/s3-credentials/:access_key_id',
    tag: 's3-credentials',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createBranch',
    method: 'post',
    path: '/projects/{project_id}/branches',
    expressPath: '/projects/:project_id/branches',
    tag: 'branches',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listBranches',
    method: 'get',
    path: '/projects/{project_id}/branches',
    expressPath: '/projects/:project_id/branches',
    tag: 'branches',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getBranch',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}',
    expressPath: '/projects/:project_id/branches/:branch_id',
    tag: 'branches',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteBranch',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}',
    expressPath: '/projects/:project_id/branches/:branch_id',
    tag: 'branches',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'pullTable',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull',
    expressPath: '/projects/:project_id/branches/:branch_id/tables/:bucket_name/:table_name/pull',
    tag: 'branches',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'mergeTable',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge',
    expressPath: '/projects/:project_id/branches/:branch_id/tables/:bucket_name/:table_name/merge',
    tag: 'branches',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: false,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'getBranchMergeStatus',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/merge-status',
    expressPath: '/projects/:project_id/branches/:branch_id/merge-status',
    tag: 'branches',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createBucket',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets',
    tag: 'buckets',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listBuckets',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets',
    tag: 'buckets',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getBucket',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name',
    tag: 'buckets',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteBucket',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name',
    tag: 'buckets',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'shareBucket',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/share',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'unshareBucket',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/share',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'linkBucket',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/link',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'unlinkBucket',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/link',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'grantReadonly',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/grant-readonly',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'revokeReadonly',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/grant-readonly',
    tag: 'bucket-sharing',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createTable',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables',
    tag: 'tables',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listTables',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables',
    tag: 'tables',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getTable',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name',
    tag: 'tables',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteTable',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name',
    tag: 'tables',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'previewTable',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/preview',
    tag: 'tables',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getMetrics',
    method: 'get',
    path: '/metrics',
    expressPath: '/metrics',
    tag: 'metrics',
    access: 'none',
    security: [],
    successStatus: 200,
    responseContentType: 'text/plain',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200],
  },
  {
    operationId: 'prepareFileUpload',
    method: 'post',
    path: '/projects/{project_id}/files/prepare',
    expressPath: '/projects/:project_id/files/prepare',
    tag: 'files',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'uploadFile',
    method: 'post',
    path: '/projects/{project_id}/files/upload/{upload_key}',
    expressPath: '/projects/:project_id/files/upload/:upload_key',
    tag: 'files',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'multipart/form-data',
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 410, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'uploadFileStream',
    method: 'post',
    path: '/projects/{project_id}/files/stream',
    expressPath: '/projects/:project_id/files/stream',
    tag: 'files',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/octet-stream',
    headers: [],
    idempotent: false,
    statuses: [201, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'registerFile',
    method: 'post',
    path: '/projects/{project_id}/files',
    expressPath: '/projects/:project_id/files',
    tag: 'files',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'listFiles',
    method: 'get',
    path: '/projects/{project_id}/files',
    expressPath: '/projects/:project_id/files',
    tag: 'files',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getFile',
    method: 'get',
    path: '/projects/{project_id}/files/{file_id}',
    expressPath: '/projects/:project_id/files/:file_id',
    tag: 'files',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteFile',
    method: 'delete',
    path: '/projects/{project_id}/files/{file_id}',
    expressPath: '/projects/:project_id/files/:file_id',
    tag: 'files',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'downloadFile',
    method: 'get',
    path: '/projects/{project_id}/files/{file_id}/download',
    expressPath: '/projects/:project_id/files/:file_id/download',
    tag: 'files',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/octet-stream',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: ['range', 'if-none-match'],
    idempotent: false,
    statuses: [200, 206, 304, 401, 403, 404, 416, 422, 429, 500, 503],
  },
  {
    operationId: 'importFromFile',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/import/file',
    tag: 'import-export',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'importFromTable',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/import/table',
    tag: 'import-export',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'exportToFile',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/export',
    tag: 'import-export',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: false,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'addColumn',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/columns',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'dropColumn',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/columns/:column_name',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'alterColumn',
    method: 'put',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/columns/:column_name',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'setPrimaryKey',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/primary-key',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'dropPrimaryKey',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/primary-key',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteRows',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/rows',
    tag: 'table-schema',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'profileTable',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/profile',
    tag: 'table-schema',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'createSnapshot',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots',
    tag: 'snapshots',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listSnapshots',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots',
    tag: 'snapshots',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getSnapshot',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots/:snapshot_id',
    tag: 'snapshots',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteSnapshot',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots/:snapshot_id',
    tag: 'snapshots',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'restoreSnapshot',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots/:snapshot_id/restore',
    tag: 'snapshots',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'previewSnapshot',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview',
    expressPath: '/projects/:project_id/branches/:branch_id/snapshots/:snapshot_id/preview',
    tag: 'snapshots',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getProjectSnapshotSettings',
    method: 'get',
    path: '/projects/{project_id}/settings/snapshots',
    expressPath: '/projects/:project_id/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'updateProjectSnapshotSettings',
    method: 'put',
    path: '/projects/{project_id}/settings/snapshots',
    expressPath: '/projects/:project_id/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteProjectSnapshotSettings',
    method: 'delete',
    path: '/projects/{project_id}/settings/snapshots',
    expressPath: '/projects/:project_id/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'manage',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getBucketSnapshotSettings',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'updateBucketSnapshotSettings',
    method: 'put',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteBucketSnapshotSettings',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getTableSnapshotSettings',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'updateTableSnapshotSettings',
    method: 'put',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteTableSnapshotSettings',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots',
    expressPath: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name/tables/:table_name/settings/snapshots',
    tag: 'snapshot-settings',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 400, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'createWorkspace',
    method: 'post',
    path: '/projects/{project_id}/workspaces',
    expressPath: '/projects/:project_id/workspaces',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listWorkspaces',
    method: 'get',
    path: '/projects/{project_id}/workspaces',
    expressPath: '/projects/:project_id/workspaces',
    tag: 'workspaces',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getWorkspace',
    method: 'get',
    path: '/projects/{project_id}/workspaces/{workspace_id}',
    expressPath: '/projects/:project_id/workspaces/:workspace_id',
    tag: 'workspaces',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteWorkspace',
    method: 'delete',
    path: '/projects/{project_id}/workspaces/{workspace_id}',
    expressPath: '/projects/:project_id/workspaces/:workspace_id',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'clearWorkspace',
    method: 'post',
    path: '/projects/{project_id}/workspaces/{workspace_id}/clear',
    expressPath: '/projects/:project_id/workspaces/:workspace_id/clear',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 409, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'dropWorkspaceObject',
    method: 'delete',
    path: '/projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}',
    expressPath: '/projects/:project_id/workspaces/:workspace_id/objects/:object_name',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 409, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'loadWorkspaceTables',
    method: 'post',
    path: '/projects/{project_id}/workspaces/{workspace_id}/load',
    expressPath: '/projects/:project_id/workspaces/:workspace_id/load',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 404, 409, 410, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'resetWorkspaceCredentials',
    method: 'post',
    path: '/projects/{project_id}/workspaces/{workspace_id}/credentials/reset',
    expressPath: '/projects/:project_id/workspaces/:workspace_id/credentials/reset',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 404, 409, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'createBranchWorkspace',
    method: 'post',
    path: '/projects/{project_id}/branches/{branch_id}/workspaces',
    expressPath: '/projects/:project_id/branches/:branch_id/workspaces',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listBranchWorkspaces',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/workspaces',
    expressPath: '/projects/:project_id/branches/:branch_id/workspaces',
    tag: 'workspaces',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 429, 500, 503],
  },
  {
    operationId: 'getBranchWorkspace',
    method: 'get',
    path: '/projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}',
    expressPath: '/projects/:project_id/branches/:branch_id/workspaces/:workspace_id',
    tag: 'workspaces',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 410, 422, 429, 500, 503],
  },
  {
    operationId: 'deleteBranchWorkspace',
    method: 'delete',
    path: '/projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}',
    expressPath: '/projects/:project_id/branches/:branch_id/workspaces/:workspace_id',
    tag: 'workspaces',
    access: 'write',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 409, 422, 429, 500, 503],
  },
  {
    operationId: 'authenticatePgwireUser',
    method: 'post',
    path: '/internal/pgwire/auth',
    expressPath: '/internal/pgwire/auth',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 410, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'registerPgwireSession',
    method: 'post',
    path: '/internal/pgwire/sessions',
    expressPath: '/internal/pgwire/sessions',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 401, 403, 404, 409, 410, 413, 422, 429, 500, 503],
  },
  {
    operationId: 'listPgwireSessions',
    method: 'get',
    path: '/internal/pgwire/sessions',
    expressPath: '/internal/pgwire/sessions',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 422, 500, 503],
  },
  {
    operationId: 'cleanupPgwireSessions',
    method: 'post',
    path: '/internal/pgwire/sessions/cleanup',
    expressPath: '/internal/pgwire/sessions/cleanup',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [200, 401, 403, 409, 422, 500, 503],
  },
  {
    operationId: 'getPgwireSession',
    method: 'get',
    path: '/internal/pgwire/sessions/{session_id}',
    expressPath: '/internal/pgwire/sessions/:session_id',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 422, 500, 503],
  },
  {
    operationId: 'endPgwireSession',
    method: 'delete',
    path: '/internal/pgwire/sessions/{session_id}',
    expressPath: '/internal/pgwire/sessions/:session_id',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: true,
    statuses: [204, 401, 403, 404, 409, 422, 500, 503],
  },
  {
    operationId: 'updatePgwireSessionActivity',
    method: 'patch',
    path: '/internal/pgwire/sessions/{session_id}/activity',
    expressPath: '/internal/pgwire/sessions/:session_id/activity',
    tag: 'pgwire-internal',
    access: 'admin',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: false,
    statuses: [200, 401, 403, 404, 413, 422, 500, 503],
  },
  {
    operationId: 'executeDriverCommand',
    method: 'post',
    path: '/driver/execute',
    expressPath: '/driver/execute',
    tag: 'driver',
    access: 'none',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 501, 503],
  },
  {
    operationId: 'listDriverCommands',
    method: 'get',
    path: '/driver/commands',
    expressPath: '/driver/commands',
    tag: 'driver',
    access: 'none',
    security: [],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200],
  },
  {
    operationId: 'getOpenApiDocument',
    method: 'get',
    path: '/openapi.json',
    expressPath: '/openapi.json',
    tag: 'pages',
    access: 'none',
    security: [],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200],
  },
] as const satisfies readonly OperationMeta[];

/** Validated input of getServiceInfo (GET /). */
export interface GetServiceInfoInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of getServiceInfo. */
export type GetServiceInfoResult =
  | {
      status: 200;
      body: Ops['getServiceInfo']['responses'][200]['content']['application/json'];
    };

/** Validated input of getHealth (GET /health). */
export interface GetHealthInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of getHealth. */
export type GetHealthResult =
  | {
      status: 200;
      body: Ops['getHealth']['responses'][200]['content']['application/json'];
    };

/** Validated input of initBackend (POST /backend/init). */
export interface InitBackendInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of initBackend. */
export type InitBackendResult =
  | {
      status: 200;
      body: Ops['initBackend']['responses'][200]['content']['application/json'];
    };

/** Validated input of removeBackend (POST /backend/remove). */
export interface RemoveBackendInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of removeBackend. */
export type RemoveBackendResult =
  | {
      status: 200;
      body: Ops['removeBackend']['responses'][200]['content']['application/json'];
    };

/** Validated input of createProject (POST /projects). */
export interface CreateProjectInput {
  path: Record<string, never>;
  query: Record<string, never>;
  body: Ops['createProject']['requestBody']['content']['application/json'];
}

/** Success result of createProject. */
export type CreateProjectResult =
  | {
      status: 201;
      body: Ops['createProject']['responses'][201]['content']['application/json'];
    };

/** Validated input of listProjects (GET /projects). */
export interface ListProjectsInput {
  path: Record<string, never>;
  query: NonNullable<Ops['listProjects']['parameters']['query']>;
}

/** Success result of listProjects. */
export type ListProjectsResult =
  | {
      status: 200;
      body: Ops['listProjects']['responses'][200]['content']['application/json'];
    };

/** Validated input of getProject (GET /projects/{project_id}). */
export interface GetProjectInput {
  path: Ops['getProject']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getProject. */
export type GetProjectResult =
  | {
      status: 200;
      body: Ops['getProject']['responses'][200]['content']['application/json'];
    };

/** Validated input of updateProject (PUT /projects/{project_id}). */
export interface UpdateProjectInput {
  path: Ops['updateProject']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['updateProject']['requestBody']['content']['application/json'];
}

/** Success result of updateProject. */
export type UpdateProjectResult =
  | {
      status: 200;
      body: Ops['updateProject']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteProject (DELETE /projects/{project_id}). */
export interface DeleteProjectInput {
  path: Ops['deleteProject']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteProject. */
export type DeleteProjectResult =
  | { status: 204 };

/** Validated input of getProjectStats (GET /projects/{project_id}/stats). */
export interface GetProjectStatsInput {
  path: Ops['getProjectStats']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getProjectStats. */
export type GetProjectStatsResult =
  | {
      status: 200;
      body: Ops['getProjectStats']['responses'][200]['content']['application/json'];
    };

/** Validated input of createApiKey (POST /projects/{project_id}/api-keys). */
export interface CreateApiKeyInput {
  path: Ops['createApiKey']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createApiKey']['requestBody']['content']['application/json'];
}

/** Success result of createApiKey. */
export type CreateApiKeyResult =
  | {
      status: 201;
      body: Ops['createApiKey']['responses'][201]['content']['application/json'];
    };

/** Validated input of listApiKeys (GET /projects/{project_id}/api-keys). */
export interface ListApiKeysInput {
  path: Ops['listApiKeys']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of listApiKeys. */
export type ListApiKeysResult =
  | {
      status: 200;
      body: Ops['listApiKeys']['responses'][200]['content']['application/json'];
    };

/** Validated input of getApiKey (GET /projects/{project_id}/api-keys/{key_id}). */
export interface GetApiKeyInput {
  path: Ops['getApiKey']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getApiKey. */
export type GetApiKeyResult =
  | {
      status: 200;
      body: Ops['getApiKey']['responses'][200]['content']['application/json'];
    };

/** Validated input of revokeApiKey (DELETE /projects/{project_id}/api-keys/{key_id}). */
export interface RevokeApiKeyInput {
  path: Ops['revokeApiKey']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of revokeApiKey. */
export type RevokeApiKeyResult =
  | { status: 204 };

/** Validated input of rotateApiKey (POST /projects/{project_id}/api-keys/{key_id}/rotate). */
export interface RotateApiKeyInput {
  path: Ops['rotateApiKey']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of rotateApiKey. */
export type RotateApiKeyResult =
  | {
      status: 201;
      body: Ops['rotateApiKey']['responses'][201]['content']['application/json'];
    };

/** Validated input of createS3Credential (POST /projects/{project_id}/s3-credentials). */
export interface CreateS3CredentialInput {
  path: Ops['createS3Credential']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createS3Credential']['requestBody']['content']['application/json'];
}

/** Success result of createS3Credential. */
export type CreateS3CredentialResult =
  | {
      status: 201;
      body: Ops['createS3Credential']['responses'][201]['content']['application/json'];
    };

/** Validated input of listS3Credentials (GET /projects/{project_id}/s3-credentials). */
export interface ListS3CredentialsInput {
  path: Ops['listS3Credentials']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of listS3Credentials. */
export type ListS3CredentialsResult =
  | {
      status: 200;
      body: Ops['listS3Credentials']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteS3Credential (DELETE /projects/{project_id}/s3-credentials/{access_key_id}). */
export interface DeleteS3CredentialInput {
  path: Ops['deleteS3Credential']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteS3Credential. */
export type DeleteS3CredentialResult =
  | { status: 204 };

/** Validated input of createBranch (POST /projects/{project_id}/branches). */
export interface CreateBranchInput {
  path: Ops['createBranch']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createBranch']['requestBody']['content']['application/json'];
}

/** Success result of createBranch. */
export type CreateBranchResult =
  | {
      status: 201;
      body: Ops['createBranch']['responses'][201]['content']['application/json'];
    };

/** Validated input of listBranches (GET /projects/{project_id}/branches). */
export interface ListBranchesInput {
  path: Ops['listBranches']['parameters']['path'];
  query: NonNullable<Ops['listBranches']['parameters']['query']>;
}

/** Success result of listBranches. */
export type ListBranchesResult =
  | {
      status: 200;
      body: Ops['listBranches']['responses'][200]['content']['application/json'];
    };

/** Validated input of getBranch (GET /projects/{project_id}/branches/{branch_id}). */
export interface GetBranchInput {
  path: Ops['getBranch']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getBranch. */
export type GetBranchResult =
  | {
      status: 200;
      body: Ops['getBranch']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteBranch (DELETE /projects/{project_id}/branches/{branch_id}). */
export interface DeleteBranchInput {
  path: Ops['deleteBranch']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteBranch. */
export type DeleteBranchResult =
  | { status: 204 };

/** Validated input of pullTable (POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull). */
export interface PullTableInput {
  path: Ops['pullTable']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of pullTable. */
export type PullTableResult =
  | {
      status: 200;
      body: Ops['pullTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of mergeTable (POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge). */
export interface MergeTableInput {
  path: Ops['mergeTable']['parameters']['path'];
  query: Record<string, never>;
  body: NonNullable<Ops['mergeTable']['requestBody']>['content']['application/json'] | undefined;
}

/** Success result of mergeTable. */
export type MergeTableResult =
  | {
      status: 200;
      body: Ops['mergeTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of getBranchMergeStatus (GET /projects/{project_id}/branches/{branch_id}/merge-status). */
export interface GetBranchMergeStatusInput {
  path: Ops['getBranchMergeStatus']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getBranchMergeStatus. */
export type GetBranchMergeStatusResult =
  | {
      status: 200;
      body: Ops['getBranchMergeStatus']['responses'][200]['content']['application/json'];
    };

/** Validated input of createBucket (POST /projects/{project_id}/branches/{branch_id}/buckets). */
export interface CreateBucketInput {
  path: Ops['createBucket']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createBucket']['requestBody']['content']['application/json'];
}

/** Success result of createBucket. */
export type CreateBucketResult =
  | {
      status: 201;
      body: Ops['createBucket']['responses'][201]['content']['application/json'];
    };

/** Validated input of listBuckets (GET /projects/{project_id}/branches/{branch_id}/buckets). */
export interface ListBucketsInput {
  path: Ops['listBuckets']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of listBuckets. */
export type ListBucketsResult =
  | {
      status: 200;
      body: Ops['listBuckets']['responses'][200]['content']['application/json'];
    };

/** Validated input of getBucket (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}). */
export interface GetBucketInput {
  path: Ops['getBucket']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getBucket. */
export type GetBucketResult =
  | {
      status: 200;
      body: Ops['getBucket']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteBucket (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}). */
export interface DeleteBucketInput {
  path: Ops['deleteBucket']['parameters']['path'];
  query: NonNullable<Ops['deleteBucket']['parameters']['query']>;
}

/** Success result of deleteBucket. */
export type DeleteBucketResult =
  | { status: 204 };

/** Validated input of shareBucket (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share). */
export interface ShareBucketInput {
  path: Ops['shareBucket']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['shareBucket']['requestBody']['content']['application/json'];
}

/** Success result of shareBucket. */
export type ShareBucketResult =
  | {
      status: 200;
      body: Ops['shareBucket']['responses'][200]['content']['application/json'];
    };

/** Validated input of unshareBucket (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share). */
export interface UnshareBucketInput {
  path: Ops['unshareBucket']['parameters']['path'];
  query: NonNullable<Ops['unshareBucket']['parameters']['query']>;
}

/** Success result of unshareBucket. */
export type UnshareBucketResult =
  | { status: 204 };

/** Validated input of linkBucket (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link). */
export interface LinkBucketInput {
  path: Ops['linkBucket']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['linkBucket']['requestBody']['content']['application/json'];
}

/** Success result of linkBucket. */
export type LinkBucketResult =
  | {
      status: 201;
      body: Ops['linkBucket']['responses'][201]['content']['application/json'];
    };

/** Validated input of unlinkBucket (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link). */
export interface UnlinkBucketInput {
  path: Ops['unlinkBucket']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of unlinkBucket. */
export type UnlinkBucketResult =
  | { status: 204 };

/** Validated input of grantReadonly (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly). */
export interface GrantReadonlyInput {
  path: Ops['grantReadonly']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of grantReadonly. */
export type GrantReadonlyResult =
  | {
      status: 200;
      body: Ops['grantReadonly']['responses'][200]['content']['application/json'];
    };

/** Validated input of revokeReadonly (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly). */
export interface RevokeReadonlyInput {
  path: Ops['revokeReadonly']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of revokeReadonly. */
export type RevokeReadonlyResult =
  | { status: 204 };

/** Validated input of createTable (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables). */
export interface CreateTableInput {
  path: Ops['createTable']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createTable']['requestBody']['content']['application/json'];
}

/** Success result of createTable. */
export type CreateTableResult =
  | {
      status: 201;
      body: Ops['createTable']['responses'][201]['content']['application/json'];
    };

/** Validated input of listTables (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables). */
export interface ListTablesInput {
  path: Ops['listTables']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of listTables. */
export type ListTablesResult =
  | {
      status: 200;
      body: Ops['listTables']['responses'][200]['content']['application/json'];
    };

/** Validated input of getTable (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}). */
export interface GetTableInput {
  path: Ops['getTable']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getTable. */
export type GetTableResult =
  | {
      status: 200;
      body: Ops['getTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteTable (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}). */
export interface DeleteTableInput {
  path: Ops['deleteTable']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteTable. */
export type DeleteTableResult =
  | { status: 204 };

/** Validated input of previewTable (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview). */
export interface PreviewTableInput {
  path: Ops['previewTable']['parameters']['path'];
  query: NonNullable<Ops['previewTable']['parameters']['query']>;
}

/** Success result of previewTable. */
export type PreviewTableResult =
  | {
      status: 200;
      body: Ops['previewTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of getMetrics (GET /metrics). */
export interface GetMetricsInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of getMetrics. */
export type GetMetricsResult =
  | {
      status: 200;
      body: string;
    };

/** Validated input of prepareFileUpload (POST /projects/{project_id}/files/prepare). */
export interface PrepareFileUploadInput {
  path: Ops['prepareFileUpload']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['prepareFileUpload']['requestBody']['content']['application/json'];
}

/** Success result of prepareFileUpload. */
export type PrepareFileUploadResult =
  | {
      status: 200;
      body: Ops['prepareFileUpload']['responses'][200]['content']['application/json'];
    };

/** Validated input of uploadFile (POST /projects/{project_id}/files/upload/{upload_key}). */
export interface UploadFileInput {
  path: Ops['uploadFile']['parameters']['path'];
  query: Record<string, never>;
  body: StreamBody;
}

/** Success result of uploadFile. */
export type UploadFileResult =
  | {
      status: 200;
      body: Ops['uploadFile']['responses'][200]['content']['application/json'];
    };

/** Validated input of uploadFileStream (POST /projects/{project_id}/files/stream). */
export interface UploadFileStreamInput {
  path: Ops['uploadFileStream']['parameters']['path'];
  query: NonNullable<Ops['uploadFileStream']['parameters']['query']>;
  body: StreamBody;
}

/** Success result of uploadFileStream. */
export type UploadFileStreamResult =
  | {
      status: 201;
      body: Ops['uploadFileStream']['responses'][201]['content']['application/json'];
    };

/** Validated input of registerFile (POST /projects/{project_id}/files). */
export interface RegisterFileInput {
  path: Ops['registerFile']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['registerFile']['requestBody']['content']['application/json'];
}

/** Success result of registerFile. */
export type RegisterFileResult =
  | {
      status: 201;
      body: Ops['registerFile']['responses'][201]['content']['application/json'];
    };

/** Validated input of listFiles (GET /projects/{project_id}/files). */
export interface ListFilesInput {
  path: Ops['listFiles']['parameters']['path'];
  query: NonNullable<Ops['listFiles']['parameters']['query']>;
}

/** Success result of listFiles. */
export type ListFilesResult =
  | {
      status: 200;
      body: Ops['listFiles']['responses'][200]['content']['application/json'];
    };

/** Validated input of getFile (GET /projects/{project_id}/files/{file_id}). */
export interface GetFileInput {
  path: Ops['getFile']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getFile. */
export type GetFileResult =
  | {
      status: 200;
      body: Ops['getFile']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteFile (DELETE /projects/{project_id}/files/{file_id}). */
export interface DeleteFileInput {
  path: Ops['deleteFile']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteFile. */
export type DeleteFileResult =
  | { status: 204 };

/** Validated input of downloadFile (GET /projects/{project_id}/files/{file_id}/download). */
export interface DownloadFileInput {
  path: Ops['downloadFile']['parameters']['path'];
  query: Record<string, never>;
  header: { range?: string; 'if-none-match'?: string };
}

/** Success result of downloadFile. */
export type DownloadFileResult =
  | {
      status: 200;
      body: BinaryBody;
    }
  | {
      status: 206;
      body: BinaryBody;
    }
  | { status: 304 };

/** Validated input of importFromFile (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file). */
export interface ImportFromFileInput {
  path: Ops['importFromFile']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['importFromFile']['requestBody']['content']['application/json'];
}

/** Success result of importFromFile. */
export type ImportFromFileResult =
  | {
      status: 200;
      body: Ops['importFromFile']['responses'][200]['content']['application/json'];
    };

/** Validated input of importFromTable (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table). */
export interface ImportFromTableInput {
  path: Ops['importFromTable']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['importFromTable']['requestBody']['content']['application/json'];
}

/** Success result of importFromTable. */
export type ImportFromTableResult =
  | {
      status: 200;
      body: Ops['importFromTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of exportToFile (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export). */
export interface ExportToFileInput {
  path: Ops['exportToFile']['parameters']['path'];
  query: Record<string, never>;
  body: NonNullable<Ops['exportToFile']['requestBody']>['content']['application/json'] | undefined;
}

/** Success result of exportToFile. */
export type ExportToFileResult =
  | {
      status: 200;
      body: Ops['exportToFile']['responses'][200]['content']['application/json'];
    };

/** Validated input of addColumn (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns). */
export interface AddColumnInput {
  path: Ops['addColumn']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['addColumn']['requestBody']['content']['application/json'];
}

/** Success result of addColumn. */
export type AddColumnResult =
  | {
      status: 201;
      body: Ops['addColumn']['responses'][201]['content']['application/json'];
    };

/** Validated input of dropColumn (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}). */
export interface DropColumnInput {
  path: Ops['dropColumn']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of dropColumn. */
export type DropColumnResult =
  | {
      status: 200;
      body: Ops['dropColumn']['responses'][200]['content']['application/json'];
    };

/** Validated input of alterColumn (PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}). */
export interface AlterColumnInput {
  path: Ops['alterColumn']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['alterColumn']['requestBody']['content']['application/json'];
}

/** Success result of alterColumn. */
export type AlterColumnResult =
  | {
      status: 200;
      body: Ops['alterColumn']['responses'][200]['content']['application/json'];
    };

/** Validated input of setPrimaryKey (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key). */
export interface SetPrimaryKeyInput {
  path: Ops['setPrimaryKey']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['setPrimaryKey']['requestBody']['content']['application/json'];
}

/** Success result of setPrimaryKey. */
export type SetPrimaryKeyResult =
  | {
      status: 201;
      body: Ops['setPrimaryKey']['responses'][201]['content']['application/json'];
    };

/** Validated input of dropPrimaryKey (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key). */
export interface DropPrimaryKeyInput {
  path: Ops['dropPrimaryKey']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of dropPrimaryKey. */
export type DropPrimaryKeyResult =
  | {
      status: 200;
      body: Ops['dropPrimaryKey']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteRows (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows). */
export interface DeleteRowsInput {
  path: Ops['deleteRows']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['deleteRows']['requestBody']['content']['application/json'];
}

/** Success result of deleteRows. */
export type DeleteRowsResult =
  | {
      status: 200;
      body: Ops['deleteRows']['responses'][200]['content']['application/json'];
    };

/** Validated input of profileTable (POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile). */
export interface ProfileTableInput {
  path: Ops['profileTable']['parameters']['path'];
  query: NonNullable<Ops['profileTable']['parameters']['query']>;
}

/** Success result of profileTable. */
export type ProfileTableResult =
  | {
      status: 200;
      body: Ops['profileTable']['responses'][200]['content']['application/json'];
    };

/** Validated input of createSnapshot (POST /projects/{project_id}/branches/{branch_id}/snapshots). */
export interface CreateSnapshotInput {
  path: Ops['createSnapshot']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createSnapshot']['requestBody']['content']['application/json'];
}

/** Success result of createSnapshot. */
export type CreateSnapshotResult =
  | {
      status: 201;
      body: Ops['createSnapshot']['responses'][201]['content']['application/json'];
    };

/** Validated input of listSnapshots (GET /projects/{project_id}/branches/{branch_id}/snapshots). */
export interface ListSnapshotsInput {
  path: Ops['listSnapshots']['parameters']['path'];
  query: NonNullable<Ops['listSnapshots']['parameters']['query']>;
}

/** Success result of listSnapshots. */
export type ListSnapshotsResult =
  | {
      status: 200;
      body: Ops['listSnapshots']['responses'][200]['content']['application/json'];
    };

/** Validated input of getSnapshot (GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}). */
export interface GetSnapshotInput {
  path: Ops['getSnapshot']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getSnapshot. */
export type GetSnapshotResult =
  | {
      status: 200;
      body: Ops['getSnapshot']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteSnapshot (DELETE /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}). */
export interface DeleteSnapshotInput {
  path: Ops['deleteSnapshot']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteSnapshot. */
export type DeleteSnapshotResult =
  | { status: 204 };

/** Validated input of restoreSnapshot (POST /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore). */
export interface RestoreSnapshotInput {
  path: Ops['restoreSnapshot']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['restoreSnapshot']['requestBody']['content']['application/json'];
}

/** Success result of restoreSnapshot. */
export type RestoreSnapshotResult =
  | {
      status: 200;
      body: Ops['restoreSnapshot']['responses'][200]['content']['application/json'];
    };

/** Validated input of previewSnapshot (GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview). */
export interface PreviewSnapshotInput {
  path: Ops['previewSnapshot']['parameters']['path'];
  query: NonNullable<Ops['previewSnapshot']['parameters']['query']>;
}

/** Success result of previewSnapshot. */
export type PreviewSnapshotResult =
  | {
      status: 200;
      body: Ops['previewSnapshot']['responses'][200]['content']['application/json'];
    };

/** Validated input of getProjectSnapshotSettings (GET /projects/{project_id}/settings/snapshots). */
export interface GetProjectSnapshotSettingsInput {
  path: Ops['getProjectSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getProjectSnapshotSettings. */
export type GetProjectSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['getProjectSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of updateProjectSnapshotSettings (PUT /projects/{project_id}/settings/snapshots). */
export interface UpdateProjectSnapshotSettingsInput {
  path: Ops['updateProjectSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['updateProjectSnapshotSettings']['requestBody']['content']['application/json'];
}

/** Success result of updateProjectSnapshotSettings. */
export type UpdateProjectSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['updateProjectSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteProjectSnapshotSettings (DELETE /projects/{project_id}/settings/snapshots). */
export interface DeleteProjectSnapshotSettingsInput {
  path: Ops['deleteProjectSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteProjectSnapshotSettings. */
export type DeleteProjectSnapshotSettingsResult =
  | { status: 204 };

/** Validated input of getBucketSnapshotSettings (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots). */
export interface GetBucketSnapshotSettingsInput {
  path: Ops['getBucketSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getBucketSnapshotSettings. */
export type GetBucketSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['getBucketSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of updateBucketSnapshotSettings (PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots). */
export interface UpdateBucketSnapshotSettingsInput {
  path: Ops['updateBucketSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['updateBucketSnapshotSettings']['requestBody']['content']['application/json'];
}

/** Success result of updateBucketSnapshotSettings. */
export type UpdateBucketSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['updateBucketSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteBucketSnapshotSettings (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots). */
export interface DeleteBucketSnapshotSettingsInput {
  path: Ops['deleteBucketSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteBucketSnapshotSettings. */
export type DeleteBucketSnapshotSettingsResult =
  | { status: 204 };

/** Validated input of getTableSnapshotSettings (GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots). */
export interface GetTableSnapshotSettingsInput {
  path: Ops['getTableSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getTableSnapshotSettings. */
export type GetTableSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['getTableSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of updateTableSnapshotSettings (PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots). */
export interface UpdateTableSnapshotSettingsInput {
  path: Ops['updateTableSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['updateTableSnapshotSettings']['requestBody']['content']['application/json'];
}

/** Success result of updateTableSnapshotSettings. */
export type UpdateTableSnapshotSettingsResult =
  | {
      status: 200;
      body: Ops['updateTableSnapshotSettings']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteTableSnapshotSettings (DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots). */
export interface DeleteTableSnapshotSettingsInput {
  path: Ops['deleteTableSnapshotSettings']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteTableSnapshotSettings. */
export type DeleteTableSnapshotSettingsResult =
  | { status: 204 };

/** Validated input of createWorkspace (POST /projects/{project_id}/workspaces). */
export interface CreateWorkspaceInput {
  path: Ops['createWorkspace']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createWorkspace']['requestBody']['content']['application/json'];
}

/** Success result of createWorkspace. */
export type CreateWorkspaceResult =
  | {
      status: 201;
      body: Ops['createWorkspace']['responses'][201]['content']['application/json'];
    };

/** Validated input of listWorkspaces (GET /projects/{project_id}/workspaces). */
export interface ListWorkspacesInput {
  path: Ops['listWorkspaces']['parameters']['path'];
  query: NonNullable<Ops['listWorkspaces']['parameters']['query']>;
}

/** Success result of listWorkspaces. */
export type ListWorkspacesResult =
  | {
      status: 200;
      body: Ops['listWorkspaces']['responses'][200]['content']['application/json'];
    };

/** Validated input of getWorkspace (GET /projects/{project_id}/workspaces/{workspace_id}). */
export interface GetWorkspaceInput {
  path: Ops['getWorkspace']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getWorkspace. */
export type GetWorkspaceResult =
  | {
      status: 200;
      body: Ops['getWorkspace']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteWorkspace (DELETE /projects/{project_id}/workspaces/{workspace_id}). */
export interface DeleteWorkspaceInput {
  path: Ops['deleteWorkspace']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteWorkspace. */
export type DeleteWorkspaceResult =
  | { status: 204 };

/** Validated input of clearWorkspace (POST /projects/{project_id}/workspaces/{workspace_id}/clear). */
export interface ClearWorkspaceInput {
  path: Ops['clearWorkspace']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of clearWorkspace. */
export type ClearWorkspaceResult =
  | { status: 204 };

/** Validated input of dropWorkspaceObject (DELETE /projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}). */
export interface DropWorkspaceObjectInput {
  path: Ops['dropWorkspaceObject']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of dropWorkspaceObject. */
export type DropWorkspaceObjectResult =
  | { status: 204 };

/** Validated input of loadWorkspaceTables (POST /projects/{project_id}/workspaces/{workspace_id}/load). */
export interface LoadWorkspaceTablesInput {
  path: Ops['loadWorkspaceTables']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['loadWorkspaceTables']['requestBody']['content']['application/json'];
}

/** Success result of loadWorkspaceTables. */
export type LoadWorkspaceTablesResult =
  | {
      status: 200;
      body: Ops['loadWorkspaceTables']['responses'][200]['content']['application/json'];
    };

/** Validated input of resetWorkspaceCredentials (POST /projects/{project_id}/workspaces/{workspace_id}/credentials/reset). */
export interface ResetWorkspaceCredentialsInput {
  path: Ops['resetWorkspaceCredentials']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of resetWorkspaceCredentials. */
export type ResetWorkspaceCredentialsResult =
  | {
      status: 200;
      body: Ops['resetWorkspaceCredentials']['responses'][200]['content']['application/json'];
    };

/** Validated input of createBranchWorkspace (POST /projects/{project_id}/branches/{branch_id}/workspaces). */
export interface CreateBranchWorkspaceInput {
  path: Ops['createBranchWorkspace']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createBranchWorkspace']['requestBody']['content']['application/json'];
}

/** Success result of createBranchWorkspace. */
export type CreateBranchWorkspaceResult =
  | {
      status: 201;
      body: Ops['createBranchWorkspace']['responses'][201]['content']['application/json'];
    };

/** Validated input of listBranchWorkspaces (GET /projects/{project_id}/branches/{branch_id}/workspaces). */
export interface ListBranchWorkspacesInput {
  path: Ops['listBranchWorkspaces']['parameters']['path'];
  query: NonNullable<Ops['listBranchWorkspaces']['parameters']['query']>;
}

/** Success result of listBranchWorkspaces. */
export type ListBranchWorkspacesResult =
  | {
      status: 200;
      body: Ops['listBranchWorkspaces']['responses'][200]['content']['application/json'];
    };

/** Validated input of getBranchWorkspace (GET /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}). */
export interface GetBranchWorkspaceInput {
  path: Ops['getBranchWorkspace']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getBranchWorkspace. */
export type GetBranchWorkspaceResult =
  | {
      status: 200;
      body: Ops['getBranchWorkspace']['responses'][200]['content']['application/json'];
    };

/** Validated input of deleteBranchWorkspace (DELETE /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}). */
export interface DeleteBranchWorkspaceInput {
  path: Ops['deleteBranchWorkspace']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of deleteBranchWorkspace. */
export type DeleteBranchWorkspaceResult =
  | { status: 204 };

/** Validated input of authenticatePgwireUser (POST /internal/pgwire/auth). */
export interface AuthenticatePgwireUserInput {
  path: Record<string, never>;
  query: Record<string, never>;
  body: Ops['authenticatePgwireUser']['requestBody']['content']['application/json'];
}

/** Success result of authenticatePgwireUser. */
export type AuthenticatePgwireUserResult =
  | {
      status: 200;
      body: Ops['authenticatePgwireUser']['responses'][200]['content']['application/json'];
    };

/** Validated input of registerPgwireSession (POST /internal/pgwire/sessions). */
export interface RegisterPgwireSessionInput {
  path: Record<string, never>;
  query: Record<string, never>;
  body: Ops['registerPgwireSession']['requestBody']['content']['application/json'];
}

/** Success result of registerPgwireSession. */
export type RegisterPgwireSessionResult =
  | {
      status: 201;
      body: Ops['registerPgwireSession']['responses'][201]['content']['application/json'];
    };

/** Validated input of listPgwireSessions (GET /internal/pgwire/sessions). */
export interface ListPgwireSessionsInput {
  path: Record<string, never>;
  query: NonNullable<Ops['listPgwireSessions']['parameters']['query']>;
}

/** Success result of listPgwireSessions. */
export type ListPgwireSessionsResult =
  | {
      status: 200;
      body: Ops['listPgwireSessions']['responses'][200]['content']['application/json'];
    };

/** Validated input of cleanupPgwireSessions (POST /internal/pgwire/sessions/cleanup). */
export interface CleanupPgwireSessionsInput {
  path: Record<string, never>;
  query: NonNullable<Ops['cleanupPgwireSessions']['parameters']['query']>;
}

/** Success result of cleanupPgwireSessions. */
export type CleanupPgwireSessionsResult =
  | {
      status: 200;
      body: Ops['cleanupPgwireSessions']['responses'][200]['content']['application/json'];
    };

/** Validated input of getPgwireSession (GET /internal/pgwire/sessions/{session_id}). */
export interface GetPgwireSessionInput {
  path: Ops['getPgwireSession']['parameters']['path'];
  query: Record<string, never>;
}

/** Success result of getPgwireSession. */
export type GetPgwireSessionResult =
  | {
      status: 200;
      body: Ops['getPgwireSession']['responses'][200]['content']['application/json'];
    };

/** Validated input of endPgwireSession (DELETE /internal/pgwire/sessions/{session_id}). */
export interface EndPgwireSessionInput {
  path: Ops['endPgwireSession']['parameters']['path'];
  query: NonNullable<Ops['endPgwireSession']['parameters']['query']>;
}

/** Success result of endPgwireSession. */
export type EndPgwireSessionResult =
  | { status: 204 };

/** Validated input of updatePgwireSessionActivity (PATCH /internal/pgwire/sessions/{session_id}/activity). */
export interface UpdatePgwireSessionActivityInput {
  path: Ops['updatePgwireSessionActivity']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['updatePgwireSessionActivity']['requestBody']['content']['application/json'];
}

/** Success result of updatePgwireSessionActivity. */
export type UpdatePgwireSessionActivityResult =
  | {
      status: 200;
      body: Ops['updatePgwireSessionActivity']['responses'][200]['content']['application/json'];
    };

/** Validated input of executeDriverCommand (POST /driver/execute). */
export interface ExecuteDriverCommandInput {
  path: Record<string, never>;
  query: Record<string, never>;
  body: Ops['executeDriverCommand']['requestBody']['content']['application/json'];
}

/** Success result of executeDriverCommand. */
export type ExecuteDriverCommandResult =
  | {
      status: 200;
      body: Ops['executeDriverCommand']['responses'][200]['content']['application/json'];
    };

/** Validated input of listDriverCommands (GET /driver/commands). */
export interface ListDriverCommandsInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of listDriverCommands. */
export type ListDriverCommandsResult =
  | {
      status: 200;
      body: Ops['listDriverCommands']['responses'][200]['content']['application/json'];
    };

/** Validated input of getOpenApiDocument (GET /openapi.json). */
export interface GetOpenApiDocumentInput {
  path: Record<string, never>;
  query: Record<string, never>;
}

/** Success result of getOpenApiDocument. */
export type GetOpenApiDocumentResult =
  | {
      status: 200;
      body: Ops['getOpenApiDocument']['responses'][200]['content']['application/json'];
    };

/** Operations tagged `backend`: Health and storage initialization. */
export interface BackendHandlers<Ctx> {
  /** GET / — Service info */
  getServiceInfo(input: GetServiceInfoInput, ctx: Ctx): Promise<GetServiceInfoResult>;
  /** GET /health — Health check */
  getHealth(input: GetHealthInput, ctx: Ctx): Promise<GetHealthResult>;
  /** POST /backend/init — Initialize storage directories */
  initBackend(input: InitBackendInput, ctx: Ctx): Promise<InitBackendResult>;
  /** POST /backend/remove — Acknowledge backend removal */
  removeBackend(input: RemoveBackendInput, ctx: Ctx): Promise<RemoveBackendResult>;
}

/** Operations tagged `projects`: Projects and their statistics. */
export interface ProjectsHandlers<Ctx> {
  /** POST /projects — Create a project */
  createProject(input: CreateProjectInput, ctx: Ctx): Promise<CreateProjectResult>;
  /** GET /projects — List projects */
  listProjects(input: ListProjectsInput, ctx: Ctx): Promise<ListProjectsResult>;
  /** GET /projects/{project_id} — Get a project */
  getProject(input: GetProjectInput, ctx: Ctx): Promise<GetProjectResult>;
  /** PUT /projects/{project_id} — Update a project */
  updateProject(input: UpdateProjectInput, ctx: Ctx): Promise<UpdateProjectResult>;
  /** DELETE /projects/{project_id} — Delete a project */
  deleteProject(input: DeleteProjectInput, ctx: Ctx): Promise<DeleteProjectResult>;
  /** GET /projects/{project_id}/stats — Project statistics */
  getProjectStats(input: GetProjectStatsInput, ctx: Ctx): Promise<GetProjectStatsResult>;
}

/** Operations tagged `api-keys`: Project API keys and their scopes. */
export interface ApiKeysHandlers<Ctx> {
  /** POST /projects/{project_id}/api-keys — Create an API key */
  createApiKey(input: CreateApiKeyInput, ctx: Ctx): Promise<CreateApiKeyResult>;
  /** GET /projects/{project_id}/api-keys — List API keys */
  listApiKeys(input: ListApiKeysInput, ctx: Ctx): Promise<ListApiKeysResult>;
  /** GET /projects/{project_id}/api-keys/{key_id} — Get an API key */
  getApiKey(input: GetApiKeyInput, ctx: Ctx): Promise<GetApiKeyResult>;
  /** DELETE /projects/{project_id}/api-keys/{key_id} — Revoke an API key */
  revokeApiKey(input: RevokeApiKeyInput, ctx: Ctx): Promise<RevokeApiKeyResult>;
  /** POST /projects/{project_id}/api-keys/{key_id}/rotate — Rotate an API key */
  rotateApiKey(input: RotateApiKeyInput, ctx: Ctx): Promise<RotateApiKeyResult>;
}

/** Operations tagged `s3-credentials`: Per-project S3 access key pairs for SigV4 clients (aws-cli, boto3, rclone, the AWS SDK). */
export interface S3CredentialsHandlers<Ctx> {
  /** POST /projects/{project_id}/s3-credentials — Create an S3 credential */
  createS3Credential(input: CreateS3CredentialInput, ctx: Ctx): Promise<CreateS3CredentialResult>;
  /** GET /projects/{project_id}/s3-credentials — List S3 credentials */
  listS3Credentials(input: ListS3CredentialsInput, ctx: Ctx): Promise<ListS3CredentialsResult>;
  /** DELETE /projects/{project_id}/s3-credentials/{access_key_id} — Delete an S3 credential */
  deleteS3Credential(input: DeleteS3CredentialInput, ctx: Ctx): Promise<DeleteS3CredentialResult>;
}

/** Operations tagged `branches`: Dev branches of a project: created empty, a table is copied into the branch on its first write there; pulled back from main or merged into it table by table. */
export interface BranchesHandlers<Ctx> {
  /** POST /projects/{project_id}/branches — Create a dev branch */
  createBranch(input: CreateBranchInput, ctx: Ctx): Promise<CreateBranchResult>;
  /** GET /projects/{project_id}/branches — List dev branches */
  listBranches(input: ListBranchesInput, ctx: Ctx): Promise<ListBranchesResult>;
  /** GET /projects/{project_id}/branches/{branch_id} — Get a dev branch */
  getBranch(input: GetBranchInput, ctx: Ctx): Promise<GetBranchResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id} — Delete a dev branch */
  deleteBranch(input: DeleteBranchInput, ctx: Ctx): Promise<DeleteBranchResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull — Pull a table from main */
  pullTable(input: PullTableInput, ctx: Ctx): Promise<PullTableResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge — Merge a table into main */
  mergeTable(input: MergeTableInput, ctx: Ctx): Promise<MergeTableResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/merge-status — Merge status of a dev branch */
  getBranchMergeStatus(input: GetBranchMergeStatusInput, ctx: Ctx): Promise<GetBranchMergeStatusResult>;
}

/** Operations tagged `buckets`: Buckets on branch-first URLs (`default` = main branch). */
export interface BucketsHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/buckets — Create a bucket */
  createBucket(input: CreateBucketInput, ctx: Ctx): Promise<CreateBucketResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets — List buckets */
  listBuckets(input: ListBucketsInput, ctx: Ctx): Promise<ListBucketsResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name} — Get a bucket */
  getBucket(input: GetBucketInput, ctx: Ctx): Promise<GetBucketResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name} — Delete a bucket */
  deleteBucket(input: DeleteBucketInput, ctx: Ctx): Promise<DeleteBucketResult>;
}

/** Operations tagged `bucket-sharing`: Sharing a bucket with other projects, which link it read-only; main branch only. */
export interface BucketSharingHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share — Share a bucket with another project */
  shareBucket(input: ShareBucketInput, ctx: Ctx): Promise<ShareBucketResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share — Stop sharing a bucket with a project */
  unshareBucket(input: UnshareBucketInput, ctx: Ctx): Promise<UnshareBucketResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link — Link a bucket of another project */
  linkBucket(input: LinkBucketInput, ctx: Ctx): Promise<LinkBucketResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link — Unlink a bucket */
  unlinkBucket(input: UnlinkBucketInput, ctx: Ctx): Promise<UnlinkBucketResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly — Grant read-only access to a bucket */
  grantReadonly(input: GrantReadonlyInput, ctx: Ctx): Promise<GrantReadonlyResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly — Revoke read-only access to a bucket */
  revokeReadonly(input: RevokeReadonlyInput, ctx: Ctx): Promise<RevokeReadonlyResult>;
}

/** Operations tagged `tables`: Tables, their schema and a row preview. */
export interface TablesHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables — Create a table */
  createTable(input: CreateTableInput, ctx: Ctx): Promise<CreateTableResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables — List tables */
  listTables(input: ListTablesInput, ctx: Ctx): Promise<ListTablesResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name} — Get a table */
  getTable(input: GetTableInput, ctx: Ctx): Promise<GetTableResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name} — Delete a table */
  deleteTable(input: DeleteTableInput, ctx: Ctx): Promise<DeleteTableResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview — Preview table rows */
  previewTable(input: PreviewTableInput, ctx: Ctx): Promise<PreviewTableResult>;
}

/** Operations tagged `files`: Project files: three-step or streamed upload, list, download (ranges), delete. */
export interface FilesHandlers<Ctx> {
  /** POST /projects/{project_id}/files/prepare — Open an upload session */
  prepareFileUpload(input: PrepareFileUploadInput, ctx: Ctx): Promise<PrepareFileUploadResult>;
  /** POST /projects/{project_id}/files/upload/{upload_key} — Upload the bytes of a session */
  uploadFile(input: UploadFileInput, ctx: Ctx): Promise<UploadFileResult>;
  /** POST /projects/{project_id}/files/stream — Upload a file in one streamed request */
  uploadFileStream(input: UploadFileStreamInput, ctx: Ctx): Promise<UploadFileStreamResult>;
  /** POST /projects/{project_id}/files — Register an uploaded file */
  registerFile(input: RegisterFileInput, ctx: Ctx): Promise<RegisterFileResult>;
  /** GET /projects/{project_id}/files — List files */
  listFiles(input: ListFilesInput, ctx: Ctx): Promise<ListFilesResult>;
  /** GET /projects/{project_id}/files/{file_id} — Get a file's metadata */
  getFile(input: GetFileInput, ctx: Ctx): Promise<GetFileResult>;
  /** DELETE /projects/{project_id}/files/{file_id} — Delete a file */
  deleteFile(input: DeleteFileInput, ctx: Ctx): Promise<DeleteFileResult>;
  /** GET /projects/{project_id}/files/{file_id}/download — Download a file */
  downloadFile(input: DownloadFileInput, ctx: Ctx): Promise<DownloadFileResult>;
}

/** Operations tagged `import-export`: Loading files and tables into tables, exporting tables to files. */
export interface ImportExportHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file — Load a file into a table */
  importFromFile(input: ImportFromFileInput, ctx: Ctx): Promise<ImportFromFileResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table — Load another table into a table */
  importFromTable(input: ImportFromTableInput, ctx: Ctx): Promise<ImportFromTableResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export — Export a table to a new file */
  exportToFile(input: ExportToFileInput, ctx: Ctx): Promise<ExportToFileResult>;
}

/** Operations tagged `table-schema`: Column and primary-key changes, row deletes and profiling. */
export interface TableSchemaHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns — Add a column */
  addColumn(input: AddColumnInput, ctx: Ctx): Promise<AddColumnResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name} — Drop a column */
  dropColumn(input: DropColumnInput, ctx: Ctx): Promise<DropColumnResult>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name} — Alter a column */
  alterColumn(input: AlterColumnInput, ctx: Ctx): Promise<AlterColumnResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key — Set the primary key */
  setPrimaryKey(input: SetPrimaryKeyInput, ctx: Ctx): Promise<SetPrimaryKeyResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key — Drop the primary key */
  dropPrimaryKey(input: DropPrimaryKeyInput, ctx: Ctx): Promise<DropPrimaryKeyResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows — Delete rows matching a filter */
  deleteRows(input: DeleteRowsInput, ctx: Ctx): Promise<DeleteRowsResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile — Profile a table */
  profileTable(input: ProfileTableInput, ctx: Ctx): Promise<ProfileTableResult>;
}

/** Operations tagged `snapshots`: Point-in-time copies of one table (main branch only): taken on request or automatically before destructive changes; listed, previewed, restored, deleted. */
export interface SnapshotsHandlers<Ctx> {
  /** POST /projects/{project_id}/branches/{branch_id}/snapshots — Create a snapshot */
  createSnapshot(input: CreateSnapshotInput, ctx: Ctx): Promise<CreateSnapshotResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots — List snapshots */
  listSnapshots(input: ListSnapshotsInput, ctx: Ctx): Promise<ListSnapshotsResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id} — Get a snapshot */
  getSnapshot(input: GetSnapshotInput, ctx: Ctx): Promise<GetSnapshotResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id} — Delete a snapshot */
  deleteSnapshot(input: DeleteSnapshotInput, ctx: Ctx): Promise<DeleteSnapshotResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore — Restore a snapshot */
  restoreSnapshot(input: RestoreSnapshotInput, ctx: Ctx): Promise<RestoreSnapshotResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview — Preview snapshot rows */
  previewSnapshot(input: PreviewSnapshotInput, ctx: Ctx): Promise<PreviewSnapshotResult>;
}

/** Operations tagged `snapshot-settings`: Snapshot triggers, retention and switches per project, bucket and table; each level overrides the one above (system, project, bucket, table). */
export interface SnapshotSettingsHandlers<Ctx> {
  /** GET /projects/{project_id}/settings/snapshots — Get project snapshot settings */
  getProjectSnapshotSettings(input: GetProjectSnapshotSettingsInput, ctx: Ctx): Promise<GetProjectSnapshotSettingsResult>;
  /** PUT /projects/{project_id}/settings/snapshots — Update project snapshot settings */
  updateProjectSnapshotSettings(input: UpdateProjectSnapshotSettingsInput, ctx: Ctx): Promise<UpdateProjectSnapshotSettingsResult>;
  /** DELETE /projects/{project_id}/settings/snapshots — Reset project snapshot settings */
  deleteProjectSnapshotSettings(input: DeleteProjectSnapshotSettingsInput, ctx: Ctx): Promise<DeleteProjectSnapshotSettingsResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Get bucket snapshot settings */
  getBucketSnapshotSettings(input: GetBucketSnapshotSettingsInput, ctx: Ctx): Promise<GetBucketSnapshotSettingsResult>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Update bucket snapshot settings */
  updateBucketSnapshotSettings(input: UpdateBucketSnapshotSettingsInput, ctx: Ctx): Promise<UpdateBucketSnapshotSettingsResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Reset bucket snapshot settings */
  deleteBucketSnapshotSettings(input: DeleteBucketSnapshotSettingsInput, ctx: Ctx): Promise<DeleteBucketSnapshotSettingsResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Get table snapshot settings */
  getTableSnapshotSettings(input: GetTableSnapshotSettingsInput, ctx: Ctx): Promise<GetTableSnapshotSettingsResult>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Update table snapshot settings */
  updateTableSnapshotSettings(input: UpdateTableSnapshotSettingsInput, ctx: Ctx): Promise<UpdateTableSnapshotSettingsResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Reset table snapshot settings */
  deleteTableSnapshotSettings(input: DeleteTableSnapshotSettingsInput, ctx: Ctx): Promise<DeleteTableSnapshotSettingsResult>;
}

/** Operations tagged `workspaces`: Workspaces: a DuckDB database per workspace for SQL over PG wire (and gRPC), seeing its project's main or branch tables read-only; copy tables in, list, clear, drop, reset the password, delete. TTL and size limit enforced by a reaper. */
export interface WorkspacesHandlers<Ctx> {
  /** POST /projects/{project_id}/workspaces — Create a workspace on main */
  createWorkspace(input: CreateWorkspaceInput, ctx: Ctx): Promise<CreateWorkspaceResult>;
  /** GET /projects/{project_id}/workspaces — List workspaces */
  listWorkspaces(input: ListWorkspacesInput, ctx: Ctx): Promise<ListWorkspacesResult>;
  /** GET /projects/{project_id}/workspaces/{workspace_id} — Get a workspace */
  getWorkspace(input: GetWorkspaceInput, ctx: Ctx): Promise<GetWorkspaceResult>;
  /** DELETE /projects/{project_id}/workspaces/{workspace_id} — Delete a workspace */
  deleteWorkspace(input: DeleteWorkspaceInput, ctx: Ctx): Promise<DeleteWorkspaceResult>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/clear — Drop every table and view of a workspace */
  clearWorkspace(input: ClearWorkspaceInput, ctx: Ctx): Promise<ClearWorkspaceResult>;
  /** DELETE /projects/{project_id}/workspaces/{workspace_id}/objects/{object_name} — Drop a table or view of a workspace */
  dropWorkspaceObject(input: DropWorkspaceObjectInput, ctx: Ctx): Promise<DropWorkspaceObjectResult>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/load — Copy tables into a workspace */
  loadWorkspaceTables(input: LoadWorkspaceTablesInput, ctx: Ctx): Promise<LoadWorkspaceTablesResult>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/credentials/reset — Give a workspace a new password */
  resetWorkspaceCredentials(input: ResetWorkspaceCredentialsInput, ctx: Ctx): Promise<ResetWorkspaceCredentialsResult>;
  /** POST /projects/{project_id}/branches/{branch_id}/workspaces — Create a workspace on a branch */
  createBranchWorkspace(input: CreateBranchWorkspaceInput, ctx: Ctx): Promise<CreateBranchWorkspaceResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/workspaces — List a branch's workspaces */
  listBranchWorkspaces(input: ListBranchWorkspacesInput, ctx: Ctx): Promise<ListBranchWorkspacesResult>;
  /** GET /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id} — Get a branch's workspace */
  getBranchWorkspace(input: GetBranchWorkspaceInput, ctx: Ctx): Promise<GetBranchWorkspaceResult>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id} — Delete a branch's workspace */
  deleteBranchWorkspace(input: DeleteBranchWorkspaceInput, ctx: Ctx): Promise<DeleteBranchWorkspaceResult>;
}

/** Operations tagged `pgwire-internal`: For an external SQL front end: workspace password checks and its sessions. Admin key only; bind the listener to a private network if it is used at all (PG wire clients connect to the built-in listener, which needs none of this). */
export interface PgwireInternalHandlers<Ctx> {
  /** POST /internal/pgwire/auth — Check a workspace password */
  authenticatePgwireUser(input: AuthenticatePgwireUserInput, ctx: Ctx): Promise<AuthenticatePgwireUserResult>;
  /** POST /internal/pgwire/sessions — Register a session */
  registerPgwireSession(input: RegisterPgwireSessionInput, ctx: Ctx): Promise<RegisterPgwireSessionResult>;
  /** GET /internal/pgwire/sessions — List live sessions */
  listPgwireSessions(input: ListPgwireSessionsInput, ctx: Ctx): Promise<ListPgwireSessionsResult>;
  /** POST /internal/pgwire/sessions/cleanup — End idle sessions */
  cleanupPgwireSessions(input: CleanupPgwireSessionsInput, ctx: Ctx): Promise<CleanupPgwireSessionsResult>;
  /** GET /internal/pgwire/sessions/{session_id} — Get a live session */
  getPgwireSession(input: GetPgwireSessionInput, ctx: Ctx): Promise<GetPgwireSessionResult>;
  /** DELETE /internal/pgwire/sessions/{session_id} — End a session */
  endPgwireSession(input: EndPgwireSessionInput, ctx: Ctx): Promise<EndPgwireSessionResult>;
  /** PATCH /internal/pgwire/sessions/{session_id}/activity — Record a session's activity */
  updatePgwireSessionActivity(input: UpdatePgwireSessionActivityInput, ctx: Ctx): Promise<UpdatePgwireSessionActivityResult>;
}

/** Operations tagged `metrics`: Prometheus metrics. */
export interface MetricsHandlers<Ctx> {
  /** GET /metrics — Prometheus metrics */
  getMetrics(input: GetMetricsInput, ctx: Ctx): Promise<GetMetricsResult>;
}

/** Operations tagged `pages`: What a browser opens: the landing page (`GET /` preferring text/html), the API reference (`/docs`), the live dashboard (`/dashboard`), their assets, and this document (`/openapi.json`). The pages load nothing from other origins: their scripts and styles come from this server's npm packages (swagger-ui-dist, chart.js). */
export interface PagesHandlers<Ctx> {
  /** GET /openapi.json — This OpenAPI document */
  getOpenApiDocument(input: GetOpenApiDocumentInput, ctx: Ctx): Promise<GetOpenApiDocumentResult>;
}

/** Operations tagged `driver`: Keboola's storage-driver protocol over HTTP: the gRPC driver's commands as proto3 canonical JSON (what Connection's PHP client uses). */
export interface DriverHandlers<Ctx> {
  /** POST /driver/execute — Run a driver command */
  executeDriverCommand(input: ExecuteDriverCommandInput, ctx: Ctx): Promise<ExecuteDriverCommandResult>;
  /** GET /driver/commands — List driver commands */
  listDriverCommands(input: ListDriverCommandsInput, ctx: Ctx): Promise<ListDriverCommandsResult>;
}

/** Every operation's handler: what the REST app needs to route the whole spec. */
export type AllHandlers<Ctx> =
  & BackendHandlers<Ctx>
  & ProjectsHandlers<Ctx>
  & ApiKeysHandlers<Ctx>
  & S3CredentialsHandlers<Ctx>
  & BranchesHandlers<Ctx>
  & BucketsHandlers<Ctx>
  & BucketSharingHandlers<Ctx>
  & TablesHandlers<Ctx>
  & FilesHandlers<Ctx>
  & ImportExportHandlers<Ctx>
  & TableSchemaHandlers<Ctx>
  & SnapshotsHandlers<Ctx>
  & SnapshotSettingsHandlers<Ctx>
  & WorkspacesHandlers<Ctx>
  & PgwireInternalHandlers<Ctx>
  & MetricsHandlers<Ctx>
  & PagesHandlers<Ctx>
  & DriverHandlers<Ctx>;

/** The operationIds of each tag, in spec order. */
export const tagOperations = {
  backend: ['getServiceInfo', 'getHealth', 'initBackend', 'removeBackend'],
  projects: ['createProject', 'listProjects', 'getProject', 'updateProject', 'deleteProject', 'getProjectStats'],
  'api-keys': ['createApiKey', 'listApiKeys', 'getApiKey', 'revokeApiKey', 'rotateApiKey'],
  's3-credentials': ['createS3Credential', 'listS3Credentials', 'deleteS3Credential'],
  branches: ['createBranch', 'listBranches', 'getBranch', 'deleteBranch', 'pullTable', 'mergeTable', 'getBranchMergeStatus'],
  buckets: ['createBucket', 'listBuckets', 'getBucket', 'deleteBucket'],
  'bucket-sharing': ['shareBucket', 'unshareBucket', 'linkBucket', 'unlinkBucket', 'grantReadonly', 'revokeReadonly'],
  tables: ['createTable', 'listTables', 'getTable', 'deleteTable', 'previewTable'],
  files: ['prepareFileUpload', 'uploadFile', 'uploadFileStream', 'registerFile', 'listFiles', 'getFile', 'deleteFile', 'downloadFile'],
  'import-export': ['importFromFile', 'importFromTable', 'exportToFile'],
  'table-schema': ['addColumn', 'dropColumn', 'alterColumn', 'setPrimaryKey', 'dropPrimaryKey', 'deleteRows', 'profileTable'],
  snapshots: ['createSnapshot', 'listSnapshots', 'getSnapshot', 'deleteSnapshot', 'restoreSnapshot', 'previewSnapshot'],
  'snapshot-settings': ['getProjectSnapshotSettings', 'updateProjectSnapshotSettings', 'deleteProjectSnapshotSettings', 'getBucketSnapshotSettings', 'updateBucketSnapshotSettings', 'deleteBucketSnapshotSettings', 'getTableSnapshotSettings', 'updateTableSnapshotSettings', 'deleteTableSnapshotSettings'],
  workspaces: ['createWorkspace', 'listWorkspaces', 'getWorkspace', 'deleteWorkspace', 'clearWorkspace', 'dropWorkspaceObject', 'loadWorkspaceTables', 'resetWorkspaceCredentials', 'createBranchWorkspace', 'listBranchWorkspaces', 'getBranchWorkspace', 'deleteBranchWorkspace'],
  'pgwire-internal': ['authenticatePgwireUser', 'registerPgwireSession', 'listPgwireSessions', 'cleanupPgwireSessions', 'getPgwireSession', 'endPgwireSession', 'updatePgwireSessionActivity'],
  metrics: ['getMetrics'],
  pages: ['getOpenApiDocument'],
  driver: ['executeDriverCommand', 'listDriverCommands'],
} as const satisfies Record<Tag, readonly OperationId[]>;
