import type { IncomingHttpHeaders } from 'node:http';
import { StorageError } from '../core/errors.js';

/** The bearer token of `Authorization: Bearer <key>` (scheme case-insensitive), or a 401. */
export function bearerToken(headers: IncomingHttpHeaders): string {
  const header = headers.authorization;
  const match = header === undefined ? null : /^bearer\s+(\S+)\s*$/i.exec(header);
  if (match?.[1] === undefined) {
    throw new StorageError(
      'UNAUTHENTICATED',
      'unauthorized',
      'Not authenticated: send Authorization: Bearer <key>',
    );
  }
  return match[1];
}
