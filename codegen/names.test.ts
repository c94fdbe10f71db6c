import { describe, expect, it } from 'vitest';
import { docLine, expressPath, handlersName, pascalCase, stamp, tsKey, tsString } from './names.js';

describe('pascalCase', () => {
  it.each([
    { given: 'createProject', want: 'CreateProject' },
    { given: 'getHealth', want: 'GetHealth' },
    { given: 'api-keys', want: 'ApiKeys' },
    { given: 'get_health', want: 'GetHealth' },
    { given: 'backend', want: 'Backend' },
    { given: 'v2 things', want: 'V2Things' },
  ])('$given -> $want', ({ given, want }) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe('handlersName', () => {
  it.each([
    { given: 'backend', want: 'BackendHandlers' },
    { given: 'projects', want: 'ProjectsHandlers' },
    { given: 'api-keys', want: 'ApiKeysHandlers' },
    { given: 'metrics', want: 'MetricsHandlers' },
  ])('$given -> $want', ({ given, want }) => {
    expect(handlersName(given)).toBe(want);
  });
});

describe('expressPath', () => {
  it.each([
    { given: '/health', want: '/health' },
    { given: '/projects/{project_id}', want: '/projects/:project_id' },
    {
      given: '/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}',
      want: '/projects/:project_id/branches/:branch_id/buckets/:bucket_name',
    },
    { given: '/a-b/{x}.json', want: '/a-b/:x.json' },
  ])('$given -> $want', ({ given, want }) => {
    expect(expressPath(given)).toBe(want);
  });

  it.each([
    { given: '/files/{file-name}', why: 'parameter name is not an identifier' },
    { given: '/items/*', why: 'wildcard is Express syntax' },
    { given: '/items/(x)', why: 'parentheses are Express syntax' },
    { given: '/items/a:b', why: 'a colon would start a parameter' },
  ])('rejects $given ($why)', ({ given }) => {
    expect(() => expressPath(given)).toThrow(given);
  });
});

describe('literals', () => {
  it.each([
    { given: 'plain', want: "'plain'" },
    { given: "it's", want: "'it\\'s'" },
    { given: 'back\\slash', want: "'back\\\\slash'" },
    { given: 'two\nlines', want: "'two\\nlines'" },
  ])('tsString($given)', ({ given, want }) => {
    expect(tsString(given)).toBe(want);
  });

  it.each([
    { given: 'backend', want: 'backend' },
    { given: 'api-keys', want: "'api-keys'" },
    { given: '2fa', want: "'2fa'" },
  ])('tsKey($given) -> $want', ({ given, want }) => {
    expect(tsKey(given)).toBe(want);
  });

  it('docLine keeps `*/` from closing the comment and folds whitespace', () => {
    expect(docLine('a */ b\n  c', '  ')).toBe('  /** a *\\/ b c */');
  });

  it('stamp names the spec and the emitter', () => {
    expect(stamp('emit-types')).toBe(
      '// generated from specs/duckapi.json by codegen/emit-types.ts; do not edit',
    );
  });
});
