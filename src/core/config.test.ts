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
      workspaceReaperIntervalSeconds: 60,
      workspaceExpiredRetentionHours: 24,
      pgwireMaxConnectionsTotal: 100,
      pgwireMaxConnectionsPerWorkspace: 10,
      pgwireIdleTimeoutSeconds: 3600,
      pgwireQueryTimeoutSeconds: 300,
      pgwireAuthMaxFailures: 10,
      pgwirePublic: { host: 'localhost', port: 5432, sslMode: 'prefer' },
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
    expect(() => loadCoreConfig({ PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE: '0' })).toThrow(
      /PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE=0/,
    );
  });

  it('advertises the PG wire endpoint from the listener settings unless told otherwise', () => {
    expect(loadCoreConfig({ PGWIRE_HOST: '10.0.0.5', PGWIRE_PORT: '6432' }).pgwirePublic).toEqual({
      host: '10.0.0.5',
      port: 6432,
      sslMode: 'prefer',
    });
    expect(loadCoreConfig({ PGWIRE_HOST: '::', PGWIRE_TLS: 'require' }).pgwirePublic).toEqual({
      host: 'localhost',
      port: 5432,
      sslMode: 'require',
    });
    expect(
      loadCoreConfig({
        PGWIRE_PORT: '6432',
        PGWIRE_PUBLIC_HOST: 'db.example.com',
        PGWIRE_PUBLIC_PORT: '15432',
      }).pgwirePublic,
    ).toEqual({ host: 'db.example.com', port: 15432, sslMode: 'prefer' });
  });
});
