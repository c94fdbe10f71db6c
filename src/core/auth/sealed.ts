import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets the server must read back (S3 secret access keys: SigV4 needs the secret itself, a hash
 * will not do) are stored sealed: AES-256-GCM with a random 96-bit IV, `aad` bound as associated
 * data so a sealed value copied to another row does not open. Text form: `v1.` + base64 of
 * iv (12) | tag (16) | ciphertext.
 */
const VERSION = 'v1.';

export function seal(key: Buffer, plain: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}${Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64')}`;
}

/** The plain text, or null when the value is not ours, was altered, or is bound to another `aad`. */
export function unseal(key: Buffer, sealed: string, aad: string): string | null {
  if (!sealed.startsWith(VERSION)) return null;
  const data = Buffer.from(sealed.slice(VERSION.length), 'base64');
  if (data.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
