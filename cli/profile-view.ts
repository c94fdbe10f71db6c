// How `tables profile` shows profileTable's answer: a header with the quality score and the
// reference CLI's label (>= 90 Excellent, >= 75 Good, >= 50 Fair, else Poor), one row per column
// with short alerts, then the issues, and per mode the correlations, binned histograms and
// detected patterns.
import type { components } from '../generated/openapi.js';
import { cellText, renderTable } from './output.js';

type Profile = components['schemas']['TableProfileResponse'];
type Stats = components['schemas']['ColumnStatistics'];

export function qualityLabel(score: number): 'Excellent' | 'Good' | 'Fair' | 'Poor' {
  if (score >= 90) return 'Excellent';
  if (score >= 75) return 'Good';
  if (score >= 50) return 'Fair';
  return 'Poor';
}

/** Short alert codes per issue type (the reference CLI's, plus NULLS). */
const ALERTS: Record<string, string> = {
  pk_candidate: 'PK?',
  enum_candidate: 'ENUM?',
  skewed: 'SKEW',
  outliers: 'OUT',
  constant: 'CONST',
  high_nulls: 'NULLS',
};

function num(value: unknown, digits = 2): string {
  if (typeof value !== 'number') return cellText(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

function bars(count: number, max: number, width = 30): string {
  return '#'.repeat(max === 0 ? 0 : Math.max(count > 0 ? 1 : 0, Math.round((count / max) * width)));
}

export function renderProfile(profile: Profile, only: readonly string[] = []): string {
  const wanted = (name: string) =>
    only.length === 0 || only.some((c) => c.toLowerCase() === name.toLowerCase());
  const stats = profile.statistics.filter((s) => wanted(s.column_name));
  const issues = profile.quality_issues.filter((i) => wanted(i.column));
  const alerts = (s: Stats) =>
    issues
      .filter((i) => i.column === s.column_name)
      .map((i) => ALERTS[i.type] ?? i.type)
      .join(' ');
  const out: string[] = [
    `${profile.bucket_name}.${profile.table_name}: ${profile.row_count} rows, ${profile.column_count} columns, ` +
      `quality ${profile.quality_score.toFixed(1)} (${qualityLabel(profile.quality_score)}), mode ${profile.mode}`,
    '',
    renderTable(
      [
        'COLUMN',
        'TYPE',
        'NULLS%',
        'DISTINCT',
        'CARDINALITY',
        'MIN',
        'MAX',
        'AVG',
        'STD',
        'OUTLIERS',
        'ALERTS',
      ],
      stats.map((s) => [
        s.column_name,
        s.column_type,
        num(s.null_percentage),
        num(s.approx_unique),
        cellText(s.cardinality_class),
        cellText(s.min),
        cellText(s.max),
        num(s.avg),
        num(s.std),
        num(s.outlier_count),
        alerts(s),
      ]),
      [false, false, true, true, false, false, false, true, true, true, false],
    ),
  ];
  if (issues.length > 0) {
    out.push('', 'Issues:');
    const ordered = [...issues].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1,
    );
    for (const i of ordered) out.push(`  ${i.severity.padEnd(7)}  ${i.column}: ${i.message}`);
  }
  const correlations = profile.correlations.filter((c) => wanted(c.column1) || wanted(c.column2));
  if (correlations.length > 0) {
    out.push('', 'Correlations:');
    for (const c of correlations)
      out.push(`  ${c.column1} ~ ${c.column2}: ${c.correlation.toFixed(4)} (${c.strength})`);
  }
  for (const s of stats) {
    const histogram = s.histogram ?? [];
    if (histogram.length === 0) continue;
    const max = Math.max(...histogram.map((b) => b.count));
    out.push('', `Histogram of ${s.column_name}:`);
    for (const b of histogram) {
      out.push(
        `  [${num(b.lower)}, ${num(b.upper)})`.padEnd(28) +
          ` ${String(b.count).padStart(8)} ${bars(b.count, max)}`,
      );
    }
  }
  const patterns = stats.filter((s) => (s.detected_patterns ?? []).length > 0);
  if (patterns.length > 0) {
    out.push('', 'Patterns:');
    for (const s of patterns) {
      for (const p of s.detected_patterns ?? []) {
        out.push(`  ${s.column_name}: ${p.pattern} ${p.match_percentage.toFixed(1)}% (${p.match_count})`);
      }
    }
  }
  return out.join('\n');
}
