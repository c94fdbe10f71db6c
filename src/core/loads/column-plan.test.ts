import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { type PlanInput, planColumns, type TargetColumn } from './column-plan.js';

const column = (name: string, i: number, extra: Partial<TargetColumn> = {}): TargetColumn => ({
  name,
  type: 'VARCHAR',
  nullable: true,
  ordinalPosition: i + 1,
  hasDefault: false,
  inPrimaryKey: false,
  ...extra,
});
const target = [
  column('id', 0, { nullable: false, inPrimaryKey: true }),
  column('name', 1),
  column('tag', 2, { nullable: false, hasDefault: true }),
];
const input = (sourceNames: string[] | null, only: string[] | null = null): PlanInput => ({
  table: 't',
  target,
  sourceNames,
  only,
  noun: 'header',
  unknown: 'refuse',
});
const names = (cs: (TargetColumn | null)[]) => cs.map((c) => c?.name ?? null);
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof StorageError ? [error.reason, error.details] : error;
  }
  return 'no error';
};

describe('planColumns', () => {
  it('matches by name ignoring case, in source order', () => {
    const plan = planColumns(input(['NAME', 'Id']));
    expect(names(plan.fields)).toEqual(['name', 'id']);
    expect(names(plan.loaded)).toEqual(['name', 'id']);
  });

  it('maps a headerless source by table order, or by import_options.columns', () => {
    expect(names(planColumns(input(null)).fields)).toEqual(['id', 'name', 'tag']);
    expect(names(planColumns(input(null, ['name', 'id'])).fields)).toEqual(['name', 'id']);
  });

  it('skips source fields outside import_options.columns', () => {
    const plan = planColumns(input(['id', 'extra', 'name'], ['id']));
    expect(names(plan.fields)).toEqual(['id', null, null]);
    expect(names(plan.loaded)).toEqual(['id']);
  });

  it('refuses duplicates, unknown names and missing required columns, naming them', () => {
    expect(reason(() => planColumns(input(['id', 'ID'])))).toEqual([
      'duplicate_columns',
      { duplicate_columns: ['ID'] },
    ]);
    expect(reason(() => planColumns(input(['id', 'x', 'y'])))).toEqual([
      'unknown_columns',
      { unknown_columns: ['x', 'y'], table_columns: ['id', 'name', 'tag'] },
    ]);
    expect(reason(() => planColumns(input(['name'])))).toEqual([
      'missing_columns',
      { missing_columns: ['id'] },
    ]);
    expect(reason(() => planColumns(input(['id'], ['id', 'name'])))).toEqual([
      'missing_columns',
      { missing_columns: ['name'] },
    ]);
    expect((reason(() => planColumns(input(['id'], ['nope']))) as unknown[])[0]).toBe('column_not_found');
    expect(reason(() => planColumns(input(null, ['name'])))).toEqual([
      'missing_columns',
      { missing_columns: ['id'] },
    ]);
  });

  it('ignores unknown names when asked (table to table)', () => {
    expect(names(planColumns({ ...input(['id', 'other']), unknown: 'ignore' }).loaded)).toEqual(['id']);
  });
});
