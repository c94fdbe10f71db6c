import { writeSync } from 'node:fs';

/**
 * Structured JSON logs, one line per event, on stdout (errors and warnings on stderr).
 * Lines are gathered and written together FLUSH_MS after the first of them (or at once when
 * MAX_PENDING_LINES wait): a synchronous write per line (stdout is a pipe or file, both written
 * synchronously by Node) cost every request a syscall and the pipe's reader a wake-up, and a
 * write in the very next loop turn still fell between a gRPC answer's data and its trailers
 * (grpc-js sends those a turn later), on the caller's critical path. Whatever is pending is
 * written before the process exits.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export function createLogger(minLevel: LogLevel | 'silent' = 'info', base: LogFields = {}): Logger {
  const min = minLevel === 'silent' ? Number.POSITIVE_INFINITY : ORDER[minLevel];
  return {
    log(level, msg, fields) {
      if (ORDER[level] < min) return;
      const record = { time: new Date().toISOString(), level, msg, ...base, ...fields };
      // A replacer takes JSON.stringify off its fast path: only lines carrying errors or bigints need it.
      const line =
        needsReplacer(base) || (fields !== undefined && needsReplacer(fields))
          ? JSON.stringify(record, errorReplacer)
          : JSON.stringify(record);
      (level === 'error' || level === 'warn' ? stderrLines : stdoutLines).push(line);
    },
    child(fields) {
      return createLogger(minLevel, { ...base, ...fields });
    },
  };
}

/** Whether a value (or a nested one) needs errorReplacer: an Error or a bigint, at any depth. */
function needsReplacer(value: unknown): boolean {
  if (typeof value === 'bigint' || value instanceof Error) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (needsReplacer(v)) return true;
  return false;
}

/** Errors (and their causes) are logged with message and stack; bigints as strings. */
function errorReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) {
    const out: Record<string, unknown> = { name: value.name, message: value.message, stack: value.stack };
    if (value.cause !== undefined) out.cause = value.cause;
    return out;
  }
  return value;
}

/** How long a line may wait for others (ms): far below what a log reader notices. */
const FLUSH_MS = 5;
/** Lines that are written at once, whatever the timer: bounds the memory a burst holds. */
const MAX_PENDING_LINES = 1000;

/** Lines waiting for the next write to one stream (fd 1 or 2). */
class PendingLines {
  private lines: string[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= MAX_PENDING_LINES) this.flush();
    else if (this.timer === undefined) {
      // unref: a pending line never keeps the process alive; exit writes it (flushSync).
      this.timer = setTimeout(() => this.flush(), FLUSH_MS).unref();
    }
  }

  /** Writes what is pending through the stream (in order with the process's other writes to it). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.stream.write(text);
  }

  /** On exit the event loop is gone: a direct synchronous write to the descriptor. */
  flushSync(): void {
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    try {
      writeSync(this.stream === process.stdout ? 1 : 2, text);
    } catch {
      // The reader went away (EPIPE): nothing left to tell.
    }
  }
}

const stdoutLines = new PendingLines(process.stdout);
const stderrLines = new PendingLines(process.stderr);
process.on('exit', () => {
  stdoutLines.flushSync();
  stderrLines.flushSync();
});
