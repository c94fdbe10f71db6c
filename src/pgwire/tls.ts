import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import { generate } from 'selfsigned';

/** The server certificate and key (PEM). */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** Where they came from: the configured files, or the self-signed pair kept in `dir`. */
  source: 'files' | 'self-signed';
}

/**
 * The configured PEM files, else the self-signed pair kept in `dir` (`server.crt`, `server.key`,
 * both mode 0600), generated on first use: RSA 2048, SHA-256, 10 years, SAN localhost /
 * 127.0.0.1 / ::1 / this host's name. Clients use `sslmode=require` (no verification) with it.
 */
export async function loadTlsMaterial(
  certPath: string | null,
  keyPath: string | null,
  dir: string | undefined,
): Promise<TlsMaterial> {
  if (certPath !== null && keyPath !== null) {
    const [cert, key] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
    return { cert, key, source: 'files' };
  }
  if (dir === undefined)
    throw new Error(
      'PG wire TLS needs PGWIRE_TLS_CERT/PGWIRE_TLS_KEY or a directory for a self-signed certificate',
    );
  const certFile = join(dir, 'server.crt');
  const keyFile = join(dir, 'server.key');
  try {
    const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    return { cert, key, source: 'self-signed' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'DuckStorage PG wire' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: hostname() },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  // Written under temporary names and renamed: a crash never leaves half a key.
  const suffix = `.${process.pid}.tmp`;
  await writeFile(keyFile + suffix, pems.private, { mode: 0o600 });
  await writeFile(certFile + suffix, pems.cert, { mode: 0o600 });
  await chmod(keyFile + suffix, 0o600);
  await chmod(certFile + suffix, 0o600);
  await rename(keyFile + suffix, keyFile);
  await rename(certFile + suffix, certFile);
  return { cert: pems.cert, key: pems.private, source: 'self-signed' };
}

export function secureContextOf(material: TlsMaterial): SecureContext {
  return createSecureContext({ cert: material.cert, key: material.key, minVersion: 'TLSv1.2' });
}
