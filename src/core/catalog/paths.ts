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

/**
 * Dev branches live inside their project: `project_{pid}/_branches/{branch}/{bucket}/{table}.duckdb`
 * (reference pitfall 06/8: a sibling `project_{pid}_branch_{bid}` could collide with a project id).
 * `_` starts no bucket name, so `_branches` is never a bucket.
 */
export const BRANCHES_DIR = '_branches';

export const branchDir = (duckdbDir: string, projectId: string, branchId: string): string =>
  pathUnder(duckdbDir, projectDirName(projectId), BRANCHES_DIR, branchId);

export const branchBucketDir = (
  duckdbDir: string,
  projectId: string,
  branchId: string,
  bucket: string,
): string => pathUnder(duckdbDir, projectDirName(projectId), BRANCHES_DIR, branchId, bucket);

export const tableFile = (
  duckdbDir: string,
  projectId: string,
  bucket: string,
  table: string,
  branchId = '',
): string =>
  branchId === ''
    ? pathUnder(duckdbDir, projectDirName(projectId), bucket, `${table}.duckdb`)
    : pathUnder(duckdbDir, projectDirName(projectId), BRANCHES_DIR, branchId, bucket, `${table}.duckdb`);

export const stagingDir = (duckdbDir: string): string => pathUnder(duckdbDir, STAGING_DIR);

export const walFile = (file: string): string => `${file}.wal`;

/**
 * Workspace databases, main's and branches' alike: `project_{pid}/_workspaces/{id}.duckdb`
 * (the branch is metadata; `_` starts no bucket name, so reconcile never takes it for a bucket).
 */
export const WORKSPACES_DIR = '_workspaces';

export const workspaceFile = (duckdbDir: string, projectId: string, workspaceId: string): string =>
  pathUnder(duckdbDir, projectDirName(projectId), WORKSPACES_DIR, `${workspaceId}.duckdb`);
