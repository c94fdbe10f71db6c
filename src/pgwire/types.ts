import {
  DuckDBArrayValue,
  DuckDBBitValue,
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBIntervalValue,
  DuckDBListValue,
  type DuckDBMapValue,
  type DuckDBStructValue,
  DuckDBTimeNSValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTimeTZValue,
  DuckDBTimeValue,
  type DuckDBType,
  DuckDBTypeId,
  DuckDBUnionValue,
  DuckDBUUIDValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import { PgError } from './errors.js';

/**
 * DuckDB types as PostgreSQL types: the OID a RowDescription announces, and each value's text
 * form (exactly as PostgreSQL prints it with DateStyle ISO, IntervalStyle postgres, TimeZone UTC,
 * bytea_output hex) and binary form (the type's send function).
 */

export const OID = {
  bool: 16,
  bytea: 17,
  char: 18,
  name: 19,
  int8: 20,
  int2: 21,
  int4: 23,
  text: 25,
  oid: 26,
  json: 114,
  float4: 700,
  float8: 701,
  unknown: 705,
  bpchar: 1042,
  varchar: 1043,
  date: 1082,
  time: 1083,
  timestamp: 1114,
  timestamptz: 1184,
  interval: 1186,
  timetz: 1266,
  bit: 1560,
  varbit: 1562,
  numeric: 1700,
  uuid: 2950,
  jsonb: 3802,
} as const;

/** Element OID → array OID (pg_type.typarray). */
export const ARRAY_OF: Readonly<Record<number, number>> = {
  [OID.bool]: 1000,
  [OID.bytea]: 1001,
  [OID.char]: 1002,
  [OID.name]: 1003,
  [OID.int2]: 1005,
  [OID.int4]: 1007,
  [OID.text]: 1009,
  [OID.bpchar]: 1014,
  [OID.varchar]: 1015,
  [OID.int8]: 1016,
  [OID.float4]: 1021,
  [OID.float8]: 1022,
  [OID.oid]: 1028,
  [OID.timestamp]: 1115,
  [OID.date]: 1182,
  [OID.time]: 1183,
  [OID.timestamptz]: 1185,
  [OID.interval]: 1187,
  [OID.numeric]: 1231,
  [OID.timetz]: 1270,
  [OID.bit]: 1561,
  [OID.varbit]: 1563,
  [OID.uuid]: 2951,
  [OID.json]: 199,
  [OID.jsonb]: 3807,
};

/** Array OID → element OID. */
export const ELEMENT_OF: Readonly<Record<number, number>> = Object.fromEntries(
  Object.entries(ARRAY_OF).map(([elem, arr]) => [arr, Number(elem)]),
);

/** pg_type.typlen of the OIDs we announce (-1 = variable). */
const TYPE_SIZE: Readonly<Record<number, number>> = {
  [OID.bool]: 1,
  [OID.int2]: 2,
  [OID.int4]: 4,
  [OID.int8]: 8,
  [OID.float4]: 4,
  [OID.float8]: 8,
  [OID.date]: 4,
  [OID.time]: 8,
  [OID.timetz]: 12,
  [OID.timestamp]: 8,
  [OID.timestamptz]: 8,
  [OID.interval]: 16,
  [OID.uuid]: 16,
  [OID.oid]: 4,
};

export interface CodecOptions {
  /** PG extra_float_digits: > 0 shortest exact output (the default 1), else %g with 15/6 + n digits. */
  extraFloatDigits: number;
}

export const DEFAULT_CODEC_OPTIONS: CodecOptions = { extraFloatDigits: 1 };

/** How one result column goes on the wire. Values passed in are never null. */
export interface Codec {
  readonly oid: number;
  readonly typeSize: number;
  readonly typeModifier: number;
  text(value: DuckDBValue): string;
  binary(value: DuckDBValue): Uint8Array;
}

// ---- numbers ----------------------------------------------------------------------------------

/** A double as PostgreSQL's float8out / float4out print it. */
export function formatFloat(value: number, float4: boolean, extraFloatDigits = 1): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  let exp: string;
  let limit: number;
  if (extraFloatDigits > 0) {
    // Shortest digits that read back as the same value (PostgreSQL 12+ uses Ryu for this).
    limit = float4 ? 6 : 15;
    if (float4) {
      exp = value.toExponential(8);
      for (let p = 1; p <= 9; p++) {
        const candidate = value.toExponential(p - 1);
        if (Math.fround(Number(candidate)) === value) {
          exp = candidate;
          break;
        }
      }
    } else {
      exp = value.toExponential();
    }
  } else {
    // %.*g with DBL_DIG / FLT_DIG + extra_float_digits significant digits.
    limit = Math.max(1, (float4 ? 6 : 15) + extraFloatDigits);
    exp = value.toExponential(limit - 1);
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (m === null) return String(value);
  const sign = m[1] ?? '';
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`.replace(/0+$/, '') || '0';
  const e = Number(m[4]);
  if (e < -4 || e >= limit) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const abs = Math.abs(e);
    return `${sign}${mantissa}e${e < 0 ? '-' : '+'}${abs < 10 ? `0${abs}` : abs}`;
  }
  if (e >= 0) {
    const int = digits.slice(0, e + 1).padEnd(e + 1, '0');
    const frac = digits.slice(e + 1);
    return `${sign}${int}${frac === '' ? '' : `.${frac}`}`;
  }
  return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
}

/** numeric's binary form (numeric_send) from its decimal text. */
export function numericToBinary(text: string): Uint8Array {
  const special: Record<string, number> = { NaN: 0xc000, Infinity: 0xd000, '-Infinity': 0xf000 };
  const sp = special[text];
  if (sp !== undefined) {
    const out = Buffer.alloc(8);
    out.writeUInt16BE(sp, 4);
    return out;
  }
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (m === null) throw new PgError('22P02', `invalid input syntax for type numeric: "${text}"`);
  const negative = m[1] === '-';
  const intPart = (m[2] ?? '').replace(/^0+/, '');
  const fracPart = m[3] ?? '';
  const dscale = fracPart.length;
  const intGroups = Math.ceil(intPart.length / 4);
  const intPadded = intPart.padStart(intGroups * 4, '0');
  const fracPadded = fracPart.padEnd(Math.ceil(fracPart.length / 4) * 4, '0');
  const all = intPadded + fracPadded;
  const groups: number[] = [];
  for (let i = 0; i < all.length; i += 4) groups.push(Number(all.slice(i, i + 4)));
  let weight = intGroups - 1;
  while (groups.length > 0 && groups[0] === 0) {
    groups.shift();
    weight--;
  }
  while (groups.length > 0 && groups[groups.length - 1] === 0) groups.pop();
  const out = Buffer.alloc(8 + groups.length * 2);
  out.writeInt16BE(groups.length, 0);
  out.writeInt16BE(groups.length === 0 ? 0 : weight, 2);
  out.writeUInt16BE(negative && groups.length > 0 ? 0x4000 : 0, 4);
  out.writeInt16BE(dscale, 6);
  groups.forEach((g, i) => {
    out.writeInt16BE(g, 8 + i * 2);
  });
  return out;
}

/** numeric's text from its binary form (numeric_recv). */
export function numericFromBinary(buf: Uint8Array): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 8) throw new PgError('22P03', 'insufficient data left in message');
  const ndigits = b.readInt16BE(0);
  const weight = b.readInt16BE(2);
  const sign = b.readUInt16BE(4);
  const dscale = b.readInt16BE(6);
  if (sign === 0xc000) return 'NaN';
  if (sign === 0xd000) return 'Infinity';
  if (sign === 0xf000) return '-Infinity';
  if (ndigits < 0 || b.length !== 8 + ndigits * 2 || dscale < 0 || (sign !== 0 && sign !== 0x4000)) {
    throw new PgError('22P03', 'invalid numeric in binary parameter');
  }
  const groups: number[] = [];
  for (let i = 0; i < ndigits; i++) {
    const g = b.readInt16BE(8 + i * 2);
    if (g < 0 || g > 9999) throw new PgError('22P03', 'invalid digit in external "numeric" value');
    groups.push(g);
  }
  let int = '';
  for (let w = 0; w <= weight; w++) int += String(groups[w] ?? 0).padStart(4, '0');
  int = int.replace(/^0+/, '') || '0';
  let frac = '';
  for (let w = weight + 1; frac.length < dscale; w++) {
    frac += w < 0 ? '0000' : String(groups[w] ?? 0).padStart(4, '0');
  }
  frac = frac.slice(0, dscale);
  const body = dscale > 0 ? `${int}.${frac}` : int;
  return sign === 0x4000 && /[1-9]/.test(body) ? `-${body}` : body;
}

// ---- date and time ----------------------------------------------------------------------------

const DATE_POS_INF = 2147483647;
const DATE_NEG_INF = -2147483647;
const TS_POS_INF = 9223372036854775807n;
const TS_NEG_INF = -9223372036854775807n;
/** Days / microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01. */
const PG_EPOCH_DAYS = 10957;
const PG_EPOCH_MICROS = 946684800000000n;
const MICROS_PER_DAY = 86400000000n;
const MICROS_PER_DAY_N = 86_400_000_000;
const SAFE_MICROS = BigInt(Number.MAX_SAFE_INTEGER);

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function pad2(n: number): string {
  return TWO_DIGITS[n] ?? String(n);
}

/** Proleptic Gregorian (year, month, day) of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

/** Day number of a proleptic Gregorian date (year 0 = 1 BC). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` and whether it is BC (PostgreSQL prints year ≤ 0 as `(1 - year) BC`). */
function dateParts(days: number): { text: string; bc: boolean } {
  // Timestamps of one result mostly share days: the last day's text is kept.
  if (days === lastDay) return lastDayParts;
  const [y, m, d] = civilFromDays(days);
  const bc = y <= 0;
  const year = bc ? 1 - y : y;
  lastDay = days;
  lastDayParts = { text: `${String(year).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`, bc };
  return lastDayParts;
}
let lastDay = Number.NaN;
let lastDayParts = { text: '', bc: false };

export function formatDate(days: number): string {
  if (days >= DATE_POS_INF) return 'infinity';
  if (days <= DATE_NEG_INF) return '-infinity';
  const { text, bc } = dateParts(days);
  return bc ? `${text} BC` : text;
}

/** `HH:MM:SS[.ffffff]` of microseconds within a day (24:00:00 allowed). */
export function formatTime(micros: bigint): string {
  return timeOfDay(Number(micros));
}

function timeOfDay(us: number): string {
  const secs = Math.floor(us / 1_000_000);
  const frac = us - secs * 1_000_000;
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}${fraction(frac)}`;
}

function fraction(micros: number): string {
  if (micros === 0) return '';
  return `.${String(micros).padStart(6, '0').replace(/0+$/, '')}`;
}

/** A UTC offset in seconds east as PostgreSQL prints it: `+02`, `+05:30`, `-03:30:15`. */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad2(h)}${m !== 0 || s !== 0 ? `:${pad2(m)}` : ''}${s !== 0 ? `:${pad2(s)}` : ''}`;
}

export function formatTimestamp(micros: bigint, withTimeZone: boolean): string {
  if (micros >= TS_POS_INF) return 'infinity';
  if (micros <= TS_NEG_INF) return '-infinity';
  if (micros < SAFE_MICROS && micros > -SAFE_MICROS) {
    // Number arithmetic is exact below 2^53 µs (years -283,000 to 287,000) and far cheaper than
    // bigint division; floor(us / day) cannot round across a day boundary at these magnitudes.
    const us = Number(micros);
    const days = Math.floor(us / MICROS_PER_DAY_N);
    const { text, bc } = dateParts(days);
    return `${text} ${timeOfDay(us - days * MICROS_PER_DAY_N)}${withTimeZone ? '+00' : ''}${bc ? ' BC' : ''}`;
  }
  let days = micros / MICROS_PER_DAY;
  let rest = micros % MICROS_PER_DAY;
  if (rest < 0n) {
    rest += MICROS_PER_DAY;
    days -= 1n;
  }
  const { text, bc } = dateParts(Number(days));
  return `${text} ${formatTime(rest)}${withTimeZone ? '+00' : ''}${bc ? ' BC' : ''}`;
}

/** An interval in IntervalStyle `postgres` (EncodeInterval, INTSTYLE_POSTGRES). */
export function formatInterval(months: number, days: number, micros: bigint): string {
  const parts: string[] = [];
  let isBefore = false;
  let isZero = true;
  const add = (value: number, unit: string) => {
    if (value === 0) return;
    parts.push(`${isBefore && value > 0 ? '+' : ''}${value} ${unit}${value !== 1 ? 's' : ''}`);
    isBefore = value < 0;
    isZero = false;
  };
  add(Math.trunc(months / 12), 'year');
  add(months % 12, 'mon');
  add(days, 'day');
  const hour = micros / 3600000000n;
  let rest = micros - hour * 3600000000n;
  const min = rest / 60000000n;
  rest -= min * 60000000n;
  const sec = rest / 1000000n;
  const fsec = rest - sec * 1000000n;
  if (isZero || hour !== 0n || min !== 0n || sec !== 0n || fsec !== 0n) {
    const minus = hour < 0n || min < 0n || sec < 0n || fsec < 0n;
    const abs = (v: bigint) => (v < 0n ? -v : v);
    const hh = abs(hour);
    const time = `${hh < 10n ? `0${hh}` : hh}:${pad2(Number(abs(min)))}:${pad2(Number(abs(sec)))}${fraction(Number(abs(fsec)))}`;
    parts.push(`${minus ? '-' : isBefore ? '+' : ''}${time}`);
  }
  return parts.join(' ');
}

// ---- text helpers -----------------------------------------------------------------------------

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function byteaHex(bytes: Uint8Array): string {
  let out = '\\x';
  for (const b of bytes) out += HEX[b];
  return out;
}

/** An array element as array_out quotes it. */
export function quoteArrayElement(text: string): string {
  if (text === '' || /^null$/i.test(text) || /[{}",\\\s]/.test(text)) {
    return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  }
  return text;
}

const utf8 = new TextEncoder();

function int16(v: number): Uint8Array {
  const b = Buffer.allocUnsafe(2);
  b.writeInt16BE(v);
  return b;
}

function int32(v: number): Uint8Array {
  const b = Buffer.allocUnsafe(4);
  b.writeInt32BE(v);
  return b;
}

function int64(v: bigint): Uint8Array {
  const b = Buffer.allocUnsafe(8);
  b.writeBigInt64BE(v);
  return b;
}

function uuidBytes(text: string): Uint8Array {
  return Buffer.from(text.replaceAll('-', ''), 'hex');
}

function bitBinary(bits: string): Uint8Array {
  const out = Buffer.alloc(4 + Math.ceil(bits.length / 8));
  out.writeInt32BE(bits.length, 0);
  for (let i = 0; i < bits.length; i++) {
    if (bits[i] === '1') out[4 + (i >> 3)] = (out[4 + (i >> 3)] as number) | (0x80 >> (i & 7));
  }
  return out;
}

// ---- timestamps of every DuckDB precision as microseconds --------------------------------------

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** Microseconds since 1970 of any DuckDB timestamp value; infinities as ±(2^63 - 1). */
export function timestampMicros(value: DuckDBValue): bigint {
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return value.micros;
  if (value instanceof DuckDBTimestampSecondsValue) {
    if (value.seconds >= TS_POS_INF) return TS_POS_INF;
    if (value.seconds <= TS_NEG_INF) return TS_NEG_INF;
    return value.seconds * 1_000_000n;
  }
  if (value instanceof DuckDBTimestampMillisecondsValue) {
    if (value.millis >= TS_POS_INF) return TS_POS_INF;
    if (value.millis <= TS_NEG_INF) return TS_NEG_INF;
    return value.millis * 1000n;
  }
  if (value instanceof DuckDBTimestampNanosecondsValue) {
    if (value.nanos >= TS_POS_INF) return TS_POS_INF;
    if (value.nanos <= TS_NEG_INF) return TS_NEG_INF;
    return floorDiv(value.nanos, 1000n);
  }
  throw new PgError('XX000', 'value is not a timestamp');
}

function timeMicros(value: DuckDBValue): bigint {
  if (value instanceof DuckDBTimeValue) return value.micros;
  if (value instanceof DuckDBTimeNSValue) return value.nanos / 1000n;
  throw new PgError('XX000', 'value is not a time');
}

// ---- codecs -----------------------------------------------------------------------------------

function codec(
  oid: number,
  text: (v: DuckDBValue) => string,
  binary: (v: DuckDBValue) => Uint8Array,
  typeModifier = -1,
): Codec {
  return { oid, typeSize: TYPE_SIZE[oid] ?? -1, typeModifier, text, binary };
}

function textBinary(text: (v: DuckDBValue) => string): (v: DuckDBValue) => Uint8Array {
  return (v) => utf8.encode(text(v));
}

const str = (v: DuckDBValue): string => (typeof v === 'string' ? v : String(v));

function isListType(t: DuckDBType): boolean {
  return t.typeId === DuckDBTypeId.LIST || t.typeId === DuckDBTypeId.ARRAY;
}

/** The innermost element type of nested LIST/ARRAY types. */
function baseElementType(t: DuckDBType): DuckDBType {
  let cur = t;
  while (cur.typeId === DuckDBTypeId.LIST || cur.typeId === DuckDBTypeId.ARRAY) cur = cur.valueType;
  return cur;
}

function listItems(v: DuckDBValue): readonly DuckDBValue[] {
  if (v instanceof DuckDBListValue || v instanceof DuckDBArrayValue) return v.items;
  throw new PgError('XX000', 'value is not a list');
}

/** The OID a DuckDB type is announced as (RowDescription, ParameterDescription). */
export function oidOf(type: DuckDBType | undefined): number {
  if (type === undefined) return OID.text;
  return codecFor(type).oid;
}

/** Whether DuckDB could not tell the type before binding (`SELECT $1`): announced as text. */
export function isUnresolvedType(type: DuckDBType | undefined): boolean {
  if (type === undefined) return true;
  const id = type.typeId as number;
  return id === DuckDBTypeId.INVALID || id === DuckDBTypeId.ANY;
}

/** The codec of a DuckDB column type. */
export function codecFor(type: DuckDBType, options: CodecOptions = DEFAULT_CODEC_OPTIONS): Codec {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return codec(
        OID.bool,
        (v) => (v ? 't' : 'f'),
        (v) => Uint8Array.of(v ? 1 : 0),
      );
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.UTINYINT:
      return codec(OID.int2, str, (v) => int16(Number(v)));
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.USMALLINT:
      return codec(OID.int4, str, (v) => int32(Number(v)));
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UINTEGER:
      return codec(OID.int8, str, (v) => int64(BigInt(v as number | bigint)));
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM:
      return codec(OID.numeric, str, (v) => numericToBinary(str(v)));
    case DuckDBTypeId.DECIMAL: {
      const typmod = ((type.width << 16) | type.scale) + 4;
      return codec(OID.numeric, str, (v) => numericToBinary(str(v)), typmod);
    }
    case DuckDBTypeId.FLOAT:
      return codec(
        OID.float4,
        (v) => formatFloat(v as number, true, options.extraFloatDigits),
        (v) => {
          const b = Buffer.allocUnsafe(4);
          b.writeFloatBE(v as number);
          return b;
        },
      );
    case DuckDBTypeId.DOUBLE:
      return codec(
        OID.float8,
        (v) => formatFloat(v as number, false, options.extraFloatDigits),
        (v) => {
          const b = Buffer.allocUnsafe(8);
          b.writeDoubleBE(v as number);
          return b;
        },
      );
    case DuckDBTypeId.VARCHAR:
      if (type.alias === 'JSON') return codec(OID.json, str, textBinary(str));
      return codec(OID.text, str, textBinary(str));
    case DuckDBTypeId.ENUM:
      return codec(OID.text, str, textBinary(str));
    case DuckDBTypeId.BLOB:
      return codec(
        OID.bytea,
        (v) => byteaHex((v as DuckDBBlobValue).bytes),
        (v) => (v as DuckDBBlobValue).bytes,
      );
    case DuckDBTypeId.DATE:
      return codec(
        OID.date,
        (v) => formatDate((v as DuckDBDateValue).days),
        (v) => {
          const days = (v as DuckDBDateValue).days;
          if (days >= DATE_POS_INF) return int32(0x7fffffff);
          if (days <= DATE_NEG_INF) return int32(-0x80000000);
          return int32(days - PG_EPOCH_DAYS);
        },
      );
    case DuckDBTypeId.TIME:
    case DuckDBTypeId.TIME_NS:
      return codec(
        OID.time,
        (v) => formatTime(timeMicros(v)),
        (v) => int64(timeMicros(v)),
      );
    case DuckDBTypeId.TIME_TZ:
      return codec(
        OID.timetz,
        (v) => {
          const t = v as DuckDBTimeTZValue;
          return `${formatTime(t.micros)}${formatOffset(t.offset)}`;
        },
        (v) => {
          const t = v as DuckDBTimeTZValue;
          const b = Buffer.allocUnsafe(12);
          b.writeBigInt64BE(t.micros, 0);
          b.writeInt32BE(-t.offset, 8); // PostgreSQL keeps seconds west of UTC
          return b;
        },
      );
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
      return codec(
        OID.timestamp,
        (v) => formatTimestamp(timestampMicros(v), false),
        (v) => timestampBinary(timestampMicros(v)),
      );
    case DuckDBTypeId.TIMESTAMP_TZ:
      return codec(
        OID.timestamptz,
        (v) => formatTimestamp(timestampMicros(v), true),
        (v) => timestampBinary(timestampMicros(v)),
      );
    case DuckDBTypeId.INTERVAL:
      return codec(
        OID.interval,
        (v) => {
          const i = v as DuckDBIntervalValue;
          return formatInterval(i.months, i.days, i.micros);
        },
        (v) => {
          const i = v as DuckDBIntervalValue;
          const b = Buffer.allocUnsafe(16);
          b.writeBigInt64BE(i.micros, 0);
          b.writeInt32BE(i.days, 8);
          b.writeInt32BE(i.months, 12);
          return b;
        },
      );
    case DuckDBTypeId.UUID:
      return codec(OID.uuid, str, (v) => uuidBytes(str(v)));
    case DuckDBTypeId.BIT:
      return codec(OID.bit, str, (v) => bitBinary(str(v)));
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY: {
      const base = baseElementType(type);
      const baseCodec = codecFor(base, options);
      const arrayOid = ARRAY_OF[baseCodec.oid];
      if (arrayOid === undefined || base.typeId === DuckDBTypeId.STRUCT || base.typeId === DuckDBTypeId.MAP) {
        return jsonCodec(type, options);
      }
      return arrayCodec(type, arrayOid, baseCodec, options);
    }
    case DuckDBTypeId.STRUCT:
    case DuckDBTypeId.MAP:
      return jsonCodec(type, options);
    case DuckDBTypeId.UNION: {
      const members = type.memberTypes.map((t) => codecFor(t, options));
      const text = (v: DuckDBValue) => {
        const u = v as DuckDBUnionValue;
        if (u.value === null) return '';
        const member = members[type.tagMemberIndexes[u.tag] ?? -1];
        return member === undefined ? genericText(u.value) : member.text(u.value);
      };
      return codec(OID.text, text, textBinary(text));
    }
    default:
      // ANY / SQLNULL / INVALID (unresolved), GEOMETRY, VARIANT, literals: their text.
      return codec(OID.text, genericText, textBinary(genericText));
  }
}

function timestampBinary(micros: bigint): Uint8Array {
  if (micros >= TS_POS_INF) return int64(TS_POS_INF);
  if (micros <= TS_NEG_INF) return int64(-TS_POS_INF - 1n);
  return int64(micros - PG_EPOCH_MICROS);
}

/** Nested DuckDB lists as a PostgreSQL array (text `{1,2,NULL}`; binary array_send). */
function arrayCodec(type: DuckDBType, arrayOid: number, base: Codec, _options: CodecOptions): Codec {
  const depth = (() => {
    let n = 0;
    let cur = type;
    while (isListType(cur)) {
      n++;
      cur = (cur as { valueType: DuckDBType }).valueType;
    }
    return n;
  })();
  const text = (v: DuckDBValue, level = 1): string => {
    const items = listItems(v);
    const parts = items.map((item) => {
      if (item === null) return 'NULL';
      if (level < depth) return text(item, level + 1);
      return quoteArrayElement(base.text(item));
    });
    return `{${parts.join(',')}}`;
  };
  const binary = (v: DuckDBValue): Uint8Array => {
    // Dimensions from the first element at every level; every sub-list must match (rectangular).
    const dims: number[] = [];
    let cur: DuckDBValue = v;
    for (let level = 0; level < depth; level++) {
      const items = listItems(cur);
      dims.push(items.length);
      if (items.length === 0) break;
      if (level < depth - 1) {
        const first = items[0] ?? null;
        if (first === null)
          throw new PgError('22P03', 'cannot send a nested array with NULL sub-arrays in binary');
        cur = first;
      }
    }
    const flat: DuckDBValue[] = [];
    const walk = (value: DuckDBValue, level: number) => {
      const items = listItems(value);
      if (items.length !== dims[level]) {
        throw new PgError('2202E', 'multidimensional arrays must have sub-arrays with matching dimensions');
      }
      for (const item of items) {
        if (level < depth - 1) {
          if (item === null)
            throw new PgError('22P03', 'cannot send a nested array with NULL sub-arrays in binary');
          walk(item, level + 1);
        } else flat.push(item);
      }
    };
    const empty = dims.includes(0);
    if (!empty) walk(v, 0);
    const elems = flat.map((item) => (item === null ? null : base.binary(item)));
    const ndim = empty ? 0 : dims.length;
    let size = 12 + ndim * 8;
    for (const e of elems) size += 4 + (e === null ? 0 : e.length);
    const out = Buffer.allocUnsafe(size);
    out.writeInt32BE(ndim, 0);
    out.writeInt32BE(elems.includes(null) ? 1 : 0, 4);
    out.writeUInt32BE(base.oid, 8);
    let o = 12;
    for (let i = 0; i < ndim; i++) {
      out.writeInt32BE(dims[i] as number, o);
      out.writeInt32BE(1, o + 4);
      o += 8;
    }
    for (const e of elems) {
      if (e === null) {
        out.writeInt32BE(-1, o);
        o += 4;
      } else {
        out.writeInt32BE(e.length, o);
        out.set(e, o + 4);
        o += 4 + e.length;
      }
    }
    return out;
  };
  // PostgreSQL reports an array column with its element's modifier (numeric(4,2)[] → 262150).
  return codec(arrayOid, (v) => text(v), binary, base.typeModifier);
}

/** STRUCT, MAP and lists of them as JSON text (type json). */
function jsonCodec(type: DuckDBType, options: CodecOptions): Codec {
  const render = jsonRenderer(type, options);
  const text = (v: DuckDBValue) => render(v);
  return codec(OID.json, text, textBinary(text));
}

function jsonRenderer(type: DuckDBType, options: CodecOptions): (v: DuckDBValue) => string {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return (v) => (v ? 'true' : 'false');
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM:
    case DuckDBTypeId.DECIMAL:
      return str;
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE: {
      const f4 = type.typeId === DuckDBTypeId.FLOAT;
      return (v) => {
        const n = v as number;
        return Number.isFinite(n) ? formatFloat(n, f4, 1) : JSON.stringify(formatFloat(n, f4, 1));
      };
    }
    case DuckDBTypeId.VARCHAR:
      if (type.alias === 'JSON') return str;
      return (v) => JSON.stringify(str(v));
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY: {
      const item = jsonRenderer(type.valueType, options);
      return (v) =>
        `[${listItems(v)
          .map((x) => (x === null ? 'null' : item(x)))
          .join(',')}]`;
    }
    case DuckDBTypeId.STRUCT: {
      const fields = type.entryNames.map((name, i) => ({
        key: JSON.stringify(name),
        name,
        render: jsonRenderer(type.entryTypes[i] as DuckDBType, options),
      }));
      return (v) => {
        const entries = (v as DuckDBStructValue).entries;
        return `{${fields
          .map((f) => {
            const x = entries[f.name] ?? null;
            return `${f.key}:${x === null ? 'null' : f.render(x)}`;
          })
          .join(',')}}`;
      };
    }
    case DuckDBTypeId.MAP: {
      const keyText = codecFor(type.keyType, options);
      const value = jsonRenderer(type.valueType, options);
      return (v) =>
        `{${(v as DuckDBMapValue).entries
          .map(
            (e) =>
              `${JSON.stringify(e.key === null ? 'null' : keyText.text(e.key))}:${e.value === null ? 'null' : value(e.value)}`,
          )
          .join(',')}}`;
    }
    case DuckDBTypeId.UNION: {
      const members = type.memberTypes.map((t) => jsonRenderer(t, options));
      return (v) => {
        const u = v as DuckDBUnionValue;
        if (u.value === null) return 'null';
        const member = members[type.tagMemberIndexes[u.tag] ?? -1];
        return member === undefined ? JSON.stringify(genericText(u.value)) : member(u.value);
      };
    }
    default: {
      const c = codecFor(type, options);
      return (v) => JSON.stringify(c.text(v));
    }
  }
}

/** Best-effort PostgreSQL-style text of a value whose column type says nothing (ANY, VARIANT). */
export function genericText(v: DuckDBValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return formatFloat(v, false);
  if (typeof v === 'bigint' || typeof v === 'string') return String(v);
  if (v instanceof DuckDBBlobValue) return byteaHex(v.bytes);
  if (v instanceof DuckDBDateValue) return formatDate(v.days);
  if (v instanceof DuckDBTimeValue || v instanceof DuckDBTimeNSValue) return formatTime(timeMicros(v));
  if (v instanceof DuckDBTimeTZValue) return `${formatTime(v.micros)}${formatOffset(v.offset)}`;
  if (v instanceof DuckDBTimestampTZValue) return formatTimestamp(v.micros, true);
  if (
    v instanceof DuckDBTimestampValue ||
    v instanceof DuckDBTimestampSecondsValue ||
    v instanceof DuckDBTimestampMillisecondsValue ||
    v instanceof DuckDBTimestampNanosecondsValue
  ) {
    return formatTimestamp(timestampMicros(v), false);
  }
  if (v instanceof DuckDBIntervalValue) return formatInterval(v.months, v.days, v.micros);
  if (v instanceof DuckDBDecimalValue || v instanceof DuckDBUUIDValue || v instanceof DuckDBBitValue) {
    return v.toString();
  }
  if (v instanceof DuckDBListValue || v instanceof DuckDBArrayValue) {
    return `{${v.items.map((x) => (x === null ? 'NULL' : quoteArrayElement(genericText(x)))).join(',')}}`;
  }
  if (v instanceof DuckDBUnionValue) return genericText(v.value);
  return String(v);
}

/**
 * The codec to send a column with when the client was told `described` (Describe) and the
 * cursor has `actual`: the same OID, or text announced (any value has a text form); else
 * PostgreSQL's own error for a plan whose result type changed.
 */
export function reconcile(described: Codec, actual: Codec): Codec {
  if (described.oid === actual.oid) return actual;
  if (described.oid === OID.text) {
    return {
      oid: OID.text,
      typeSize: -1,
      typeModifier: -1,
      text: actual.text,
      binary: (v) => utf8.encode(actual.text(v)),
    };
  }
  throw new PgError('0A000', 'cached plan must not change result type');
}
