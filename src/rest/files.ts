import type { components } from '../../generated/openapi.js';
import type { FilesHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import { contentRange, noneMatch, parseRange } from '../core/files/byte-range.js';
import {
  deleteFile,
  getFile,
  listFiles,
  openFileRange,
  prepareUpload,
  registerUpload,
  requireFile,
  type StoredFile,
  storeStream,
  writeUpload,
} from '../core/files/files.js';
import type { RestContext } from './context.js';
import { bodySource, FORM_OVERHEAD_BYTES, multipartFile } from './multipart.js';

/** Resolvers of the `files` tag (reference: duckdb-api-service src/routers/files.py). */
export const filesResolvers = {
  /** prepareFileUpload: step 1, a session kept in metadata.duckdb. */
  async prepareFileUpload({ path, body }, ctx) {
    const session = await prepareUpload(
      ctx.storage,
      {
        projectId: path.project_id,
        filename: body.filename,
        contentType: body.content_type ?? null,
        sizeBytes: body.size_bytes ?? null,
        tags: body.tags ?? null,
      },
      ctx.audit,
    );
    return {
      status: 200,
      body: {
        upload_key: session.uploadKey,
        upload_url: `/projects/${encodeURIComponent(path.project_id)}/files/upload/${session.uploadKey}`,
        expires_at: session.expiresAt,
      },
    };
  },

  /** uploadFile: step 2, the multipart part `file` streamed to staging. */
  async uploadFile({ path, body }, ctx) {
    const length = body.contentLength;
    const staged = await writeUpload(
      ctx.storage,
      { projectId: path.project_id, uploadKey: path.upload_key },
      multipartFile(body, 'file'),
      length === undefined ? {} : { declaredBytes: Math.max(0, length - FORM_OVERHEAD_BYTES) },
    );
    return {
      status: 200,
      body: {
        upload_key: staged.uploadKey,
        staging_path: staged.stagingPath,
        size_bytes: staged.sizeBytes,
        checksum_sha256: staged.checksumSha256,
        checksum_md5: staged.checksumMd5,
      },
    };
  },

  /** uploadFileStream: the body is the file; registered once complete. */
  async uploadFileStream({ path, query, body }, ctx) {
    const file = await storeStream(
      ctx.storage,
      {
        projectId: path.project_id,
        name: query.name,
        contentType: body.contentType ?? 'application/octet-stream',
        tags: null,
      },
      bodySource(body),
      body.contentLength === undefined ? {} : { declaredBytes: body.contentLength },
      ctx.audit,
    );
    return { status: 201, body: fileJson(file) };
  },

  /** registerFile: step 3, checked against the session's project and expiry (the reference checks neither). */
  async registerFile({ path, body }, ctx) {
    const file = await registerUpload(
      ctx.storage,
      {
        projectId: path.project_id,
        uploadKey: body.upload_key,
        name: body.name ?? null,
        tags: body.tags ?? null,
      },
      ctx.audit,
    );
    return { status: 201, body: fileJson(file) };
  },

  /** listFiles: newest first, with total. */
  async listFiles({ path, query }, ctx) {
    const page = await listFiles(ctx.storage, path.project_id, {
      includeStaged: query.include_staged ?? false,
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    return { status: 200, body: { files: page.files.map(fileJson), total: page.total } };
  },

  /** getFile */
  async getFile({ path }, ctx) {
    return { status: 200, body: fileJson(await getFile(ctx.storage, path.project_id, path.file_id)) };
  },

  /** deleteFile: the row first, then the bytes. */
  async deleteFile({ path }, ctx) {
    await deleteFile(ctx.storage, path.project_id, path.file_id, ctx.audit);
    return { status: 204 };
  },

  /** downloadFile: streamed; ETag = quoted SHA-256; single Range -> 206; If-None-Match -> 304. */
  async downloadFile({ path, header }, ctx) {
    const file = await requireFile(ctx.storage, path.project_id, path.file_id);
    const etag = `"${file.checksumSha256 ?? `${file.id}-${file.sizeBytes}`}"`;
    if (noneMatch(header['if-none-match'], etag)) return { status: 304 };
    const range = parseRange(header.range, file.sizeBytes);
    if (range === 'unsatisfiable') {
      throw new StorageError(
        'INVALID_ARGUMENT',
        'range_not_satisfiable',
        `Range ${header.range} is outside the file's ${file.sizeBytes} bytes`,
        {
          details: {
            range: header.range,
            size_bytes: file.sizeBytes,
            content_range: `bytes */${file.sizeBytes}`,
          },
        },
      );
    }
    const opened = await openFileRange(ctx.storage, path.project_id, path.file_id, range);
    const headers: Record<string, string> = {
      // The contract declares downloads application/octet-stream (the reference sends the stored
      // type; ours is in the file's metadata, `content_type`).
      'content-type': 'application/octet-stream',
      'content-length': String(opened.end - opened.start + 1),
      'content-disposition': contentDisposition(file.name),
      'last-modified': opened.modifiedAt.toUTCString(),
      etag,
      'accept-ranges': 'bytes',
    };
    if (range === null) return { status: 200, body: { stream: opened.stream, headers } };
    headers['content-range'] = contentRange(range, file.sizeBytes);
    return { status: 206, body: { stream: opened.stream, headers } };
  },
} satisfies FilesHandlers<RestContext>;

/** Core -> the spec's FileResponse. */
export function fileJson(f: StoredFile): components['schemas']['FileResponse'] {
  return {
    id: f.id,
    project_id: f.projectId,
    name: f.name,
    path: f.path,
    size_bytes: f.sizeBytes,
    content_type: f.contentType,
    checksum_sha256: f.checksumSha256,
    checksum_md5: f.checksumMd5,
    is_staged: f.isStaged,
    created_at: f.createdAt,
    expires_at: f.expiresAt,
    tags: f.tags,
  };
}

/**
 * `attachment; filename="..."`, plus RFC 6266 / RFC 8187 `filename*=UTF-8''...` when the name is
 * not plain printable ASCII (the plain form then carries an ASCII stand-in).
 */
export function contentDisposition(name: string): string {
  const plain = /^[\x20-\x7e]*$/.test(name) && !/["\\%]/.test(name);
  if (plain) return `attachment; filename="${name}"`;
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
