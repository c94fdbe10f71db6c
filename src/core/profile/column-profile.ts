import { DuckDBDecimalValue, type DuckDBValue } from '@duckdb/node-api';
import { encodeCell } from '../tables/cell-values.js';
import type { BaseStats } from './base-pass.js';
import { type ColumnKind, isNumericKind, type ProfiledColumn } from './column-kinds.js';
import { type BinLayout, histogramBins } from './histogram-bins.js';
import type { Moments } from './moments-pass.js';
import { percentage, round, tidy } from './numbers.js';
import type { ColumnProfile, PatternMatch, ProfileMode, ProfileValue } from './profile-model.js';
import { wantsHistogram } from './profile-model.js';
import { cardinality } from './quality.js';

/** What the passes found for one column; later passes fill in the optional parts. */
export interface ColumnWork {
  column: ProfiledColumn;
  base: BaseStats;
  moments?: Moments;
  fences?: Fences | null;
  layout?: BinLayout | null;
  outlierCount?: number | null;
  bins?: Map<number, number> | null;
  patterns?: PatternMatch[];
}

export interface Fences {
  lower: number;
  upper: number;
}

/** Tukey's fences: q25 − 1.5·IQR and q75 + 1.5·IQR (for DECIMAL too: the values are DOUBLE). */
export function iqrFences(m: Moments): Fences | null {
  if (m.q25 === null || m.q75 === null) return null;
  const iqr = m.q75 - m.q25;
  const lower = m.q25 - 1.5 * iqr;
  const upper = m.q75 + 1.5 * iqr;
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
}

/**
 * One ColumnStatistics: every field present, null when not computed for the column's kind or
 * the mode. Numeric columns in distribution/full always get a histogram array and string
 * columns in quality/full a pattern array ([] when there is nothing to show).
 */
export function columnProfile(w: ColumnWork, rowCount: number, mode: ProfileMode): ColumnProfile {
  const { column, base: b, moments: m } = w;
  const card = cardinality(b.distinct, b.count);
  const text = column.kind === 'string' && b.count > 0;
  let histogram: ColumnProfile['histogram'] = null;
  if (isNumericKind(column.kind) && wantsHistogram(mode)) {
    histogram = w.layout == null || w.bins == null ? [] : histogramBins(w.layout, w.bins);
  }
  const q = (v: number | null | undefined) => (v === null || v === undefined ? null : tidy(v));
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
    q01: q(m?.q01),
    q05: q(m?.q05),
    q25: q(m?.q25),
    q50: q(m?.q50),
    q75: q(m?.q75),
    q95: q(m?.q95),
    q99: q(m?.q99),
    outlierLowerBound: round(w.fences?.lower ?? null, 4),
    outlierUpperBound: round(w.fences?.upper ?? null, 4),
    outlierCount: w.outlierCount ?? null,
    histogram,
    // Over non-null values; 0 is reported as 0 (the reference sent null for an average of 0).
    avgLength: text ? round(b.avgLength, 1) : null,
    minLength: text ? b.minLength : null,
    maxLength: text ? b.maxLength : null,
    emptyCount: text ? b.emptyCount : null,
    whitespaceOnlyCount: text ? b.whitespaceOnlyCount : null,
    detectedPatterns: w.patterns ?? null,
  };
}

/**
 * min/max as the contract states them: JSON numbers for every numeric type (DECIMAL too; the
 * reference sent its text; bigint past 2^53, written as exact digits), booleans for BOOLEAN, and
 * the preview's cell text for the rest (ISO-8601 timestamps, UUID text, base64 BLOBs, JSON text
 * of nested values).
 */
export function displayValue(kind: ColumnKind, value: DuckDBValue): ProfileValue {
  if (value === null) return null;
  if (value instanceof DuckDBDecimalValue) return Number(value.toString());
  const cell = encodeCell(value);
  if (cell === null || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' || typeof cell === 'bigint') return isNumericKind(kind) ? cell : String(cell);
  return JSON.stringify(cell, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
