// Printing results: `--format table` (aligned columns for people, the default), `json` (the API's
// answer as it came, for jq) or `csv` (RFC 4180, a header row then one row per item). Data goes to
// stdout; notes, warnings and progress go to stderr, so `--format json` output always parses.

export type Format = 'table' | 'json' | 'csv';
export const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

/** One column of a listing: its header and how to get a cell from an item. */
export interface Column<T> {
  header: string;
  value: (item: T) => unknown;
  /** Right-aligned (numbers). */
  right?: boolean;
}

export const column = <T>(header: string, value: (item: T) => unknown, right = false): Column<T> => ({
  header,
  value,
  right,
});

/** Widest cell of a table; longer text is cut with an ellipsis (CSV and JSON keep it whole). */
const MAX_CELL = 60;

/** A value as table text: null and undefined as empty, objects as compact JSON. */
export function cellText(value: unknown, nullText = ''): string {
  if (value === null || value === undefined) return nullText;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

function cut(text: string): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** Aligned columns with a header and a rule; `right` columns padded on the left. */
export function renderTable(
  headers: readonly string[],
  rows: readonly string[][],
  right: readonly boolean[] = [],
) {
  const cells = rows.map((row) => row.map(cut));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function renderCsv(headers: readonly string[], rows: readonly string[][]): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');
}

export interface Output {
  readonly format: Format;
  /** A listing: `items` as columns (table, csv); `raw`, the whole answer, as JSON. */
  list<T>(items: readonly T[], columns: readonly Column<T>[], raw: unknown, footer?: string): void;
  /** One object: `fields` as `name  value` lines (table) or one CSV row; `raw` as JSON. */
  item(fields: ReadonlyArray<readonly [string, unknown]>, raw: unknown): void;
  /** JSON as is (json), else the text given. */
  result(raw: unknown, text: string): void;
  /** A note for people on stderr (never in --format json/csv output). */
  note(message: string): void;
  /** Text on stdout, as is. */
  write(text: string): void;
}

export function createOutput(
  format: Format,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Output {
  const write = (text: string) => {
    stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  const json = (raw: unknown) => write(JSON.stringify(raw ?? null, null, 2));
  return {
    format,
    list(items, columns, raw, footer) {
      if (format === 'json') return json(raw);
      const headers = columns.map((c) => c.header);
      const rows = items.map((item) => columns.map((c) => cellText(c.value(item))));
      if (format === 'csv') return write(renderCsv(headers, rows));
      write(
        renderTable(
          headers,
          rows,
          columns.map((c) => c.right === true),
        ),
      );
      if (footer !== undefined) stderr.write(`${footer}\n`);
    },
    item(fields, raw) {
      if (format === 'json') return json(raw);
      if (format === 'csv') {
        return write(
          renderCsv(
            fields.map(([name]) => name),
            [fields.map(([, value]) => cellText(value))],
          ),
        );
      }
      const width = Math.max(...fields.map(([name]) => name.length));
      write(fields.map(([name, value]) => `${name.padEnd(width)}  ${cellText(value)}`).join('\n'));
    },
    result(raw, text) {
      if (format === 'json') json(raw);
      else write(text);
    },
    note(message) {
      stderr.write(`${message}\n`);
    },
    write,
  };
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 -> `1.5 KB` (powers of 1024, as `ls -h`). */
export function humanBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}
