import {
  iso,
  isoOrNull,
  type MetaTx,
  num,
  type Params,
  type Row,
  readRows,
  text,
  textOrNull,
} from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import type { StoredFile } from './file-access.js';

/** A `files` row: the public StoredFile plus what an upload session needs. */
export interface FileRow extends StoredFile {
  uploadKey: string;
  /** size_bytes declared at prepare; the upload must then have exactly this size. */
  expectedSize: number | null;
  /** When the session's bytes were staged (null: not uploaded yet). */
  uploadedAt: string | null;
  createdBy: string | null;
}

export const FILE_COLUMNS =
  'id, project_id, name, path, size_bytes, content_type, checksum_md5, checksum_sha256, is_staged, created_at, expires_at, tags, upload_key, expected_size, uploaded_at, created_by, object_key, object_meta';

export function toFileRow(r: Row): FileRow {
  const tags = textOrNull(r.tags);
  const meta = textOrNull(r.object_meta);
  return {
    id: text(r.id),
    projectId: text(r.project_id),
    name: text(r.name),
    path: text(r.path),
    sizeBytes: num(r.size_bytes),
    contentType: textOrNull(r.content_type),
    checksumMd5: textOrNull(r.checksum_md5),
    checksumSha256: textOrNull(r.checksum_sha256),
    isStaged: r.is_staged === true,
    createdAt: iso(r.created_at),
    expiresAt: isoOrNull(r.expires_at),
    tags: tags === null ? null : (JSON.parse(tags) as Record<string, string>),
    uploadKey: text(r.upload_key),
    expectedSize: r.expected_size === null || r.expected_size === undefined ? null : num(r.expected_size),
    uploadedAt: isoOrNull(r.uploaded_at),
    createdBy: textOrNull(r.created_by),
    objectKey: textOrNull(r.object_key),
    objectMeta: meta === null ? null : (JSON.parse(meta) as Record<string, string>),
  };
}

export function toStoredFile(row: FileRow): StoredFile {
  const { uploadKey: _k, expectedSize: _e, uploadedAt: _u, createdBy: _c, ...file } = row;
  return file;
}

/** Rows by a WHERE clause: inside the caller's metadata transaction, or committed state on a pool connection. */
export async function selectFiles(
  s: Storage,
  where: string,
  params: Params,
  tx?: MetaTx,
): Promise<FileRow[]> {
  const sql = `SELECT ${FILE_COLUMNS} FROM ${s.m}.files WHERE ${where}`;
  const rows =
    tx === undefined ? await s.pool.use((c) => readRows(c, sql, params)) : await tx.rows(sql, params);
  return rows.map(toFileRow);
}

/** The INSERT of a whole row (the column order of FILE_COLUMNS). */
export function insertFileSql(s: Storage): string {
  return `INSERT INTO ${s.m}.files (${FILE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`;
}

export function insertFileParams(row: FileRow): Params {
  return [
    row.id,
    row.projectId,
    row.name,
    row.path,
    row.sizeBytes,
    row.contentType,
    row.checksumMd5,
    row.checksumSha256,
    row.isStaged,
    row.createdAt,
    row.expiresAt,
    row.tags === null ? null : JSON.stringify(row.tags),
    row.uploadKey,
    row.expectedSize,
    row.uploadedAt,
    row.createdBy,
    row.objectKey,
    row.objectMeta === null ? null : JSON.stringify(row.objectMeta),
  ];
}
