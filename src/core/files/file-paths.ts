import { randomBytes } from 'node:crypto';
import { pathUnder } from '../catalog/names.js';
import { projectDirName } from '../catalog/paths.js';

/**
 * Disk layout of the file store, every segment derived from ids (never from a file name):
 *
 *   FILES_DIR/project_{pid}/{YYYY}/{MM}/{DD}/{file_id}   registered files (UTC date of registration)
 *   FILES_DIR/project_{pid}/_staging/{upload_key}         bytes of an upload session
 *   FILES_DIR/project_{pid}/_staging/{upload_key}.{n}.part  an upload still being received
 *   FILES_DIR/_trash-{uuid}                               a deleted project's directory, being removed
 *
 * Paths in the `files` table are relative to FILES_DIR with `/` separators (the reference's form).
 */
export const FILE_STAGING_DIR = '_staging';
export const PART_SUFFIX = '.part';
export const TRASH_PREFIX = '_trash-';

export const projectFilesRel = (projectId: string): string => projectDirName(projectId);

export const stagingRel = (projectId: string, uploadKey: string): string =>
  `${projectFilesRel(projectId)}/${FILE_STAGING_DIR}/${uploadKey}`;

/** A fresh temp name per attempt, so parallel uploads to one session never share a file. */
export const partRel = (projectId: string, uploadKey: string): string =>
  `${stagingRel(projectId, uploadKey)}.${randomBytes(6).toString('hex')}${PART_SUFFIX}`;

/** `{YYYY}/{MM}/{DD}` of an instant, in UTC. */
function datePath(at: Date): string {
  const yyyy = String(at.getUTCFullYear()).padStart(4, '0');
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(at.getUTCDate()).padStart(2, '0');
  return `${yyyy}/${mm}/${dd}`;
}

/** Where a file registered at `at` lives. */
export const finalRel = (projectId: string, fileId: string, at: Date): string =>
  `${projectFilesRel(projectId)}/${datePath(at)}/${fileId}`;

/**
 * The object key of a file registered through the Files API: the path the reference's S3
 * listing showed it under (`{YYYY}/{MM}/{DD}/{file_id}_{name}`), unique by its id.
 */
export const filesApiObjectKey = (fileId: string, name: string, at: Date): string =>
  `${datePath(at)}/${fileId}_${name}`;

/** The absolute path of a relative one, refused if it would leave FILES_DIR (defence in depth). */
export const absolute = (filesDir: string, rel: string): string => pathUnder(filesDir, ...rel.split('/'));

/** `_staging/{upload_key}`: the staging path as the upload answer shows it (relative to the project dir). */
export const stagingShown = (uploadKey: string): string => `${FILE_STAGING_DIR}/${uploadKey}`;
