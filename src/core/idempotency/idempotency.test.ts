import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { closeStorage, openStorage, type Storage } from '../storage.js';
import { tempConfig, withStorage } from '../testing.js';
import { beginIdempotent, completeIdempotent, type IdempotencyTicket } from './idempotency.js';
import { cleanupIdempotency } from './idempotency-store.js';

const req = { credential: 'cred-1', key: 'k1', method: 'POST', url: '/projects', bodyHash: 'h1' };
const response = {
  status: 201,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from('{"api_key":"proj_p1_admin_SECRETSECRET"}'),
};

async function reserve(s: Storage, r = req): Promise<IdempotencyTicket> {
  const first = await beginIdempotent(s, r);
  if (first.kind !== 'new') throw new Error('expected a new reservation');
  return first.ticket;
}

describe('idempotency', () => {
  it('reserves, refuses concurrent duplicates, replays and detects conflicts', async () => {
    await withStorage(async (s) => {
      const ticket = await reserve(s);
      await expect(beginIdempotent(s, req)).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'idempotency_in_progress',
      });
      await completeIdempotent(s, ticket, response);
      expect(await beginIdempotent(s, req)).toEqual({ kind: 'replay', response });
      await expect(beginIdempotent(s, { ...req, method: 'DELETE' })).rejects.toMatchObject({
        reason: 'idempotency_conflict',
        message: 'Idempotency key was used with POST, not DELETE',
      });
      await expect(beginIdempotent(s, { ...req, url: '/projects?x=1' })).rejects.toMatchObject({
        message: 'Idempotency key was used with a different URL',
      });
      await expect(beginIdempotent(s, { ...req, bodyHash: 'h2' })).rejects.toMatchObject({
        message: 'Idempotency key was used with a different request body',
      });
      // another credential with the same key is another entry
      expect((await beginIdempotent(s, { ...req, credential: 'cred-2' })).kind).toBe('new');
    });
  });

  it('forgets a reservation completed with null', async () => {
    await withStorage(async (s) => {
      await completeIdempotent(s, await reserve(s), null);
      expect((await beginIdempotent(s, req)).kind).toBe('new');
    });
  });

  it('expires entries after the TTL', async () => {
    await withStorage(
      async (s) => {
        await completeIdempotent(s, await reserve(s), response);
        await new Promise((r) => setTimeout(r, 1100));
        expect((await beginIdempotent(s, { ...req, method: 'DELETE' })).kind).toBe('new');
        const other = await reserve(s, { ...req, key: 'k2' });
        await completeIdempotent(s, other, response);
        await new Promise((r) => setTimeout(r, 1100));
        await cleanupIdempotency(s);
        const rows = await s.metaConn.runAndReadAll(`SELECT count(*) FROM ${s.m}.idempotency_keys`);
        expect(Number(rows.getRows()[0]?.[0])).toBe(0); // the pending reservation expired too
      },
      { IDEMPOTENCY_TTL_SECONDS: '1' },
    );
  });

  it('persists across close/open and stores responses encrypted', async () => {
    const { config } = await tempConfig();
    let s = await openStorage(config);
    await completeIdempotent(s, await reserve(s), response);
    await closeStorage(s);
    const raw = await readFile(config.metadataPath);
    expect(raw.includes(Buffer.from('SECRETSECRET'))).toBe(false);
    s = await openStorage(config);
    try {
      expect(await beginIdempotent(s, req)).toEqual({ kind: 'replay', response });
      const rows = await s.metaConn.runAndReadAll(`SELECT payload::VARCHAR FROM ${s.m}.idempotency_keys`);
      expect(String(rows.getRows()[0]?.[0])).not.toContain('SECRET');
    } finally {
      await closeStorage(s);
    }
  });
});
