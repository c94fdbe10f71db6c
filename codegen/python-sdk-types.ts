// JSON Schema (OpenAPI 3.1 Schema Object) -> Python type hints and JSON decoders.
// Object schemas with properties in components.schemas are dataclasses (see python-sdk-models.ts);
// every other schema is spelled inline with typing's List, Dict, Optional, Union and Literal.

import { pyClassName } from './python-sdk-names.js';
import { isRecord, type JsonSchema } from './python-sdk-spec.js';

export interface TypeContext {
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  /** Type hints for arguments: where a model is expected, a plain dict is accepted too. */
  readonly input?: boolean;
}

const SCHEMA_REF = '#/components/schemas/';
const PRIMITIVES: Readonly<Record<string, string>> = {
  string: 'str',
  integer: 'int',
  number: 'float',
  boolean: 'bool',
  null: 'None',
};

/** A component schema becomes a dataclass when it is an object with named properties. */
export function isModelSchema(schema: JsonSchema): boolean {
  const typed = schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined);
  return typed && isRecord(schema.properties) && Object.keys(schema.properties).length > 0;
}

function refTarget(schema: JsonSchema, ctx: TypeContext): [string, JsonSchema] | undefined {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF)) return undefined;
  const name = ref.slice(SCHEMA_REF.length);
  const target = ctx.schemas.get(name);
  return target === undefined ? undefined : [name, target];
}

/** The members of a union, with `null` taken out and reported separately. */
function unionMembers(schema: JsonSchema): { members: JsonSchema[]; nullable: boolean } | undefined {
  let all: JsonSchema[];
  if (Array.isArray(schema.anyOf ?? schema.oneOf)) {
    const list: unknown[] = Array.isArray(schema.anyOf)
      ? schema.anyOf
      : Array.isArray(schema.oneOf)
        ? schema.oneOf
        : [];
    all = list.map((member) => (isRecord(member) ? member : {}));
  } else if (Array.isArray(schema.type)) {
    // OpenAPI 3.1 `type: [string, "null"]`: the other keywords (enum, items...) apply to each member.
    all = schema.type.map((type: unknown) => ({ ...schema, type }));
  } else {
    return undefined;
  }
  const members = all.filter((member) => member.type !== 'null');
  return { members, nullable: members.length < all.length || schema.nullable === true };
}

export function optional(type: string): string {
  return type === 'Any' || type === 'None' || type.startsWith('Optional[') ? type : `Optional[${type}]`;
}

function literal(values: readonly unknown[]): string {
  const spelled = values.map((value) =>
    value === null ? 'None' : typeof value === 'boolean' ? (value ? 'True' : 'False') : JSON.stringify(value),
  );
  return `Literal[${spelled.join(', ')}]`;
}

/** The Python type hint of a schema, e.g. `Optional[List[ColumnInfo]]`. */
export function pythonType(schema: JsonSchema, ctx: TypeContext, depth = 0): string {
  if (depth > 16) return 'Any';
  const target = refTarget(schema, ctx);
  if (target !== undefined) {
    const [name, resolved] = target;
    if (!isModelSchema(resolved)) return pythonType(resolved, ctx, depth + 1);
    const cls = pyClassName(name);
    return ctx.input === true ? `Union[${cls}, Dict[str, Any]]` : cls;
  }
  if (typeof schema.$ref === 'string') return 'Any';
  const union = unionMembers(schema);
  if (union !== undefined) {
    const types = [...new Set(union.members.map((member) => pythonType(member, ctx, depth + 1)))];
    const inner =
      types.length === 0 ? 'None' : types.length === 1 ? (types[0] ?? 'Any') : `Union[${types.join(', ')}]`;
    return union.nullable ? optional(inner) : inner;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && isRecord(schema.allOf[0])) {
    return pythonType(schema.allOf[0], ctx, depth + 1);
  }
  const plain = plainType(schema, ctx, depth);
  return schema.nullable === true ? optional(plain) : plain;
}

function plainType(schema: JsonSchema, ctx: TypeContext, depth: number): string {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return literal(schema.enum);
  if ('const' in schema) return literal([schema.const]);
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  if (type !== undefined && PRIMITIVES[type] !== undefined) return PRIMITIVES[type];
  if (type === 'array') {
    return `List[${isRecord(schema.items) ? pythonType(schema.items, ctx, depth + 1) : 'Any'}]`;
  }
  if (type === 'object' || schema.properties !== undefined || schema.additionalProperties !== undefined) {
    const values = schema.additionalProperties;
    return `Dict[str, ${isRecord(values) && Object.keys(values).length > 0 ? pythonType(values, ctx, depth + 1) : 'Any'}]`;
  }
  return 'Any';
}

/**
 * A Python expression for a one-argument function that turns decoded JSON into the schema's Python
 * value (models via `from_dict`), or undefined where the JSON value already is that value. The
 * combinators `_list_of`, `_dict_of` and `_one_of` live in the generated models.py.
 */
export function decoder(schema: JsonSchema, ctx: TypeContext, depth = 0): string | undefined {
  if (depth > 16) return undefined;
  const target = refTarget(schema, ctx);
  if (target !== undefined) {
    const [name, resolved] = target;
    return isModelSchema(resolved) ? `${pyClassName(name)}.from_dict` : decoder(resolved, ctx, depth + 1);
  }
  const union = unionMembers(schema);
  if (union !== undefined) {
    const [only] = union.members;
    if (union.members.length === 1 && only !== undefined) return decoder(only, ctx, depth + 1);
    // JSON tells objects from arrays, so one decoder of each kind can be chosen at run time; two
    // object-shaped members cannot be told apart and stay plain dicts.
    const byKind = { dict: [] as string[], list: [] as string[] };
    for (const member of union.members) {
      const decode = decoder(member, ctx, depth + 1);
      if (decode !== undefined) byKind[jsonKind(member, ctx) === 'array' ? 'list' : 'dict'].push(decode);
    }
    const onDict = byKind.dict.length === 1 ? byKind.dict[0] : undefined;
    const onList = byKind.list.length === 1 ? byKind.list[0] : undefined;
    if (onDict === undefined && onList === undefined) return undefined;
    return `_one_of(on_dict=${onDict ?? 'None'}, on_list=${onList ?? 'None'})`;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && isRecord(schema.allOf[0])) {
    return decoder(schema.allOf[0], ctx, depth + 1);
  }
  if (schema.type === 'array' && isRecord(schema.items)) {
    const item = decoder(schema.items, ctx, depth + 1);
    return item === undefined ? undefined : `_list_of(${item})`;
  }
  if (isRecord(schema.additionalProperties)) {
    const value = decoder(schema.additionalProperties, ctx, depth + 1);
    return value === undefined ? undefined : `_dict_of(${value})`;
  }
  return undefined;
}

function jsonKind(schema: JsonSchema, ctx: TypeContext): string | undefined {
  const target = refTarget(schema, ctx);
  return target === undefined
    ? typeof schema.type === 'string'
      ? schema.type
      : undefined
    : jsonKind(target[1], ctx);
}

/** A schema's description, or that of the component schema it refers to. */
export function describeSchema(schema: JsonSchema, ctx: TypeContext): string | undefined {
  if (typeof schema.description === 'string') return schema.description;
  const target = refTarget(schema, ctx);
  return target !== undefined && typeof target[1].description === 'string'
    ? target[1].description
    : undefined;
}
