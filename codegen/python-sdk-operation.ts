// Plans one Client method from an Operation Object: its arguments (Parameter Objects, the Request
// Body Object's fields: JSON or multipart/form-data properties, or one raw body), the arguments of
// the `_request` call, and the result (first 2xx Response; binary answers also get a stream method).
// Path parameters are positional in path order; everything else is keyword-only; names that would
// clash get a prefix (`body_`, `query_`, `header_`).

import { argName, pyIdent, pyString, snakeCase } from './python-sdk-names.js';
import { deref, isRecord, type JsonSchema, type PySpec, type SpecOperation, str } from './python-sdk-spec.js';
import { decoder, describeSchema, optional, pythonType, type TypeContext } from './python-sdk-types.js';

export interface Arg {
  readonly ident: string;
  readonly type: string;
  readonly required: boolean;
  readonly keywordOnly: boolean;
  readonly doc: string | undefined;
}

export interface OperationPlan {
  /** The method name: the operationId in snake_case. */
  readonly name: string;
  readonly args: readonly Arg[];
  /** The arguments of `self._request(...)`, as Python source. */
  readonly call: readonly string[];
  /** The return type hint. */
  readonly returns: string;
  /** How to decode the JSON answer (python-sdk-types.ts `decoder`), if it needs it. */
  readonly decode: string | undefined;
  /**
   * A binary answer: the client gets a bytes method and a `_stream` one (BinaryResponse); `empty` are
   * the successes without content (e.g. 304), None in the bytes method.
   */
  readonly binary: { readonly empty: readonly number[] } | undefined;
}

/** Type hints of binary inputs: a file object is read in chunks as the request is sent. */
export const FILE_INPUT = 'Union[bytes, BinaryIO]';
export const RAW_INPUT = 'Union[bytes, BinaryIO, Iterable[bytes]]';

/** The `{name}` placeholders of a path template, in order. */
function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

function describe(schema: JsonSchema, description: unknown, ctx: TypeContext): string | undefined {
  const text = str(description) ?? describeSchema(schema, ctx);
  const fallback = 'default' in schema ? `Default: ${JSON.stringify(schema.default)}.` : undefined;
  return text === undefined ? fallback : fallback === undefined ? text : `${text} ${fallback}`;
}

/** A dict literal on one line when it fits, else one entry per line. */
function pyDict(entries: readonly [string, string][], indent: string): string {
  const items = entries.map(([key, value]) => `${pyString(key)}: ${value}`);
  const flat = `{${items.join(', ')}}`;
  if (indent.length + flat.length <= 90) return flat;
  return `{\n${items.map((item) => `${indent}    ${item},\n`).join('')}${indent}}`;
}

/** The arguments, `_request(...)` arguments and result of the method for `op`. */
export function planOperation(op: SpecOperation, spec: PySpec): OperationPlan {
  const input: TypeContext = { schemas: spec.schemas, input: true };
  const taken = new Set<string>(['self', 'response']);
  const claim = (name: string, prefix: string): string => {
    let ident = taken.has(name) ? `${prefix}_${name}` : name;
    while (taken.has(ident)) ident = `${ident}_`;
    taken.add(ident);
    return ident;
  };
  const args: Arg[] = [];
  const call: string[] = [pyString(op.method)];

  // Path: positional, in the order of the template.
  let template = JSON.stringify(op.path).slice(1, -1).replaceAll('{', '{{').replaceAll('}', '}}');
  for (const name of templateNames(op.path)) {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    const ident = claim(argName(name, 'path'), 'path');
    args.push({
      ident,
      type: param === undefined ? 'str' : pythonType(param.schema, input),
      required: true,
      keywordOnly: false,
      doc: param?.description,
    });
    template = template.replace(`{{${name}}}`, `{_path(${ident})}`);
  }
  call.push(op.path.includes('{') ? `f"${template}"` : `"${template}"`);

  // Body: one keyword argument per field of an object schema, else one `body` argument.
  const body = op.body;
  if (body?.kind === 'json') {
    const schema = deref(spec.root, body.schema, `${op.operationId} body`);
    if (isRecord(schema.properties) && Object.keys(schema.properties).length > 0) {
      const requiredNames = new Set(Array.isArray(schema.required) ? schema.required : []);
      const required: [string, string][] = [];
      const optionalFields: [string, string][] = [];
      for (const [key, value] of Object.entries(isRecord(schema.properties) ? schema.properties : {})) {
        const property = isRecord(value) ? value : {};
        const isRequired = requiredNames.has(key);
        const ident = claim(pyIdent(key), 'body');
        const type = pythonType(property, input);
        args.push({
          ident,
          type: isRequired ? type : optional(type),
          required: isRequired,
          keywordOnly: true,
          doc: describe(property, undefined, input),
        });
        (isRequired ? required : optionalFields).push([key, ident]);
      }
      call.push(
        `json_body=_json_body(${pyDict(required, '            ')}, ${pyDict(optionalFields, '            ')})`,
      );
    } else {
      const ident = claim('body', 'request');
      const type = pythonType(body.schema, input);
      args.push({
        ident,
        type: body.required ? type : optional(type),
        required: body.required,
        keywordOnly: true,
        doc: 'The JSON body.',
      });
      call.push(`json_body=${ident}`);
    }
  } else if (body?.kind === 'multipart') {
    // One keyword argument per form field; text fields are sent first, then the files, streamed.
    const fields: [string, string][] = [];
    const files: [string, string][] = [];
    for (const field of body.fields) {
      const ident = claim(pyIdent(field.name), 'body');
      const required = field.required && body.required;
      const type = field.binary ? FILE_INPUT : pythonType(field.schema, input);
      const about = describe(field.schema, undefined, input);
      args.push({
        ident,
        type: required ? type : optional(type),
        required,
        keywordOnly: true,
        doc: field.binary
          ? `${about === undefined ? '' : `${about} `}Bytes or a binary file object (read in chunks while it is sent).`
          : about,
      });
      (field.binary ? files : fields).push([field.name, ident]);
    }
    if (fields.length > 0) call.push(`fields=${pyDict(fields, '            ')}`);
    call.push(`files=${pyDict(files, '            ')}`);
  }
  // A raw body's Content-Type argument is claimed after the parameters: spec names keep theirs.
  let rawContentType: ((ident: string) => void) | undefined;
  if (body?.kind === 'raw') {
    const ident = claim('body', 'request');
    args.push({
      ident,
      type: body.required ? RAW_INPUT : optional(RAW_INPUT),
      required: body.required,
      keywordOnly: true,
      doc: `Sent as ${body.contentType}: bytes, a binary file object or an iterable of chunks. A file or iterable is read while it is sent, with Content-Length when its size is known, else chunked.`,
    });
    call.push(`raw_body=${ident}`);
    rawContentType = (type) => {
      args.push({
        ident: type,
        type: 'Optional[str]',
        required: false,
        keywordOnly: true,
        doc: `The body's Content-Type. Default: ${body.contentType}.`,
      });
      call.push(`content_type=${type} or ${pyString(body.contentType)}`);
    };
  }

  // Query and header parameters: keyword-only, None (= the server's default) unless required.
  const query: [string, string][] = [];
  const headers: [string, string][] = [];
  for (const param of op.params.filter((p) => p.in !== 'path')) {
    const ident = claim(argName(param.name, param.in), param.in);
    const type = pythonType(param.schema, input);
    args.push({
      ident,
      type: param.required ? type : optional(type),
      required: param.required,
      keywordOnly: true,
      doc:
        describe(param.schema, param.description, input) ??
        (param.in === 'header' ? `Sent as the ${param.name} header.` : undefined),
    });
    (param.in === 'query' ? query : headers).push([param.name, ident]);
  }
  rawContentType?.(claim('content_type', 'body'));
  const requestId = claim('request_id', 'header');
  args.push({
    ident: requestId,
    type: 'Optional[str]',
    required: false,
    keywordOnly: true,
    doc: 'Sent as X-Request-ID to trace this call; the server makes one up otherwise.',
  });
  headers.push(['X-Request-ID', requestId]);
  if (query.length > 0) call.push(`query=${pyDict(query, '            ')}`);
  call.push(`headers=${pyDict(headers, '            ')}`);
  const accept =
    op.result.kind === 'text' ? 'text/plain' : op.result.kind === 'bytes' ? '*/*' : 'application/json';
  call.push(`accept=${pyString(accept)}`);

  // Result.
  let returns = 'None';
  let decode: string | undefined;
  if (op.result.kind === 'json') {
    const output: TypeContext = { schemas: spec.schemas };
    returns = pythonType(op.result.schema, output);
    decode = decoder(op.result.schema, output);
  } else if (op.result.kind === 'text') {
    returns = 'str';
  } else if (op.result.kind === 'bytes') {
    returns = op.result.empty.length > 0 ? 'Optional[bytes]' : 'bytes';
  }
  const binary = op.result.kind === 'bytes' ? { empty: op.result.empty } : undefined;

  return { name: snakeCase(op.operationId), args, call, returns, decode, binary };
}
