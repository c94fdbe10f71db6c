import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { MAX_OBJECT_KEY_BYTES, objectKeyProblem, validateObjectKey } from './file-names.js';

describe('object keys', () => {
  it('accepts nested keys and characters S3 clients percent-encode', () => {
    for (const key of [
      'a.csv',
      'exp-15/p1/files/2026/12/04/1.data.csv',
      'a b+c=(d)!*,:@.csv',
      'žluť/😀',
      'a/x/b',
      '.hidden/..dots',
    ])
      expect(objectKeyProblem(key)).toBeNull();
    expect(objectKeyProblem('k'.repeat(MAX_OBJECT_KEY_BYTES))).toBeNull();
  });

  it('refuses traversal segments, NUL, controls, backslashes, empty and oversized keys', () => {
    const bad = [
      '',
      '..',
      '../x',
      'a/../b',
      'a/..',
      './a',
      'a/.',
      'a\u0000b',
      'a\nb',
      'a\\..\\b',
      '\uD800',
      'k'.repeat(MAX_OBJECT_KEY_BYTES + 1),
      'é'.repeat(513),
    ];
    for (const key of bad) expect(objectKeyProblem(key), JSON.stringify(key)).not.toBeNull();
  });

  it('throws INVALID_ARGUMENT invalid_object_key naming the rule', () => {
    try {
      validateObjectKey('a/../b');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).code).toBe('INVALID_ARGUMENT');
      expect((error as StorageError).reason).toBe('invalid_object_key');
      expect((error as StorageError).message).toContain("'..'");
    }
  });
});
