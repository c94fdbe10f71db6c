import type { Principal } from '../core/model.js';
import type { AuditContext, Storage } from '../core/storage.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/** Where S3 clients connect, as REST answers tell them (createS3Credential). */
export interface S3Endpoint {
  /** BASE_URL + S3_PREFIX, e.g. http://localhost:8000/s3. */
  endpoint: string;
  /** The first of S3_REGION. */
  region: string;
}

/** What every REST resolver gets besides its typed input. */
export interface RestContext {
  storage: Storage;
  /** null only for operations without security (getHealth, getMetrics). */
  principal: Principal | null;
  requestId: string;
  audit: AuditContext;
  log: Logger;
  metrics: Metrics;
  s3: S3Endpoint;
}

export function actorOf(principal: Principal | null): string {
  if (principal === null) return 'anonymous';
  return principal.kind === 'admin' ? 'admin' : `key:${principal.keyId}`;
}
