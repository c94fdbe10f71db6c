import { PgError } from './errors.js';

/**
 * COPY's data formats: PostgreSQL text format → the CSV the core loads (COPY FROM STDIN), and
 * result rows → text or CSV lines (COPY TO STDOUT).
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9
 */

/** Longest line of COPY text data held while waiting for its end. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

const NL = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/** The NULL marker of the CSV TextToCsv writes (unquoted; every value is quoted). */
export const CSV_NULL = '\\N';

/**
 * Streams PostgreSQL text-format COPY data (tab-separated, `\N` NULL, backslash escapes) into CSV
 * where every value is quoted and NULL is an unquoted `\N` (CSV_NULL), so empty strings and NULLs
 * stay apart even when the loader treats quoted values equal to its NULL string as NULL (DuckDB's
 * default). Lines may span CopyData messages; `\.` ends the data.
 */
export class TextToCsv {
  private carry: Buffer = Buffer.alloc(0);
  private skipHeader: boolean;
  private finished = false;
  private readonly delimiter: number;
  private readonly nullMarker: Buffer;

  constructor(options: { delimiter: string; null: string; header: boolean }) {
    this.delimiter = Buffer.from(options.delimiter, 'utf8')[0] as number;
    this.nullMarker = Buffer.from(options.null, 'utf8');
    this.skipHeader = options.header;
  }

  /** CSV bytes for the complete lines of `chunk` (plus what was carried over). */
  push(chunk: Uint8Array): Buffer {
    if (this.finished) return Buffer.alloc(0);
    const data = this.carry.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.carry, chunk]);
    const out: Buffer[] = [];
    let start = 0;
    for (;;) {
      const nl = data.indexOf(NL, start);
      if (nl < 0) break;
      let end = nl;
      if (end > start && data[end - 1] === CR) end--;
      if (this.line(data.subarray(start, end), out)) {
        this.finished = true;
        this.carry = Buffer.alloc(0);
        return Buffer.concat(out);
      }
      start = nl + 1;
    }
    this.carry = Buffer.from(data.subarray(start));
    if (this.carry.length > MAX_LINE_BYTES) {
      throw new PgError('54000', `COPY line longer than ${MAX_LINE_BYTES} bytes`);
    }
    return Buffer.concat(out);
  }

  /** The last line when the data does not end with a newline. */
  end(): Buffer {
    if (this.finished || this.carry.length === 0) return Buffer.alloc(0);
    const out: Buffer[] = [];
    let line = this.carry;
    if (line[line.length - 1] === CR) line = line.subarray(0, -1);
    this.line(line, out);
    this.carry = Buffer.alloc(0);
    return Buffer.concat(out);
  }

  /** One line → one CSV record; true for the end marker `\.`. */
  private line(line: Buffer, out: Buffer[]): boolean {
    if (line.length === 2 && line[0] === BACKSLASH && line[1] === 0x2e) return true;
    if (this.skipHeader) {
      this.skipHeader = false;
      return false;
    }
    const fields: Buffer[] = [];
    let fieldStart = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === this.delimiter) {
        fields.push(line.subarray(fieldStart, i));
        fieldStart = i + 1;
      } else if (line[i] === BACKSLASH) i++;
    }
    const parts: Buffer[] = [];
    fields.forEach((raw, idx) => {
      if (idx > 0) parts.push(COMMA);
      if (raw.equals(this.nullMarker)) parts.push(NULL_FIELD);
      else parts.push(csvQuote(unescapeText(raw)));
    });
    parts.push(NEWLINE);
    out.push(Buffer.concat(parts));
    return false;
  }
}

const COMMA = Buffer.from(',');
const NULL_FIELD = Buffer.from(CSV_NULL);
const NEWLINE = Buffer.from('\n');

/** A text-format field's bytes with its backslash escapes decoded. */
export function unescapeText(raw: Buffer): Buffer {
  if (!raw.includes(BACKSLASH)) return raw;
  const out = Buffer.allocUnsafe(raw.length);
  let o = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as number;
    if (c !== BACKSLASH || i + 1 >= raw.length) {
      out[o++] = c;
      continue;
    }
    const n = raw[++i] as number;
    switch (n) {
      case 0x62: // b
        out[o++] = 0x08;
        break;
      case 0x66: // f
        out[o++] = 0x0c;
        break;
      case 0x6e: // n
        out[o++] = 0x0a;
        break;
      case 0x72: // r
        out[o++] = 0x0d;
        break;
      case 0x74: // t
        out[o++] = 0x09;
        break;
      case 0x76: // v
        out[o++] = 0x0b;
        break;
      case 0x78: {
        // x: one or two hex digits
        let v = 0;
        let digits = 0;
        while (digits < 2 && i + 1 < raw.length && isHex(raw[i + 1] as number)) {
          v = v * 16 + hexValue(raw[++i] as number);
          digits++;
        }
        out[o++] = digits === 0 ? 0x78 : v;
        break;
      }
      default:
        if (n >= 0x30 && n <= 0x37) {
          let v = n - 0x30;
          let digits = 1;
          while (
            digits < 3 &&
            i + 1 < raw.length &&
            (raw[i + 1] as number) >= 0x30 &&
            (raw[i + 1] as number) <= 0x37
          ) {
            v = v * 8 + ((raw[++i] as number) - 0x30);
            digits++;
          }
          out[o++] = v & 0xff;
        } else out[o++] = n;
    }
  }
  return out.subarray(0, o);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexValue(c: number): number {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x41 + 10;
  return c - 0x61 + 10;
}

function csvQuote(value: Buffer): Buffer {
  if (!value.includes(QUOTE)) return Buffer.concat([DQ, value, DQ]);
  const parts: Buffer[] = [DQ];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === QUOTE) {
      parts.push(value.subarray(start, i + 1), DQ);
      start = i + 1;
    }
  }
  parts.push(value.subarray(start), DQ);
  return Buffer.concat(parts);
}

const DQ = Buffer.from('"');

// ---- COPY TO STDOUT ---------------------------------------------------------------------------

/** One row in text format (values already in PostgreSQL text form; null = NULL). */
export function textRow(values: readonly (string | null)[], delimiter: string, nullString: string): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += delimiter;
    const v = values[i] ?? null;
    out += v === null ? nullString : escapeText(v, delimiter);
  }
  return `${out}\n`;
}

export function escapeText(value: string, delimiter: string): string {
  let out = '';
  for (const ch of value) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += delimiter === '\t' ? '\\t' : '\\t';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      case '\v':
        out += '\\v';
        break;
      default:
        out += ch === delimiter ? `\\${ch}` : ch;
    }
  }
  return out;
}

export interface CsvOutOptions {
  delimiter: string;
  quote: string;
  escape: string;
  null: string;
  /** Per column: always quote non-NULL values. */
  forceQuote: readonly boolean[];
}

/** One row in CSV format, quoting as PostgreSQL's CopyAttributeOutCSV does. */
export function csvRow(values: readonly (string | null)[], o: CsvOutOptions): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += o.delimiter;
    const v = values[i] ?? null;
    if (v === null) {
      out += o.null;
      continue;
    }
    const needs =
      o.forceQuote[i] === true ||
      v === o.null ||
      v.includes(o.delimiter) ||
      v.includes(o.quote) ||
      v.includes('\n') ||
      v.includes('\r') ||
      v.startsWith('\\.');
    if (!needs) {
      out += v;
      continue;
    }
    let q = o.quote;
    for (const ch of v) q += ch === o.quote || ch === o.escape ? `${o.escape}${ch}` : ch;
    out += q + o.quote;
  }
  return `${out}\n`;
}

// ---- the COPY FROM STDIN byte stream ----------------------------------------------------------

/**
 * CopyData payloads as an async iterable for `session.copyIn`, with backpressure: `push` waits
 * while more than `highWater` bytes are queued. When the consumer stops (done or failed) further
 * pushes are dropped, so the connection never blocks on a dead load.
 */
export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: Uint8Array[] = [];
  private queued = 0;
  private ended = false;
  private failure: Error | undefined;
  private closed = false;
  private dataWaiter: (() => void) | undefined;
  private spaceWaiters: (() => void)[] = [];

  constructor(private readonly highWater = 4 * 1024 * 1024) {}

  async push(chunk: Uint8Array): Promise<void> {
    if (this.closed || this.ended || chunk.length === 0) return;
    this.chunks.push(chunk);
    this.queued += chunk.length;
    this.wakeConsumer();
    while (this.queued > this.highWater && !this.closed) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
  }

  end(): void {
    this.ended = true;
    this.wakeConsumer();
  }

  fail(error: Error): void {
    this.failure = error;
    this.ended = true;
    this.wakeConsumer();
  }

  /** The consumer is gone: release waiting producers, drop what is queued. */
  close(): void {
    this.closed = true;
    this.chunks.length = 0;
    this.queued = 0;
    this.wakeProducers();
  }

  private wakeConsumer(): void {
    const w = this.dataWaiter;
    this.dataWaiter = undefined;
    w?.();
  }

  private wakeProducers(): void {
    const ws = this.spaceWaiters;
    this.spaceWaiters = [];
    for (const w of ws) w();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    try {
      for (;;) {
        const chunk = this.chunks.shift();
        if (chunk !== undefined) {
          this.queued -= chunk.length;
          if (this.queued <= this.highWater) this.wakeProducers();
          yield chunk;
          continue;
        }
        if (this.failure !== undefined) throw this.failure;
        if (this.ended) return;
        await new Promise<void>((resolve) => {
          this.dataWaiter = resolve;
        });
      }
    } finally {
      this.close();
    }
  }
}
