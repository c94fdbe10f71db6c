// models.py: one dataclass per object schema in components.schemas (OpenAPI 3.1 Components Object),
// with `from_dict` (decoded JSON -> model, unknown keys ignored) and `to_dict` (model -> JSON object).
// Other component schemas (enums, arrays, free-form objects) become type aliases.

import {
  commentLines,
  docstring,
  GENERATED_STAMP,
  pyClassName,
  pyIdent,
  pyString,
  usedTyping,
  withoutDocs,
} from './python-sdk-names.js';
import { isRecord, type JsonSchema, type PySpec, str } from './python-sdk-spec.js';
import {
  decoder,
  describeSchema,
  isModelSchema,
  optional,
  pythonType,
  type TypeContext,
} from './python-sdk-types.js';

interface Field {
  readonly key: string;
  readonly ident: string;
  readonly type: string;
  readonly required: boolean;
  readonly decode: string | undefined;
  readonly comment: string;
}

const RUNTIME = `def _decode(value: Any, decode: Optional[Callable[[Any], Any]]) -> Any:
    """Applies \`decode\` to a JSON value, except to None."""
    return value if value is None or decode is None else decode(value)


def _list_of(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: [_decode(x, item) for x in value]


def _dict_of(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: {k: _decode(x, item) for k, x in value.items()}


def _one_of(
    on_dict: Optional[Callable[[Any], Any]], on_list: Optional[Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    """Decodes a union whose members JSON tells apart: an object or an array."""

    def decode(value: Any) -> Any:
        if on_dict is not None and isinstance(value, dict):
            return on_dict(value)
        if on_list is not None and isinstance(value, list):
            return on_list(value)
        return value

    return decode


class _Null:
    """The type of NULL."""

    def __repr__(self) -> str:
        return "NULL"


NULL: Any = _Null()
"""An explicit JSON null, where None leaves an optional field out (e.g. a merge-patch PUT that unsets a key)."""


def _json_default(value: Any) -> Any:
    """json.dumps fallback: NULL becomes null wherever it is nested."""
    if isinstance(value, _Null):
        return None
    raise TypeError("not JSON serializable: %r" % (value,))


def _to_json(value: Any) -> Any:
    """Models, and lists and dicts of them, as JSON values; a dict given in place of a model stays as is."""
    if isinstance(value, _Null):
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_json(x) for x in value]
    if isinstance(value, dict):
        return {k: _to_json(x) for k, x in value.items()}
    return value
`;

function fieldsOf(schema: JsonSchema, ctx: TypeContext): Field[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const taken = new Set<string>(['self']);
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const property = isRecord(value) ? value : {};
    let ident = pyIdent(key);
    while (taken.has(ident)) ident = `${ident}_`;
    taken.add(ident);
    const isRequired = required.has(key);
    const type = pythonType(property, ctx);
    const notes = [
      describeSchema(property, ctx),
      'default' in property ? `Default: ${JSON.stringify(property.default)}.` : undefined,
    ];
    fields.push({
      key,
      ident,
      type: isRequired ? type : optional(type),
      required: isRequired,
      decode: decoder(property, ctx),
      comment: notes.filter((note) => note !== undefined).join(' '),
    });
  }
  // Dataclass fields without a default must come first; the JSON order is kept otherwise.
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

function modelClass(name: string, schema: JsonSchema, ctx: TypeContext): string {
  const cls = pyClassName(name);
  const fields = fieldsOf(schema, ctx);
  const lines: string[] = ['@dataclass\n', `class ${cls}:\n`];
  lines.push(docstring(str(schema.description) ?? `The \`${name}\` schema.`, '    '), '\n');
  for (const field of fields) {
    if (field.comment !== '') lines.push(commentLines(field.comment, '    '));
    lines.push(`    ${field.ident}: ${field.type}${field.required ? '' : ' = None'}\n`);
  }
  lines.push('\n    @classmethod\n', `    def from_dict(cls, data: Mapping[str, Any]) -> ${cls}:\n`);
  lines.push(docstring(`${cls} from a decoded JSON object; unknown keys are ignored.`, '        '));
  lines.push('        return cls(\n');
  for (const field of fields) {
    // A missing required key is a KeyError, like a missing argument; optional ones default to None.
    const get = field.required ? `data[${pyString(field.key)}]` : `data.get(${pyString(field.key)})`;
    lines.push(
      `            ${field.ident}=${field.decode === undefined ? get : `_decode(${get}, ${field.decode})`},\n`,
    );
  }
  lines.push('        )\n\n', '    def to_dict(self) -> Dict[str, Any]:\n');
  lines.push(docstring('The JSON object; optional fields that are None are left out.', '        '));
  const value = (field: Field): string =>
    field.decode === undefined ? `self.${field.ident}` : `_to_json(self.${field.ident})`;
  const always = fields.filter((f) => f.required);
  lines.push(`        data: Dict[str, Any] = {${always.length === 0 ? '}\n' : '\n'}`);
  for (const field of always) lines.push(`            ${pyString(field.key)}: ${value(field)},\n`);
  if (always.length > 0) lines.push('        }\n');
  for (const field of fields.filter((f) => !f.required)) {
    lines.push(`        if self.${field.ident} is not None:\n`);
    lines.push(`            data[${pyString(field.key)}] = ${value(field)}\n`);
  }
  lines.push('        return data\n');
  return lines.join('');
}

/** Names models.py exports, in spec order: the dataclasses and the type aliases. */
export function modelNames(spec: PySpec): string[] {
  return [...spec.schemas.keys()].map(pyClassName);
}

export function emitModels(spec: PySpec): string {
  const ctx: TypeContext = { schemas: spec.schemas };
  const classes: string[] = [];
  const aliases: string[] = [];
  for (const [name, schema] of spec.schemas) {
    if (isModelSchema(schema)) {
      classes.push(modelClass(name, schema, ctx));
    } else {
      const description = str(schema.description);
      aliases.push(
        `${description === undefined ? '' : commentLines(description, '')}${pyClassName(name)} = ${pythonType(schema, ctx)}\n`,
      );
    }
  }
  const body = [RUNTIME, ...classes, ...aliases].join('\n\n');
  const typing = usedTyping(withoutDocs(body), ['Any', 'Callable', 'Dict', 'Mapping', 'Optional']);
  const all = modelNames(spec).map((name) => `    ${pyString(name)},\n`);
  return [
    `${GENERATED_STAMP}\n`,
    docstring(`Data classes for the schemas of ${spec.title} ${spec.version} (components.schemas).`, ''),
    '\nfrom __future__ import annotations\n\n',
    'from dataclasses import dataclass\n',
    `from typing import ${typing.join(', ')}\n\n`,
    `__all__ = [\n    "NULL",\n${all.join('')}]\n\n\n`,
    body,
  ].join('');
}
