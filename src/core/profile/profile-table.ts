import { type DuckDBConnection, DuckDBDecimalValue, type DuckDBValue } from '@duckdb/node-api';
import { logOperation } from '../audit.js';
import type { TableEntry } from '../catalog/catalog.js';
import { withQueryTimeout } from '../db/query-timeout.js';
import { invalidArgument, StorageError } from '../errors.js';
import { duckdbFailure } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import { encodeCell } from '../tables/cell-values.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { tableLockKey, tablePath } from '../tables/table-stats.js';
import { type BaseStats, basePass } from './base-pass.js';
import { type ColumnKind, isNumericKind, type ProfiledColumn, profiledColumn } from './column-kinds.js';
import { binLayout, histogramBins } from './histogram-bins.js';
import { type Moments, momentsPass, type NumericInput } from './moments-pass.js';
import { percentage, round, tidy } from './numbers.js';
import { patternPass } from './pattern-pass.js';
import {
  type ColumnProfile,
  type Correlation,
  PROFILE_MODES,
  type ProfileMode,
  type ProfileValue,
  type TableProfile,
  wantsHistogram,
  wantsQuality,
} from './profile-model.js';
import { cardinality, qualityIssues, qualityScore } from './quality.js';
import { type Spread, type SpreadInput, spreadPass } from './spread-pass.js';

/** Correlations: pairs among the first 10 numeric columns; |r| above 0.3 kept, the 20 strongest. */
const CORRELATION_COLUMNS = 10;
const CORRELATION_MIN = 0.3;
const CORRELATION_STRONG = 0.7;
const CORRELATION_TOP = 20;

/**
 * profileTable: per-column statistics of a table in at most four aggregate scans (base stats;
 * moments, quantiles and correlations; outliers and histograms; text patterns), whatever the
 * column count; the reference ran up to 9 scans per column. Runs under the table's read lock
 * on a pooled connection, bounded as a whole by QUERY_TIMEOUT_MS, and logs `profile_table`.
 */
export async function profileTable(
  s: Storage,
  ref: TableRef,
  mode: ProfileMode,
  audit: AuditContext,
): Promise<TableProfile> {
  const startedAt = Date.now();
  if (!PROFILE_MODES.includes(mode)) {
    throw invalidArgument('invalid_request', `mode must be one of ${PROFILE_MODES.join(', ')}`, { mode });
  }
  const first = requireTable(s, ref);
  const profile = await s.locks.withRead(tableLockKey(ref.projectId, first.bucket, first.name), async () => {
    // Again under the lock: a write queued ahead of us may have re-created the table.
    const table = requireTable(s, ref);
    const lease = await s.files.lease(tablePath(s, table));
    try {
      return await s.pool.use((conn) =>
        withQueryTimeout(conn, s.config.queryTimeoutMs, () =>
          computeProfile(conn, `${lease.alias}.main.data`, table, mode),
        ),
      );
    } catch (error) {
      throw profileFailure(s, error);
    } finally {
      lease.release();
    }
  });
  await logOperation(s, audit, {
    operation: 'profile_table',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: {
      row_count: profile.rowCount,
      column_count: profile.columnCount,
      mode,
      quality_score: profile.qualityScore,
      branch_id: ref.branchId,
    },
    startedAt,
  });
  return profile;
}

/**
 * Our SQL over the table's own columns: a DuckDB error is a bug of ours, not bad input (the
 * reference's `profile_table_failed`, with the cause kept for the log). Timeouts and
 * unavailability keep their own codes.
 */
function profileFailure(s: Storage, error: unknown): StorageError {
  const mapped = duckdbFailure(s, error);
  if (mapped.code !== 'INTERNAL' && mapped.code !== 'INVALID_ARGUMENT') return mapped;
  if (error instanceof StorageError && error.code !== 'INTERNAL') return error;
  return new StorageError('INTERNAL', 'profile_table_failed', 'Failed to profile table', {
    cause: error,
    ...(mapped.details === undefined ? {} : { details: mapped.details }),
  });
}

async function computeProfile(
  conn: DuckDBConnection,
  from: string,
  table: TableEntry,
  mode: ProfileMode,
): Promise<TableProfile> {
  const columns = table.columns.map(profiledColumn);
  const { rowCount, stats: base } = await basePass(conn, from, columns);
  const inputs = columns.map((column, i) => ({ column, base: base[i] as BaseStats }));
  const numericInputs = inputs.filter((n) => isNumericKind(n.column.kind));

  // Pass 2: moments of numeric columns with values, correlations of the first 10 numeric ones.
  const withValues = numericInputs.filter((n) => n.base.finiteCount > 0);
  const pairs: [NumericInput, NumericInput][] = [];
  if (wantsQuality(mode) && rowCount > 0) {
    const candidates = numericInputs.slice(0, CORRELATION_COLUMNS);
    candidates.forEach((a, i) => {
      for (const b of candidates.slice(i + 1)) {
        if (a.base.finiteCount > 1 && b.base.finiteCount > 1) pairs.push([a, b]);
      }
    });
  }
  const moments = new Map<ProfiledColumn, Moments>();
  let correlations: Correlation[] = [];
  if (withValues.length > 0 || pairs.length > 0) {
    const result = await momentsPass(conn, from, withValues, pairs);
    withValues.forEach((n, i) => {
      const m = result.moments[i];
      if (m !== undefined) moments.set(n.column, m);
    });
    correlations = strongest(pairs, result.correlations);
  }

  // Pass 3: IQR outliers and histograms.
  const spreadInputs: { column: ProfiledColumn; input: SpreadInput; fences: Fences | null }[] = [];
  for (const n of withValues) {
    const m = moments.get(n.column);
    const fences = m === undefined ? null : iqrFences(m);
    const layout = wantsHistogram(mode)
      ? binLayout(n.base.finiteMin, n.base.finiteMax, n.base.distinct, n.column.kind === 'integer')
      : null;
    spreadInputs.push({
      column: n.column,
      fences,
      input: { x: n.column.finite ?? 'NULL', fences, layout },
    });
  }
  const spreads = new Map<ProfiledColumn, { spread: Spread; input: (typeof spreadInputs)[number] }>();
  if (spreadInputs.some((i) => i.fences !== null || i.input.layout !== null)) {
    const result = await spreadPass(
      conn,
      from,
      spreadInputs.map((i) => i.input),
    );
    spreadInputs.forEach((input, i) => {
      const spread = result[i];
      if (spread !== undefined) spreads.set(input.column, { spread, input });
    });
  }

  // Pass 4: text patterns.
  const patterns = new Map<ProfiledColumn, ColumnProfile['detectedPatterns']>();
  if (wantsQuality(mode)) {
    const strings = inputs.filter((n) => n.column.kind === 'string');
    const withText = strings.filter((n) => n.base.count > 0);
    const found =
      withText.length === 0
        ? []
        : await patternPass(
            conn,
            from,
            withText.map((n) => ({
              column: n.column,
              count: n.base.count,
            })),
          );
    for (const n of strings) patterns.set(n.column, []);
    withText.forEach((n, i) => {
      patterns.set(n.column, found[i] ?? []);
    });
  }

  const statistics = inputs.map(({ column, base: b }): ColumnProfile => {
    const card = cardinality(b.distinct, b.count);
    const m = moments.get(column);
    const sp = spreads.get(column);
    const numeric = isNumericKind(column.kind);
    const string = column.kind === 'string' && b.count > 0;
    let histogram: ColumnProfile['histogram'] = null;
    if (numeric && wantsHistogram(mode)) {
      const layout = sp?.input.input.layout ?? null;
      histogram = layout === null || sp?.spread.bins == null ? [] : histogramBins(layout, sp.spread.bins);
    }
    return {
      columnName: column.info.name,
      columnType: column.info.type,
      min: displayValue(column.kind, b.min),
      max: displayValue(column.kind, b.max),
      approxUnique: b.distinct,
      count: b.count,
      nullPercentage: round(percentage(rowCount - b.count, rowCount), 2) ?? 0,
      cardinalityRatio: card.ratio,
      cardinalityClass: card.class,
      avg: round(m?.avg ?? null, 4),
      std: round(m?.std ?? null, 4),
      skewness: round(m?.skewness ?? null, 4),
      kurtosis: round(m?.kurtosis ?? null, 4),
      q01: tidyOrNull(m?.q01),
      q05: tidyOrNull(m?.q05),
      q25: tidyOrNull(m?.q25),
      q50: tidyOrNull(m?.q50),
      q75: tidyOrNull(m?.q75),
      q95: tidyOrNull(m?.q95),
      q99: tidyOrNull(m?.q99),
      outlierLowerBound: round(sp?.input.fences?.lower ?? null, 4),
      outlierUpperBound: round(sp?.input.fences?.upper ?? null, 4),
      outlierCount: sp?.spread.outlierCount ?? null,
      histogram,
      avgLength: string ? round(b.avgLength, 1) : null,
      minLength: string ? b.minLength : null,
      maxLength: string ? b.maxLength : null,
      emptyCount: string ? b.emptyCount : null,
      whitespaceOnlyCount: string ? b.whitespaceOnlyCount : null,
      detectedPatterns: patterns.get(column) ?? null,
    };
  });
  const kinds = new Map(inputs.map((n) => [n.column.info.name, n.column.kind]));
  const issues = qualityIssues(statistics, rowCount, (c) => kinds.get(c.columnName) === 'string');
  return {
    tableName: table.name,
    bucketName: table.bucket,
    rowCount,
    columnCount: columns.length,
    mode,
    statistics,
    qualityScore: qualityScore(issues),
    qualityIssues: issues,
    correlations,
  };
}

interface Fences {
  lower: number;
  upper: number;
}

/** Tukey's fences: q25 − 1.5·IQR and q75 + 1.5·IQR. */
function iqrFences(m: Moments): Fences | null {
  if (m.q25 === null || m.q75 === null) return null;
  const iqr = m.q75 - m.q25;
  const lower = m.q25 - 1.5 * iqr;
  const upper = m.q75 + 1.5 * iqr;
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
}

function strongest(pairs: readonly [NumericInput, NumericInput][], values: readonly (number | null)[]) {
  const kept: { r: number; c: Correlation }[] = [];
  pairs.forEach(([a, b], i) => {
    const r = values[i] ?? null;
    if (r === null || Math.abs(r) <= CORRELATION_MIN) return;
    kept.push({
      r,
      c: {
        column1: a.column.info.name,
        column2: b.column.info.name,
        correlation: round(r, 4) ?? 0,
        strength: Math.abs(r) > CORRELATION_STRONG ? 'strong' : 'moderate',
      },
    });
  });
  // Array.prototype.sort is stable: equal strengths keep the column order.
  kept.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
  return kept.slice(0, CORRELATION_TOP).map((k) => k.c);
}

const tidyOrNull = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : tidy(v);

/**
 * min/max as the contract states them: JSON numbers for every numeric type (DECIMAL too; the
 * reference sent its text), booleans for BOOLEAN, and the preview's cell text for the rest
 * (ISO-8601 timestamps, UUID text, base64 BLOBs, JSON text of nested values).
 */
function displayValue(kind: ColumnKind, value: DuckDBValue): ProfileValue {
  if (value === null) return null;
  if (value instanceof DuckDBDecimalValue) return Number(value.toString());
  const cell = encodeCell(value);
  if (cell === null || typeof cell !== 'object') {
    if (isNumericKind(kind) || kind === 'boolean' || typeof cell !== 'number') return cell;
    return String(cell);
  }
  return JSON.stringify(cell, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
