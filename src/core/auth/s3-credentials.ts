import { randomBytes } from 'node:crypto';
import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import type { ProjectEntry } from '../catalog/catalog.js';
import { invalidArgument, notFound, StorageError } from '../errors.js';
import { iso, metaWrite, num, readRows, text, textOrNull } from '../metadata/tx.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { seal, unseal } from './sealed.js';
import { deriveKey } from './server-secret.js';

/**
 * Per-project S3 credentials (issue 13; note 08 pitfall "one global SigV4 credential with admin
 * power"): an access key id and a secret access key bound to one project, read-only or not, for
 * SigV4 clients (aws-cli, boto3, rclone, the AWS SDK). The secret is shown once, at creation; it
 * is kept sealed (AES-256-GCM under a key derived from DATA_DIR/secret.key) because verifying a
 * SigV4 signature needs the secret itself. Rows live in metadata.duckdb (`s3_credentials`,
 * migration 3); deleting the project deletes them.
 */
export interface S3Credential {
  accessKeyId: string;
  projectId: string;
  readOnly: boolean;
  description: string | null;
  createdAt: string;
  /** Who created it ('admin' or `key:<id>`), as in the operations log. */
  createdBy: string | null;
}

/** A new credential: the only time its secret is handed out. */
export interface IssuedS3Credential extends S3Credential {
  secretAccessKey: string;
}

/** What SigV4 verification needs to know about an access key id. */
export interface ResolvedS3Secret {
  secret: string;
  projectId: string;
  readOnly: boolean;
}

export const MAX_DESCRIPTION_LENGTH = 255;
const SEAL_PURPOSE = 'duckstorage s3-credentials v1';
/** AWS-like: 20 characters, `DS` + 18 of the RFC 4648 base32 alphabet (90 random bits). */
const ACCESS_KEY_ID = /^DS[A-Z2-7]{18}$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newAccessKeyId(): string {
  const bytes = randomBytes(18);
  let id = 'DS';
  for (const byte of bytes) id += BASE32.charAt(byte & 31);
  return id;
}

/** 40 characters of base64 (30 random bytes), the shape of an AWS secret access key. */
export const newSecretAccessKey = (): string => randomBytes(30).toString('base64');

export const isS3AccessKeyId = (value: string): boolean => ACCESS_KEY_ID.test(value);

/** The sealed secret is bound to its access key id and project: a row copied elsewhere does not open. */
const aadOf = (accessKeyId: string, projectId: string): string => `${accessKeyId}\n${projectId}`;

interface CacheEntry {
  resolved: ResolvedS3Secret;
  /** The catalog entry of the project when cached: a deleted and re-created project is another entry. */
  project: ProjectEntry;
}

interface SecretCache {
  entries: Map<string, CacheEntry>;
  /** Bumped by every delete, so a lookup that read the row before the delete does not cache it after. */
  generation: number;
}

const caches = new WeakMap<Storage, SecretCache>();

function cacheOf(s: Storage): SecretCache {
  let cache = caches.get(s);
  if (cache === undefined) {
    cache = { entries: new Map(), generation: 0 };
    caches.set(s, cache);
  }
  return cache;
}

const limitReached = (projectId: string, limit: number) =>
  new StorageError(
    'RESOURCE_EXHAUSTED',
    's3_credential_limit_exceeded',
    `Project ${projectId} already has ${limit} S3 credentials, the limit S3_CREDENTIALS_PER_PROJECT=${limit}; delete one first`,
    { details: { project_id: projectId, limit } },
  );

/** createS3Credential: a new pair for the project; the secret is in the answer and nowhere else in clear. */
export async function createS3Credential(
  s: Storage,
  input: { projectId: string; description: string | null; readOnly: boolean },
  audit: AuditContext,
): Promise<IssuedS3Credential> {
  const { projectId, description, readOnly } = input;
  requireProject(s, projectId);
  if (description !== null && description.length > MAX_DESCRIPTION_LENGTH) {
    throw invalidArgument(
      'invalid_request',
      `description is longer than ${MAX_DESCRIPTION_LENGTH} characters`,
      { length: description.length },
    );
  }
  const startedAt = Date.now();
  const key = deriveKey(s, SEAL_PURPOSE);
  return trackWrite(s, async () => {
    const issued: IssuedS3Credential = {
      accessKeyId: newAccessKeyId(),
      secretAccessKey: newSecretAccessKey(),
      projectId,
      readOnly,
      description,
      createdAt: nowIso(),
      createdBy: audit.actor,
    };
    const sealed = seal(key, issued.secretAccessKey, aadOf(issued.accessKeyId, projectId));
    await metaWrite(s, async (tx) => {
      requireProject(s, projectId);
      const limit = s.config.s3CredentialsPerProject;
      const counted = await tx.rows(`SELECT count(*) AS n FROM ${s.m}.s3_credentials WHERE project_id = $1`, [
        projectId,
      ]);
      if (num(counted[0]?.n) >= limit) throw limitReached(projectId, limit);
      await tx.run(
        `INSERT INTO ${s.m}.s3_credentials (access_key_id, project_id, secret_sealed, read_only, description, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [issued.accessKeyId, projectId, sealed, readOnly, description, issued.createdAt, issued.createdBy],
      );
      return () => undefined;
    });
    await logOperation(s, audit, {
      operation: 'create_s3_credential',
      projectId,
      resourceType: 's3_credential',
      resourceId: issued.accessKeyId,
      details: { read_only: readOnly, description },
      startedAt,
    });
    return issued;
  });
}

/** listS3Credentials: the project's credentials without secrets, newest first. */
export async function listS3Credentials(s: Storage, projectId: string): Promise<S3Credential[]> {
  requireProject(s, projectId);
  const rows = await s.pool.use((conn) =>
    readRows(
      conn,
      `SELECT access_key_id, project_id, read_only, description, created_at, created_by
       FROM ${s.m}.s3_credentials WHERE project_id = $1 ORDER BY created_at DESC, access_key_id`,
      [projectId],
    ),
  );
  return rows.map((r) => ({
    accessKeyId: text(r.access_key_id),
    projectId: text(r.project_id),
    readOnly: r.read_only === true,
    description: textOrNull(r.description),
    createdAt: iso(r.created_at),
    createdBy: textOrNull(r.created_by),
  }));
}

/** deleteS3Credential: the pair stops working at once; an id of another project is not found. */
export async function deleteS3Credential(
  s: Storage,
  projectId: string,
  accessKeyId: string,
  audit: AuditContext,
): Promise<void> {
  const startedAt = Date.now();
  await trackWrite(s, async () => {
    const readOnly = await metaWrite(s, async (tx) => {
      requireProject(s, projectId);
      const rows = await tx.rows(
        `SELECT read_only FROM ${s.m}.s3_credentials WHERE access_key_id = $1 AND project_id = $2`,
        [accessKeyId, projectId],
      );
      const row = rows[0];
      if (row === undefined) {
        throw notFound(
          's3_credential_not_found',
          `S3 credential ${accessKeyId} not found in project ${projectId}`,
          { project_id: projectId, access_key_id: accessKeyId },
        );
      }
      await tx.run(`DELETE FROM ${s.m}.s3_credentials WHERE access_key_id = $1`, [accessKeyId]);
      return () => {
        const cache = cacheOf(s);
        cache.generation += 1;
        cache.entries.delete(accessKeyId);
        return row.read_only === true;
      };
    });
    await logOperation(s, audit, {
      operation: 'delete_s3_credential',
      projectId,
      resourceType: 's3_credential',
      resourceId: accessKeyId,
      details: { read_only: readOnly },
      startedAt,
    });
  });
}

/**
 * resolveS3Secret: the unsealed secret, project and mode of an access key id, for SigV4
 * verification; null for an unknown id, a deleted credential or a deleted project. Hits are kept
 * in memory per storage (a delete drops them; a re-created project with the same id does not
 * inherit them).
 */
export async function resolveS3Secret(s: Storage, accessKeyId: string): Promise<ResolvedS3Secret | null> {
  if (!isS3AccessKeyId(accessKeyId)) return null;
  const cache = cacheOf(s);
  const hit = cache.entries.get(accessKeyId);
  if (hit !== undefined) {
    if (s.catalog.projects.get(hit.resolved.projectId) === hit.project) return { ...hit.resolved };
    cache.entries.delete(accessKeyId);
  }
  const generation = cache.generation;
  const rows = await s.pool.use((conn) =>
    readRows(
      conn,
      `SELECT project_id, secret_sealed, read_only FROM ${s.m}.s3_credentials WHERE access_key_id = $1`,
      [accessKeyId],
    ),
  );
  const row = rows[0];
  if (row === undefined) return null;
  const projectId = text(row.project_id);
  const project = s.catalog.projects.get(projectId);
  if (project === undefined) return null;
  const secret = unseal(deriveKey(s, SEAL_PURPOSE), text(row.secret_sealed), aadOf(accessKeyId, projectId));
  if (secret === null) {
    throw new StorageError(
      'INTERNAL',
      's3_secret_unreadable',
      `The sealed secret of S3 credential ${accessKeyId} does not open with this server's secret.key`,
      { details: { access_key_id: accessKeyId } },
    );
  }
  const resolved: ResolvedS3Secret = { secret, projectId, readOnly: row.read_only === true };
  if (cache.generation === generation) cache.entries.set(accessKeyId, { resolved, project });
  return { ...resolved };
}
