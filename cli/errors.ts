// How the CLI fails: one line (or a few) on stderr that says what went wrong, never a stack trace,
// and an exit code a script can test. The codes:
//   1  usage: a bad argument or option, a missing setting, a local file that cannot be read, a refusal
//   2  the API refused the request (4xx): the answer's code, reason, message and request id are shown
//   3  the server failed (5xx) or could not be reached (connection refused, reset, DNS)
import { DuckStorageApiError, DuckStorageConnectionError } from '../generated/sdk-ts/index.js';

export const EXIT_USAGE = 1;
export const EXIT_API = 2;
export const EXIT_SERVER = 3;

/** A failure the CLI itself detected, with the exit code to end with. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

/** Ends the run with `exitCode` and prints nothing (a child process, e.g. psql, already told why). */
export class ExitCode extends Error {
  override readonly name = 'ExitCode';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** What is printed for a failure: text lines, the same as JSON (with --json), and the exit code. */
export interface Failure {
  exitCode: number;
  lines: string[];
  json: Record<string, unknown>;
}

/** A 422's `detail`: the validation issues, one line each (`body.columns.0.name: must match …`). */
function issueLines(detail: unknown): string[] {
  if (!Array.isArray(detail)) return [];
  return detail.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { loc, msg } = issue as { loc?: unknown; msg?: unknown };
    const where = Array.isArray(loc) ? loc.join('.') : '';
    return typeof msg === 'string' ? [`  ${where === '' ? '' : `${where}: `}${msg}`] : [];
  });
}

/** A Node.js system error (ENOENT, EACCES, …) from reading or writing a local file. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & { path?: string } {
  return (
    error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error
  );
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof ExitCode) return { exitCode: error.exitCode, lines: [], json: {} };
  if (error instanceof CliError) {
    return { exitCode: error.exitCode, lines: [`error: ${error.message}`], json: { message: error.message } };
  }
  if (error instanceof DuckStorageApiError) {
    const body = typeof error.body === 'object' && error.body !== null ? error.body : {};
    const message =
      typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : typeof error.body === 'string' && error.body.trim() !== ''
          ? error.body.trim().slice(0, 500)
          : `HTTP ${error.status}`;
    const head = [error.status, error.code, error.reason].filter((p) => p !== undefined).join(' ');
    // A 422's message names its first issue already: the list is shown when there are more.
    const all = issueLines(error.detail);
    const issues = all.length > 1 ? all : [];
    const lines = [`error: ${head}: ${message}`, ...issues];
    if (error.requestId !== undefined) lines.push(`request id: ${error.requestId}`);
    return {
      exitCode: error.status >= 500 ? EXIT_SERVER : EXIT_API,
      lines,
      json: {
        status: error.status,
        code: error.code ?? null,
        error: error.reason ?? null,
        message,
        request_id: error.requestId ?? null,
        ...(error.detail === undefined ? {} : { detail: error.detail }),
      },
    };
  }
  if (error instanceof DuckStorageConnectionError) {
    return { exitCode: EXIT_SERVER, lines: [`error: ${error.message}`], json: { message: error.message } };
  }
  if (isSystemError(error)) {
    const what = error.path === undefined ? error.message : `${error.path}: ${error.code}`;
    const text = error.code === 'ENOENT' ? `${error.path ?? 'file'}: no such file or directory` : what;
    return { exitCode: EXIT_USAGE, lines: [`error: ${text}`], json: { message: text } };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT_USAGE, lines: [`error: ${text}`], json: { message: text } };
}
