import { PgError } from './errors.js';

/**
 * PostgreSQL frontend/backend protocol 3.0 framing: a growable writer for backend messages and a
 * bounds-checked reader for frontend messages (every read past the end is a protocol violation,
 * never an exception of another kind).
 * https://www.postgresql.org/docs/current/protocol-message-formats.html
 */

/** Frontend message type bytes handled after authentication. */
export const FE = {
  Bind: 0x42, // B
  Close: 0x43, // C
  CopyData: 0x64, // d
  CopyDone: 0x63, // c
  CopyFail: 0x66, // f
  Describe: 0x44, // D
  Execute: 0x45, // E
  Flush: 0x48, // H
  FunctionCall: 0x46, // F
  Parse: 0x50, // P
  Password: 0x70, // p
  Query: 0x51, // Q
  Sync: 0x53, // S
  Terminate: 0x58, // X
} as const;

/** Codes of the untyped first packets (length, then this int32). */
export const PROTOCOL_3_0 = 196608;
export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;

/** Largest startup packet PostgreSQL accepts (MAX_STARTUP_PACKET_LENGTH). */
export const MAX_STARTUP_PACKET = 10_000;

export type TransactionStatus = 'I' | 'T' | 'E';

export interface FieldDescription {
  name: string;
  tableOid: number;
  columnNumber: number;
  typeOid: number;
  typeSize: number;
  typeModifier: number;
  format: 0 | 1;
}

/** The ErrorResponse / NoticeResponse fields we send. */
export interface ErrorFields {
  severity: 'ERROR' | 'FATAL' | 'PANIC' | 'WARNING' | 'NOTICE' | 'DEBUG' | 'INFO' | 'LOG';
  code: string;
  message: string;
  detail?: string | undefined;
  hint?: string | undefined;
  position?: number | undefined;
}

/**
 * Accumulates backend messages into one buffer (written to the socket as one write: Nagle and
 * syscalls both prefer it). Strings are UTF-8.
 */
/** Strings up to this many UTF-16 units are tried as ASCII in JS (a native write costs more). */
const SHORT_ASCII = 64;
/** A buffered output at least this big is handed to the socket as is (see take). */
const HAND_OVER_BYTES = 64 * 1024;

/** Writes `s` at `at` if it is all ASCII and returns its length; -1 (nothing kept) otherwise. */
function writeShortAscii(buf: Buffer, s: string, at: number): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    buf[at + i] = c;
  }
  return n;
}

export class MessageWriter {
  private buf: Buffer;
  private len = 0;
  /** Start of the message being written (begin without end), -1 when none. */
  private open = -1;

  constructor(initialSize = 16 * 1024) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  get length(): number {
    return this.len;
  }

  private ensure(extra: number): void {
    const need = this.len + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  /** Starts a message of type `code`; returns its start for `end()`. */
  begin(code: number): number {
    this.ensure(5);
    const start = this.len;
    this.buf[this.len] = code;
    this.len += 5;
    this.open = start;
    return start;
  }

  /** Fills in the length of the message started at `start`. */
  end(start: number): void {
    this.buf.writeInt32BE(this.len - start - 1, start + 1);
    this.open = -1;
  }

  /** Drops a message left half-written by an exception, so the stream stays well-formed. */
  abandonOpen(): void {
    if (this.open >= 0) this.len = this.open;
    this.open = -1;
  }

  byte(value: number): this {
    this.ensure(1);
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  int16(value: number): this {
    this.ensure(2);
    this.buf.writeInt16BE(value, this.len);
    this.len += 2;
    return this;
  }

  uint16(value: number): this {
    this.ensure(2);
    this.buf.writeUInt16BE(value, this.len);
    this.len += 2;
    return this;
  }

  int32(value: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(value, this.len);
    this.len += 4;
    return this;
  }

  uint32(value: number): this {
    this.ensure(4);
    this.buf.writeUInt32BE(value, this.len);
    this.len += 4;
    return this;
  }

  bytes(value: Uint8Array): this {
    this.ensure(value.length);
    this.buf.set(value, this.len);
    this.len += value.length;
    return this;
  }

  /** A NUL-terminated string; NUL characters inside are dropped (they would end it early). */
  cstring(value: string): this {
    const clean = value.includes('\0') ? value.replaceAll('\0', '') : value;
    const n = Buffer.byteLength(clean);
    this.ensure(n + 1);
    this.buf.write(clean, this.len, 'utf8');
    this.len += n;
    this.buf[this.len++] = 0;
    return this;
  }

  /** A value of a DataRow / CopyData: int32 length, then its bytes; null is length -1. */
  value(value: string | Uint8Array | null): this {
    if (value === null) return this.int32(-1);
    if (typeof value === 'string') {
      // One pass: room for the worst case (3 UTF-8 bytes per UTF-16 unit), then the real length.
      this.ensure(4 + value.length * 3);
      const at = this.len + 4;
      const n = value.length <= SHORT_ASCII ? writeShortAscii(this.buf, value, at) : -1;
      const written = n >= 0 ? n : this.buf.write(value, at, 'utf8');
      this.buf.writeInt32BE(written, this.len);
      this.len += 4 + written;
      return this;
    }
    this.ensure(4 + value.length);
    this.buf.writeInt32BE(value.length, this.len);
    this.buf.set(value, this.len + 4);
    this.len += 4 + value.length;
    return this;
  }

  /** Raw UTF-8 text without a length (CopyData payloads). */
  text(value: string): this {
    const n = Buffer.byteLength(value);
    this.ensure(n);
    this.buf.write(value, this.len, 'utf8');
    this.len += n;
    return this;
  }

  /** Everything written so far, as a fresh buffer; the writer starts empty again. */
  take(): Buffer {
    this.abandonOpen();
    // Large results hand their buffer over rather than copying it (a 1M-row fetch moves every
    // byte once less); small answers are copied so the writer keeps its buffer.
    if (this.len >= HAND_OVER_BYTES) {
      const out = this.buf.subarray(0, this.len);
      this.buf = Buffer.allocUnsafe(Math.min(this.buf.length, 1024 * 1024));
      this.len = 0;
      return out;
    }
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    if (this.buf.length > 1024 * 1024) this.buf = Buffer.allocUnsafe(16 * 1024);
    return out;
  }

  /** Drops everything written since `mark` (a length read earlier). */
  truncate(mark: number): void {
    this.len = Math.min(this.len, mark);
    if (this.open >= this.len) this.open = -1;
  }
}

// ---- backend messages -------------------------------------------------------------------------

export function authenticationOk(w: MessageWriter): void {
  const s = w.begin(0x52); // R
  w.int32(0);
  w.end(s);
}

export function parameterStatus(w: MessageWriter, name: string, value: string): void {
  const s = w.begin(0x53); // S
  w.cstring(name).cstring(value);
  w.end(s);
}

export function backendKeyData(w: MessageWriter, pid: number, secret: number): void {
  const s = w.begin(0x4b); // K
  w.int32(pid).int32(secret);
  w.end(s);
}

export function readyForQuery(w: MessageWriter, status: TransactionStatus): void {
  const s = w.begin(0x5a); // Z
  w.byte(status.charCodeAt(0));
  w.end(s);
}

export function rowDescription(w: MessageWriter, fields: readonly FieldDescription[]): void {
  const s = w.begin(0x54); // T
  w.int16(fields.length);
  for (const f of fields) {
    w.cstring(f.name)
      .uint32(f.tableOid)
      .int16(f.columnNumber)
      .uint32(f.typeOid)
      .int16(f.typeSize)
      .int32(f.typeModifier)
      .int16(f.format);
  }
  w.end(s);
}

export function parameterDescription(w: MessageWriter, oids: readonly number[]): void {
  const s = w.begin(0x74); // t
  w.int16(oids.length);
  for (const oid of oids) w.uint32(oid);
  w.end(s);
}

export function commandComplete(w: MessageWriter, tag: string): void {
  const s = w.begin(0x43); // C
  w.cstring(tag);
  w.end(s);
}

export function emptyQueryResponse(w: MessageWriter): void {
  w.end(w.begin(0x49)); // I
}

export function parseComplete(w: MessageWriter): void {
  w.end(w.begin(0x31)); // 1
}

export function bindComplete(w: MessageWriter): void {
  w.end(w.begin(0x32)); // 2
}

export function closeComplete(w: MessageWriter): void {
  w.end(w.begin(0x33)); // 3
}

export function noData(w: MessageWriter): void {
  w.end(w.begin(0x6e)); // n
}

export function portalSuspended(w: MessageWriter): void {
  w.end(w.begin(0x73)); // s
}

function errorOrNotice(w: MessageWriter, type: number, f: ErrorFields): void {
  const s = w.begin(type);
  w.byte(0x53).cstring(f.severity); // S
  w.byte(0x56).cstring(f.severity); // V (non-localized)
  w.byte(0x43).cstring(f.code); // C
  w.byte(0x4d).cstring(f.message); // M
  if (f.detail !== undefined) w.byte(0x44).cstring(f.detail); // D
  if (f.hint !== undefined) w.byte(0x48).cstring(f.hint); // H
  if (f.position !== undefined) w.byte(0x50).cstring(String(f.position)); // P
  w.byte(0);
  w.end(s);
}

export function errorResponse(w: MessageWriter, f: ErrorFields): void {
  errorOrNotice(w, 0x45, f); // E
}

export function noticeResponse(w: MessageWriter, f: ErrorFields): void {
  errorOrNotice(w, 0x4e, f); // N
}

/** CopyInResponse / CopyOutResponse: overall format and one format code per column. */
export function copyResponse(
  w: MessageWriter,
  direction: 'in' | 'out',
  format: 0 | 1,
  columns: number,
): void {
  const s = w.begin(direction === 'in' ? 0x47 : 0x48); // G / H
  w.byte(format).int16(columns);
  for (let i = 0; i < columns; i++) w.int16(format);
  w.end(s);
}

export function copyData(w: MessageWriter, data: string): void {
  const s = w.begin(0x64); // d
  w.text(data);
  w.end(s);
}

export function copyDone(w: MessageWriter): void {
  w.end(w.begin(0x63)); // c
}

/** NegotiateProtocolVersion: the newest minor version we speak (0) and the options we ignored. */
export function negotiateProtocolVersion(
  w: MessageWriter,
  minor: number,
  unsupported: readonly string[],
): void {
  const s = w.begin(0x76); // v
  w.int32(minor).int32(unsupported.length);
  for (const name of unsupported) w.cstring(name);
  w.end(s);
}

/** A standalone ErrorResponse buffer (for paths that write outside a batch). */
export function errorBuffer(f: ErrorFields): Buffer {
  const w = new MessageWriter(256);
  errorResponse(w, f);
  return w.take();
}

// ---- frontend messages ------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one frontend message body; any read past its end is an 08P01 protocol violation. */
export class MessageReader {
  private offset: number;

  constructor(
    private readonly buf: Uint8Array,
    offset = 0,
  ) {
    this.offset = offset;
  }

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  private need(n: number): void {
    if (n < 0 || this.offset + n > this.buf.length) throw violation('message is shorter than its contents');
  }

  byte(): number {
    this.need(1);
    return this.buf[this.offset++] as number;
  }

  int16(): number {
    this.need(2);
    const v = ((this.buf[this.offset] as number) << 8) | (this.buf[this.offset + 1] as number);
    this.offset += 2;
    return v >= 0x8000 ? v - 0x10000 : v;
  }

  int32(): number {
    this.need(4);
    const b = this.buf;
    const o = this.offset;
    const v =
      ((b[o] as number) << 24) |
      ((b[o + 1] as number) << 16) |
      ((b[o + 2] as number) << 8) |
      (b[o + 3] as number);
    this.offset += 4;
    return v;
  }

  uint32(): number {
    return this.int32() >>> 0;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  /** A NUL-terminated UTF-8 string (invalid UTF-8 is 22021, as PostgreSQL). */
  cstring(): string {
    const end = this.buf.indexOf(0, this.offset);
    if (end < 0) throw violation('string is not NUL-terminated');
    const raw = this.buf.subarray(this.offset, end);
    this.offset = end + 1;
    return decodeUtf8(raw);
  }

  /** The rest of the message. */
  rest(): Uint8Array {
    const out = this.buf.subarray(this.offset);
    this.offset = this.buf.length;
    return out;
  }

  /** Refuses trailing bytes (a message longer than its contents). */
  done(): void {
    if (this.offset !== this.buf.length) throw violation('message has trailing bytes');
  }
}

export function decodeUtf8(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    throw new PgError('22021', 'invalid byte sequence for encoding "UTF8"');
  }
}

export function violation(message: string): PgError {
  return new PgError('08P01', `protocol violation: ${message}`);
}
