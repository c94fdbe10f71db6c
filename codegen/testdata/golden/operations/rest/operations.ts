// generated from specs/duckapi.json by codegen/emit-operations.ts; do not edit
// Mini API: the REST route table, each operation's validated input and success result, and one
// handler interface per tag. Resolvers `satisfies` their tag's interface.
import type { Readable } from 'node:stream';
import type { operations as Ops } from '../openapi.js';

export type OperationId =
  | 'listWidgets'
  | 'createWidget'
  | 'deleteWidget'
  | 'uploadWidgetPhoto'
  | 'downloadWidgetPhoto'
  | 'uploadManual'
  | 'getMetrics';

export type Tag =
  | 'shelf-widgets'
  | 'widget-files'
  | 'system';

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
    operationId: 'listWidgets',
    method: 'get',
    path: '/shelves/{shelf_id}/widgets',
    expressPath: '/shelves/:shelf_id/widgets',
    tag: 'shelf-widgets',
    access: 'read',
    security: ['AdminKey', 'ProjectKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [200, 404, 422],
  },
  {
    operationId: 'createWidget',
    method: 'post',
    path: '/shelves/{shelf_id}/widgets',
    expressPath: '/shelves/:shelf_id/widgets',
    tag: 'shelf-widgets',
    access: 'write',
    security: ['AdminKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/json',
    headers: [],
    idempotent: true,
    statuses: [201, 404],
  },
  {
    operationId: 'deleteWidget',
    method: 'delete',
    path: '/shelves/{shelf_id}/widgets/{widget_id}',
    expressPath: '/shelves/:shelf_id/widgets/:widget_id',
    tag: 'shelf-widgets',
    access: 'manage',
    security: ['ProjectKey'],
    successStatus: 204,
    responseContentType: null,
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: [],
    idempotent: false,
    statuses: [204, 404],
  },
  {
    operationId: 'uploadWidgetPhoto',
    method: 'put',
    path: '/shelves/{shelf_id}/widgets/{widget_id}/photo',
    expressPath: '/shelves/:shelf_id/widgets/:widget_id/photo',
    tag: 'widget-files',
    access: 'write',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'multipart/form-data',
    headers: [],
    idempotent: false,
    statuses: [200, 413],
  },
  {
    operationId: 'downloadWidgetPhoto',
    method: 'get',
    path: '/shelves/{shelf_id}/widgets/{widget_id}/photo',
    expressPath: '/shelves/:shelf_id/widgets/:widget_id/photo',
    tag: 'widget-files',
    access: 'read',
    security: ['AdminKey'],
    successStatus: 200,
    responseContentType: 'application/octet-stream',
    hasBody: false,
    bodyRequired: false,
    requestContentType: null,
    headers: ['range', 'if-none-match'],
    idempotent: false,
    statuses: [200, 206, 304, 404],
  },
  {
    operationId: 'uploadManual',
    method: 'post',
    path: '/shelves/{shelf_id}/manuals',
    expressPath: '/shelves/:shelf_id/manuals',
    tag: 'widget-files',
    access: 'write',
    security: ['AdminKey'],
    successStatus: 201,
    responseContentType: 'application/json',
    hasBody: true,
    bodyRequired: true,
    requestContentType: 'application/octet-stream',
    headers: [],
    idempotent: true,
    statuses: [201],
  },
  {
    operationId: 'getMetrics',
    method: 'get',
    path: '/metrics',
    expressPath: '/metrics',
    tag: 'system',
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
] as const satisfies readonly OperationMeta[];

/** Validated input of listWidgets (GET /shelves/{shelf_id}/widgets). */
export interface ListWidgetsInput {
  path: Ops['listWidgets']['parameters']['path'];
  query: NonNullable<Ops['listWidgets']['parameters']['query']>;
}

/** Success result of listWidgets. */
export type ListWidgetsResult =
  | {
      status: 200;
      body: Ops['listWidgets']['responses'][200]['content']['application/json'];
    };

/** Validated input of createWidget (POST /shelves/{shelf_id}/widgets). */
export interface CreateWidgetInput {
  path: Ops['createWidget']['parameters']['path'];
  query: Record<string, never>;
  body: Ops['createWidget']['requestBody']['content']['application/json'];
}

/** Success result of createWidget. */
export type CreateWidgetResult =
  | {
      status: 201;
      body: Ops['createWidget']['responses'][201]['content']['application/json'];
    };

/** Validated input of deleteWidget (DELETE /shelves/{shelf_id}/widgets/{widget_id}). */
export interface DeleteWidgetInput {
  path: Ops['deleteWidget']['parameters']['path'];
  query: NonNullable<Ops['deleteWidget']['parameters']['query']>;
}

/** Success result of deleteWidget. */
export type DeleteWidgetResult =
  | { status: 204 };

/** Validated input of uploadWidgetPhoto (PUT /shelves/{shelf_id}/widgets/{widget_id}/photo). */
export interface UploadWidgetPhotoInput {
  path: Ops['uploadWidgetPhoto']['parameters']['path'];
  query: Record<string, never>;
  body: StreamBody;
}

/** Success result of uploadWidgetPhoto. */
export type UploadWidgetPhotoResult =
  | {
      status: 200;
      body: Ops['uploadWidgetPhoto']['responses'][200]['content']['application/json'];
    };

/** Validated input of downloadWidgetPhoto (GET /shelves/{shelf_id}/widgets/{widget_id}/photo). */
export interface DownloadWidgetPhotoInput {
  path: Ops['downloadWidgetPhoto']['parameters']['path'];
  query: Record<string, never>;
  header: { range?: string; 'if-none-match'?: string };
}

/** Success result of downloadWidgetPhoto. */
export type DownloadWidgetPhotoResult =
  | {
      status: 200;
      body: BinaryBody;
    }
  | {
      status: 206;
      body: BinaryBody;
    }
  | { status: 304 };

/** Validated input of uploadManual (POST /shelves/{shelf_id}/manuals). */
export interface UploadManualInput {
  path: Ops['uploadManual']['parameters']['path'];
  query: NonNullable<Ops['uploadManual']['parameters']['query']>;
  body: StreamBody;
}

/** Success result of uploadManual. */
export type UploadManualResult =
  | {
      status: 201;
      body: Ops['uploadManual']['responses'][201]['content']['application/json'];
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

/** Operations tagged `shelf-widgets`: Widgets on shelves. */
export interface ShelfWidgetsHandlers<Ctx> {
  /** GET /shelves/{shelf_id}/widgets — List widgets */
  listWidgets(input: ListWidgetsInput, ctx: Ctx): Promise<ListWidgetsResult>;
  /** POST /shelves/{shelf_id}/widgets — Create a widget */
  createWidget(input: CreateWidgetInput, ctx: Ctx): Promise<CreateWidgetResult>;
  /** DELETE /shelves/{shelf_id}/widgets/{widget_id} — Delete a widget *\/ safely */
  deleteWidget(input: DeleteWidgetInput, ctx: Ctx): Promise<DeleteWidgetResult>;
}

/** Operations tagged `widget-files`: Photos and manuals of widgets (binary bodies). */
export interface WidgetFilesHandlers<Ctx> {
  /** PUT /shelves/{shelf_id}/widgets/{widget_id}/photo — Upload a photo (multipart) */
  uploadWidgetPhoto(input: UploadWidgetPhotoInput, ctx: Ctx): Promise<UploadWidgetPhotoResult>;
  /** GET /shelves/{shelf_id}/widgets/{widget_id}/photo — Download the photo */
  downloadWidgetPhoto(input: DownloadWidgetPhotoInput, ctx: Ctx): Promise<DownloadWidgetPhotoResult>;
  /** POST /shelves/{shelf_id}/manuals — Upload a manual (raw bytes) */
  uploadManual(input: UploadManualInput, ctx: Ctx): Promise<UploadManualResult>;
}

/** Operations tagged `system`: Operations. */
export interface SystemHandlers<Ctx> {
  /** GET /metrics — Metrics text */
  getMetrics(input: GetMetricsInput, ctx: Ctx): Promise<GetMetricsResult>;
}

/** Every operation's handler: what the REST app needs to route the whole spec. */
export type AllHandlers<Ctx> =
  & ShelfWidgetsHandlers<Ctx>
  & WidgetFilesHandlers<Ctx>
  & SystemHandlers<Ctx>;

/** The operationIds of each tag, in spec order. */
export const tagOperations = {
  'shelf-widgets': ['listWidgets', 'createWidget', 'deleteWidget'],
  'widget-files': ['uploadWidgetPhoto', 'downloadWidgetPhoto', 'uploadManual'],
  system: ['getMetrics'],
} as const satisfies Record<Tag, readonly OperationId[]>;
