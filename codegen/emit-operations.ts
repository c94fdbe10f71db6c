// Paths Object -> generated/rest/operations.ts: the route table (one entry per Operation Object,
// spec order), each operation's validated input (Parameter Objects in path/query, the JSON Request
// Body Object) and success result (2xx Response Objects), and one handler interface per tag (Tag
// Object), so a resolver file that `satisfies` its interface stops compiling when the spec grows.
import { docLine, expressPath, handlersName, pascalCase, stamp, tsKey, tsString } from './names.js';
import { paramsIn, readSpecModel, type SpecModel, type SpecOperation } from './spec-model.js';

const META = `export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** \`x-duckstorage-access\`: what the caller's credential must allow ('none' when absent). */
export type Access = 'none' | 'read' | 'write' | 'manage' | 'admin';

export interface OperationMeta {
  /** Operation Object \`operationId\`. */
  readonly operationId: OperationId;
  /** The Path Item field the operation sits under. */
  readonly method: HttpMethod;
  /** The Paths Object key (OpenAPI path template). */
  readonly path: string;
  /** The same path as an Express route (\`:name\` parameters). */
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
}`;

function metaEntry(op: SpecOperation): string {
  const success = op.successes[0];
  const fields: [string, string][] = [
    ['operationId', tsString(op.operationId)],
    ['method', tsString(op.method)],
    ['path', tsString(op.path)],
    ['expressPath', tsString(expressPath(op.path))],
    ['tag', tsString(op.tag)],
    ['access', tsString(op.access)],
    ['security', `[${op.security.map(tsString).join(', ')}]`],
    ['successStatus', String(success?.status)],
    ['responseContentType', success?.contentType ? tsString(success.contentType) : 'null'],
    ['hasBody', String(op.requestBody !== undefined)],
    ['bodyRequired', String(op.requestBody?.required === true)],
    ['requestContentType', op.requestBody === undefined ? 'null' : tsString(op.requestBody.mediaType)],
    ['headers', `[${headerNames(op).map(tsString).join(', ')}]`],
    ['idempotent', String(paramsIn(op, 'header').some((p) => p.name.toLowerCase() === 'x-idempotency-key'))],
    ['statuses', `[${op.responses.map((r) => r.status).join(', ')}]`],
  ];
  return `  {\n${fields.map(([key, value]) => `    ${key}: ${value},\n`).join('')}  },`;
}

/** Header parameters a resolver sees: all declared ones but the pipeline's own X-Idempotency-Key. */
function headerNames(op: SpecOperation): string[] {
  return paramsIn(op, 'header')
    .map((p) => p.name.toLowerCase())
    .filter((name) => name !== 'x-idempotency-key');
}

/** Input: what the REST pipeline hands a resolver after validation (header parameters are not part of it). */
function inputType(op: SpecOperation): string {
  const ops = `Ops[${tsString(op.operationId)}]`;
  const path = paramsIn(op, 'path').length > 0 ? `${ops}['parameters']['path']` : 'Record<string, never>';
  const query =
    paramsIn(op, 'query').length > 0 ? `NonNullable<${ops}['parameters']['query']>` : 'Record<string, never>';
  const lines = [`  path: ${path};`, `  query: ${query};`];
  const headers = headerNames(op);
  if (headers.length > 0) {
    lines.push(`  header: { ${headers.map((h) => `${tsKey(h)}?: string`).join('; ')} };`);
  }
  if (op.requestBody !== undefined && op.requestBody.mediaType !== 'application/json') {
    lines.push('  body: StreamBody;');
  } else if (op.requestBody?.required === true) {
    lines.push(`  body: ${ops}['requestBody']['content']['application/json'];`);
  } else if (op.requestBody !== undefined) {
    lines.push(`  body: NonNullable<${ops}['requestBody']>['content']['application/json'] | undefined;`);
  }
  const name = pascalCase(op.operationId);
  return `${docLine(`Validated input of ${op.operationId} (${op.method.toUpperCase()} ${op.path}).`)}
export interface ${name}Input {
${lines.join('\n')}
}`;
}

/** Result: one member per 2xx Response Object; JSON content typed from openapi.ts, text as string. */
function resultType(op: SpecOperation): string {
  const members = op.successes.map((r) => {
    if (r.contentType === null) return `{ status: ${r.status} }`;
    const body =
      r.contentType === 'text/plain'
        ? 'string'
        : r.contentType === 'application/octet-stream'
          ? 'BinaryBody'
          : `Ops[${tsString(op.operationId)}]['responses'][${r.status}]['content']['application/json']`;
    return `{\n      status: ${r.status};\n      body: ${body};\n    }`;
  });
  const name = pascalCase(op.operationId);
  const type = members.map((m) => `\n  | ${m}`).join('');
  return `${docLine(`Success result of ${op.operationId}.`)}\nexport type ${name}Result =${type};`;
}

function handlersInterface(model: SpecModel, tag: string): string {
  const methods = model.operations
    .filter((op) => op.tag === tag)
    .map((op) => {
      const name = pascalCase(op.operationId);
      const title = `${op.method.toUpperCase()} ${op.path}${op.summary === undefined ? '' : ` — ${op.summary}`}`;
      return `${docLine(title, '  ')}\n  ${op.operationId}(input: ${name}Input, ctx: Ctx): Promise<${name}Result>;`;
    });
  const description = model.tagDescriptions.get(tag);
  const doc = `Operations tagged \`${tag}\`${description === undefined ? '.' : `: ${description}`}`;
  return `${docLine(doc)}\nexport interface ${handlersName(tag)}<Ctx> {\n${methods.join('\n')}\n}`;
}

export function emitOperations(spec: unknown): Record<string, string> {
  const model = readSpecModel(spec);
  const ids = model.operations.map((op) => `\n  | ${tsString(op.operationId)}`).join('');
  const tags = model.tags.map((tag) => `\n  | ${tsString(tag)}`).join('');
  const tagOperations = model.tags.map((tag) => {
    const list = model.operations.filter((op) => op.tag === tag).map((op) => tsString(op.operationId));
    return `  ${tsKey(tag)}: [${list.join(', ')}],`;
  });
  const all = model.tags.map((tag) => `\n  & ${handlersName(tag)}<Ctx>`).join('');
  const source = `${stamp('emit-operations')}
// ${model.title}: the REST route table, each operation's validated input and success result, and one
// handler interface per tag. Resolvers \`satisfies\` their tag's interface.
import type { Readable } from 'node:stream';
import type { operations as Ops } from '../openapi.js';

export type OperationId =${ids};

export type Tag =${tags};

${META}

export const operations = [
${model.operations.map(metaEntry).join('\n')}
] as const satisfies readonly OperationMeta[];

${model.operations.map((op) => `${inputType(op)}\n\n${resultType(op)}`).join('\n\n')}

${model.tags.map((tag) => handlersInterface(model, tag)).join('\n\n')}

/** Every operation's handler: what the REST app needs to route the whole spec. */
export type AllHandlers<Ctx> =${all};

/** The operationIds of each tag, in spec order. */
export const tagOperations = {
${tagOperations.join('\n')}
} as const satisfies Record<Tag, readonly OperationId[]>;
`;
  return { 'rest/operations.ts': source };
}
