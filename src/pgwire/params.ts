import { type DuckDBType, DuckDBTypeId } from '@duckdb/node-api';
import type { SqlParam } from '../core/workspaces/sql-types.js';
import { PgError } from './errors.js';
import { decodeUtf8 } from './protocol.js';
import {
  civilFromDays,
  ELEMENT_OF,
  formatFloat,
  formatOffset,
  formatTime,
  isUnresolvedType,
  numericFromBinary,
  OID,
  oidOf,
} from './types.js';

/**
 * Bind parameters → what the core binds: text (DuckDB casts it to the parameter's type), bytes
 * (bytea) or NULL. Binary parameters (psycopg sends integers that way) are decoded into their
 * text form; a few text forms PostgreSQL accepts and DuckDB does not are normalised (booleans
 * `on`/`yes`, bytea `\x…` hex, array literals `{…}`).
 */

export interface ParamType {
  /** The OID the client declared in Parse (0 = unspecified). */
  declared: number;
  /** DuckDB's inferred type, when it had one. */
  inferred: DuckDBType | undefined;
}

/** The OID a parameter is described as and decoded by. */
export function paramOid(p: ParamType): number {
  if (p.declared !== 0 && p.declared !== OID.unknown) return p.declared;
  if (p.inferred === undefined || isUnresolvedType(p.inferred)) return 0;
  return oidOf(p.inferred);
}

export function decodeParam(
  raw: Uint8Array | null,
  format: number,
  type: ParamType,
  index: number,
): SqlParam {
  if (raw === null) return null;
  const oid = paramOid(type);
  if (format === 0) return decodeText(decodeUtf8(raw), oid, type.inferred);
  if (format !== 1) throw new PgError('08P01', `unsupported format code: ${format}`);
  return decodeBinary(raw, oid, index + 1);
}

function isListOid(oid: number): boolean {
  return ELEMENT_OF[oid] !== undefined;
}

function decodeText(text: string, oid: number, inferred: DuckDBType | undefined): SqlParam {
  const id = inferred?.typeId;
  if (oid === OID.bytea || (oid === 0 && id === DuckDBTypeId.BLOB)) return byteaFromText(text);
  if (oid === OID.bool || id === DuckDBTypeId.BOOLEAN) return boolFromText(text) ?? text;
  if (
    isListOid(oid) ||
    ((oid === 0 || oid === OID.text) && (id === DuckDBTypeId.LIST || id === DuckDBTypeId.ARRAY))
  ) {
    return text.trimStart().startsWith('[') ? text : pgArrayToDuckList(text);
  }
  return text;
}

/** PostgreSQL's boolean input (t/f/true/false/yes/no/on/off/1/0, prefixes) → `true`/`false`. */
export function boolFromText(text: string): 'true' | 'false' | undefined {
  const v = text.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === '1' || v === 'on' || 'true'.startsWith(v) || 'yes'.startsWith(v)) return 'true';
  if (v === '0' || v === 'off' || v === 'of' || 'false'.startsWith(v) || 'no'.startsWith(v)) return 'false';
  return undefined;
}

/** bytea input: hex (`\x0aff`) or the escape format (`a\\b\001`). */
export function byteaFromText(text: string): Uint8Array {
  if (text.startsWith('\\x')) {
    const hex = text.slice(2).replace(/\s+/g, '');
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
      throw new PgError('22P02', 'invalid hexadecimal data: odd number of digits or invalid digit');
    }
    return Buffer.from(hex, 'hex');
  }
  const src = Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as number;
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const next = src[i + 1];
    if (next === 0x5c) {
      out.push(0x5c);
      i++;
      continue;
    }
    const oct = src.subarray(i + 1, i + 4).toString('latin1');
    if (/^[0-3][0-7][0-7]$/.test(oct)) {
      out.push(Number.parseInt(oct, 8));
      i += 3;
      continue;
    }
    throw new PgError('22P02', 'invalid input syntax for type bytea');
  }
  return Uint8Array.from(out);
}

/** A PostgreSQL array literal (`{1,"a b",NULL,{2,3}}`) as DuckDB's list literal. */
export function pgArrayToDuckList(text: string): string {
  let s = text.trim();
  // Optional dimension decoration: [1:3]={...}
  const deco = /^(\[[-+]?\d+:[-+]?\d+\])+\s*=\s*/.exec(s);
  if (deco !== null) s = s.slice(deco[0].length);
  let i = 0;
  const fail = (): never => {
    throw new PgError('22P02', `malformed array literal: "${text}"`);
  };
  const skipWs = () => {
    while (i < s.length && /\s/.test(s[i] as string)) i++;
  };
  const quote = (v: string) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const parseArray = (): string => {
    if (s[i] !== '{') fail();
    i++;
    const items: string[] = [];
    skipWs();
    if (s[i] === '}') {
      i++;
      return '[]';
    }
    for (;;) {
      skipWs();
      if (s[i] === '{') items.push(parseArray());
      else if (s[i] === '"') {
        i++;
        let v = '';
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\') i++;
          if (i >= s.length) fail();
          v += s[i];
          i++;
        }
        if (s[i] !== '"') fail();
        i++;
        items.push(quote(v));
      } else {
        let v = '';
        while (i < s.length && s[i] !== ',' && s[i] !== '}') {
          if (s[i] === '\\') i++;
          if (i >= s.length) fail();
          v += s[i];
          i++;
        }
        v = v.trim();
        if (v === '') fail();
        items.push(/^null$/i.test(v) ? 'NULL' : quote(v));
      }
      skipWs();
      if (s[i] === ',') {
        i++;
        continue;
      }
      if (s[i] === '}') {
        i++;
        return `[${items.join(', ')}]`;
      }
      fail();
    }
  };
  const out = parseArray();
  skipWs();
  if (i !== s.length) fail();
  return out;
}

/** DuckDB's date input of a day number since 1970 (`0044-03-15 (BC)` for BC). */
function dateText(days: number): string {
  const [y, m, d] = civilFromDays(days);
  const bc = y <= 0;
  const year = String(bc ? 1 - y : y).padStart(4, '0');
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${bc ? ' (BC)' : ''}`;
}

function timestampText(pgMicros: bigint, tz: boolean): string {
  if (pgMicros === 9223372036854775807n) return 'infinity';
  if (pgMicros === -9223372036854775808n) return '-infinity';
  const micros = pgMicros + 946684800000000n;
  let days = micros / 86400000000n;
  let rest = micros % 86400000000n;
  if (rest < 0n) {
    rest += 86400000000n;
    days -= 1n;
  }
  const date = dateText(Number(days));
  const bc = date.endsWith(' (BC)');
  return `${bc ? date.slice(0, -5) : date} ${formatTime(rest)}${tz ? '+00' : ''}${bc ? ' (BC)' : ''}`;
}

function need(raw: Uint8Array, n: number, param: number): Buffer {
  if (raw.length !== n) throw new PgError('22P03', `incorrect binary data format in bind parameter ${param}`);
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

function uuidText(b: Uint8Array): string {
  const h = Buffer.from(b).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One binary parameter (the type's recv function) as the text DuckDB casts, or bytes. */
export function decodeBinary(raw: Uint8Array, oid: number, param: number): SqlParam {
  switch (oid) {
    case OID.bool:
      return need(raw, 1, param)[0] !== 0 ? 'true' : 'false';
    case OID.int2:
      return String(need(raw, 2, param).readInt16BE(0));
    case OID.int4:
      return String(need(raw, 4, param).readInt32BE(0));
    case OID.oid:
      return String(need(raw, 4, param).readUInt32BE(0));
    case OID.int8:
      return need(raw, 8, param).readBigInt64BE(0).toString();
    case OID.float4:
      return formatFloat(need(raw, 4, param).readFloatBE(0), true);
    case OID.float8:
      return formatFloat(need(raw, 8, param).readDoubleBE(0), false);
    case OID.numeric:
      return numericFromBinary(raw);
    case OID.bytea:
      return Uint8Array.from(raw);
    case OID.char:
    case OID.name:
    case OID.text:
    case OID.varchar:
    case OID.bpchar:
    case OID.json:
    case OID.unknown:
    case 0:
      return decodeUtf8(raw);
    case OID.jsonb: {
      if (raw.length < 1 || raw[0] !== 1)
        throw new PgError('22P03', `unsupported jsonb version in bind parameter ${param}`);
      return decodeUtf8(raw.subarray(1));
    }
    case OID.date: {
      const days = need(raw, 4, param).readInt32BE(0);
      if (days === 0x7fffffff) return 'infinity';
      if (days === -0x80000000) return '-infinity';
      return dateText(days + 10957);
    }
    case OID.timestamp:
      return timestampText(need(raw, 8, param).readBigInt64BE(0), false);
    case OID.timestamptz:
      return timestampText(need(raw, 8, param).readBigInt64BE(0), true);
    case OID.time:
      return formatTime(need(raw, 8, param).readBigInt64BE(0));
    case OID.timetz: {
      const b = need(raw, 12, param);
      return `${formatTime(b.readBigInt64BE(0))}${formatOffset(-b.readInt32BE(8))}`;
    }
    case OID.interval: {
      const b = need(raw, 16, param);
      return `${b.readInt32BE(12)} months ${b.readInt32BE(8)} days ${b.readBigInt64BE(0)} microseconds`;
    }
    case OID.uuid:
      return uuidText(need(raw, 16, param));
    default: {
      const elem = ELEMENT_OF[oid];
      if (elem !== undefined) return binaryArrayToDuckList(raw, param);
      throw new PgError('42883', `no binary input function available for type with OID ${oid}`);
    }
  }
}

/** array_recv → DuckDB list literal (elements quoted as text; DuckDB casts each one). */
function binaryArrayToDuckList(raw: Uint8Array, param: number): string {
  const b = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const bad = () => new PgError('22P03', `incorrect binary data format in bind parameter ${param}`);
  if (b.length < 12) throw bad();
  const ndim = b.readInt32BE(0);
  const elemOid = b.readUInt32BE(8);
  if (ndim < 0 || ndim > 6) throw bad();
  if (ndim === 0) return '[]';
  const dims: number[] = [];
  let o = 12;
  for (let i = 0; i < ndim; i++) {
    if (o + 8 > b.length) throw bad();
    const n = b.readInt32BE(o);
    if (n < 0) throw bad();
    dims.push(n);
    o += 8;
  }
  const total = dims.reduce((a, n) => a * n, 1);
  if (total > b.length) throw bad();
  const elems: string[] = [];
  for (let i = 0; i < total; i++) {
    if (o + 4 > b.length) throw bad();
    const len = b.readInt32BE(o);
    o += 4;
    if (len === -1) {
      elems.push('NULL');
      continue;
    }
    if (len < 0 || o + len > b.length) throw bad();
    const v = decodeBinary(b.subarray(o, o + len), elemOid, param);
    o += len;
    const text = typeof v === 'string' ? v : v === null ? '' : `\\x${Buffer.from(v).toString('hex')}`;
    elems.push(`"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  }
  if (o !== b.length) throw bad();
  let pos = 0;
  const build = (level: number): string => {
    const n = dims[level] as number;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(level === ndim - 1 ? (elems[pos++] as string) : build(level + 1));
    return `[${parts.join(', ')}]`;
  };
  return build(0);
}
