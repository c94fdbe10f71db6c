import { open } from 'node:fs/promises';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { invalidArgument, notFound, type StorageError } from '../errors.js';
import { readRows } from '../metadata/tx.js';
import { planColumns, type TargetColumn } from './column-plan.js';
import {
  castFailure,
  csvFailure,
  fileFormatError,
  fileFormatFailure,
  fileMissing,
  rowFailureError,
} from './load-errors.js';
import type { CsvDialect } from './load-options.js';
import type { LoadSource } from './load-source.js';

/**
 * File sources: DuckDB reads the file itself (`read_csv` / `read_parquet`), typed with the
 * table's own column types, never sniffed, nothing parsed in JS. The path and every CSV option
 * are bound parameters; the only spliced text is our column names and DuckDB's own type names.
 */
export interface FileSourceInput {
  table: string;
  path: string;
  only: string[] | null;
}

/** Wider files than this are refused before reading (DuckDB would accept far more). */
const MAX_FILE_COLUMNS = 10_000;
/** NULL text for the header probe: no header holds it, so padding (NULL) and '' differ. */
const NO_NULL = '\u0001';

/** `gzip` when the file starts with the gzip magic bytes 1f 8b (stored names are opaque). */
export async function detectCompression(path: string): Promise<'gzip' | 'none'> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b ? 'gzip' : 'none';
  } finally {
    await handle.close();
  }
}

export async function csvSource(
  conn: DuckDBConnection,
  target: TargetColumn[],
  input: FileSourceInput,
  dialect: CsvDialect,
): Promise<LoadSource> {
  const compression =
    dialect.compression === 'auto' ? await detectCompression(input.path) : dialect.compression;
  const describe = { file_format: 'csv', compression };
  const firstRow = await probeFirstRow(conn, input.path, dialect, compression, target.length + 1, describe);
  if (firstRow === null) {
    throw invalidArgument(
      'empty_file',
      'The file is empty (no lines at all); a file with only a header line loads 0 rows',
      describe,
    );
  }
  const plan = planColumns({
    table: input.table,
    target,
    sourceNames: dialect.header ? firstRow : null,
    only: input.only,
    noun: dialect.header ? 'header' : 'file columns',
    unknown: 'refuse',
  });
  // Fields the load skips are read as VARCHAR under names no table column can have.
  const columns = plan.fields
    .map(
      (c, i) =>
        `${quoteLiteral(c === null ? `skip ${i}` : c.name)}: ${quoteLiteral(c === null ? 'VARCHAR' : c.type)}`,
    )
    .join(', ');
  const types = new Map(plan.loaded.map((c) => [c.name, c.type]));
  const params: DuckDBValue[] = [
    input.path,
    dialect.header,
    dialect.delimiter,
    dialect.quote,
    dialect.escape,
    dialect.nullString,
    compression,
  ];
  return {
    format: 'csv',
    loaded: plan.loaded,
    sql: `SELECT ${plan.loaded.map((c) => quoteIdent(c.name)).join(', ')} FROM read_csv($1, header = $2, delim = $3, quote = $4, escape = $5, nullstr = $6, compression = $7, auto_detect = false, allow_quoted_nulls = false, columns = {${columns}})`,
    params,
    explain: async (_conn, error) => {
      if (fileMissing(error)) return contentMissing();
      const format = fileFormatFailure(error);
      if (format !== undefined) return fileFormatError(format, describe);
      const failure = csvFailure(error);
      if (failure === undefined) return undefined;
      const type = failure.column === undefined ? undefined : types.get(failure.column);
      return rowFailureError(failure, { ...describe, ...(type === undefined ? {} : { type }) });
    },
    locate: (row) => ({ row, line: row + (dialect.header ? 1 : 0) }),
    paths: [input.path],
    release: () => undefined,
  };
}

/**
 * The first line as text fields, read by DuckDB with the file's dialect (quotes, BOM, gzip):
 * null when the file has no line. Read into `width` VARCHAR columns padded with NULL; a wider
 * line fails with its field count and is read again at that width.
 */
async function probeFirstRow(
  conn: DuckDBConnection,
  path: string,
  dialect: CsvDialect,
  compression: string,
  width: number,
  describe: Record<string, unknown>,
): Promise<string[] | null> {
  for (let attempt = 0; ; attempt += 1) {
    const columns = Array.from({ length: width }, (_v, i) => `'c${i}': 'VARCHAR'`).join(', ');
    try {
      const rows = await readRows(
        conn,
        `SELECT * FROM read_csv($1, header = false, delim = $2, quote = $3, escape = $4, nullstr = $5, compression = $6, auto_detect = false, null_padding = true, columns = {${columns}}) LIMIT 1`,
        [path, dialect.delimiter, dialect.quote, dialect.escape, NO_NULL, compression],
      );
      const row = rows[0];
      if (row === undefined) return null;
      const values = Array.from({ length: width }, (_v, i) => row[`c${i}`]);
      const end = values.findLastIndex((v) => v !== null && v !== undefined);
      return values.slice(0, end + 1).map((v) => (v === null || v === undefined ? '' : String(v)));
    } catch (error) {
      if (fileMissing(error)) throw contentMissing();
      const format = fileFormatFailure(error);
      if (format !== undefined) throw fileFormatError(format, describe);
      const failure = csvFailure(error);
      if (failure?.problem === 'ragged_row' && failure.line === 1 && attempt === 0) {
        const found = failure.found ?? 0;
        if (found > MAX_FILE_COLUMNS) {
          throw invalidArgument(
            'import_failed',
            `Line 1 has ${found} fields; at most ${MAX_FILE_COLUMNS} are read`,
            {
              ...describe,
              problem: 'too_many_columns',
              line: 1,
              found,
            },
          );
        }
        width = found;
        continue;
      }
      if (failure !== undefined) throw rowFailureError(failure, describe);
      throw error;
    }
  }
}

export async function parquetSource(
  conn: DuckDBConnection,
  target: TargetColumn[],
  input: FileSourceInput,
): Promise<LoadSource> {
  const describe = { file_format: 'parquet' };
  let fields: { name: string; type: string }[];
  try {
    const rows = await readRows(conn, 'DESCRIBE SELECT * FROM read_parquet($1)', [input.path]);
    fields = rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (error) {
    if (fileMissing(error)) throw contentMissing();
    const format = fileFormatFailure(error);
    throw format === undefined ? error : fileFormatError(format, describe);
  }
  const plan = planColumns({
    table: input.table,
    target,
    sourceNames: fields.map((f) => f.name),
    only: input.only,
    noun: 'Parquet field',
    unknown: 'refuse',
  });
  // A matched field's name equals a (validated) column name up to case, so quoting is enough.
  const pairs = plan.fields.flatMap((column, i) => {
    const field = fields[i];
    return column === null || field === undefined ? [] : [{ column, field }];
  });
  const select = pairs
    .map(
      ({ column, field }) =>
        `CAST(${quoteIdent(field.name)} AS ${column.type}) AS ${quoteIdent(column.name)}`,
    )
    .join(', ');
  return {
    format: 'parquet',
    loaded: pairs.map((p) => p.column),
    sql: `SELECT ${select} FROM read_parquet($1)`,
    params: [input.path],
    explain: async (c, error) => {
      if (fileMissing(error)) return contentMissing();
      const format = fileFormatFailure(error);
      if (format !== undefined) return fileFormatError(format, describe);
      const cast = castFailure(error);
      if (cast === undefined) return undefined;
      const pair = pairs.find((p) => p.field.name.toLowerCase() === cast.sourceColumn.toLowerCase());
      if (pair === undefined) return undefined;
      return castError(c, input.path, pair, cast.value, describe);
    },
    locate: (row) => ({ row }),
    paths: [input.path],
    release: () => undefined,
  };
}

const contentMissing = () => notFound('file_content_not_found', 'File content not found on disk', {});

/** The first row whose field does not convert to the column's type (read only after a failure). */
async function castError(
  conn: DuckDBConnection,
  path: string,
  { column, field }: { column: TargetColumn; field: { name: string; type: string } },
  value: string | undefined,
  describe: Record<string, unknown>,
): Promise<StorageError> {
  const f = quoteIdent(field.name);
  const rows = await readRows(
    conn,
    `SELECT file_row_number + 1 AS n, CAST(${f} AS VARCHAR) AS v FROM read_parquet($1, file_row_number = true)
     WHERE ${f} IS NOT NULL AND TRY_CAST(${f} AS ${column.type}) IS NULL LIMIT 1`,
    [path],
  ).catch(() => []);
  const found = rows[0];
  const details = { ...describe, type: column.type, source_type: field.type };
  if (found === undefined && value === undefined) {
    return invalidArgument(
      'import_failed',
      `Parquet field '${field.name}' is ${field.type}, which cannot be converted to column '${column.name}' (${column.type})`,
      { ...details, problem: 'incompatible_type', column: column.name },
    );
  }
  return rowFailureError(
    {
      problem: 'invalid_value',
      column: column.name,
      ...(found === undefined ? {} : { row: Number(found.n) }),
      ...(found?.v === undefined && value === undefined ? {} : { value: String(found?.v ?? value) }),
    },
    details,
  );
}
