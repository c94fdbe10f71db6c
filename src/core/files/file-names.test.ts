import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { isUuid, validateContentType, validateFileName } from './file-names.js';

const reason = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof StorageError ? error.reason : 'not a StorageError';
  }
};

describe('validateFileName', () => {
  it.each(['data.csv', 'a b (1).csv.gz', 'ünïcødé 😀.txt', '...', '.hidden', 'x'.repeat(255)])(
    'accepts %s',
    (name) => {
      expect(reason(() => validateFileName(name))).toBeNull();
    },
  );

  it.each([
    '',
    '.',
    '..',
    'a/b',
    '../x',
    'a\\b',
    'a\u0000b',
    'line\nbreak',
    'x'.repeat(256),
    'é'.repeat(128),
    'lone \uD800 surrogate',
  ])('refuses %j', (name) => {
    expect(reason(() => validateFileName(name))).toBe('invalid_file_name');
  });
});

describe('validateContentType', () => {
  it.each(['text/csv', 'application/x-parquet', 'text/plain; charset=utf-8', 'application/vnd.a+json'])(
    'accepts %s',
    (type) => expect(reason(() => validateContentType(type))).toBeNull(),
  );
  it.each(['csv', 'text/csv\r\nX-Evil: 1', 'text/ csv', '/x'])('refuses %j', (type) => {
    expect(reason(() => validateContentType(type))).toBe('invalid_content_type');
  });
});

describe('isUuid', () => {
  it('accepts uuid4 strings only', () => {
    expect(isUuid('0b6e0f8e-6d1c-4d5e-9f3a-2b1c0d9e8f7a')).toBe(true);
    for (const bad of [
      '..',
      '%2e%2e',
      '../0b6e0f8e-6d1c-4d5e-9f3a-2b1c0d9e8f7a',
      '0B6E0F8E-6D1C-4D5E-9F3A-2B1C0D9E8F7A',
      'x',
    ])
      expect(isUuid(bad)).toBe(false);
  });
});
