import { constants } from 'node:fs';
import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StorageError } from '../errors.js';
import { readRows } from '../metadata/tx.js';
import type { Storage } from '../storage.js';

type PathName = 'data_dir' | 'duckdb_dir' | 'files_dir' | 'snapshots_dir';

const dirs = (s: Storage): Record<PathName, string> => ({
  data_dir: s.config.dataDir,
  duckdb_dir: s.config.duckdbDir,
  files_dir: s.config.filesDir,
  snapshots_dir: s.config.snapshotsDir,
});

/** initBackend: mkdir -p each storage path and prove it is writable (note 01 section 4.2). */
export async function initBackend(s: Storage): Promise<{
  created: string[];
  paths: { dataDir: string; duckdbDir: string; filesDir: string; snapshotsDir: string };
}> {
  const created: string[] = [];
  const errors: string[] = [];
  for (const [name, dir] of Object.entries(dirs(s))) {
    try {
      if ((await mkdir(dir, { recursive: true })) !== undefined) created.push(dir);
      const probe = join(dir, '.write_test');
      await writeFile(probe, '');
      await rm(probe, { force: true });
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (errors.length > 0) {
    throw new StorageError('INTERNAL', 'init_failed', 'Backend initialization failed', {
      details: { errors },
    });
  }
  const { dataDir, duckdbDir, filesDir, snapshotsDir } = s.config;
  return { created, paths: { dataDir, duckdbDir, filesDir, snapshotsDir } };
}

async function writableDir(dir: string): Promise<boolean> {
  try {
    if (!(await stat(dir)).isDirectory()) return false;
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Health: each path exists and is writable, and the metadata DB answers (reference pitfall 01/21). */
export async function checkHealth(s: Storage): Promise<{
  healthy: boolean;
  checks: {
    data_dir: boolean;
    duckdb_dir: boolean;
    files_dir: boolean;
    snapshots_dir: boolean;
    metadata_db: boolean;
  };
}> {
  const d = dirs(s);
  const [data_dir, duckdb_dir, files_dir, snapshots_dir] = await Promise.all([
    writableDir(d.data_dir),
    writableDir(d.duckdb_dir),
    writableDir(d.files_dir),
    writableDir(d.snapshots_dir),
  ]);
  let metadata_db = false;
  if (!s.state.closing) {
    try {
      await s.pool.use((conn) => readRows(conn, `SELECT count(*) AS n FROM ${s.m}.schema_migrations`));
      metadata_db = true;
    } catch {
      metadata_db = false;
    }
  }
  const checks = { data_dir, duckdb_dir, files_dir, snapshots_dir, metadata_db };
  return { healthy: Object.values(checks).every(Boolean), checks };
}
