import type { PagesHandlers } from '../../generated/rest/operations.js';
import { openApiDocument } from '../pages/spec-document.js';
import type { RestContext } from './context.js';

/**
 * Resolvers of the `pages` tag that are REST operations; the HTML pages and their assets are served
 * by src/pages/router.ts (`x-duckstorage-protocol: pages`).
 */
export const pagesResolvers = {
  /** getOpenApiDocument: specs/duckapi.json, the document /docs renders. */
  async getOpenApiDocument() {
    return { status: 200, body: openApiDocument() };
  },
} satisfies PagesHandlers<RestContext>;
