import { DuckDBInstance } from '@duckdb/node-api';
import type { CoreConfig } from '../config.js';

/**
 * The process-wide DuckDB instance (TOOLCHAIN.md: a second instance opening the same file
 * loses writes silently). It is in-memory; every storage attaches its metadata file and its
 * table files under generated aliases. Reference-counted so repeated open/close in one process
 * (tests) works and the last close really closes.
 */
let shared: { instance: DuckDBInstance; users: number } | undefined;
let aliasCounter = 0;

export async function acquireInstance(config: CoreConfig): Promise<DuckDBInstance> {
  if (shared !== undefined) {
    shared.users += 1;
    return shared.instance;
  }
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(config.duckdbThreads),
    memory_limit: config.duckdbMemoryLimit,
  });
  const conn = await instance.connect();
  try {
    // Explicit, so defaults (all cores, 80% of RAM) never apply; UTC so filter casts of
    // timestamps without offset mean UTC, as our output does.
    await conn.run(`SET GLOBAL threads = ${config.duckdbThreads}`);
    await conn.run(`SET GLOBAL memory_limit = '${config.duckdbMemoryLimit}'`);
    await conn.run(`SET GLOBAL TimeZone = 'UTC'`);
  } finally {
    conn.closeSync();
  }
  shared = { instance, users: 1 };
  return instance;
}

export function releaseInstance(instance: DuckDBInstance): void {
  if (shared === undefined || shared.instance !== instance) return;
  shared.users -= 1;
  if (shared.users === 0) {
    shared = undefined;
    instance.closeSync();
  }
}

/** Catalog aliases are generated, never derived from user names. */
export function nextAlias(prefix: 'm' | 't' | 's'): string {
  aliasCounter += 1;
  return `${prefix}_${aliasCounter}`;
}
