import type { components } from '../../generated/openapi.js';
import type { TableSchemaHandlers } from '../../generated/rest/operations.js';
import type { ColumnProfile, TableProfile } from '../core/profile/profile-model.js';
import { profileTable } from '../core/profile/profile-table.js';
import type { RestContext } from './context.js';
import { tableRef } from './wire.js';

type Schemas = components['schemas'];

/**
 * profileTable (tag table-schema; POST .../tables/{table_name}/profile?mode=); spread into the
 * tag's resolvers by table-schema.ts. `quality_issues` and `correlations` are always arrays.
 */
export const profileTableResolver: TableSchemaHandlers<RestContext>['profileTable'] = async (
  { path, query },
  ctx,
) => {
  const profile = await profileTable(ctx.storage, tableRef(path), query.mode ?? 'basic', ctx.audit);
  return { status: 200, body: profileJson(profile) };
};

export function profileJson(p: TableProfile): Schemas['TableProfileResponse'] {
  return {
    table_name: p.tableName,
    bucket_name: p.bucketName,
    row_count: p.rowCount,
    column_count: p.columnCount,
    mode: p.mode,
    statistics: p.statistics.map(columnStatisticsJson),
    quality_score: p.qualityScore,
    quality_issues: p.qualityIssues.map((i) => ({ ...i })),
    correlations: p.correlations.map((c) => ({ ...c })),
  };
}

/** Every key present, null when not computed for the column's type or the mode. */
function columnStatisticsJson(c: ColumnProfile): Schemas['ColumnStatistics'] {
  return {
    column_name: c.columnName,
    column_type: c.columnType,
    min: c.min,
    max: c.max,
    approx_unique: c.approxUnique,
    count: c.count,
    null_percentage: c.nullPercentage,
    cardinality_ratio: c.cardinalityRatio,
    cardinality_class: c.cardinalityClass,
    avg: c.avg,
    std: c.std,
    skewness: c.skewness,
    kurtosis: c.kurtosis,
    q01: c.q01,
    q05: c.q05,
    q25: c.q25,
    q50: c.q50,
    q75: c.q75,
    q95: c.q95,
    q99: c.q99,
    outlier_lower_bound: c.outlierLowerBound,
    outlier_upper_bound: c.outlierUpperBound,
    outlier_count: c.outlierCount,
    histogram: c.histogram?.map((b) => ({ ...b })) ?? null,
    avg_length: c.avgLength,
    min_length: c.minLength,
    max_length: c.maxLength,
    empty_count: c.emptyCount,
    whitespace_only_count: c.whitespaceOnlyCount,
    detected_patterns:
      c.detectedPatterns?.map((p) => ({
        pattern: p.pattern,
        match_count: p.matchCount,
        match_percentage: p.matchPercentage,
      })) ?? null,
  };
}
