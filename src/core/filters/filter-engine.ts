import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { Mutex } from '../db/mutex.js';

/**
 * A private, in-memory DuckDB used only to parse and type-check filters (never to read data):
 * it opens no file, so it cannot conflict with the storage's instance (TOOLCHAIN.md: the
 * one-instance rule is about files), and external access is off, so even a check query could
 * not read the file system. One connection, one statement at a time.
 */
let engine: Promise<{ instance: DuckDBInstance; conn: DuckDBConnection }> | undefined;
const mutex = new Mutex();

function open() {
  engine ??= (async () => {
    const instance = await DuckDBInstance.create(':memory:', {
      threads: '1',
      memory_limit: '64MB',
      enable_external_access: 'false',
      autoload_known_extensions: 'false',
      autoinstall_known_extensions: 'false',
    });
    const conn = await instance.connect();
    // As the storage's instance, so timestamp casts are checked the way they will run.
    await conn.run(`SET TimeZone = 'UTC'`);
    return { instance, conn };
  })();
  return engine;
}

/** Runs one query on the filter engine; rows as JSON-safe objects. */
export async function filterQuery(
  sql: string,
  params: DuckDBValue[] = [],
): Promise<Record<string, unknown>[]> {
  const { conn } = await open();
  return mutex.run(async () => {
    const reader = await conn.runAndReadAll(sql, params.length === 0 ? undefined : params);
    return reader.getRowObjectsJson();
  });
}
