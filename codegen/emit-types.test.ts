import { describe, expect, it } from 'vitest';
import { emitTypes } from './emit-types.js';
import { golden, miniSpec } from './golden.js';

describe('emitTypes', () => {
  it('matches the golden output for the mini spec', async () => {
    const files = await emitTypes(miniSpec);
    expect(files).toEqual(golden('types', files));
  });

  it('keeps properties with a default optional (they may be omitted on the wire)', async () => {
    const source = (await emitTypes(miniSpec))['openapi.ts'] ?? '';
    expect(source).toMatch(
      /^\/\/ generated from specs\/duckapi\.json by codegen\/emit-types\.ts; do not edit\n/,
    );
    expect(source).toContain('unit?: "cm" | "in";');
  });

  it('does not modify its input', async () => {
    const before = JSON.stringify(miniSpec);
    await emitTypes(miniSpec);
    expect(JSON.stringify(miniSpec)).toBe(before);
  });
});
