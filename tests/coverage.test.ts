import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every reference operation of the tags this issue covers must be in our spec (same method + path). */
const TAGS = ['backend', 'projects', 'api-keys', 'buckets', 'tables'];
const referencePath = new URL('../../shared/reference/duckapi.json', import.meta.url);

type Doc = { paths: Record<string, Record<string, { tags?: string[]; operationId?: string }>> };
const ours = JSON.parse(readFileSync(new URL('../specs/duckapi.json', import.meta.url), 'utf8')) as Doc;

function operations(doc: Doc, tags?: string[]): string[] {
  const out: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (tags === undefined || (op.tags ?? []).some((t) => tags.includes(t)))
        out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out.sort();
}

describe('spec coverage of the reference', () => {
  it('has the reference file beside the project', () => {
    expect(existsSync(referencePath)).toBe(true);
  });

  it('declares every reference operation of backend, projects, api-keys, buckets, tables and GET /metrics', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as Doc;
    const wanted = [...operations(reference, TAGS), 'GET /metrics'];
    expect(wanted.length).toBe(24);
    const missing = wanted.filter((op) => !operations(ours).includes(op));
    expect(missing).toEqual([]);
  });

  it('declares every reference operation of workspaces and pgwire-internal', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as Doc;
    const wanted = operations(reference, ['workspaces', 'pgwire-internal']);
    expect(wanted).toHaveLength(19);
    expect(wanted.filter((op) => !operations(ours).includes(op))).toEqual([]);
  });

  it("declares the reference's s3-compat operations, served by the S3 adapter (x-duckstorage-protocol)", () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as Doc;
    const wanted = operations(reference, ['s3-compat']);
    expect(wanted).toHaveLength(6);
    expect(wanted.filter((op) => !operations(ours).includes(op))).toEqual([]);
    for (const [path, methods] of Object.entries(ours.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const s3 = (op as Record<string, unknown>)['x-duckstorage-protocol'] === 's3';
        expect([`${method} ${path}`, s3]).toEqual([
          `${method} ${path}`,
          (op.tags ?? []).includes('s3-compat'),
        ]);
      }
    }
  });

  it('uses camelCase operationIds, unique', () => {
    const ids = Object.values(ours.paths).flatMap((m) => Object.values(m).map((op) => op.operationId ?? ''));
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
