import { describe, expect, it } from 'vitest';
import { argName, docstring, pyClassName, pyIdent, snakeCase, wrapText } from './python-sdk-names.js';
import type { JsonSchema } from './python-sdk-spec.js';
import { decoder, pythonType, type TypeContext } from './python-sdk-types.js';

const schemas = new Map<string, JsonSchema>([
  ['Part', { type: 'object', properties: { name: { type: 'string' } } }],
  ['Kind', { type: 'string', enum: ['small', 'large'] }],
  ['Anything', { type: 'object', additionalProperties: true }],
]);
const output: TypeContext = { schemas };
const input: TypeContext = { schemas, input: true };
const part = { $ref: '#/components/schemas/Part' };

describe('snakeCase', () => {
  it.each([
    ['createProject', 'create_project'],
    ['revokeApiKey', 'revoke_api_key'],
    ['getAPIKey', 'get_api_key'],
    ['HTTPServer', 'http_server'],
    ['listV2Items', 'list_v2_items'],
    ['X-Request-ID', 'x_request_id'],
    ['project-id', 'project_id'],
    ['already_snake', 'already_snake'],
  ])('%s -> %s', (given, want) => {
    expect(snakeCase(given)).toBe(want);
  });
});

describe('pyIdent / argName / pyClassName', () => {
  it.each([
    ['from', 'from_'],
    ['class', 'class_'],
    ['type', 'type'],
    ['2fa', '_2fa'],
    ['content-type', 'content_type'],
  ])('pyIdent(%s) -> %s', (given, want) => {
    expect(pyIdent(given)).toBe(want);
  });

  it.each([
    ['X-Idempotency-Key', 'header', 'idempotency_key'],
    ['X-Request-ID', 'header', 'request_id'],
    ['bucket_name', 'path', 'bucket_name'],
    ['from', 'query', 'from_'],
    ['pageSize', 'query', 'page_size'],
  ] as const)('argName(%s, %s) -> %s', (name, location, want) => {
    expect(argName(name, location)).toBe(want);
  });

  it.each([
    ['ProjectCreate', 'ProjectCreate'],
    ['List', 'ListModel'],
    ['widget', 'Widget'],
  ])('pyClassName(%s) -> %s', (given, want) => {
    expect(pyClassName(given)).toBe(want);
  });
});

describe('pythonType', () => {
  it.each<[string, JsonSchema, TypeContext, string]>([
    ['string', { type: 'string' }, output, 'str'],
    ['integer', { type: 'integer' }, output, 'int'],
    ['number', { type: 'number' }, output, 'float'],
    ['boolean', { type: 'boolean' }, output, 'bool'],
    ['array', { type: 'array', items: { type: 'string' } }, output, 'List[str]'],
    ['anyOf with null', { anyOf: [{ type: 'string' }, { type: 'null' }] }, output, 'Optional[str]'],
    ['3.1 type list', { type: ['integer', 'null'] }, output, 'Optional[int]'],
    ['enum', { type: 'string', enum: ['a', 'b'] }, output, 'Literal["a", "b"]'],
    ['model $ref', part, output, 'Part'],
    ['model $ref as input', part, input, 'Union[Part, Dict[str, Any]]'],
    ['list of models as input', { type: 'array', items: part }, input, 'List[Union[Part, Dict[str, Any]]]'],
    ['enum $ref inlined', { $ref: '#/components/schemas/Kind' }, output, 'Literal["small", "large"]'],
    ['free-form $ref inlined', { $ref: '#/components/schemas/Anything' }, output, 'Dict[str, Any]'],
    ['free-form object', { type: 'object', additionalProperties: true }, output, 'Dict[str, Any]'],
    ['typed map', { type: 'object', additionalProperties: { type: 'boolean' } }, output, 'Dict[str, bool]'],
    ['oneOf', { oneOf: [part, { type: 'array', items: part }] }, output, 'Union[Part, List[Part]]'],
    [
      'nullable list',
      { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
      output,
      'Optional[List[str]]',
    ],
    ['unknown $ref', { $ref: 'other.json#/X' }, output, 'Any'],
    ['no type', {}, output, 'Any'],
  ])('%s', (_name, given, ctx, want) => {
    expect(pythonType(given, ctx)).toBe(want);
  });
});

describe('decoder', () => {
  it.each<[string, JsonSchema, string | undefined]>([
    ['plain string', { type: 'string' }, undefined],
    ['free-form object', { type: 'object', additionalProperties: true }, undefined],
    ['model', part, 'Part.from_dict'],
    ['nullable model', { anyOf: [part, { type: 'null' }] }, 'Part.from_dict'],
    ['list of models', { type: 'array', items: part }, '_list_of(Part.from_dict)'],
    ['map of models', { type: 'object', additionalProperties: part }, '_dict_of(Part.from_dict)'],
    [
      'model or list of models',
      { oneOf: [part, { type: 'array', items: part }] },
      '_one_of(on_dict=Part.from_dict, on_list=_list_of(Part.from_dict))',
    ],
  ])('%s', (_name, given, want) => {
    expect(decoder(given, output)).toBe(want);
  });
});

describe('docstring and wrapText', () => {
  it.each([
    ['one line', 'Create a table.', '    """Create a table."""\n'],
    ['ends with a quote', 'Say "hi"', '    """Say "hi"\n    """\n'],
    ['triple quotes and backslash', 'a """b""" \\n', '    """a \\"\\"\\"b\\"\\"\\" \\\\n"""\n'],
    ['several lines', 'Summary.\n\nMore.', '    """Summary.\n\n    More.\n    """\n'],
  ])('%s', (_name, given, want) => {
    expect(docstring(given, '    ')).toBe(want);
  });

  it('wraps at word boundaries and keeps paragraphs', () => {
    expect(wrapText('aaa bbb ccc\n\nddd', 7)).toEqual(['aaa bbb', 'ccc', '', 'ddd']);
  });
});
