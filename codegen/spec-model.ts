// Reads what the TypeScript emitters need from an OpenAPI 3.1 document into typed records:
// Paths Object -> Path Item Objects -> Operation Objects (spec order), their Parameter Objects
// (path-item parameters merged under the operation's, `$ref`s to components.parameters followed),
// Request Body Object, Responses Object (`$ref`s to components.responses followed), Security
// Requirement Objects (the operation's, else the document's) and Tag Objects.
// Everything is checked here, so the emitters work on typed data and fail with a location.
//
// `x-duckstorage-protocol` on an Operation Object names the adapter that serves it instead of the
// REST router (`s3`: src/s3, XML bodies, HEAD; `pages`: src/pages, HTML pages and their assets).
// Such operations are not in `operations` (the REST route table and handler interfaces); the SDKs
// keep those whose request and success bodies are JSON (`sdkOperations`), since S3 clients and
// browsers do the rest.

export type JsonObject = { readonly [key: string]: unknown };

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch' | 'head';
/** Who serves an operation: the REST router, or another protocol adapter (`x-duckstorage-protocol`). */
export type Protocol = 'rest' | 's3' | 'pages';
export type Access = 'none' | 'read' | 'write' | 'manage' | 'admin';
export type MediaType =
  | 'application/json'
  | 'text/plain'
  | 'application/octet-stream'
  | 'application/xml'
  | 'text/html'
  | 'text/css'
  | 'text/javascript'
  | 'image/svg+xml';
/** Request bodies: JSON is parsed and validated; the other two reach the resolver as a stream. */
export type RequestMediaType = 'application/json' | 'multipart/form-data' | 'application/octet-stream';

export interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonObject;
}

export interface SpecRequestBody {
  readonly required: boolean;
  readonly mediaType: RequestMediaType;
  readonly schema: JsonObject;
}

export interface SpecResponse {
  readonly status: number;
  /** The first media type of the Response Object's `content`; null when it has none (e.g. 204). */
  readonly contentType: MediaType | null;
  /** The other media types of `content`, chosen by the request's Accept (GET /'s text/html); absent when none. */
  readonly alternatives?: readonly string[];
}

export interface SpecOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly tag: string;
  readonly summary: string | undefined;
  readonly protocol: Protocol;
  readonly access: Access;
  readonly security: readonly string[];
  readonly parameters: readonly SpecParameter[];
  /** One media type per request body (RequestMediaType). */
  readonly requestBody: SpecRequestBody | undefined;
  /** Every Response Object with a numeric status, in spec order. */
  readonly responses: readonly SpecResponse[];
  /** The 2xx and 3xx responses (e.g. 304 of a conditional GET), lowest status first; never empty. */
  readonly successes: readonly SpecResponse[];
}

export interface SpecModel {
  readonly title: string;
  /** Tag names: the document's `tags` order, then tags only operations mention. */
  readonly tags: readonly string[];
  readonly tagDescriptions: ReadonlyMap<string, string>;
  /** The operations the REST router serves (no `x-duckstorage-protocol`), in spec order. */
  readonly operations: readonly SpecOperation[];
  /** What the SDKs expose: the REST operations and the other protocols' JSON-only ones, in spec order. */
  readonly sdkOperations: readonly SpecOperation[];
  /** components.schemas, in document order. */
  readonly schemas: ReadonlyMap<string, JsonObject>;
}

const METHODS: readonly string[] = ['get', 'post', 'put', 'delete', 'patch', 'head'];
const UNSUPPORTED_METHODS: readonly string[] = ['options', 'trace'];
const PROTOCOLS: readonly string[] = ['s3', 'pages'];
/** Response media types only another protocol adapter renders (the REST pipeline cannot). */
const PROTOCOL_MEDIA_TYPES: readonly string[] = [
  'application/xml',
  'text/html',
  'text/css',
  'text/javascript',
  'image/svg+xml',
];
const ACCESS: readonly string[] = ['none', 'read', 'write', 'manage', 'admin'];
const MEDIA_TYPES: readonly string[] = ['application/json', 'text/plain', 'application/octet-stream'];
const REQUEST_MEDIA_TYPES: readonly string[] = [
  'application/json',
  'multipart/form-data',
  'application/octet-stream',
];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`${where}: expected an object`);
  return value;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

/** Follows a local `$ref` (`#/components/...`) until the target is not a Reference Object. */
export function resolveRef(root: JsonObject, value: unknown, where: string): JsonObject {
  let current = objectAt(value, where);
  const seen = new Set<string>();
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref))
      throw new Error(`${where}: unsupported or circular $ref ${ref}`);
    seen.add(ref);
    let target: unknown = root;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      target = isObject(target) ? target[key] : undefined;
    }
    current = objectAt(target, `${where} -> ${ref}`);
  }
  return current;
}

function readParameter(root: JsonObject, value: unknown, where: string): SpecParameter {
  const param = resolveRef(root, value, where);
  const location = stringAt(param.in, `${where}.in`);
  if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') {
    throw new Error(`${where}.in: unknown location ${location}`);
  }
  return {
    name: stringAt(param.name, `${where}.name`),
    in: location,
    // Path parameters are always required (OpenAPI 3.1, Parameter Object `required`).
    required: location === 'path' || param.required === true,
    schema: param.schema === undefined ? {} : objectAt(param.schema, `${where}.schema`),
  };
}

/** Operation parameters override path-item ones with the same name and location. */
function readParameters(root: JsonObject, item: JsonObject, op: JsonObject, where: string): SpecParameter[] {
  const list = (value: unknown, at: string): SpecParameter[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new Error(`${at}: expected an array`);
    return value.map((p, i) => readParameter(root, p, `${at}[${i}]`));
  };
  const own = list(op.parameters, `${where}.parameters`);
  const inherited = list(item.parameters, `${where} (path item).parameters`).filter(
    (p) => !own.some((o) => o.name === p.name && o.in === p.in),
  );
  return [...inherited, ...own];
}

function readRequestBody(root: JsonObject, value: unknown, where: string): SpecRequestBody | undefined {
  if (value === undefined) return undefined;
  const body = resolveRef(root, value, where);
  const content = objectAt(body.content, `${where}.content`);
  const types = Object.keys(content);
  const mediaType = types[0];
  if (mediaType === undefined || types.length !== 1 || !REQUEST_MEDIA_TYPES.includes(mediaType)) {
    throw new Error(`${where}.content: expected one of ${REQUEST_MEDIA_TYPES.join(', ')}`);
  }
  const media = objectAt(content[mediaType], `${where}.content['${mediaType}']`);
  return {
    required: body.required === true,
    mediaType: mediaType as RequestMediaType,
    schema: media.schema === undefined ? {} : objectAt(media.schema, `${where}.content.schema`),
  };
}

function readResponses(root: JsonObject, value: unknown, where: string, protocol: Protocol): SpecResponse[] {
  const allowed = protocol === 'rest' ? MEDIA_TYPES : [...MEDIA_TYPES, ...PROTOCOL_MEDIA_TYPES];
  const responses: SpecResponse[] = [];
  for (const [status, raw] of Object.entries(objectAt(value, where))) {
    // `default` and ranges like `4XX` describe no single status: operation tables list real ones.
    if (!/^[1-5][0-9][0-9]$/.test(status)) continue;
    const response = resolveRef(root, raw, `${where}.${status}`);
    const content = response.content === undefined ? {} : objectAt(response.content, `${where}.${status}`);
    const [first, ...alternatives] = Object.keys(content);
    if (first !== undefined && !allowed.includes(first)) {
      throw new Error(`${where}.${status}: unsupported media type ${first}`);
    }
    responses.push({
      status: Number(status),
      contentType: (first as MediaType | undefined) ?? null,
      ...(alternatives.length > 0 ? { alternatives } : {}),
    });
  }
  return responses;
}

/** Scheme names of the Security Requirement Objects, in order, without duplicates. */
function readSecurity(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array`);
  const names: string[] = [];
  for (const [i, requirement] of value.entries()) {
    for (const name of Object.keys(objectAt(requirement, `${where}[${i}]`))) {
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

function readOperation(
  root: JsonObject,
  item: JsonObject,
  path: string,
  method: HttpMethod,
  where: string,
): SpecOperation {
  const op = objectAt(item[method], where);
  const operationId = stringAt(op.operationId, `${where}.operationId`);
  // operationIds become TS identifiers (method names, exports) in every emitter.
  if (!IDENTIFIER.test(operationId) || operationId === 'raw') {
    throw new Error(`${where}.operationId: ${operationId} is not usable as an identifier`);
  }
  const tags = Array.isArray(op.tags) ? op.tags : [];
  const tag = stringAt(tags[0], `${where}.tags[0]`);
  const protocol = op['x-duckstorage-protocol'] ?? 'rest';
  if (protocol !== 'rest' && (typeof protocol !== 'string' || !PROTOCOLS.includes(protocol))) {
    throw new Error(`${where}.x-duckstorage-protocol: expected one of ${PROTOCOLS.join(', ')}`);
  }
  // HEAD has no body to render: the REST router answers it from GET; only other adapters declare it.
  if (method === 'head' && protocol === 'rest') throw new Error(`${where}: method not supported`);
  const access = op['x-duckstorage-access'] ?? 'none';
  if (typeof access !== 'string' || !ACCESS.includes(access)) {
    throw new Error(`${where}.x-duckstorage-access: expected one of ${ACCESS.join(', ')}`);
  }
  const parameters = readParameters(root, item, op, where);
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const declared = paramsIn({ parameters }, 'path').map((p) => p.name);
  if (templated.length !== declared.length || !templated.every((name) => declared.includes(name ?? ''))) {
    throw new Error(`${where}: the path template's {names} and the path parameters differ`);
  }
  const responses = readResponses(root, op.responses, `${where}.responses`, protocol as Protocol);
  const successes = responses
    .filter((r) => r.status >= 200 && r.status < 400)
    .sort((a, b) => a.status - b.status);
  if (!successes.some((r) => r.status < 300)) throw new Error(`${where}.responses: no 2xx response`);
  return {
    operationId,
    method,
    path,
    tag,
    summary: typeof op.summary === 'string' ? op.summary : undefined,
    protocol: protocol as Protocol,
    access: access as Access,
    security: readSecurity(op.security ?? root.security ?? [], `${where}.security`),
    parameters,
    requestBody: readRequestBody(root, op.requestBody, `${where}.requestBody`),
    responses,
    successes,
  };
}

function readTags(root: JsonObject, operations: readonly SpecOperation[]) {
  const descriptions = new Map<string, string>();
  const tags: string[] = [];
  for (const [i, raw] of (Array.isArray(root.tags) ? root.tags : []).entries()) {
    const tag = objectAt(raw, `tags[${i}]`);
    const name = stringAt(tag.name, `tags[${i}].name`);
    tags.push(name);
    if (typeof tag.description === 'string') descriptions.set(name, tag.description);
  }
  for (const op of operations) if (!tags.includes(op.tag)) tags.push(op.tag);
  return { tags: tags.filter((t) => operations.some((op) => op.tag === t)), descriptions };
}

export function readSpecModel(spec: unknown): SpecModel {
  const root = objectAt(spec, 'document');
  const openapi = stringAt(root.openapi, 'openapi');
  if (!openapi.startsWith('3.1.')) throw new Error(`openapi: expected 3.1.x, got ${openapi}`);
  const all: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(objectAt(root.paths ?? {}, 'paths'))) {
    const item = resolveRef(root, rawItem, `paths['${path}']`);
    for (const key of Object.keys(item)) {
      const where = `paths['${path}'].${key}`;
      if (UNSUPPORTED_METHODS.includes(key)) throw new Error(`${where}: method not supported`);
      if (METHODS.includes(key)) all.push(readOperation(root, item, path, key as HttpMethod, where));
    }
  }
  const ids = new Set<string>();
  for (const op of all) {
    if (ids.has(op.operationId)) throw new Error(`operationId ${op.operationId} is used twice`);
    ids.add(op.operationId);
  }
  const components = isObject(root.components) ? root.components : {};
  const schemas = new Map<string, JsonObject>();
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    schemas.set(name, objectAt(schema, `components.schemas.${name}`));
  }
  const info = isObject(root.info) ? root.info : {};
  const operations = all.filter((op) => op.protocol === 'rest');
  const { tags, descriptions } = readTags(root, operations);
  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    tags,
    tagDescriptions: descriptions,
    operations,
    sdkOperations: all.filter(inSdk),
    schemas,
  };
}

/**
 * Whether the SDKs get a method for `op`: every REST operation; of another protocol's, only one
 * whose request body (if any) and success responses are all JSON (the S3 presign call). Byte and
 * XML operations are for that protocol's own clients (an S3 SDK).
 */
export function inSdk(op: SpecOperation): boolean {
  if (op.protocol === 'rest') return true;
  const jsonBody = op.requestBody === undefined || op.requestBody.mediaType === 'application/json';
  return jsonBody && op.successes.every((r) => r.contentType === 'application/json');
}

/** The parameters of one location, in spec order. */
export function paramsIn(
  op: Pick<SpecOperation, 'parameters'>,
  location: SpecParameter['in'],
): SpecParameter[] {
  return op.parameters.filter((p) => p.in === location);
}
