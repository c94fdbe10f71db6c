// The JSON Schemas (2020-12, the OpenAPI 3.1 dialect) the validators emitter compiles:
// - components.schemas (Schema Objects), each under its own `$id`, with `#/components/schemas/X`
//   references rewritten to that id so they resolve outside the OpenAPI document;
// - per operation, an object schema for the `in: path` Parameter Objects (all required, nothing
//   else) and one for the `in: query` ones (required per spec, unknown parameters ignored);
// - per operation with a Request Body Object, its application/json schema.
import { isObject, type JsonObject, paramsIn, type SpecModel, type SpecOperation } from './spec-model.js';

export const SCHEMA_BASE = 'https://duckstorage.local/schemas/';

/** `#/components/schemas/X` (optionally `/more/pointer`) -> `<SCHEMA_BASE>X` (`#/more/pointer`). */
export function componentRef(ref: string, where: string): string {
  const match = /^#\/components\/schemas\/([^/]+)(\/.*)?$/.exec(ref);
  if (match === null) throw new Error(`${where}: $ref ${ref} does not point into components.schemas`);
  const [, name = '', pointer] = match;
  return `${SCHEMA_BASE}${name}${pointer === undefined ? '' : `#${pointer}`}`;
}

/** A deep copy of `schema` whose every `$ref` is absolute (see componentRef). */
export function rewriteRefs(schema: unknown, where: string): unknown {
  if (Array.isArray(schema)) return schema.map((item, i) => rewriteRefs(item, `${where}[${i}]`));
  if (!isObject(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] =
      key === '$ref' && typeof value === 'string'
        ? componentRef(value, where)
        : rewriteRefs(value, `${where}.${key}`);
  }
  return copy;
}

export function componentSchemas(model: SpecModel): JsonObject[] {
  return [...model.schemas].map(([name, schema]) => ({
    ...(rewriteRefs(schema, `components.schemas.${name}`) as JsonObject),
    $id: `${SCHEMA_BASE}${name}`,
  }));
}

function paramsSchema(op: SpecOperation, location: 'path' | 'query'): JsonObject {
  const params = paramsIn(op, location);
  const properties: Record<string, unknown> = {};
  for (const p of params) {
    properties[p.name] = rewriteRefs(p.schema, `${op.operationId}.parameters.${p.name}`);
  }
  return {
    type: 'object',
    properties,
    required: params.filter((p) => p.required).map((p) => p.name),
    // Unknown query parameters are ignored (as most HTTP APIs do); a path has exactly its template's.
    additionalProperties: location === 'query',
  };
}

export function pathSchema(op: SpecOperation): JsonObject {
  return paramsSchema(op, 'path');
}

export function querySchema(op: SpecOperation): JsonObject {
  return paramsSchema(op, 'query');
}

/** undefined when the operation has no Request Body Object. */
export function bodySchema(op: SpecOperation): JsonObject | undefined {
  if (op.requestBody === undefined) return undefined;
  return rewriteRefs(op.requestBody.schema, `${op.operationId}.requestBody`) as JsonObject;
}
