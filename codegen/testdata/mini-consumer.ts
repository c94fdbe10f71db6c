// Compiled by codegen/mini-typecheck.test.ts next to the TS emitters' output for mini-spec.json:
// hand-written code as the server and SDK users write it against generated/.
import { Readable } from 'node:stream';
import type {
  AllHandlers,
  ShelfWidgetsHandlers,
  SystemHandlers,
  WidgetFilesHandlers,
} from './generated/rest/operations.js';
import { operations, tagOperations } from './generated/rest/operations.js';
import { bodyValidators, pathValidators, queryValidators } from './generated/rest/validators.js';
import { type BinaryResponse, createClient, type EmptyResponse } from './generated/sdk-ts/index.js';

interface Ctx {
  user: string;
}

export const widgets = {
  async listWidgets({ path, query }) {
    const limit: number | undefined = query.limit;
    const state: 'new' | 'used' = query.state;
    return { status: 200, body: { widgets: [], total: path.shelf_id.length + (limit ?? 0) + state.length } };
  },
  async createWidget({ body }, ctx) {
    return { status: 201, body: { id: ctx.user, name: body.name, size: body.size ?? null } };
  },
  async deleteWidget({ query }) {
    const force: boolean | undefined = query.force;
    void force;
    return { status: 204 };
  },
} satisfies ShelfWidgetsHandlers<Ctx>;

export const system = {
  async getMetrics() {
    return { status: 200, body: 'up 1' };
  },
} satisfies SystemHandlers<Ctx>;

export const files = {
  async uploadWidgetPhoto({ body }) {
    const type: string | undefined = body.contentType;
    return { status: 200, body: { size_bytes: type?.length ?? 0, sha256: '' } };
  },
  async downloadWidgetPhoto({ header }) {
    const range: string | undefined = header.range;
    if (header['if-none-match'] !== undefined) return { status: 304 };
    const stream = Readable.from([Buffer.from('png')]);
    return range === undefined
      ? { status: 200, body: { stream, headers: { ETag: '"e"' } } }
      : { status: 206, body: { stream, headers: { 'Content-Range': 'bytes 0-2/3' } } };
  },
  async uploadManual({ query, body }) {
    let size = 0;
    for await (const chunk of body.stream) size += (chunk as Buffer).length;
    return { status: 201, body: { size_bytes: size + query.name.length, sha256: '' } };
  },
} satisfies WidgetFilesHandlers<Ctx>;

export const all: AllHandlers<Ctx> = { ...widgets, ...files, ...system };

// @ts-expect-error a tag's resolvers must cover every operation of the tag
export const incomplete = { async getMetricsTypo() { return { status: 200, body: '' }; } } satisfies SystemHandlers<Ctx>;

export const wrongStatus = {
  // @ts-expect-error createWidget answers 201, not 200
  async createWidget({ body }) { return { status: 200, body: { id: 'x', name: body.name, size: null } }; },
} satisfies Pick<ShelfWidgetsHandlers<Ctx>, 'createWidget'>;

export const routes: string[] = operations.map((op) => `${op.method} ${op.expressPath} ${op.access}`);
export const tags: readonly string[] = tagOperations['shelf-widgets'];
export const validators = [pathValidators.listWidgets, queryValidators.getMetrics, bodyValidators.createWidget];

export async function useSdk(): Promise<string> {
  const client = createClient({ baseUrl: 'http://x', apiKey: 'k' });
  const list = await client.listWidgets({ path: { shelf_id: 's' }, query: { state: 'new', tag: ['a'] } });
  const created = await client.createWidget({ path: { shelf_id: 's' }, body: { name: 'w', size: { width: 1 } } });
  const deleted: undefined = await client.deleteWidget({ path: { shelf_id: 's', widget_id: created.id } });
  // @ts-expect-error listWidgets' `state` query parameter is required
  await client.listWidgets({ path: { shelf_id: 's' } });
  // @ts-expect-error query is optional for deleteWidget but its `force` is a boolean
  await client.deleteWidget({ path: { shelf_id: 's', widget_id: 'w' }, query: { force: 'yes' } });
  return `${list.total} ${deleted} ${await client.getMetrics()}`;
}

export async function useBinarySdk(): Promise<number> {
  const client = createClient({ baseUrl: 'http://x' });
  const path = { shelf_id: 's', widget_id: 'w' };
  const photo = await client.uploadWidgetPhoto({ path, body: { photo: new Uint8Array([1]), caption: 'c' } });
  await client.uploadWidgetPhoto({ path, body: { photo: new Blob(['png']) } });
  const manual = await client.uploadManual({
    path: { shelf_id: 's' },
    query: { name: 'm.pdf' },
    body: new Blob(['%PDF']).stream(),
    contentType: 'application/pdf',
  });
  const download: BinaryResponse<200 | 206> | EmptyResponse<304> = await client.downloadWidgetPhoto({
    path,
    header: { Range: 'bytes=0-1', 'If-None-Match': '"e"' },
  });
  const bytes = download.status === 304 ? new Uint8Array() : await download.bytes();
  // @ts-expect-error the photo part is required
  await client.uploadWidgetPhoto({ path, body: { caption: 'c' } });
  // @ts-expect-error the caption is text, not a file
  await client.uploadWidgetPhoto({ path, body: { photo: 'p', caption: new Uint8Array() } });
  // @ts-expect-error an octet-stream body is bytes, a Blob or a stream, not an object
  await client.uploadManual({ path: { shelf_id: 's' }, query: { name: 'm' }, body: { data: 1 } });
  // @ts-expect-error header parameters are the spec's: Range, If-None-Match
  await client.downloadWidgetPhoto({ path, header: { 'If-Match': '"e"' } });
  // @ts-expect-error a 304 has no body to read
  await download.bytes();
  return photo.size_bytes + manual.size_bytes + bytes.length;
}
