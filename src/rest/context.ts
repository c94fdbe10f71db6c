import type { Principal } from '../core/model.js';
import type { AuditContext, Storage } from '../core/storage.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/** What every REST resolver gets besides its typed input. */
export interface RestContext {
  storage: Storage;
  /** null only for operations without security (getHealth, getMetrics). */
  principal: Principal | null;
  requestId: string;
  audit: AuditContext;
  log: Logger;
  metrics: Metrics;
}

export function actorOf(principal: Principal | null): string {
  if (principal === null) return 'anonymous';
  return principal.kind === 'admin' ? 'admin' : `key:${principal.keyId}`;
}
