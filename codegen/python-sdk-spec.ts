// Reads the parts of an OpenAPI 3.1 document the Python SDK emitter needs into plain typed records:
// components.schemas (Components Object), Paths/Operation Objects, Parameter Objects (path-level ones
// merged under the operation's), Request Body Objects (JSON, multipart/form-data properties, raw) and
// the first 2xx Response Object (with the content-less 3xx successes of a binary answer).
// Everything is validated here so the emitters work on typed data, never on `unknown`.

export type JsonSchema = { readonly [key: string]: unknown };

export interface SpecParam {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly description: string | undefined;
}

/** A property of a multipart/form-data body: a file part when its schema is binary. */
export interface FormField {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly binary: boolean;
}

/**
 * JSON and multipart/form-data bodies become keyword arguments (one per property); anything else is
 * one raw body (bytes, a file or chunks).
 */
export type SpecBody =
  | { readonly kind: 'json'; readonly schema: JsonSchema; readonly required: boolean }
  | { readonly kind: 'multipart'; readonly fields: readonly FormField[]; readonly required: boolean }
  | { readonly kind: 'raw'; readonly contentType: string; readonly required: boolean };

export type SpecResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly schema: JsonSchema }
  | { readonly kind: 'text' }
  /** `empty`: 3xx successes without content (304 of a conditional GET), which urllib reports as errors. */
  | { readonly kind: 'bytes'; readonly empty: readonly number[] };

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly tag: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly params: readonly SpecParam[];
  readonly body: SpecBody | undefined;
  readonly status: number;
  readonly result: SpecResult;
}

export interface PySpec {
  /** The whole document, for following `$ref`s. */
  readonly root: JsonSchema;
  readonly title: string;
  readonly version: string;
  readonly description: string | undefined;
  readonly tags: ReadonlyMap<string, string | undefined>;
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  readonly operations: readonly SpecOperation[];
}

const METHODS: readonly string[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown, where: string): JsonSchema {
  if (!isRecord(value)) throw new Error(`python-sdk: ${where} is not an object`);
  return value;
}

/** Follows a local `$ref` (JSON Pointer, RFC 6901) until the target has none. */
export function deref(root: JsonSchema, value: unknown, where: string): JsonSchema {
  let current = record(value, where);
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (hops > 20 || !ref.startsWith('#/'))
      throw new Error(`python-sdk: cannot follow $ref ${ref} (${where})`);
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
      target = isRecord(target) ? target[key] : undefined;
    }
    current = record(target, `${ref} (${where})`);
  }
  return current;
}

function readParam(root: JsonSchema, value: unknown, where: string): SpecParam | undefined {
  const param = deref(root, value, where);
  const name = str(param.name);
  const location = param.in;
  if (name === undefined) throw new Error(`python-sdk: parameter without name (${where})`);
  // Cookie parameters have no place in this client; the browser-ish use case does not apply.
  if (location !== 'path' && location !== 'query' && location !== 'header') return undefined;
  return {
    name,
    in: location,
    required: location === 'path' || param.required === true,
    schema: isRecord(param.schema) ? param.schema : {},
    description: str(param.description),
  };
}

function readBody(root: JsonSchema, value: unknown, where: string): SpecBody | undefined {
  if (value === undefined) return undefined;
  const body = deref(root, value, where);
  const content = record(body.content ?? {}, `${where} content`);
  const required = body.required === true;
  const jsonType = Object.keys(content).find((type) => type === 'application/json' || type.endsWith('+json'));
  if (jsonType !== undefined) {
    const media = record(content[jsonType], `${where} ${jsonType}`);
    return { kind: 'json', schema: isRecord(media.schema) ? media.schema : {}, required };
  }
  const contentType = Object.keys(content)[0];
  if (contentType === 'multipart/form-data') {
    const media = record(content[contentType], `${where} ${contentType}`);
    const schema = deref(root, media.schema ?? {}, `${where} ${contentType} schema`);
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const requiredNames = Array.isArray(schema.required) ? schema.required : [];
    const fields = Object.entries(properties).map(([name, value]): FormField => {
      const property = deref(root, value, `${where} ${contentType} ${name}`);
      return { name, schema: property, required: requiredNames.includes(name), binary: isBinary(property) };
    });
    return { kind: 'multipart', fields, required };
  }
  return contentType === undefined ? undefined : { kind: 'raw', contentType, required };
}

/** A binary Schema Object: bytes in JSON Schema 2020-12 (`contentMediaType`) or OpenAPI 3.0 style. */
function isBinary(schema: JsonSchema): boolean {
  return (
    schema.type === 'string' &&
    (schema.contentMediaType !== undefined ||
      schema.contentEncoding !== undefined ||
      schema.format === 'binary')
  );
}

function readResult(root: JsonSchema, responses: JsonSchema, where: string): [number, SpecResult] {
  const codes = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort();
  const code = codes[0];
  if (code === undefined) return [200, { kind: 'empty' }];
  const response = deref(root, responses[code], `${where} ${code}`);
  const content = isRecord(response.content) ? response.content : {};
  const types = Object.keys(content);
  const jsonType = types.find((type) => type === 'application/json' || type.endsWith('+json'));
  if (jsonType !== undefined) {
    const media = record(content[jsonType], `${where} ${code} ${jsonType}`);
    return [Number(code), { kind: 'json', schema: isRecord(media.schema) ? media.schema : {} }];
  }
  if (types.some((type) => type.startsWith('text/'))) return [Number(code), { kind: 'text' }];
  if (types.length === 0) return [Number(code), { kind: 'empty' }];
  const empty = Object.keys(responses)
    .filter((status) => /^3\d\d$/.test(status))
    .filter((status) => {
      const other = deref(root, responses[status], `${where} ${status}`);
      return !isRecord(other.content) || Object.keys(other.content).length === 0;
    })
    .map(Number)
    .sort((a, b) => a - b);
  return [Number(code), { kind: 'bytes', empty }];
}

function readOperations(root: JsonSchema): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, itemValue] of Object.entries(record(root.paths ?? {}, 'paths'))) {
    const item = deref(root, itemValue, path);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    // Methods in the document's order, so the client reads like the spec.
    for (const method of Object.keys(item).filter((key) => METHODS.includes(key))) {
      const where = `${method.toUpperCase()} ${path}`;
      const op = record(item[method], where);
      const operationId = str(op.operationId);
      if (operationId === undefined) throw new Error(`python-sdk: ${where} has no operationId`);
      // An operation-level parameter overrides a path-level one with the same name and location.
      const byKey = new Map<string, SpecParam>();
      for (const value of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const param = readParam(root, value, where);
        if (param !== undefined) byKey.set(`${param.in} ${param.name}`, param);
      }
      const [status, result] = readResult(root, record(op.responses ?? {}, `${where} responses`), where);
      const body = readBody(root, op.requestBody, `${where} requestBody`);
      // The TS SDK's rule (spec-model `inSdk`): of the operations another adapter serves
      // (x-duckstorage-protocol, e.g. S3), only JSON-only ones; S3 clients do bytes and XML.
      const jsonOnly = (body === undefined || body.kind === 'json') && result.kind === 'json';
      if (op['x-duckstorage-protocol'] !== undefined && !jsonOnly) continue;
      const tags = Array.isArray(op.tags) ? op.tags : [];
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        tag: str(tags[0]) ?? 'default',
        summary: str(op.summary),
        description: str(op.description),
        params: [...byKey.values()],
        body,
        status,
        result,
      });
    }
  }
  return operations;
}

export function readSpec(spec: unknown): PySpec {
  const root = record(spec, 'the spec');
  const info = record(root.info ?? {}, 'info');
  const components = isRecord(root.components) ? root.components : {};
  const schemas = new Map<string, JsonSchema>();
  for (const [name, schema] of Object.entries(isRecord(components.schemas) ? components.schemas : {})) {
    schemas.set(name, record(schema, `components.schemas.${name}`));
  }
  const tags = new Map<string, string | undefined>();
  for (const tag of Array.isArray(root.tags) ? root.tags : []) {
    if (isRecord(tag) && typeof tag.name === 'string') tags.set(tag.name, str(tag.description));
  }
  return {
    root,
    title: str(info.title) ?? 'API',
    version: str(info.version) ?? '0.0.0',
    description: str(info.description),
    tags,
    schemas,
    operations: readOperations(root),
  };
}
