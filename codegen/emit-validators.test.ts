import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitValidators, toEsm } from './emit-validators.js';
import { golden, miniSpec, writeTree } from './golden.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('emitValidators', () => {
  it('matches the golden output for the mini spec', () => {
    const files = emitValidators(miniSpec);
    expect(files).toEqual(golden('validators', files));
  });

  it('is deterministic', () => {
    expect(emitValidators(miniSpec)).toEqual(emitValidators(miniSpec));
  });
});

describe('toEsm', () => {
  it.each([
    {
      why: 'runtime helper require -> import of the .js file',
      given:
        '"use strict";export const a = validate1;const func1 = require("ajv/dist/runtime/ucs2length").default;',
      want: 'import runtime_ucs2length from "ajv/dist/runtime/ucs2length.js";\nexport const a = validate1;const func1 = (runtime_ucs2length.default ?? runtime_ucs2length);',
    },
    {
      why: 'one import per helper, however often it is required',
      given:
        'const f = require("ajv/dist/runtime/equal").default;const g = require("ajv/dist/runtime/equal").default;',
      want: 'import runtime_equal from "ajv/dist/runtime/equal.js";\nconst f = (runtime_equal.default ?? runtime_equal);const g = (runtime_equal.default ?? runtime_equal);',
    },
    { why: 'nothing to convert', given: 'export const a = 1;', want: 'export const a = 1;' },
  ])('$why', ({ given, want }) => {
    expect(toEsm(given)).toBe(want);
  });

  it('refuses a require it cannot convert', () => {
    expect(() => toEsm('const x = require("other");')).toThrow('require');
  });
});

// The generated modules, written inside the project so `ajv` resolves from its node_modules.
describe('the generated validators for the mini spec, loaded', () => {
  let dir = '';
  type Validators = typeof import('../generated/rest/validators.js');
  let v: Validators;

  beforeAll(async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.tmp', 'validators-'));
    writeTree(dir, emitValidators(miniSpec));
    v = (await import(pathToFileURL(join(dir, 'rest/validators.ts')).href)) as Validators;
  });

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  // The mini spec's operationIds are not DuckStorage's: look them up by name.
  const validator = (table: Record<string, unknown>, id: string) => table[id] as (data: unknown) => boolean;

  it('imports under plain Node ESM (no test-runner interop)', async () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'rest/validators-body.js')).href)});
      const body = { name: 'w', size: { width: 1 } };
      console.log(m.createWidgetBody(body), JSON.stringify(body));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
    });
    expect(stdout.trim()).toBe('true {"name":"w","size":{"width":1,"unit":"cm"}}');
  });

  it.each([
    { data: { shelf_id: 's1' }, valid: true },
    { data: {}, valid: false },
    { data: { shelf_id: '' }, valid: false },
    { data: { shelf_id: 's1', other: 'x' }, valid: false },
  ])('path of listWidgets: $data -> $valid', ({ data, valid }) => {
    expect(validator(v.pathValidators, 'listWidgets')(structuredClone(data))).toBe(valid);
  });

  it.each([
    { given: { state: 'new' }, valid: true, after: { state: 'new', limit: 10 } },
    {
      given: { state: 'new', limit: '5', unknown: 'kept' },
      valid: true,
      after: { state: 'new', limit: 5, unknown: 'kept' },
    },
    { given: { state: 'used', tag: 'a' }, valid: true, after: { state: 'used', tag: ['a'], limit: 10 } },
    {
      given: { state: 'used', tag: ['a', 'b'] },
      valid: true,
      after: { state: 'used', tag: ['a', 'b'], limit: 10 },
    },
    { given: { limit: '5' }, valid: false, after: undefined },
    { given: { state: 'old' }, valid: false, after: undefined },
    { given: { state: 'new', limit: 'five' }, valid: false, after: undefined },
    { given: { state: 'new', limit: '0' }, valid: false, after: undefined },
    { given: { state: 'new', tag: 'too-long-tag' }, valid: false, after: undefined },
  ])('query of listWidgets: $given -> $valid (coerced, defaults filled)', ({ given, valid, after }) => {
    const data = structuredClone(given);
    expect(validator(v.queryValidators, 'listWidgets')(data)).toBe(valid);
    if (after !== undefined) expect(data).toEqual(after);
  });

  it('coerces a boolean query parameter', () => {
    const data = { force: 'true' };
    expect(validator(v.queryValidators, 'deleteWidget')(data)).toBe(true);
    expect(data).toEqual({ force: true });
  });

  it.each([
    { why: 'minimal', given: { name: 'w1' }, valid: true },
    { why: 'nested $ref, default filled', given: { name: 'w1', size: { width: 3 } }, valid: true },
    { why: 'nullable anyOf', given: { name: 'w1', tags: null }, valid: true },
    { why: 'missing required', given: {}, valid: false },
    { why: 'unknown property', given: { name: 'w1', colour: 'red' }, valid: false },
    { why: 'lookahead pattern (?!...) rejects', given: { name: 'a_shelf_b' }, valid: false },
    { why: 'pattern rejects leading dash', given: { name: '-w' }, valid: false },
    { why: 'no coercion in bodies', given: { name: 'w1', size: { width: '3' } }, valid: false },
    { why: 'nested ref rule', given: { name: 'w1', size: { width: 0 } }, valid: false },
    { why: 'maxItems', given: { name: 'w1', tags: ['a', 'b', 'c', 'd'] }, valid: false },
    { why: 'not an object', given: [], valid: false },
  ])('body of createWidget: $why -> $valid', ({ given, valid }) => {
    expect(validator(v.bodyValidators, 'createWidget')(structuredClone(given))).toBe(valid);
  });

  it('reports every error with its instance path', () => {
    const check = v.bodyValidators as Record<string, { (d: unknown): boolean; errors?: unknown[] | null }>;
    const validate = check.createWidget;
    expect(validate?.({ name: '-', size: { width: 'x' }, extra: 1 })).toBe(false);
    const errors = (validate?.errors ?? []) as { instancePath: string; keyword: string }[];
    expect(errors.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual([
      ' additionalProperties',
      '/name pattern',
      '/size/width type',
    ]);
  });

  it('fills defaults in a body', () => {
    const body = { name: 'w1', size: { width: 3 } };
    validator(v.bodyValidators, 'createWidget')(body);
    expect(body).toEqual({ name: 'w1', size: { width: 3, unit: 'cm' } });
  });

  it('has no body validator for operations without a body', () => {
    expect(Object.keys(v.bodyValidators)).toEqual(['createWidget', 'uploadWidgetPhoto', 'uploadManual']);
    expect(Object.keys(v.pathValidators)).toEqual([
      'listWidgets',
      'createWidget',
      'deleteWidget',
      'uploadWidgetPhoto',
      'downloadWidgetPhoto',
      'uploadManual',
      'getMetrics',
    ]);
  });
});
