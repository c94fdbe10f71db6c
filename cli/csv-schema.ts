// `tables create --from-csv`: column names from a CSV header and DuckDB types guessed from the first
// rows, as the reference CLI does (header + 100 rows), with its known misses fixed: digits with a
// leading zero (zip codes, ids like 007) stay VARCHAR, and only what DuckDB's CSV reader takes as
// that type is proposed (ISO dates and timestamps; true/false booleans).
import { open } from 'node:fs/promises';
import { CliError } from './errors.js';

export const SAMPLE_ROWS = 100;
/** Read at most this much of the file for the header and sample. */
const SAMPLE_BYTES = 1024 * 1024;

export interface CsvColumn {
  name: string;
  type: string;
}

/**
 * RFC 4180 records of `text` (quotes, doubled quotes, delimiters and newlines inside quotes), at
 * most `max`. The last record is dropped when `text` may have been cut inside it.
 */
export function parseCsv(text: string, delimiter: string, max: number, complete: boolean): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const end = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length && records.length < max) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      end();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (records.length < max && (field !== '' || record.length > 0) && complete) end();
  return records;
}

const INTEGER = /^[-+]?(0|[1-9]\d*)$/;
const DECIMAL = /^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** The DuckDB type every one of `values` (trimmed, empty ones left out) fits. */
export function inferType(values: readonly string[]): string {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === 0) return 'VARCHAR';
  const all = (pattern: RegExp) => present.every((v) => pattern.test(v));
  if (all(INTEGER)) {
    return present.some((v) => Math.abs(Number(v)) > 2147483647) ? 'BIGINT' : 'INTEGER';
  }
  // A leading zero before more digits is an identifier, not a number.
  if (all(DECIMAL) && !present.some((v) => /^[-+]?0\d/.test(v))) return 'DOUBLE';
  if (all(BOOLEAN)) return 'BOOLEAN';
  if (all(DATE)) return 'DATE';
  if (all(TIMESTAMP)) return 'TIMESTAMP';
  if (all(TIMESTAMPTZ)) return 'TIMESTAMPTZ';
  return 'VARCHAR';
}

/** The header's names with the types of the sampled rows. */
export function columnsFromCsv(text: string, delimiter = ',', complete = true): CsvColumn[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''), delimiter, SAMPLE_ROWS + 1, complete);
  const [header, ...rows] = records;
  if (header === undefined || header.every((name) => name.trim() === '')) {
    throw new CliError('the CSV file has no header row');
  }
  return header.map((name, i) => ({ name: name.trim(), type: inferType(rows.map((row) => row[i] ?? '')) }));
}

export async function readCsvColumns(path: string, delimiter = ','): Promise<CsvColumn[]> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SAMPLE_BYTES, 0);
    return columnsFromCsv(
      buffer.subarray(0, bytesRead).toString('utf8'),
      delimiter,
      bytesRead < SAMPLE_BYTES,
    );
  } finally {
    await file.close();
  }
}
