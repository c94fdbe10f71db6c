import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreConfig } from '../config.js';
import { StorageError } from '../errors.js';

/**
 * The server secret: 32 random bytes in DATA_DIR/secret.key (mode 0600), created once and read at
 * start. Every key the server needs to keep across restarts (sealed S3 secrets, the S3 presign
 * key) is derived from it with HKDF-SHA256 under its own purpose, so one file backs them all and no
 * two uses share a key. Losing the file makes sealed S3 secrets unreadable: it belongs in backups
 * with metadata.duckdb.
 */
export const SECRET_FILE = 'secret.key';
const SECRET_BYTES = 32;

const loaded = new Map<string, Buffer>();

/** DATA_DIR/secret.key of this config. */
export const secretPath = (config: Pick<CoreConfig, 'dataDir'>): string => join(config.dataDir, SECRET_FILE);

/**
 * Reads DATA_DIR/secret.key, creating it first when absent (exclusive create: two processes
 * starting on one data dir end up with the same secret). A file of the wrong size stops start-up
 * rather than being replaced, which would orphan everything sealed under it.
 */
export function loadServerSecret(config: Pick<CoreConfig, 'dataDir'>): Buffer {
  const path = secretPath(config);
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  mkdirSync(config.dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
    // The umask may have narrowed the mode further, never widened it; make it exactly 0600.
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(path);
  if (secret.length !== SECRET_BYTES) {
    throw new StorageError(
      'INTERNAL',
      'server_secret_invalid',
      `${path} holds ${secret.length} bytes, expected ${SECRET_BYTES}; restore it from a backup (a new one would make sealed S3 secrets unreadable)`,
      { details: { path, size_bytes: secret.length } },
    );
  }
  loaded.set(path, secret);
  return secret;
}

/** The server secret of an open storage (see loadServerSecret). */
export function serverSecret(s: { readonly config: Pick<CoreConfig, 'dataDir'> }): Buffer {
  return loadServerSecret(s.config);
}

/**
 * A 32-byte key for one purpose (HKDF-SHA256, RFC 5869: the server secret as input keying
 * material, no salt, `purpose` as info). Purposes are versioned strings such as
 * `duckstorage s3-credentials v1` and `duckstorage s3-presign v1`.
 */
export function deriveKey(s: { readonly config: Pick<CoreConfig, 'dataDir'> }, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret(s), Buffer.alloc(0), Buffer.from(purpose), 32));
}

/** Test support: forget cached secrets, so a test can see the file being read again. */
export function forgetServerSecrets(): void {
  loaded.clear();
}
