import { tidy } from './numbers.js';
import type { HistogramBin } from './profile-model.js';

/** At most this many bins: a histogram's JSON stays small whatever the data (reference pitfall 11). */
export const MAX_BINS = 20;

/** Equal-width bins over [lower, lower + bins·width]. */
export interface BinLayout {
  lower: number;
  upper: number;
  /** 0 when every value is the same (one bin). */
  width: number;
  bins: number;
  /** Integer columns: bins hold whole numbers, [lower, upper) each. */
  integer: boolean;
}

/**
 * The bins of a numeric column with finite `min` and `max`. Integer columns get whole-number
 * widths (1..100 gives 20 bins of 5 values); other columns get min(20, distinct) bins, the last
 * one closed so that it holds the maximum. null when there is nothing to bin or the range
 * does not fit a DOUBLE.
 */
export function binLayout(
  min: number | null,
  max: number | null,
  distinct: number,
  integer: boolean,
): BinLayout | null {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max) || max < min)
    return null;
  const span = max - min;
  if (!Number.isFinite(span)) return null;
  if (integer) {
    const values = span + 1;
    const width = Math.max(1, Math.ceil(values / MAX_BINS));
    const bins = Math.max(1, Math.ceil(values / width));
    return { lower: min, upper: min + bins * width, width, bins, integer };
  }
  if (span === 0) return { lower: min, upper: max, width: 0, bins: 1, integer };
  const bins = Math.max(1, Math.min(MAX_BINS, distinct));
  return { lower: min, upper: max, width: span / bins, bins, integer };
}

/**
 * SQL for the bin index (0-based) of the finite DOUBLE `x` (NULL for NULL); `num` binds a number.
 * Values at the top edge fall into the last bin.
 */
export function binIndexSql(x: string, layout: BinLayout, num: (v: number) => string): string {
  if (layout.width === 0) return `(CASE WHEN ${x} IS NOT NULL THEN 0 END)`;
  const index = `floor((${x} - ${num(layout.lower)}) / ${num(layout.width)})`;
  // least/greatest skip NULL arguments: without the CASE a NULL would land in bin 0.
  return `(CASE WHEN ${x} IS NOT NULL THEN least(greatest(${index}, 0), ${layout.bins - 1})::INTEGER END)`;
}

/** Every bin of the layout with its count (bins without values count 0). */
export function histogramBins(layout: BinLayout, counts: ReadonlyMap<number, number>): HistogramBin[] {
  const out: HistogramBin[] = [];
  for (let i = 0; i < layout.bins; i += 1) {
    const lower = tidy(layout.lower + i * layout.width);
    const upper = i === layout.bins - 1 ? tidy(layout.upper) : tidy(layout.lower + (i + 1) * layout.width);
    out.push({ lower, upper, count: counts.get(i) ?? 0 });
  }
  return out;
}
