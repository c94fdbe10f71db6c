import { describe, expect, it } from 'vitest';
import { pathUnder, validateName } from './names.js';

describe('validateName', () => {
  const ok: [Parameters<typeof validateName>[0], string][] = [
    ['project', '123'],
    ['project', 'file_test'],
    ['project', 'a-b'],
    ['project', 'a'.repeat(64)],
    ['bucket', 'in_c_sales'],
    ['bucket', 'in.c-sales'],
    ['table', 'A1.b-c_d'],
    ['column', '_x1'],
    ['column', 'date'],
  ];
  const bad: [Parameters<typeof validateName>[0], string][] = [
    ['project', ''],
    ['project', 'a_branch_b'],
    ['project', '../x'],
    ['project', '_x'],
    ['project', 'a'.repeat(65)],
    ['project', 'a/b'],
    ['bucket', '.'],
    ['bucket', '..'],
    ['bucket', '_hidden'],
    ['bucket', '.x'],
    ['bucket', 'a/b'],
    ['bucket', 'a\\b'],
    ['bucket', 'Bad Name'],
    ['table', 'x'.repeat(97)],
    ['table', 'a\0'],
    ['column', '1a'],
    ['column', 'a-b'],
    ['column', 'x"y'],
  ];
  it.each(ok)('accepts %s %j', (kind, name) => expect(() => validateName(kind, name)).not.toThrow());
  it.each(bad)('rejects %s %j', (kind, name) => {
    expect(() => validateName(kind, name)).toThrow(expect.objectContaining({ reason: 'invalid_name' }));
  });
  it('names the kind and the rule', () => {
    expect(() => validateName('bucket', '..')).toThrow(/Invalid bucket name '\.\.': use 1-96 letters/);
  });
});

describe('pathUnder', () => {
  it('refuses paths that leave the root', () => {
    expect(pathUnder('/r', 'a', 'b.duckdb')).toBe('/r/a/b.duckdb');
    expect(() => pathUnder('/r', '..', 'x')).toThrow(expect.objectContaining({ reason: 'invalid_path' }));
    expect(() => pathUnder('/r', '/etc')).toThrow();
    expect(() => pathUnder('/r', '.')).toThrow();
  });
});
