// specs/proto/ must be wire-compatible with both reference proto sets (../shared/reference/proto:
// the reference service's, proto-keboola: Keboola's current ones): every message, field (name,
// number, type, label, message/enum type) and enum value of each is in ours, unchanged.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DescriptorProto, EnumDescriptorProto, FileDescriptorSet } from '@bufbuild/protobuf/wkt';
import { describe, expect, it } from 'vitest';
import { compileProtos, PROTO_ROOT } from '../codegen/grpc-protoc.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const REFERENCE = resolve(ROOT, '..', 'shared', 'reference');

/** A reference set holds its files at the top: compile it as the include root's `proto/`. */
function referenceSet(name: string): FileDescriptorSet {
  const dir = join(REFERENCE, name);
  if (!existsSync(dir)) throw new Error(`${dir} is missing (shared/ beside the repository)`);
  const root = mkdtempSync(join(tmpdir(), 'proto-ref-'));
  try {
    cpSync(dir, join(root, 'proto'), { recursive: true, filter: (src) => !src.endsWith('.md') });
    return compileProtos(root, BIN, { ts: false }).descriptors;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Full name -> a comparable shape of every message field and enum value. */
function shapes(set: FileDescriptorSet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const addEnum = (prefix: string, e: EnumDescriptorProto) =>
    out.set(
      `${prefix}.${e.name}`,
      e.value.map((v) => `${v.name}=${v.number}`),
    );
  const addMessage = (prefix: string, m: DescriptorProto) => {
    const name = `${prefix}.${m.name}`;
    out.set(
      name,
      m.field.map((f) => `${f.name}=${f.number} ${f.label} ${f.type} ${f.typeName} ${f.oneofIndex ?? ''}`),
    );
    for (const nested of m.nestedType) addMessage(name, nested);
    for (const e of m.enumType) addEnum(name, e);
  };
  for (const file of set.file) {
    if (file.name.startsWith('google/')) continue;
    for (const m of file.messageType) addMessage(file.package, m);
    for (const e of file.enumType) addEnum(file.package, e);
  }
  return out;
}

/** The reference service's bigQuery placeholders use int64 where Keboola's use string (see specs/proto). */
const KNOWN_DIFFERENCES = new Set([
  'keboola.storageDriver.backend.bigQuery.TimePartitioning',
  'keboola.storageDriver.backend.bigQuery.RangePartitioning.Range',
]);

describe('specs/proto wire compatibility', () => {
  const ours = shapes(compileProtos(join(ROOT, PROTO_ROOT), BIN, { ts: false }).descriptors);

  it.each(['proto', 'proto-keboola'])('holds every message, field and enum value of reference/%s', (set) => {
    const theirs = shapes(referenceSet(set));
    const problems: string[] = [];
    for (const [name, fields] of theirs) {
      const mine = ours.get(name);
      if (mine === undefined) {
        problems.push(`missing ${name}`);
        continue;
      }
      if (KNOWN_DIFFERENCES.has(name)) continue;
      for (const field of fields) if (!mine.includes(field)) problems.push(`${name}: ${field} differs`);
    }
    expect(problems).toEqual([]);
    expect(theirs.size).toBeGreaterThan(100);
  });

  it('adds nothing on the wire beyond the union of both sets', () => {
    const union = new Map<string, Set<string>>();
    for (const set of ['proto', 'proto-keboola']) {
      for (const [name, fields] of shapes(referenceSet(set))) {
        const all = union.get(name) ?? new Set<string>();
        for (const f of fields) all.add(f);
        union.set(name, all);
      }
    }
    const extra: string[] = [];
    for (const [name, fields] of ours) {
      const known = union.get(name);
      if (known === undefined) extra.push(`message ${name}`);
      else if (!KNOWN_DIFFERENCES.has(name))
        for (const f of fields) if (!known.has(f)) extra.push(`${name}: ${f}`);
    }
    expect(extra).toEqual([]);
  });
});
