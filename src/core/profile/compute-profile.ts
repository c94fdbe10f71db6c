import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableEntry } from '../catalog/catalog.js';
import { basePass } from './base-pass.js';
import { isNumericKind, profiledColumn } from './column-kinds.js';
import { type ColumnWork, columnProfile, iqrFences } from './column-profile.js';
import { correlationPairs, strongestCorrelations } from './correlations.js';
import { binLayout } from './histogram-bins.js';
import { momentsPass } from './moments-pass.js';
import { patternPass } from './pattern-pass.js';
import {
  type Correlation,
  type ProfileMode,
  type TableProfile,
  wantsHistogram,
  wantsQuality,
} from './profile-model.js';
import { qualityIssues, qualityScore } from './quality.js';
import { spreadPass } from './spread-pass.js';

/**
 * The profile of the table `from` (an attached `alias.main.data`) on one connection: at most
 * four aggregate scans, each over every column at once, each skipped when it has nothing to do.
 */
export async function computeProfile(
  conn: DuckDBConnection,
  from: string,
  table: TableEntry,
  mode: ProfileMode,
): Promise<TableProfile> {
  const columns = table.columns.map(profiledColumn);

  // 1: counts, min/max, ranges, string lengths.
  const { rowCount, stats } = await basePass(conn, from, columns);
  const work: ColumnWork[] = columns.flatMap((column, i) => {
    const base = stats[i];
    return base === undefined ? [] : [{ column, base }];
  });
  const numeric = work.filter((w) => isNumericKind(w.column.kind));
  const measured = numeric.filter((w) => w.base.finiteCount > 0);

  // 2: moments and quantiles; correlations in quality/full.
  const pairs = wantsQuality(mode) && rowCount > 0 ? correlationPairs(numeric) : [];
  let correlations: Correlation[] = [];
  if (measured.length > 0 || pairs.length > 0) {
    const result = await momentsPass(conn, from, measured, pairs);
    measured.forEach((w, i) => {
      const m = result.moments[i];
      if (m !== undefined) w.moments = m;
    });
    correlations = strongestCorrelations(pairs, result.correlations);
  }

  // 3: outliers beyond the IQR fences; histograms in distribution/full.
  for (const w of measured) {
    w.fences = w.moments === undefined ? null : iqrFences(w.moments);
    w.layout = wantsHistogram(mode)
      ? binLayout(w.base.finiteMin, w.base.finiteMax, w.base.distinct, w.column.kind === 'integer')
      : null;
  }
  const spreading = measured.filter((w) => w.fences != null || w.layout != null);
  if (spreading.length > 0) {
    const inputs = spreading.map((w) => ({
      x: w.column.finite ?? 'NULL',
      fences: w.fences ?? null,
      layout: w.layout ?? null,
    }));
    const result = await spreadPass(conn, from, inputs);
    spreading.forEach((w, i) => {
      w.outlierCount = result[i]?.outlierCount ?? null;
      w.bins = result[i]?.bins ?? null;
    });
  }

  // 4: text patterns in quality/full.
  if (wantsQuality(mode)) {
    const strings = work.filter((w) => w.column.kind === 'string');
    for (const w of strings) w.patterns = [];
    const texts = strings.filter((w) => w.base.count > 0);
    if (texts.length > 0) {
      const found = await patternPass(
        conn,
        from,
        texts.map((w) => ({ column: w.column, count: w.base.count })),
      );
      texts.forEach((w, i) => {
        w.patterns = found[i] ?? [];
      });
    }
  }

  const statistics = work.map((w) => columnProfile(w, rowCount, mode));
  const strings = new Set(work.filter((w) => w.column.kind === 'string').map((w) => w.column.info.name));
  const issues = qualityIssues(statistics, rowCount, (c) => strings.has(c.columnName));
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
