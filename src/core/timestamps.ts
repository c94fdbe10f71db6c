/**
 * Calendar formatting from DuckDB's integer representations (days / microseconds since the
 * epoch), exact for every year, so that cell values and our own timestamps share one format.
 */
const MICROS_PER_DAY = 86_400_000_000n;

const pad = (n: number | bigint, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' from days since 1970-01-01 (Howard Hinnant's civil_from_days). */
export function formatDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 'HH:MM:SS' or 'HH:MM:SS.ffffff' (fraction only when non-zero) from micros since midnight. */
export function formatTime(micros: bigint): string {
  const fraction = micros % 1_000_000n;
  const seconds = micros / 1_000_000n;
  const text = `${pad(seconds / 3600n, 2)}:${pad((seconds / 60n) % 60n, 2)}:${pad(seconds % 60n, 2)}`;
  return fraction === 0n ? text : `${text}.${pad(fraction, 6)}`;
}

/** 'YYYY-MM-DDTHH:MM:SS[.ffffff]' from micros since the epoch (UTC). */
export function formatTimestamp(micros: bigint): string {
  let days = micros / MICROS_PER_DAY;
  let rest = micros % MICROS_PER_DAY;
  if (rest < 0n) {
    rest += MICROS_PER_DAY;
    days -= 1n;
  }
  return `${formatDate(Number(days))}T${formatTime(rest)}`;
}

/** Our own "now" in the same form the metadata DB gives back: UTC with '+00:00', microseconds. */
export function nowIso(): string {
  return isoFromMillis(Date.now());
}

export function isoFromMillis(millis: number): string {
  return `${formatTimestamp(BigInt(millis) * 1000n)}+00:00`;
}

export function millisFromIso(iso: string): number {
  return Date.parse(iso);
}
