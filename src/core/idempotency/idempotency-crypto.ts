import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Stored idempotent responses are encrypted at rest (reference pitfall 01/7: a replayed
 * `POST /projects` body holds a project key). The AES-256-GCM key is derived from the
 * credential and the idempotency key, which the database never holds, so the DB alone reveals
 * nothing; the row id is bound as associated data.
 */
const INFO = Buffer.from('duckstorage idempotency v1');

export const idempotencyRowId = (credential: string, key: string): string =>
  createHash('sha256').update(`${credential}\n${key}`).digest('hex');

function deriveKey(credential: string, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(credential), Buffer.from(key), INFO, 32));
}

export interface Sealed {
  headers: Record<string, string>;
  body: Buffer;
}

/** iv (12) | tag (16) | ciphertext of: header-JSON length (4, BE) | header JSON | body. */
export function seal(credential: string, key: string, rowId: string, plain: Sealed): Buffer {
  const headers = Buffer.from(JSON.stringify(plain.headers));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headers.length);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(credential, key), iv);
  cipher.setAAD(Buffer.from(rowId));
  const encrypted = Buffer.concat([
    cipher.update(Buffer.concat([length, headers, plain.body])),
    cipher.final(),
  ]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]);
}

export function open(credential: string, key: string, rowId: string, sealed: Uint8Array): Sealed {
  const data = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(credential, key), data.subarray(0, 12));
  decipher.setAAD(Buffer.from(rowId));
  decipher.setAuthTag(data.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
  const length = plain.readUInt32BE(0);
  return {
    headers: JSON.parse(plain.subarray(4, 4 + length).toString('utf8')) as Record<string, string>,
    body: plain.subarray(4 + length),
  };
}
