import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../auth/server-secret.js';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import type { ScramVerifier } from './sql-types.js';

/**
 * Workspace password checks (reference pitfalls 07/12, 07/13): the account is looked up only to
 * get a verifier, an unknown user gets a stable fake one (same work, same failure), failures are
 * counted per username and per client address, and past PGWIRE_AUTH_MAX_FAILURES in a minute
 * both are refused until the minute is over.
 */
const WINDOW_MS = 60_000;
const failures = new WeakMap<Storage, Map<string, number[]>>();

function counts(s: Storage): Map<string, number[]> {
  let map = failures.get(s);
  if (map === undefined) {
    map = new Map();
    failures.set(s, map);
  }
  return map;
}

const keysOf = (username: string, address: string | null): string[] =>
  address === null ? [`u:${username}`] : [`u:${username}`, `a:${address}`];

/** Throws RESOURCE_EXHAUSTED `too_many_auth_attempts` while `username` or `address` is limited. */
export function assertAuthAllowed(s: Storage, username: string, address: string | null): void {
  const now = Date.now();
  const map = counts(s);
  for (const key of keysOf(username, address)) {
    const recent = (map.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length === 0) map.delete(key);
    else map.set(key, recent);
    if (recent.length >= s.config.pgwireAuthMaxFailures) {
      throw new StorageError(
        'RESOURCE_EXHAUSTED',
        'too_many_auth_attempts',
        `Too many failed password attempts (limit PGWIRE_AUTH_MAX_FAILURES=${s.config.pgwireAuthMaxFailures} per minute); retry later`,
        { details: { limit: 'PGWIRE_AUTH_MAX_FAILURES', max: s.config.pgwireAuthMaxFailures } },
      );
    }
  }
}

export function recordAuthFailure(s: Storage, username: string, address: string | null): void {
  const map = counts(s);
  const now = Date.now();
  for (const key of keysOf(username, address)) map.set(key, [...(map.get(key) ?? []), now].slice(-1000));
}

/** The verifier of `username` (a main or an extra workspace user), or a fake one derived from the server secret (stable per name). */
export function verifierFor(s: Storage, username: string): ScramVerifier {
  const known = s.workspaces.verifierOf(username);
  if (known !== undefined) return known;
  const key = deriveKey(s, 'workspace-fake-verifier');
  const part = (label: string, bytes: number) =>
    createHmac('sha256', key).update(`${label}\0${username}`).digest().subarray(0, bytes).toString('base64');
  return {
    salt: part('salt', 16),
    iterations: 4096,
    storedKey: part('stored', 32),
    serverKey: part('server', 32),
  };
}

/** RFC 5802: StoredKey = H(HMAC(Hi(password, salt, i), "Client Key")), compared in constant time. */
export function passwordMatches(verifier: ScramVerifier, password: string): boolean {
  const salted = pbkdf2Sync(
    password.normalize('NFKC'),
    Buffer.from(verifier.salt, 'base64'),
    verifier.iterations,
    32,
    'sha256',
  );
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const stored = createHash('sha256').update(clientKey).digest();
  const expected = Buffer.from(verifier.storedKey, 'base64');
  return expected.length === stored.length && timingSafeEqual(expected, stored);
}
