import { randomBytes } from 'node:crypto';
import { createScramSha256Data } from 'pg-gateway';
import type { ScramVerifier } from './sql-types.js';

/**
 * Workspace identities and passwords. A password is shown once (create, reset) and never
 * stored: the metadata row keeps its SCRAM-SHA-256 verifier (RFC 5802 / RFC 7677), which is
 * what pg-gateway's SCRAM exchange takes and what auth-limiter.ts checks a cleartext password
 * against (reference pitfalls 07/12, 07/13: an unsalted SHA-256 compared with `!=`).
 */

/** `ws_` + 16 hex: 64 random bits (the reference's 32 collided, pitfall 07/14). */
export const newWorkspaceId = (): string => `ws_${randomBytes(8).toString('hex')}`;

/** `ws_{id}_{8 hex}`: the reference's shape (clients check the `ws_{id}_` prefix). */
export const newUsername = (workspaceId: string): string =>
  `ws_${workspaceId}_${randomBytes(4).toString('hex')}`;

/**
 * An extra user's login (CreateWorkspaceUserCommand): `ws_{id}_u{8 hex}`, the same `ws_{id}_`
 * prefix, but never the shape of a main username (whose last part is 8 hex digits only).
 */
export const newExtraUsername = (workspaceId: string): string =>
  `ws_${workspaceId}_u${randomBytes(4).toString('hex')}`;

/** `wsu_` + 16 hex: the id of an extra user's row. */
export const newWorkspaceUserId = (): string => `wsu_${randomBytes(8).toString('hex')}`;

/** 32 characters of `[A-Za-z0-9_-]` (24 random bytes, base64url). */
export const newPassword = (): string => randomBytes(24).toString('base64url');

export async function scramVerifier(password: string): Promise<ScramVerifier> {
  const data = await createScramSha256Data(password);
  return {
    salt: data.salt,
    iterations: data.iterations,
    storedKey: data.storedKey,
    serverKey: data.serverKey,
  };
}
