import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';
import { errorBody, HTTP_STATUS } from './errors.js';

/**
 * Requests Node's HTTP parser rejects before any route runs (a request line or headers over
 * MAX_HEADER_BYTES, malformed HTTP) still get the spec's `Error` body and a request id, instead
 * of Node's bare status line.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Socket,
  maxHeaderBytes: number,
  log: Logger,
): void {
  // As Node's own default handler does: answer only when no response on this (keep-alive)
  // socket has started; `_httpMessage` is Node's field for the response in progress.
  const inProgress = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inProgress?.headersSent === true) {
    socket.destroy();
    return;
  }
  const failure =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new StorageError(
          'PAYLOAD_TOO_LARGE',
          'headers_too_large',
          `Request line and headers exceed the limit MAX_HEADER_BYTES=${maxHeaderBytes}`,
          { details: { limit_bytes: maxHeaderBytes } },
        )
      : new StorageError('INVALID_ARGUMENT', 'bad_request', 'Malformed HTTP request', {
          details: { parser_error: error.code ?? 'unknown' },
        });
  const requestId = randomUUID();
  const status = HTTP_STATUS[failure.code];
  const body = JSON.stringify(errorBody(failure, requestId));
  log.log('info', 'request rejected by the HTTP parser', {
    request_id: requestId,
    status,
    parser_error: error.code,
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-ID: ${requestId}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
