import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATTERNS } from './patterns.js';

/** pattern -> values it must match, values it must not. Checked in a real DuckDB (RE2). */
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  email: {
    yes: ['a@b.co', 'first.last+tag@mail.example.org', 'x_y%z@sub-domain.io'],
    no: ['a@b', '@b.com', 'a b@c.com', 'a@b.c', 'mailto:a@b.com', 'a@b.com ', 'a@.com'],
  },
  uuid: {
    yes: ['8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6b', '01890A5D-AC96-774B-BCCE-B302099A8057'],
    no: ['8c7c5e1c2b1f4f439a5e2c1d3e4f5a6b', '8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6', 'g'.repeat(36)],
  },
  url: {
    // The reference's full match of ^https?:// only matched the bare scheme.
    yes: [
      'http://example.com',
      'https://example.com/path?q=1#frag',
      'https://sub.example.co.uk:8443/a/b',
      'http://localhost',
      'http://[::1]:8080/',
    ],
    no: ['example.com', 'ftp://example.com', 'https://', 'https://exa mple.com', 'see https://example.com'],
  },
  phone: {
    yes: [
      '+1 415 555 2671',
      '+14155552671',
      '(555) 123-4567',
      '555-123-4567',
      '+44 20 7946 0958',
      '555.123.4567',
    ],
    // The reference took any 10-20 digit run for a phone number.
    no: [
      '1234567890',
      '2024-01-15',
      '192.168.1.1',
      '1234567.89',
      '12-34',
      '+1',
      'call 555-1234',
      '1234567890123456-7',
    ],
  },
  ipv4: {
    yes: ['192.168.1.1', '0.0.0.0', '255.255.255.255', '10.0.0.254'],
    no: ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.4 '],
  },
  date_iso: {
    yes: ['2024-01-15', '1999-12-31'],
    no: ['2024-13-01', '2024-01-32', '2024-1-5', '2024-01-15 10:00', '15/01/2024'],
  },
  datetime_iso: {
    // The reference's full match only took values without seconds.
    yes: [
      '2024-01-15 14:30',
      '2024-01-15T14:30:00',
      '2024-01-15 14:30:00.123456',
      '2024-01-15T14:30:00Z',
      '2024-01-15T14:30:00+02:00',
      '2024-01-15T14:30:00.5-0530',
    ],
    no: ['2024-01-15', '2024-01-15 24:00:00', '2024-01-15T14:60', '2024-01-15 14:30:00 UTC', '14:30:00'],
  },
};

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => {
  instance.closeSync();
});

describe('text patterns', () => {
  it('covers every pattern', () => {
    expect(Object.keys(CASES).sort()).toEqual(PATTERNS.map((p) => p.name).sort());
  });

  for (const pattern of PATTERNS) {
    it(`${pattern.name} matches whole values`, async () => {
      const { yes, no } = CASES[pattern.name] ?? { yes: [], no: [] };
      const conn = await instance.connect();
      try {
        const rows = await Promise.all(
          [...yes, ...no].map(async (v) => {
            const r = await conn.runAndReadAll(`SELECT ${pattern.test('$1::VARCHAR')} AS hit`, [v]);
            return [v, r.getRows()[0]?.[0]] as const;
          }),
        );
        const got = Object.fromEntries(rows);
        const want = Object.fromEntries([...yes.map((v) => [v, true]), ...no.map((v) => [v, false])]);
        expect(got).toEqual(want);
      } finally {
        conn.closeSync();
      }
    });
  }
});
