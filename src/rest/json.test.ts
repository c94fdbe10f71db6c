import { describe, expect, it } from 'vitest';
import { stringifyJson } from './json.js';

describe('stringifyJson', () => {
  const cases: [string, unknown, string][] = [
    ['plain object', { a: 1 }, '{"a":1}'],
    ['BIGINT max as a number', { a: 9223372036854775807n }, '{"a":9223372036854775807}'],
    [
      'HUGEINT min in an array',
      [-170141183460469231731687303715884105728n, 'x'],
      '[-170141183460469231731687303715884105728,"x"]',
    ],
    [
      'a look-alike user string stays a string',
      { s: '\u0000bigint:12', b: 1n },
      '{"s":"\\u0000bigint:12","b":1}',
    ],
  ];
  it.each(cases)('%s', (_name, input, want) => {
    expect(stringifyJson(input)).toBe(want);
  });

  it('still refuses a circular value', () => {
    const circular: Record<string, unknown> = { n: 1n };
    circular.self = circular;
    expect(() => stringifyJson(circular)).toThrow(TypeError);
  });
});
