import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { StreamBody } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import { validationError } from './errors.js';

/**
 * Request bodies as the core's byte sources (`AsyncIterable<Uint8Array>`), read lazily: nothing
 * is read until the core has checked the session and the limits, and reading stops as soon as
 * the core stops (a limit). Stopping never destroys the request, so the 413 can still be sent;
 * the pipeline then closes the connection instead of reading the rest.
 */

/** An application/octet-stream body (uploadFileStream). */
export async function* bodySource(body: StreamBody): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of body.stream.iterator({ destroyOnReturn: false })) yield chunk as Uint8Array;
  } catch (error) {
    throw aborted(error);
  }
}

/** The client went away mid-body: a 400 (nobody reads it), not an INTERNAL error in the log. */
const aborted = (error: unknown) =>
  error instanceof StorageError
    ? error
    : new StorageError(
        'INVALID_ARGUMENT',
        'upload_incomplete',
        'The request body ended before it was complete',
        {
          cause: error,
        },
      );

/** Multipart bytes besides the file (boundaries, part headers, small fields). */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

const badForm = (why: string) =>
  new StorageError('INVALID_ARGUMENT', 'invalid_multipart', `Malformed multipart/form-data body: ${why}`);

const missingFile = (field: string) =>
  validationError([{ type: 'missing', loc: ['body', field], msg: 'Field required' }]);

/**
 * The bytes of the multipart part named `field` (uploadFile: `file`), parsed by busboy as they
 * arrive (never buffered whole). Other parts are skipped; a form without the part is the
 * reference's 422 `loc ["body","file"]`. The iteration ends once the whole form was read.
 */
export async function* multipartFile(body: StreamBody, field = 'file'): AsyncGenerator<Uint8Array> {
  const type = body.contentType ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw validationError([
      {
        type: 'content_type',
        loc: ['body', field],
        msg: 'Expected a multipart/form-data body with a boundary',
      },
    ]);
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': type },
      limits: { fields: 32, fieldSize: 64 * 1024, parts: 64 },
    });
  } catch (error) {
    throw badForm(error instanceof Error ? error.message : String(error));
  }
  const req = body.stream;
  let found = false;
  const file = new Promise<Readable>((resolve, reject) => {
    parser.on('file', (name, stream) => {
      if (name === field && !found) {
        found = true;
        resolve(stream);
      } else stream.resume();
    });
    parser.on('finish', () => reject(missingFile(field)));
    parser.on('error', (error: Error) => reject(badForm(error.message)));
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', (error: Error) => reject(badForm(error.message)));
  });
  // Neither may become an unhandled rejection when the consumer stops early.
  file.catch(() => undefined);
  finished.catch(() => undefined);
  // A client that goes away mid-body: fail the part, so the core removes its temp file.
  const onClose = () => {
    if (!req.readableEnded) parser.destroy(aborted(new Error('the request was aborted')));
  };
  req.on('close', onClose);
  req.pipe(parser);
  try {
    const stream = await file;
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (error) {
      // busboy ends the part with its own error on a malformed or truncated form.
      throw error instanceof StorageError
        ? error
        : badForm(error instanceof Error ? error.message : String(error));
    }
    await finished;
  } finally {
    req.off('close', onClose);
    req.unpipe(parser);
  }
}
