import { pathUnder } from './names.js';

/**
 * The disk layout of the reference (notes 01 section 6): DUCKDB_DIR/project_{pid}/{bucket}/{table}.duckdb.
 * `_staging/` (a name no bucket or project dir can have) holds new files and trash.
 */
export const STAGING_DIR = '_staging';

export const projectDirName = (projectId: string): string => `project_${projectId}`;

export const projectDir = (duckdbDir: string, projectId: string): string =>
  pathUnder(duckdbDir, projectDirName(projectId));

export const bucketDir = (duckdbDir: string, projectId: string, bucket: string): string =>
  pathUnder(duckdbDir, projectDirName(projectId), bucket);

export const tableFile = (duckdbDir: string, projectId: string, bucket: string, table: string): string =>
  pathUnder(duckdbDir, projectDirName(projectId), bucket, `${table}.duckdb`);

export const stagingDir = (duckdbDir: string): string => pathUnder(duckdbDir, STAGING_DIR);

export const walFile = (file: string): string => `${file}.wal`;
