import { describe, expect, it } from 'vitest';
import { emitOperations } from './emit-operations.js';
import { golden, miniSpec } from './golden.js';

const source = emitOperations(miniSpec)['rest/operations.ts'] ?? '';

describe('emitOperations', () => {
  it('matches the golden output for the mini spec', () => {
    const files = emitOperations(miniSpec);
    expect(files).toEqual(golden('operations', files));
  });

  it.each([
    {
      want: "export type OperationId =\n  | 'listWidgets'\n  | 'createWidget'\n  | 'deleteWidget'\n  | 'uploadWidgetPhoto'\n  | 'downloadWidgetPhoto'\n  | 'uploadManual'\n  | 'getMetrics';",
    },
    { want: "expressPath: '/shelves/:shelf_id/widgets/:widget_id'," },
    { want: "security: ['AdminKey', 'ProjectKey']," },
    { want: 'responseContentType: null,' },
    { want: "  path: Ops['deleteWidget']['parameters']['path'];" },
    { want: "  query: NonNullable<Ops['deleteWidget']['parameters']['query']>;" },
    { want: "  body: Ops['createWidget']['requestBody']['content']['application/json'];" },
    { want: 'export type DeleteWidgetResult =\n  | { status: 204 };' },
    { want: '      status: 200;\n      body: string;' },
    { want: 'createWidget(input: CreateWidgetInput, ctx: Ctx): Promise<CreateWidgetResult>;' },
    { want: 'export interface ShelfWidgetsHandlers<Ctx> {' },
    { want: "  'shelf-widgets': ['listWidgets', 'createWidget', 'deleteWidget']," },
  ])('contains $want', ({ want }) => {
    expect(source).toContain(want);
  });

  it('leaves x-duckstorage-protocol operations out of the route table and the handler interfaces', () => {
    for (const id of ['listBlobs', 'getBlob', 'headBlob', 'linkBlob']) expect(source).not.toContain(id);
    expect(source).not.toContain('BlobsHandlers');
    expect(source).not.toContain('/blobs/');
  });

  it('gives input types no header parameters and no body when there is none', () => {
    const createInput = /export interface CreateWidgetInput \{[^}]*\}/.exec(source)?.[0] ?? '';
    expect(createInput).not.toContain('header');
    const getMetricsInput = /export interface GetMetricsInput \{[^}]*\}/.exec(source)?.[0] ?? '';
    expect(getMetricsInput).toBe(
      'export interface GetMetricsInput {\n  path: Record<string, never>;\n  query: Record<string, never>;\n}',
    );
  });
});
