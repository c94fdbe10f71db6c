/** Rounds to `digits` decimals (half away from zero on the decimal text); null stays null. */
export function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  // toFixed switches to exponent notation from 1e21 on; such values have no decimals to round.
  if (Math.abs(value) >= 1e21) return value;
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Percentage of `part` in `whole`, 0 when `whole` is 0. */
export const percentage = (part: number, whole: number): number => (whole === 0 ? 0 : (part / whole) * 100);

/**
 * Drops binary noise from a computed value (8.799999999999999 -> 8.8): the 15-significant-digit
 * form when it lies within a few ulps of the value, else the value itself (1700000000000003
 * keeps its 16 digits).
 */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return value;
  const short = Number(value.toPrecision(15));
  return Math.abs(short - value) <= 4 * Number.EPSILON * Math.abs(value) ? short : value;
}
