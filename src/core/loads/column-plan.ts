import { nameKey } from '../catalog/names.js';
import { invalidArgument } from '../errors.js';
import type { ColumnInfo } from '../model.js';

/** A column of the target table as a load sees it. */
export interface TargetColumn extends ColumnInfo {
  hasDefault: boolean;
  inPrimaryKey: boolean;
}

/**
 * Which source field feeds which target column. Sources are matched by NAME, ignoring case
 * (reference pitfall: positional mapping silently swapped same-typed columns); a headerless CSV
 * maps by position onto the loaded columns in table order (or `import_options.columns` order).
 */
export interface ColumnPlan {
  /** Per source field, in source order: the target it fills, or null (skipped). */
  fields: (TargetColumn | null)[];
  /** The target columns filled, in source order. */
  loaded: TargetColumn[];
}

export interface PlanInput {
  table: string;
  target: TargetColumn[];
  /** Source field names in source order; null for a headerless CSV. */
  sourceNames: string[] | null;
  /** `import_options.columns`. */
  only: string[] | null;
  /** Word for the source's names in messages: `header`, `Parquet field`, `source column`. */
  noun: string;
  /** Source names outside the table are refused (files), or ignored (table to table). */
  unknown: 'refuse' | 'ignore';
}

export function planColumns(input: PlanInput): ColumnPlan {
  const byKey = new Map(input.target.map((c) => [nameKey(c.name), c]));
  const selected = input.only === null ? null : selectColumns(input, byKey);
  let plan: ColumnPlan;
  if (input.sourceNames === null) {
    const loaded = selected ?? input.target;
    plan = { fields: [...loaded], loaded: [...loaded] };
  } else {
    plan = matchNames(input, input.sourceNames, byKey, selected);
  }
  checkRequired(input, plan.loaded);
  return plan;
}

function selectColumns(input: PlanInput, byKey: Map<string, TargetColumn>): TargetColumn[] {
  const out: TargetColumn[] = [];
  for (const name of input.only ?? []) {
    const column = byKey.get(nameKey(name));
    if (column === undefined) {
      throw invalidArgument('column_not_found', `Column '${name}' not found in table ${input.table}`, {
        column: name,
        existing_columns: input.target.map((c) => c.name),
      });
    }
    if (out.includes(column)) {
      throw invalidArgument('duplicate_columns', `import_options.columns lists '${name}' twice`, {
        duplicate_columns: [name],
      });
    }
    out.push(column);
  }
  return out;
}

function matchNames(
  input: PlanInput,
  names: string[],
  byKey: Map<string, TargetColumn>,
  selected: TargetColumn[] | null,
): ColumnPlan {
  const seen = new Map<string, number>();
  const duplicates = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (seen.has(key)) duplicates.add(name);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  if (duplicates.size > 0) {
    const list = [...duplicates];
    throw invalidArgument(
      'duplicate_columns',
      `The ${input.noun} names ${quoted(list)} more than once (names ignore case)`,
      { duplicate_columns: list },
    );
  }
  const wanted = selected === null ? null : new Set(selected);
  const unknown: string[] = [];
  const fields = names.map((name) => {
    const column = byKey.get(nameKey(name));
    if (column === undefined) {
      if (wanted === null && input.unknown === 'refuse') unknown.push(name);
      return null;
    }
    return wanted === null || wanted.has(column) ? column : null;
  });
  if (unknown.length > 0) {
    throw invalidArgument(
      'unknown_columns',
      `The ${input.noun} names ${quoted(unknown)}, not columns of table ${input.table} (its columns: ${input.target.map((c) => c.name).join(', ')}); rename them or list the columns to load in import_options.columns`,
      { unknown_columns: unknown, table_columns: input.target.map((c) => c.name) },
    );
  }
  const loaded = fields.filter((c): c is TargetColumn => c !== null);
  if (selected !== null) {
    const absent = selected.filter((c) => !loaded.includes(c)).map((c) => c.name);
    if (absent.length > 0) {
      throw invalidArgument(
        'missing_columns',
        `import_options.columns lists ${quoted(absent)}, absent from the ${input.noun} names`,
        { missing_columns: absent },
      );
    }
  }
  if (loaded.length === 0) {
    throw invalidArgument(
      'missing_columns',
      `No ${input.noun} name matches a column of table ${input.table}`,
      {
        missing_columns: input.target.map((c) => c.name),
      },
    );
  }
  return { fields, loaded };
}

/** Columns not loaded must be able to take a value of their own (nullable or a default). */
function checkRequired(input: PlanInput, loaded: TargetColumn[]): void {
  const missing = input.target
    .filter((c) => !loaded.includes(c) && !c.hasDefault && (!c.nullable || c.inPrimaryKey))
    .map((c) => c.name);
  if (missing.length > 0) {
    throw invalidArgument(
      'missing_columns',
      `Table ${input.table} requires ${quoted(missing)} (NOT NULL or primary key, without a default), not provided by the ${input.noun} names`,
      { missing_columns: missing },
    );
  }
}

const quoted = (names: string[]): string => names.map((n) => `'${n}'`).join(', ');
