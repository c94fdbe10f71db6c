/** Structured JSON logs, one line per event, on stdout (errors on stderr). */
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
      const line = JSON.stringify(
        { time: new Date().toISOString(), level, msg, ...base, ...fields },
        errorReplacer,
      );
      (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
    },
    child(fields) {
      return createLogger(minLevel, { ...base, ...fields });
    },
  };
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
