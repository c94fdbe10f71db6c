import {
  DuckDBArrayValue,
  DuckDBBitValue,
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBIntervalValue,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBStructValue,
  DuckDBTimeNSValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTimeValue,
  DuckDBUnionValue,
  DuckDBUUIDValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { CellValue } from '../model.js';
import { formatDate, formatTime, formatTimestamp } from '../timestamps.js';

/**
 * Preview cell encoding (previewTable, TablePreviewResponse.rows): DuckDB's own value objects,
 * which carry scale and exact integers, turned into JSON-ready values. Nested values use the
 * same rules.
 */
export function encodeCell(value: DuckDBValue): CellValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value;
  }
  if (value instanceof DuckDBDecimalValue) return value.toString();
  if (value instanceof DuckDBDateValue) return value.isFinite ? formatDate(value.days) : value.toString();
  if (value instanceof DuckDBTimeValue) return formatTime(value.micros);
  if (value instanceof DuckDBTimeNSValue) return formatTime(value.nanos / 1000n);
  if (value instanceof DuckDBTimestampTZValue) {
    return value.isFinite ? `${formatTimestamp(value.micros)}+00:00` : value.toString();
  }
  if (value instanceof DuckDBTimestampValue)
    return value.isFinite ? formatTimestamp(value.micros) : value.toString();
  if (value instanceof DuckDBTimestampSecondsValue) {
    return value.isFinite ? formatTimestamp(value.seconds * 1_000_000n) : value.toString();
  }
  if (value instanceof DuckDBTimestampMillisecondsValue) {
    return value.isFinite ? formatTimestamp(value.millis * 1000n) : value.toString();
  }
  if (value instanceof DuckDBTimestampNanosecondsValue) {
    return value.isFinite ? formatTimestamp(floorDiv(value.nanos, 1000n)) : value.toString();
  }
  if (value instanceof DuckDBIntervalValue) return isoDuration(value);
  if (value instanceof DuckDBBlobValue) return Buffer.from(value.bytes).toString('base64');
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue)
    return value.items.map(encodeCell);
  if (value instanceof DuckDBStructValue) {
    const out: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(value.entries)) out[k] = encodeCell(v);
    return out;
  }
  if (value instanceof DuckDBMapValue) {
    const out: Record<string, CellValue> = {};
    for (const { key, value: v } of value.entries) out[mapKey(encodeCell(key))] = encodeCell(v);
    return out;
  }
  if (value instanceof DuckDBUnionValue) return encodeCell(value.value);
  if (value instanceof DuckDBUUIDValue || value instanceof DuckDBBitValue) return value.toString();
  return String(value);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

function mapKey(key: CellValue): string {
  if (typeof key === 'string') return key;
  if (key === null || typeof key !== 'object') return String(key);
  return JSON.stringify(key, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** ISO-8601 duration: 'P1Y2M3DT4H5M6.5S'; 'PT0S' for zero; negative parts keep their sign. */
export function isoDuration(interval: { months: number; days: number; micros: bigint }): string {
  const years = Math.trunc(interval.months / 12);
  const months = interval.months % 12;
  const { days, micros } = interval;
  const hours = micros / 3_600_000_000n;
  const minutes = (micros / 60_000_000n) % 60n;
  const secMicros = micros % 60_000_000n;
  let date = '';
  if (years !== 0) date += `${years}Y`;
  if (months !== 0) date += `${months}M`;
  if (days !== 0) date += `${days}D`;
  let time = '';
  if (hours !== 0n) time += `${hours}H`;
  if (minutes !== 0n) time += `${minutes}M`;
  if (secMicros !== 0n) time += `${formatSeconds(secMicros)}S`;
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

function formatSeconds(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  const whole = abs / 1_000_000n;
  const fraction = abs % 1_000_000n;
  if (fraction === 0n) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
}
