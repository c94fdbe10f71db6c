import { describe, expect, it } from 'vitest';
import { loadCoreConfig } from './config.js';

describe('loadCoreConfig', () => {
  it('defaults everything under an absolute DATA_DIR', () => {
    const c = loadCoreConfig({ DATA_DIR: '/srv/data' });
    expect(c).toMatchObject({
      dataDir: '/srv/data',
      duckdbDir: '/srv/data/duckdb',
      filesDir: '/srv/data/files',
      snapshotsDir: '/srv/data/snapshots',
      metadataPath: '/srv/data/metadata.duckdb',
      maxOpenTables: 256,
      duckdbThreads: 2,
      duckdbMemoryLimit: '1GB',
      connectionPoolSize: 4,
      previewMaxRows: 10_000,
      tableLockTimeoutMs: 30_000,
      tableLockMaxWaiters: 64,
      idempotencyTtlSeconds: 600,
      s3CredentialsPerProject: 100,
      apiVersion: '0.1.0',
    });
    expect(loadCoreConfig({}).dataDir).toMatch(/^\/.*\/data$/);
  });

  it('reads overrides and names the variable of an invalid value', () => {
    expect(loadCoreConfig({ DATA_DIR: '/d', MAX_OPEN_TABLES: '8', DUCKDB_DIR: '/x' })).toMatchObject({
      maxOpenTables: 8,
      duckdbDir: '/x',
    });
    expect(() => loadCoreConfig({ MAX_OPEN_TABLES: 'many' })).toThrow(/MAX_OPEN_TABLES=many/);
    expect(() => loadCoreConfig({ DUCKDB_THREADS: '0' })).toThrow(/DUCKDB_THREADS/);
    expect(() => loadCoreConfig({ DUCKDB_MEMORY_LIMIT: "1GB'; DROP" })).toThrow(/DUCKDB_MEMORY_LIMIT/);
  });
});
