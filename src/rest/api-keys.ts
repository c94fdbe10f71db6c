import type { ApiKeysHandlers } from '../../generated/rest/operations.js';
import { createApiKey, getApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../core/auth/api-keys.js';
import type { RestContext } from './context.js';
import { apiKeyJson, issuedKeyJson } from './wire.js';

/** Resolvers of the `api-keys` tag. */
export const apiKeysResolvers = {
  /** createApiKey: 201 with the secret, shown once. */
  async createApiKey({ path, body }, ctx) {
    const issued = await createApiKey(
      ctx.storage,
      path.project_id,
      {
        description: body.description,
        scope: body.scope ?? 'project_admin',
        branchId: body.branch_id ?? null,
        expiresInDays: body.expires_in_days ?? null,
      },
      ctx.audit,
    );
    return { status: 201, body: issuedKeyJson(issued) };
  },

  /** listApiKeys: active and expired keys, newest first. */
  async listApiKeys({ path }, ctx) {
    const keys = await listApiKeys(ctx.storage, path.project_id);
    return { status: 200, body: { api_keys: keys.map(apiKeyJson), count: keys.length } };
  },

  /** getApiKey */
  async getApiKey({ path }, ctx) {
    return { status: 200, body: apiKeyJson(await getApiKey(ctx.storage, path.project_id, path.key_id)) };
  },

  /** revokeApiKey */
  async revokeApiKey({ path }, ctx) {
    await revokeApiKey(ctx.storage, path.project_id, path.key_id, ctx.audit);
    return { status: 204 };
  },

  /** rotateApiKey: new key, same scope/branch/description/lifetime; the old one is revoked. */
  async rotateApiKey({ path }, ctx) {
    return {
      status: 201,
      body: issuedKeyJson(await rotateApiKey(ctx.storage, path.project_id, path.key_id, ctx.audit)),
    };
  },
} satisfies ApiKeysHandlers<RestContext>;
