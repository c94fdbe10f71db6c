import type { S3CredentialsHandlers } from '../../generated/rest/operations.js';
import { createS3Credential, deleteS3Credential, listS3Credentials } from '../core/auth/s3-credentials.js';
import type { RestContext } from './context.js';
import { s3CredentialJson } from './wire.js';

/**
 * Resolvers of the `s3-credentials` tag. Access is `manage` as for API keys (the admin key or a
 * project_admin key): a read-only key cannot mint credentials, so `read_only` is the caller's choice.
 */
export const s3CredentialsResolvers = {
  /** createS3Credential: 201 with the secret (shown once) and what a client needs to connect. */
  async createS3Credential({ path, body }, ctx) {
    const issued = await createS3Credential(
      ctx.storage,
      {
        projectId: path.project_id,
        description: body.description ?? null,
        readOnly: body.read_only ?? false,
      },
      ctx.audit,
    );
    return {
      status: 201,
      body: {
        ...s3CredentialJson(issued),
        secret_access_key: issued.secretAccessKey,
        endpoint: ctx.s3.endpoint,
        region: ctx.s3.region,
        bucket: `project_${issued.projectId}`,
      },
    };
  },

  /** listS3Credentials: newest first, never a secret. */
  async listS3Credentials({ path }, ctx) {
    const credentials = await listS3Credentials(ctx.storage, path.project_id);
    return {
      status: 200,
      body: { credentials: credentials.map(s3CredentialJson), total: credentials.length },
    };
  },

  /** deleteS3Credential */
  async deleteS3Credential({ path }, ctx) {
    await deleteS3Credential(ctx.storage, path.project_id, path.access_key_id, ctx.audit);
    return { status: 204 };
  },
} satisfies S3CredentialsHandlers<RestContext>;
