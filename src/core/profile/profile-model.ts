/** Results of profileTable (core, camelCase; the REST wire form is TableProfileResponse). */

export const PROFILE_MODES = ['basic', 'distribution', 'quality', 'full'] as const;
export type ProfileMode = (typeof PROFILE_MODES)[number];

/** distribution and full add histograms; quality and full add patterns and correlations. */
export const wantsHistogram = (mode: ProfileMode): boolean => mode === 'distribution' || mode === 'full';
export const wantsQuality = (mode: ProfileMode): boolean => mode === 'quality' || mode === 'full';

export type CardinalityClass = 'unique' | 'constant' | 'high' | 'medium' | 'low' | 'very_low';

/** min/max: number for numeric columns (bigint past 2^53), boolean for BOOLEAN, text otherwise. */
export type ProfileValue = number | bigint | boolean | string | null;

export interface HistogramBin {
  /** Inclusive. */
  lower: number;
  /** Exclusive, except for the last bin of a float/decimal column (inclusive). */
  upper: number;
  count: number;
}

export interface PatternMatch {
  pattern: string;
  matchCount: number;
  /** Of the non-null values, 1 decimal. */
  matchPercentage: number;
}

export interface Quantiles {
  q01: number | null;
  q05: number | null;
  q25: number | null;
  q50: number | null;
  q75: number | null;
  q95: number | null;
  q99: number | null;
}

export interface NumericStats extends Quantiles {
  avg: number | null;
  std: number | null;
  skewness: number | null;
  kurtosis: number | null;
  outlierLowerBound: number | null;
  outlierUpperBound: number | null;
  outlierCount: number | null;
}

export interface StringStats {
  avgLength: number | null;
  minLength: number | null;
  maxLength: number | null;
  emptyCount: number | null;
  whitespaceOnlyCount: number | null;
}

export interface ColumnProfile extends NumericStats, StringStats {
  columnName: string;
  columnType: string;
  min: ProfileValue;
  max: ProfileValue;
  /** Exact distinct count of the non-null values (the name is the reference's). */
  approxUnique: number;
  /** Non-null values. */
  count: number;
  nullPercentage: number;
  cardinalityRatio: number;
  /** null for a column without values. */
  cardinalityClass: CardinalityClass | null;
  /** Numeric columns in distribution/full, else null. */
  histogram: HistogramBin[] | null;
  /** String columns in quality/full, else null. */
  detectedPatterns: PatternMatch[] | null;
}

export type QualityIssueType =
  | 'high_nulls'
  | 'constant'
  | 'outliers'
  | 'skewed'
  | 'pk_candidate'
  | 'enum_candidate';

export interface QualityIssue {
  column: string;
  type: QualityIssueType;
  severity: 'info' | 'warning';
  message: string;
}

export interface Correlation {
  column1: string;
  column2: string;
  correlation: number;
  strength: 'strong' | 'moderate';
}

export interface TableProfile {
  tableName: string;
  bucketName: string;
  rowCount: number;
  columnCount: number;
  mode: ProfileMode;
  statistics: ColumnProfile[];
  qualityScore: number;
  qualityIssues: QualityIssue[];
  /** [] in basic/distribution mode and when no pair qualifies. */
  correlations: Correlation[];
}
