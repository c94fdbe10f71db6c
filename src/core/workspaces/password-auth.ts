import { relative } from 'node:path';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import { checkConnectionLimits } from './admin-sessions.js';
import { assertAuthAllowed, passwordMatches, recordAuthFailure, verifierFor } from './auth-limiter.js';
import { workspaceExpired } from './workspace-lookup.js';
import { sessionTables } from './workspace-objects.js';
import { isExpired } from './workspace-rows.js';

/** What authenticatePgwireUser answers: where the workspace and the tables it sees are. */
export interface PasswordAuthResult {
  workspaceId: string;
  projectId: string;
  branchId: string | null;
  /** The workspace file, relative to DATA_DIR (never an absolute server path: pitfall 07/2). */
  dbPath: string;
  tables: { bucket: string; name: string; path: string; rows: number }[];
  memoryLimit: string;
  queryTimeoutSeconds: number;
}

/**
 * authenticatePgwireUser (reference note 07 section 5, fixing pitfalls 07/2 and 07/12): rate
 * limited per username and client address before anything is looked at (429
 * `too_many_auth_attempts`); the password is verified first against the SCRAM verifier (a fake
 * one for an unknown user, so both fail alike: 401 `invalid_credentials`); only a proven caller
 * learns that the workspace expired (410) or is at its connection limit (429
 * `connection_limit_reached`). Creates no session.
 */
export async function authenticatePassword(
  s: Storage,
  input: { username: string; password: string; clientIp: string | null },
): Promise<PasswordAuthResult> {
  assertAuthAllowed(s, input.username, input.clientIp);
  const verifier = verifierFor(s, input.username);
  const ws = s.workspaces.byUsername.get(input.username);
  if (!passwordMatches(verifier, input.password) || ws === undefined) {
    recordAuthFailure(s, input.username, input.clientIp);
    throw new StorageError('UNAUTHENTICATED', 'invalid_credentials', 'Invalid username or password');
  }
  if (isExpired(ws)) throw workspaceExpired(ws);
  checkConnectionLimits(s, ws.id);
  const fromDataDir = (path: string) => relative(s.config.dataDir, path);
  return {
    workspaceId: ws.id,
    projectId: ws.projectId,
    branchId: ws.branchId,
    dbPath: fromDataDir(s.workspaceDbs.path(ws)),
    tables: sessionTables(s, ws).map((v) => ({
      bucket: v.bucket,
      name: v.name,
      path: fromDataDir(v.path),
      rows: v.entry.rowCount,
    })),
    memoryLimit: s.config.duckdbMemoryLimit,
    queryTimeoutSeconds: s.config.pgwireQueryTimeoutSeconds,
  };
}
