import { round } from './numbers.js';
import type { CardinalityClass, ColumnProfile, QualityIssue } from './profile-model.js';

/**
 * Cardinality of a column: distinct / non-null (4 decimals) and its class. `constant` is checked
 * before `unique`, so a single value is constant (the reference called it unique); a column
 * without values has no class (the reference said `very_low` and then suggested an ENUM).
 */
export function cardinality(
  distinct: number,
  nonNull: number,
): { ratio: number; class: CardinalityClass | null } {
  if (nonNull === 0) return { ratio: 0, class: null };
  const ratio = round(distinct / nonNull, 4) ?? 0;
  if (distinct === 1) return { ratio, class: 'constant' };
  if (distinct === nonNull) return { ratio, class: 'unique' };
  const raw = distinct / nonNull;
  if (raw > 0.9) return { ratio, class: 'high' };
  if (raw > 0.5) return { ratio, class: 'medium' };
  if (raw > 0.01) return { ratio, class: 'low' };
  return { ratio, class: 'very_low' };
}

/** Outliers above this share of the rows make a warning. */
const OUTLIER_WARNING_SHARE = 0.05;
const HIGH_NULLS_PERCENT = 50;
const SKEWED = 2;

/**
 * The reference's per-column checks, in its order: high_nulls, constant, outliers, skewed,
 * pk_candidate, enum_candidate. `isString` says which columns may get an ENUM hint.
 */
export function qualityIssues(
  columns: readonly ColumnProfile[],
  rowCount: number,
  isString: (c: ColumnProfile) => boolean,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const c of columns) {
    const column = c.columnName;
    if (c.nullPercentage > HIGH_NULLS_PERCENT) {
      issues.push({
        column,
        type: 'high_nulls',
        severity: 'warning',
        message: `Column has ${c.nullPercentage.toFixed(1)}% null values`,
      });
    }
    if (c.cardinalityClass === 'constant') {
      issues.push({
        column,
        type: 'constant',
        severity: 'info',
        message: 'Column has constant value (all rows identical)',
      });
    }
    const outliers = c.outlierCount ?? 0;
    if (rowCount > 0 && outliers / rowCount > OUTLIER_WARNING_SHARE) {
      issues.push({
        column,
        type: 'outliers',
        severity: 'warning',
        message: `${outliers} outliers detected (${((outliers / rowCount) * 100).toFixed(1)}%)`,
      });
    }
    if (c.skewness !== null && Math.abs(c.skewness) > SKEWED) {
      issues.push({
        column,
        type: 'skewed',
        severity: 'info',
        message: `Highly ${c.skewness > 0 ? 'right' : 'left'}-skewed distribution (skewness=${c.skewness.toFixed(2)})`,
      });
    }
    if (c.cardinalityClass === 'unique' && c.nullPercentage === 0) {
      issues.push({
        column,
        type: 'pk_candidate',
        severity: 'info',
        message: '100% unique, non-null - potential primary key',
      });
    }
    if (isString(c) && (c.cardinalityClass === 'low' || c.cardinalityClass === 'very_low')) {
      issues.push({
        column,
        type: 'enum_candidate',
        severity: 'info',
        message: `Only ${c.approxUnique} distinct values - consider ENUM type`,
      });
    }
  }
  return issues;
}

/** 100 − 5 per high_nulls − 2 per outliers warning, within 0–100, 1 decimal. */
export function qualityScore(issues: readonly QualityIssue[]): number {
  let score = 100;
  for (const issue of issues) {
    if (issue.type === 'high_nulls') score -= 5;
    else if (issue.type === 'outliers') score -= 2;
  }
  return round(Math.min(100, Math.max(0, score)), 1) ?? 0;
}
