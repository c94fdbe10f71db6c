import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { applyPatch, resolveLayers, SYSTEM_DEFAULTS, validatePatch } from './settings-model.js';

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return error instanceof StorageError ? error.reason : String(error);
  }
  return 'no error';
};

describe('snapshot settings model', () => {
  it('merges a patch: present keys replace, null unsets, empty groups disappear', () => {
    const local = { enabled: false, retention: { manual_days: 5, auto_days: 2 } };
    expect(applyPatch(local, { retention: { auto_days: null } })).toEqual({
      enabled: false,
      retention: { manual_days: 5 },
    });
    expect(applyPatch(local, { retention: null, enabled: null })).toEqual({});
    expect(applyPatch(local, { auto_snapshot_triggers: { drop_column: true } })).toEqual({
      ...local,
      auto_snapshot_triggers: { drop_column: true },
    });
    expect(applyPatch({}, { auto_snapshot_triggers: { drop_table: null } })).toEqual({});
  });

  it('resolves the most specific level and names it', () => {
    const { effective, inheritance } = resolveLayers([
      { level: 'project', config: { retention: { auto_days: 3 }, enabled: false } },
      { level: 'bucket', config: undefined },
      { level: 'table', config: { enabled: true } },
    ]);
    expect(effective).toEqual({
      ...SYSTEM_DEFAULTS,
      retention: { manual_days: 90, auto_days: 3 },
      enabled: true,
    });
    expect(inheritance['retention.auto_days']).toBe('project');
    expect(inheritance['retention.manual_days']).toBe('system');
    expect(inheritance.enabled).toBe('table');
    // The defaults object itself is never changed by a resolution.
    expect(SYSTEM_DEFAULTS.retention.auto_days).toBe(7);
  });

  it('validates as the contract does, for callers without a schema validator (gRPC)', () => {
    expect(reasonOf(() => validatePatch({ triggers: {} }))).toBe('unknown_field');
    expect(reasonOf(() => validatePatch({ retention: { days: 1 } }))).toBe('unknown_field');
    expect(reasonOf(() => validatePatch({ enabled: 'yes' }))).toBe('invalid_type');
    expect(reasonOf(() => validatePatch({ retention: { manual_days: 1.5 } }))).toBe('invalid_type');
    expect(reasonOf(() => validatePatch({ retention: { manual_days: 0 } }))).toBe('invalid_config');
    expect(reasonOf(() => validatePatch({ retention: { auto_days: 3651 } }))).toBe('invalid_config');
    expect(validatePatch({ retention: { manual_days: 3650, auto_days: null }, enabled: null })).toBeDefined();
  });
});
