// generated from specs/duckapi.json by codegen/emit-operations.ts; do not edit
// DuckStorage API: the REST route table, each operation's validated input and success result, and one
// handler interface per tag. Resolvers `satisfies` their tag's interface.
import type { operations as Ops } from '../openapi.js';

export type OperationId =
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
  | 'createBucket'
  | 'listBuckets'
  | 'getBucket'
  | 'deleteBucket'
  | 'createTable'
  | 'listTables'
  | 'getTable'
  | 'deleteTable'
  | 'previewTable'
  | 'getMetrics';

export type Tag =
  | 'backend'
  | 'projects'
  | 'api-keys'
  | 'buckets'
  | 'tables'
  | 'metrics';

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
  readonly responseContentType: 'application/json' | 'text/plain' | null;
  /** Whether the operation has a (JSON) Request Body Object. */
  readonly hasBody: boolean;
  /** Every declared response status, in spec order. */
  readonly statuses: readonly number[];
}

export const operations = [
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
    statuses: [201, 400, 401, 403, 404, 422, 429, 500, 503],
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
    statuses: [201, 401, 403, 404, 409, 413, 422, 429, 500, 503],
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
    statuses: [204, 401, 403, 404, 409, 422, 429, 500, 503],
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
    statuses: [204, 401, 403, 404, 422, 429, 500, 503],
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
    statuses: [200],
  },
] as const satisfies readonly OperationMeta[];

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

/** Operations tagged `backend`: Health and storage initialization. */
export interface BackendHandlers<Ctx> {
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

/** Operations tagged `metrics`: Prometheus metrics. */
export interface MetricsHandlers<Ctx> {
  /** GET /metrics — Prometheus metrics */
  getMetrics(input: GetMetricsInput, ctx: Ctx): Promise<GetMetricsResult>;
}

/** Every operation's handler: what the REST app needs to route the whole spec. */
export type AllHandlers<Ctx> =
  & BackendHandlers<Ctx>
  & ProjectsHandlers<Ctx>
  & ApiKeysHandlers<Ctx>
  & BucketsHandlers<Ctx>
  & TablesHandlers<Ctx>
  & MetricsHandlers<Ctx>;

/** The operationIds of each tag, in spec order. */
export const tagOperations = {
  backend: ['getHealth', 'initBackend', 'removeBackend'],
  projects: ['createProject', 'listProjects', 'getProject', 'updateProject', 'deleteProject', 'getProjectStats'],
  'api-keys': ['createApiKey', 'listApiKeys', 'getApiKey', 'revokeApiKey', 'rotateApiKey'],
  buckets: ['createBucket', 'listBuckets', 'getBucket', 'deleteBucket'],
  tables: ['createTable', 'listTables', 'getTable', 'deleteTable', 'previewTable'],
  metrics: ['getMetrics'],
} as const satisfies Record<Tag, readonly OperationId[]>;
