import { invalidArgument } from '../errors.js';

/**
 * Options of every load (spec ImportOptions; CsvOptions for CSV files). The core validates them
 * again (the gRPC driver calls it without the REST schema): each value is checked here and later
 * bound as a parameter, never spliced into SQL (reference pitfall: SQL injection through the
 * delimiter).
 */
export const DEDUP_MODES = ['update_duplicates', 'insert_duplicates', 'fail_on_duplicates'] as const;
export type DedupMode = (typeof DEDUP_MODES)[number];

export interface ImportOptions {
  /** false (default): the table is replaced by the source's rows; true: rows are added. */
  incremental?: boolean;
  dedupMode?: DedupMode;
  /** Only these target columns are loaded; the others take their default. */
  columns?: string[] | null;
}

export interface LoadMode {
  incremental: boolean;
  dedupMode: DedupMode;
  columns: string[] | null;
}

export function loadMode(options: ImportOptions | undefined): LoadMode {
  const dedupMode = options?.dedupMode ?? 'update_duplicates';
  if (!DEDUP_MODES.includes(dedupMode)) {
    throw invalidArgument(
      'invalid_dedup_mode',
      `Unknown dedup_mode '${dedupMode}': use ${DEDUP_MODES.join(', ')}`,
      {
        dedup_mode: dedupMode,
        valid_dedup_modes: [...DEDUP_MODES],
      },
    );
  }
  const columns = options?.columns ?? null;
  if (columns !== null && columns.length === 0) {
    throw invalidArgument('invalid_request', 'import_options.columns must name at least one column', {
      columns,
    });
  }
  return { incremental: options?.incremental ?? false, dedupMode, columns };
}

export type Compression = 'auto' | 'gzip' | 'none';

export interface CsvOptions {
  delimiter?: string;
  quote?: string;
  escape?: string;
  header?: boolean;
  nullString?: string;
  compression?: Compression;
}

/** CSV dialect with every default filled in (RFC 4180: `,`, `"`, the quote doubled). */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  escape: string;
  header: boolean;
  nullString: string;
  compression: Compression;
}

/** One printable ASCII character or a tab: what a CSV dialect character can be. */
const DIALECT_CHAR = /^[\t\x20-\x7e]$/;

export function csvDialect(options: CsvOptions | null | undefined): CsvDialect {
  const o = options ?? {};
  const delimiter = dialectChar('delimiter', o.delimiter ?? ',');
  const quote = dialectChar('quote', o.quote ?? '"');
  const escapeChar = dialectChar('escape', o.escape ?? quote);
  if (delimiter === quote || delimiter === escapeChar || delimiter === ' ') {
    throw badOption(
      'delimiter',
      delimiter,
      'the delimiter must differ from the quote and escape characters and from a space',
    );
  }
  const nullString = o.nullString ?? '';
  if (nullString.length > 64 || /[\r\n\0]/.test(nullString) || nullString.includes(delimiter)) {
    throw badOption(
      'null_string',
      nullString,
      'at most 64 characters, without line breaks, NUL or the delimiter',
    );
  }
  const compression = o.compression ?? 'auto';
  if (!['auto', 'gzip', 'none'].includes(compression)) {
    throw badOption('compression', compression, 'use auto, gzip or none');
  }
  return { delimiter, quote, escape: escapeChar, header: o.header ?? true, nullString, compression };
}

function dialectChar(name: string, value: string): string {
  if (!DIALECT_CHAR.test(value)) {
    throw badOption(name, value, 'one printable ASCII character or a tab');
  }
  return value;
}

function badOption(name: string, value: string, rule: string) {
  return invalidArgument(
    'invalid_csv_options',
    `Invalid csv_options.${name} ${JSON.stringify(value)}: ${rule}`,
    {
      option: name,
      value,
    },
  );
}
