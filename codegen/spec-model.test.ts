import { describe, expect, it } from 'vitest';
import { miniSpec } from './golden.js';
import { inSdk, paramsIn, readSpecModel } from './spec-model.js';

const model = readSpecModel(miniSpec);
const op = (id: string) => {
  const found = model.operations.find((o) => o.operationId === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

describe('readSpecModel on the mini spec', () => {
  it('lists operations in spec order with their first tag', () => {
    expect(model.operations.map((o) => [o.operationId, o.method, o.tag])).toEqual([
      ['listWidgets', 'get', 'shelf-widgets'],
      ['createWidget', 'post', 'shelf-widgets'],
      ['deleteWidget', 'delete', 'shelf-widgets'],
      ['uploadWidgetPhoto', 'put', 'widget-files'],
      ['downloadWidgetPhoto', 'get', 'widget-files'],
      ['uploadManual', 'post', 'widget-files'],
      ['getMetrics', 'get', 'system'],
    ]);
    expect(model.tags).toEqual(['shelf-widgets', 'widget-files', 'system']);
  });

  it('keeps x-duckstorage-protocol operations out of the REST table; the SDKs get the JSON-only ones', () => {
    const ids = (list: readonly { operationId: string }[]) => list.map((o) => o.operationId);
    expect(ids(model.operations)).not.toContain('linkBlob');
    expect(ids(model.sdkOperations)).toEqual([...ids(model.operations), 'linkBlob']);
    const link = model.sdkOperations.find((o) => o.operationId === 'linkBlob');
    expect(link?.protocol).toBe('s3');
    expect(link === undefined ? false : inSdk(link)).toBe(true);
  });

  it('merges path-item parameters under the operation and follows $refs', () => {
    expect(op('listWidgets').parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:shelf_id',
      'query:limit',
      'query:state',
      'query:tag',
    ]);
    expect(paramsIn(op('createWidget'), 'header').map((p) => p.name)).toEqual(['X-Idempotency-Key']);
  });

  it.each([
    { id: 'listWidgets', security: ['AdminKey', 'ProjectKey'], access: 'read' },
    { id: 'createWidget', security: ['AdminKey'], access: 'write' }, // inherits the document's security
    { id: 'deleteWidget', security: ['ProjectKey'], access: 'manage' },
    { id: 'getMetrics', security: [], access: 'none' }, // no x-duckstorage-access
  ])('$id: security $security, access $access', ({ id, security, access }) => {
    expect(op(id).security).toEqual(security);
    expect(op(id).access).toBe(access);
  });

  it('reads responses through components.responses', () => {
    expect(op('listWidgets').responses).toEqual([
      { status: 200, contentType: 'application/json' },
      { status: 404, contentType: 'application/json' },
      { status: 422, contentType: 'application/json' },
    ]);
    expect(op('deleteWidget').successes).toEqual([{ status: 204, contentType: null }]);
    expect(op('getMetrics').successes).toEqual([{ status: 200, contentType: 'text/plain' }]);
  });

  it('reads binary bodies, binary answers and 3xx successes', () => {
    expect(op('uploadWidgetPhoto').requestBody?.mediaType).toBe('multipart/form-data');
    expect(op('uploadManual').requestBody?.mediaType).toBe('application/octet-stream');
    expect(op('downloadWidgetPhoto').successes).toEqual([
      { status: 200, contentType: 'application/octet-stream' },
      { status: 206, contentType: 'application/octet-stream' },
      { status: 304, contentType: null },
    ]);
    expect(paramsIn(op('downloadWidgetPhoto'), 'header').map((p) => p.name)).toEqual([
      'Range',
      'If-None-Match',
    ]);
  });
});

describe('readSpecModel rejects what the emitters cannot express', () => {
  const spec = (operation: Record<string, unknown>, path = '/x/{id}') => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { [path]: { get: operation } },
  });
  const ok = {
    operationId: 'getX',
    tags: ['x'],
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': { description: 'ok' } },
  };

  it.each([
    { why: 'no tag', given: spec({ ...ok, tags: [] }), want: 'tags[0]' },
    {
      why: 'operationId not an identifier',
      given: spec({ ...ok, operationId: 'get-x' }),
      want: 'identifier',
    },
    {
      why: 'unknown access',
      given: spec({ ...ok, 'x-duckstorage-access': 'root' }),
      want: 'x-duckstorage-access',
    },
    {
      why: 'no 2xx response',
      given: spec({ ...ok, responses: { '404': { description: 'no' } } }),
      want: '2xx',
    },
    {
      why: 'template without parameter',
      given: spec({ ...ok, parameters: [] }),
      want: 'path parameters differ',
    },
    {
      why: 'unsupported media type',
      given: spec({ ...ok, responses: { '200': { description: 'ok', content: { 'image/png': {} } } } }),
      want: 'image/png',
    },
    { why: 'OpenAPI 3.0', given: { ...spec(ok), openapi: '3.0.3' }, want: '3.1' },
    {
      why: 'XML on a REST operation',
      given: spec({ ...ok, responses: { '200': { description: 'ok', content: { 'application/xml': {} } } } }),
      want: 'application/xml',
    },
    {
      why: 'unknown protocol',
      given: spec({ ...ok, 'x-duckstorage-protocol': 'ftp' }),
      want: 'x-duckstorage-protocol',
    },
    {
      why: 'HEAD on a REST operation',
      given: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/x/{id}': { head: ok } } },
      want: 'method not supported',
    },
  ])('$why', ({ given, want }) => {
    expect(() => readSpecModel(given)).toThrow(want);
  });

  it('accepts the valid base case', () => {
    expect(readSpecModel(spec(ok)).operations).toHaveLength(1);
  });

  it('accepts HEAD and XML on an s3 operation, outside the REST table and the SDKs', () => {
    const s3 = { ...ok, 'x-duckstorage-protocol': 's3' };
    const xml = { '200': { description: 'ok', content: { 'application/xml': {} } } };
    const read = readSpecModel({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/x/{id}': { head: s3, get: { ...s3, operationId: 'listX', responses: xml } } },
    });
    expect(read.operations).toEqual([]);
    expect(read.sdkOperations).toEqual([]);
    expect(read.tags).toEqual([]);
  });

  it('accepts HTML, CSS and scripts on a pages operation, outside the REST table and the SDKs', () => {
    const page = (type: string) => ({
      ...ok,
      'x-duckstorage-protocol': 'pages',
      responses: { '200': { description: 'ok', content: { [type]: {} } } },
    });
    const read = readSpecModel({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/x/{id}': { get: { ...page('text/html'), operationId: 'getPage' } },
        '/y/{id}': { get: { ...page('text/css'), operationId: 'getStyle' } },
      },
    });
    expect(read.operations).toEqual([]);
    expect(read.sdkOperations).toEqual([]);
    // A REST operation cannot answer HTML: the pipeline renders JSON, text/plain and bytes only.
    expect(() => readSpecModel(spec({ ...ok, responses: page('text/html').responses }))).toThrow(
      'unsupported media type text/html',
    );
  });

  it('reads the other media types of an answer as its alternatives (content negotiation)', () => {
    const both = { description: 'ok', content: { 'application/json': {}, 'text/html': {} } };
    const read = readSpecModel(spec({ ...ok, responses: { '200': both } }));
    expect(read.operations[0]?.successes).toEqual([
      { status: 200, contentType: 'application/json', alternatives: ['text/html'] },
    ]);
    expect(readSpecModel(spec(ok)).operations[0]?.successes[0]?.alternatives).toBeUndefined();
  });
});
