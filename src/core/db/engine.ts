import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CoreConfig } from '../config.js';
import { quoteLiteral } from './sql.js';

/**
 * The process's DuckDB instance (TOOLCHAIN.md: a second instance opening the same file loses
 * writes silently). It is in-memory; every storage attaches its metadata file and its table
 * files under generated aliases. Reference-counted so repeated open/close in one process
 * (tests) works and the last close really closes.
 *
 * Defence in depth: the instance may touch only the storage's directories
 * (`allowed_directories`, then `enable_external_access = false`, which DuckDB never lets anyone
 * switch back on or widen while the instance runs). So even a filter or an option that slipped
 * through could not read `/etc/...` or `COPY` elsewhere. Because the allowed set is fixed at
 * creation, storages over other directories in the same process (tests) get an instance of
 * their own; two storages over the same directories share one, and two whose DuckDB files
 * could overlap without identical directories are refused, so no file is ever opened by two
 * instances.
 */
interface Shared {
  instance: DuckDBInstance;
  users: number;
  dirs: string[];
  /** Where this instance writes DuckDB files: DUCKDB_DIR and the metadata file. */
  owns: string[];
}

const instances = new Map<string, Shared>();
let aliasCounter = 0;

/** Directories DuckDB may read and write for a storage, each ending in a separator. */
export function allowedDirectories(config: CoreConfig): string[] {
  const dirs = [
    config.dataDir,
    config.duckdbDir,
    config.filesDir,
    config.snapshotsDir,
    dirname(config.metadataPath),
  ];
  return [...new Set(dirs.map((d) => withSep(resolve(d))))].sort();
}

/** DuckDB's spill directory for a storage: inside DUCKDB_DIR, never the process's cwd. */
export const tempDirectory = (config: CoreConfig): string => join(resolve(config.duckdbDir), '_tmp');

export async function acquireInstance(config: CoreConfig): Promise<DuckDBInstance> {
  const dirs = allowedDirectories(config);
  const key = JSON.stringify(dirs);
  const existing = instances.get(key);
  if (existing !== undefined) {
    existing.users += 1;
    return existing.instance;
  }
  const owns = [withSep(resolve(config.duckdbDir)), resolve(config.metadataPath)];
  for (const other of instances.values()) {
    if (owns.some((path) => other.owns.some((o) => path.startsWith(o) || o.startsWith(path)))) {
      throw new Error(
        `Another storage in this process uses ${config.duckdbDir} or ${config.metadataPath} with other directories; open it with the same DATA_DIR, DUCKDB_DIR, FILES_DIR, SNAPSHOTS_DIR and METADATA_DB_PATH`,
      );
    }
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
    // SET takes no parameters; the values are configured paths, quoted.
    await conn.run(`SET GLOBAL temp_directory = ${quoteLiteral(tempDirectory(config))}`);
    await conn.run(`SET GLOBAL allowed_directories = [${dirs.map((d) => quoteLiteral(d)).join(', ')}]`);
    await conn.run('SET GLOBAL enable_external_access = false');
  } catch (error) {
    conn.closeSync();
    instance.closeSync();
    throw error;
  }
  conn.closeSync();
  instances.set(key, { instance, users: 1, dirs, owns });
  return instance;
}

export function releaseInstance(instance: DuckDBInstance): void {
  for (const [key, shared] of instances) {
    if (shared.instance !== instance) continue;
    shared.users -= 1;
    if (shared.users === 0) {
      instances.delete(key);
      instance.closeSync();
    }
    return;
  }
}

/**
 * Catalog aliases are generated, never derived from user names, and carry 96 random bits: a
 * workspace session's SQL runs in this instance, so no alias may be guessable (the sandbox also
 * refuses any identifier shaped like one: INTERNAL_ALIAS).
 */
export function nextAlias(prefix: 'm' | 't' | 's' | 'w' | 'p'): string {
  aliasCounter += 1;
  return `${prefix}_${aliasCounter}_${randomBytes(12).toString('hex')}`;
}

/** The shape of every internal catalog alias (ours and the workspaces'): `x_<n>_<24 hex>`, `t_<24 hex>`. */
export const INTERNAL_ALIAS = /^[a-z]_(?:\d+_)?[0-9a-f]{24}$/i;

const withSep = (dir: string): string => (dir.endsWith(sep) ? dir : `${dir}${sep}`);
