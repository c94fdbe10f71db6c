import { logOperation } from '../audit.js';
import { requireProject } from '../catalog/branches.js';
import { invalidArgument, notFound, StorageError } from '../errors.js';
import { readRows, text } from '../metadata/tx.js';
import type { AuditContext, Storage } from '../storage.js';
import type { ByteRange } from './byte-range.js';
import { type OpenedRange, openFileRange, type StoredFile } from './file-access.js';
import { MAX_FILE_NAME_BYTES, validateObjectKey } from './file-names.js';
import { FILE_COLUMNS, selectFiles, toFileRow, toStoredFile } from './file-rows.js';
import type { Received } from './receive.js';
import { removeFileRow } from './remove.js';
import { type StoreOptions, storeStream } from './store-stream.js';

/**
 * The file store seen as S3 objects (issue 13): every registered file is an object under its
 * `object_key`, and every object written over S3 is a file of the Files API. Keys are metadata
 * only; bytes stay at id-derived paths, so no key can name a server path.
 */
export interface ObjectInput {
  projectId: string;
  key: string;
  contentType: string | null;
  /** `x-amz-meta-*` and stored response headers (Cache-Control, Content-Disposition, ...). */
  meta: Record<string, string> | null;
}

/** What the client said the body is (PutObject / UploadPart headers), checked after it arrived. */
export interface BodyChecks {
  declaredBytes?: number;
  /** Content-MD5: base64 of the 16-byte MD5. */
  md5Base64?: string;
  /** x-amz-content-sha256 when it is a real hash (not UNSIGNED-PAYLOAD or a streaming form). */
  sha256Hex?: string;
}

export const objectNotFound = (projectId: string, key: string) =>
  notFound('object_not_found', 'The specified key does not exist.', { project_id: projectId, key });

/** The file name of an object: its last non-empty key segment, cut to the name limit. */
export function objectFileName(key: string): string {
  const segment =
    key
      .split('/')
      .filter((p) => p !== '')
      .pop() ?? 'object';
  let name = segment;
  while (Buffer.byteLength(name, 'utf8') > MAX_FILE_NAME_BYTES) name = Array.from(name).slice(0, -1).join('');
  return name;
}

/** Fails (before anything is stored) unless the checks hold for the received bytes. */
export function bodyVerifier(checks: BodyChecks): ((r: Received) => void) | undefined {
  const md5 = checks.md5Base64 === undefined ? undefined : decodeMd5(checks.md5Base64);
  const sha = checks.sha256Hex?.toLowerCase();
  if (md5 === undefined && sha === undefined) return undefined;
  return (received) => {
    if (md5 !== undefined && md5 !== received.checksumMd5)
      throw invalidArgument('bad_digest', 'The Content-MD5 you specified did not match what we received.', {
        expected_md5: md5,
        calculated_md5: received.checksumMd5,
      });
    if (sha !== undefined && sha !== received.checksumSha256)
      throw invalidArgument(
        'content_sha256_mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        { client_sha256: sha, computed_sha256: received.checksumSha256 },
      );
  };
}

function decodeMd5(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== base64.trim())
    throw invalidArgument('invalid_digest', 'The Content-MD5 you specified is not valid.', {
      content_md5: base64,
    });
  return bytes.toString('hex');
}

/** PutObject: the body streamed to disk, checked, then registered under `key` (replacing any). */
export async function putObject(
  s: Storage,
  input: ObjectInput,
  source: AsyncIterable<Uint8Array>,
  checks: BodyChecks,
  audit: AuditContext,
  options: Pick<StoreOptions, 'replacingBytes' | 'via'> = {},
): Promise<StoredFile> {
  requireProject(s, input.projectId);
  validateObjectKey(input.key);
  const verify = bodyVerifier(checks);
  return storeStream(
    s,
    {
      projectId: input.projectId,
      name: objectFileName(input.key),
      contentType: input.contentType,
      tags: null,
      objectKey: input.key,
      objectMeta: input.meta,
    },
    source,
    {
      ...(checks.declaredBytes === undefined ? {} : { declaredBytes: checks.declaredBytes }),
      ...(verify === undefined ? {} : { verify }),
      ...options,
      via: options.via ?? 's3',
    },
    audit,
  );
}

/** HeadObject: the object's row (NOT_FOUND object_not_found). */
export async function headObject(s: Storage, projectId: string, key: string): Promise<StoredFile> {
  requireProject(s, projectId);
  validateObjectKey(key);
  const [row] = await selectFiles(s, 'project_id = $1 AND object_key = $2 AND NOT is_staged', [
    projectId,
    key,
  ]);
  if (row === undefined) throw objectNotFound(projectId, key);
  return toStoredFile(row);
}

/**
 * GetObject: the bytes of `file` (from headObject), or one range of them. An object replaced in
 * between is reported missing rather than serving another object's bytes under the old ETag.
 */
export async function openObject(
  s: Storage,
  file: StoredFile,
  range: ByteRange | null,
): Promise<OpenedRange> {
  try {
    return await openFileRange(s, file.projectId, file.id, range);
  } catch (error) {
    if (error instanceof StorageError && error.reason === 'file_not_found')
      throw objectNotFound(file.projectId, file.objectKey ?? file.name);
    throw error;
  }
}

/** DeleteObject: idempotent (S3 answers 204 for a missing key); true when something was deleted. */
export async function deleteObject(
  s: Storage,
  projectId: string,
  key: string,
  audit: AuditContext,
): Promise<boolean> {
  requireProject(s, projectId);
  validateObjectKey(key);
  const startedAt = Date.now();
  const removed = await removeFileRow(s, projectId, 'object_key = $2 AND NOT is_staged', [key]);
  if (removed !== null)
    await logOperation(s, audit, {
      operation: 'delete_file',
      projectId,
      resourceType: 'file',
      resourceId: removed.id,
      details: { key, via: 's3' },
      startedAt,
    });
  return removed !== null;
}

/** CopyObject: the source's bytes streamed into a new object (metadata copied or replaced). */
export async function copyObject(
  s: Storage,
  from: { projectId: string; key: string },
  to: ObjectInput & { replaceMetadata: boolean },
  audit: AuditContext,
): Promise<StoredFile> {
  const source = await headObject(s, from.projectId, from.key);
  const opened = await openObject(s, source, null);
  return putObject(
    s,
    {
      projectId: to.projectId,
      key: to.key,
      contentType: to.replaceMetadata ? to.contentType : source.contentType,
      meta: to.replaceMetadata ? to.meta : source.objectMeta,
    },
    opened.stream,
    { declaredBytes: source.sizeBytes },
    audit,
    { via: 'copy' },
  );
}

export interface ListQuery {
  prefix: string;
  delimiter: string;
  maxKeys: number;
  /** Entries (keys or common prefixes) at or before this are skipped: start-after, marker, token. */
  after: string;
}

export interface ObjectListing {
  objects: StoredFile[];
  commonPrefixes: string[];
  isTruncated: boolean;
  /** The last entry returned (key or common prefix): where the next page starts. */
  lastEntry: string | null;
}

/**
 * ListObjectsV2 / ListObjects: keys in UTF-8 byte order (DuckDB compares VARCHAR bytewise, as S3
 * does), grouped by `delimiter` after `prefix` into common prefixes. Paging is by entry: the next
 * page starts after the last key or common prefix returned, so a common prefix is never repeated
 * (reference pitfall: its continuation token was ignored and pages repeated).
 */
export async function listObjects(s: Storage, projectId: string, q: ListQuery): Promise<ObjectListing> {
  requireProject(s, projectId);
  if (q.maxKeys === 0) return { objects: [], commonPrefixes: [], isTruncated: false, lastEntry: null };
  // The entry of a key: the key itself, or prefix + the rest up to and including the delimiter.
  const rest = 'substr(object_key, length($2) + 1)';
  const grouped = q.delimiter === '' ? 'false' : `strpos(${rest}, $4) > 0`;
  const rows = await s.pool.use((conn) =>
    readRows(
      conn,
      `WITH keyed AS (
         SELECT ${FILE_COLUMNS}, ${grouped} AS grouped,
           CASE WHEN ${grouped} THEN $2 || substr(${rest}, 1, strpos(${rest}, $4) + length($4) - 1)
             ELSE object_key END AS entry
         FROM ${s.m}.files
         WHERE project_id = $1 AND NOT is_staged AND object_key IS NOT NULL
           AND starts_with(object_key, $2) AND object_key > $3
       ), entries AS (
         SELECT entry, bool_or(grouped) AS is_prefix, min(object_key) AS first_key FROM keyed
         WHERE entry > $3 GROUP BY entry ORDER BY entry LIMIT $5
       )
       SELECT keyed.*, entries.entry AS listed, entries.is_prefix
       FROM entries JOIN keyed ON keyed.object_key = entries.first_key
       ORDER BY entries.entry`,
      [projectId, q.prefix, q.after, q.delimiter === '' ? '/' : q.delimiter, q.maxKeys + 1],
    ),
  );
  const page = rows.slice(0, q.maxKeys);
  const objects: StoredFile[] = [];
  const commonPrefixes: string[] = [];
  for (const r of page) {
    if (r.is_prefix === true) commonPrefixes.push(text(r.listed));
    else objects.push(toStoredFile(toFileRow(r)));
  }
  const last = page[page.length - 1];
  return {
    objects,
    commonPrefixes,
    isTruncated: rows.length > q.maxKeys,
    lastEntry: last === undefined ? null : text(last.listed),
  };
}

/** The S3 ETag of content with this MD5 (quoted hex, as S3 answers for single-part objects). */
export const etagOf = (md5Hex: string | null): string => `"${md5Hex ?? ''}"`;
