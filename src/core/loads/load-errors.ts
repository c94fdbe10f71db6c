import { duckdbErrorCategory, firstLine } from '../db/duckdb-errors.js';
import { invalidArgument, type StorageError } from '../errors.js';

/**
 * What went wrong in a load, read from DuckDB's messages (the only place that parses them for
 * loads; the table test in load-errors.test.ts pins real messages). Messages we build never
 * contain a server path (reference pitfall: `Failed to load file: ... /data/files/...`).
 */
export type RowProblem =
  | 'ragged_row'
  | 'invalid_value'
  | 'invalid_utf8'
  | 'unterminated_quote'
  | 'line_too_long'
  | 'null_value'
  | 'invalid_csv';

export interface RowFailure {
  problem: RowProblem;
  /** 1-based line of the file (CSV), when known. */
  line?: number;
  /** 1-based row of the source (Parquet, tables, NOT NULL checks), when known. */
  row?: number;
  /** Target column, when known. */
  column?: string;
  /** The offending text, shortened. */
  value?: string;
  expected?: number;
  found?: number;
}

const LINE = /CSV Error on Line: (\d+)/;
const COLUMNS = /Expected Number of Columns: (\d+) Found: (\d+)/;
const CONVERT = /Error when converting column "((?:[^"]|"")*)"\. Could not convert string "((?:[^"]|"")*)"/s;

/** A CSV reader error as a row failure, or undefined when it is not one. */
export function csvFailure(error: unknown): RowFailure | undefined {
  if (!(error instanceof Error) || duckdbErrorCategory(error) === undefined) return undefined;
  const text = error.message;
  const lineMatch = LINE.exec(text);
  if (lineMatch === null) return undefined;
  const line = Number(lineMatch[1]);
  const columns = COLUMNS.exec(text);
  if (columns !== null) {
    return { problem: 'ragged_row', line, expected: Number(columns[1]), found: Number(columns[2]) };
  }
  const convert = CONVERT.exec(text);
  if (convert !== null) {
    return {
      problem: 'invalid_value',
      line,
      column: (convert[1] ?? '').replaceAll('""', '"'),
      value: shorten((convert[2] ?? '').replaceAll('""', '"')),
    };
  }
  if (text.includes('Invalid unicode')) return { problem: 'invalid_utf8', line };
  if (text.includes('unterminated quote')) return { problem: 'unterminated_quote', line };
  if (/Maximum line size/i.test(text)) return { problem: 'line_too_long', line };
  return { problem: 'invalid_csv', line };
}

const CAST = /Could not convert (?:string )?'((?:[^']|'')*)' to (\S+) when casting from source column (\S+)/s;
const UNIMPLEMENTED_CAST =
  /Unimplemented type for cast \((.+) -> (.+)\) when casting from source column (\S+)/;

/** A failed CAST of a source column (Parquet, tables): the source column and the value. */
export function castFailure(error: unknown): { sourceColumn: string; value?: string } | undefined {
  if (!(error instanceof Error) || duckdbErrorCategory(error) !== 'Conversion') return undefined;
  const cast = CAST.exec(error.message);
  if (cast !== null) {
    return { sourceColumn: cast[3] ?? '', value: shorten((cast[1] ?? '').replaceAll("''", "'")) };
  }
  const unimplemented = UNIMPLEMENTED_CAST.exec(error.message);
  if (unimplemented !== null) return { sourceColumn: unimplemented[3] ?? '' };
  return undefined;
}

const DUPLICATE = /duplicate key "((?:[^"]|"")*)"/i;
const NOT_NULL = /NOT NULL constraint failed: [^.\s]+\.(\S+)/;

export type ConstraintFailure = { kind: 'duplicate_key'; key: string } | { kind: 'not_null'; column: string };

export function constraintFailure(error: unknown): ConstraintFailure | undefined {
  if (!(error instanceof Error) || duckdbErrorCategory(error) !== 'Constraint') return undefined;
  const duplicate = DUPLICATE.exec(error.message);
  if (duplicate !== null) return { kind: 'duplicate_key', key: (duplicate[1] ?? '').replaceAll('""', '"') };
  const notNull = NOT_NULL.exec(error.message);
  if (notNull !== null) return { kind: 'not_null', column: notNull[1] ?? '' };
  return undefined;
}

/** The file is not what its format or compression says. */
export function fileFormatFailure(error: unknown): 'not_gzip' | 'not_parquet' | 'corrupt_file' | undefined {
  const category = duckdbErrorCategory(error);
  if (!(error instanceof Error) || (category !== 'IO' && category !== 'Invalid Input')) return undefined;
  const text = firstLine(error.message);
  if (/not a GZIP stream|not a gzip file/i.test(text)) return 'not_gzip';
  if (/No magic bytes found|too small to be a Parquet file|not a Parquet file/i.test(text)) {
    return 'not_parquet';
  }
  if (/GZIP|decompress|zlib|Parquet|Thrift|Corrupt/i.test(text)) return 'corrupt_file';
  return undefined;
}

/** The file went away between the lookup and the read (deleted through the Files API). */
export function fileMissing(error: unknown): boolean {
  return (
    error instanceof Error && duckdbErrorCategory(error) === 'IO' && /No files found/.test(error.message)
  );
}

const FORMAT_MESSAGES = {
  not_gzip: 'The file is not gzip-compressed; use csv_options.compression auto or none',
  not_parquet: 'The file is not a Parquet file',
  corrupt_file: 'The file is damaged or truncated and cannot be read',
} as const;

export function fileFormatError(kind: keyof typeof FORMAT_MESSAGES, details: Record<string, unknown>) {
  return invalidArgument('import_failed', FORMAT_MESSAGES[kind], { ...details, problem: kind });
}

/** The 400 of a row that does not fit: the message names the line (or row) and the column. */
export function rowFailureError(f: RowFailure, details: Record<string, unknown> = {}): StorageError {
  const where = [
    f.line !== undefined ? `Line ${f.line}` : f.row !== undefined ? `Row ${f.row}` : 'A row',
    f.column === undefined ? '' : `, column '${f.column}'`,
  ].join('');
  const what: Record<RowProblem, string> = {
    ragged_row: `has ${f.found} fields, expected ${f.expected}`,
    invalid_value: `holds ${JSON.stringify(f.value ?? '')}, which is not a valid ${String(details.type ?? 'value')}`,
    invalid_utf8: 'is not valid UTF-8',
    unterminated_quote: 'has a quoted value that is not closed (or text after a closing quote)',
    line_too_long: 'is longer than the CSV reader allows',
    null_value: 'is empty (NULL), but the column is NOT NULL',
    invalid_csv: 'cannot be parsed as CSV with the given options',
  };
  const out: Record<string, unknown> = { ...details, problem: f.problem };
  for (const key of ['line', 'row', 'column', 'value', 'expected', 'found'] as const) {
    if (f[key] !== undefined) out[key] = f[key];
  }
  return invalidArgument('import_failed', `${where} ${what[f.problem]}`, out);
}

/**
 * A last-resort message for a DuckDB failure we did not recognize: its first line with every
 * absolute path replaced, so nothing of the server's layout reaches the client.
 */
export function withoutPaths(message: string, paths: string[]): string {
  let text = firstLine(message);
  for (const path of paths) if (path !== '') text = text.replaceAll(path, '<file>');
  return text.replaceAll(/(["'])\/[^"']*\1/g, '$1<file>$1').replaceAll(/(^|\s)\/\S+/g, '$1<file>');
}

const shorten = (text: string): string => (text.length > 100 ? `${text.slice(0, 100)}...` : text);
