// Compiled by codegen/mini-typecheck.test.ts next to the TS emitters' output for mini-spec.json:
// hand-written code as the server and SDK users write it against generated/.
import type { AllHandlers, ShelfWidgetsHandlers, SystemHandlers } from './generated/rest/operations.js';
import { operations, tagOperations } from './generated/rest/operations.js';
import { bodyValidators, pathValidators, queryValidators } from './generated/rest/validators.js';
import { createClient } from './generated/sdk-ts/index.js';

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

export const all: AllHandlers<Ctx> = { ...widgets, ...system };

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
