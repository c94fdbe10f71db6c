import { LogMessage, LogMessage_Level } from '../../generated/grpc/proto/common.js';
import { authorize } from '../core/auth/auth.js';
import { StorageError } from '../core/errors.js';
import type { Access, Principal } from '../core/model.js';
import type { AuditContext, Storage } from '../core/storage.js';
import type { Logger } from '../log.js';

/** What every command handler gets besides its decoded command. */
export interface DriverContext {
  storage: Storage;
  principal: Principal;
  /**
   * The project every command acts on unless it names one: the key's project (a project key),
   * else credentials.host (the admin key); null when the admin sent no host.
   */
  project: string | null;
  requestId: string;
  audit: AuditContext;
  log: Logger;
  /** Aborted when the client cancels or the deadline passes. */
  signal: AbortSignal;
  /** Messages for this request's DriverResponse only (reference pitfall: a collector per handler). */
  readonly messages: LogMessage[];
}

/** Adds a message for the caller's job log. */
export function note(ctx: DriverContext, level: 'info' | 'warning' | 'error', message: string): void {
  const lvl =
    level === 'info'
      ? LogMessage_Level.Informational
      : level === 'warning'
        ? LogMessage_Level.Warning
        : LogMessage_Level.Error;
  ctx.messages.push(LogMessage.fromPartial({ level: lvl, message }));
}

const denied = (message: string): StorageError => new StorageError('PERMISSION_DENIED', 'forbidden', message);

/**
 * The project a command field names (empty: the context's project). A project key acts on its
 * own project only: any other is PERMISSION_DENIED (reference pitfall: a key could act on other
 * projects through command fields).
 */
export function projectOf(ctx: DriverContext, named: string, field: string): string {
  const wanted = named === '' ? ctx.project : named;
  if (wanted === null || wanted === '') {
    throw new StorageError(
      'INVALID_ARGUMENT',
      'project_required',
      `${field} (or credentials.host with the admin key) must name the project`,
    );
  }
  if (ctx.principal.kind === 'project' && wanted !== ctx.principal.projectId) {
    throw denied(
      `The API key is for project ${ctx.principal.projectId}, but ${field} names project ${wanted}`,
    );
  }
  return wanted;
}

/** The REST scopes, applied to the project (and branch) a command acts on. */
export function allow(ctx: DriverContext, access: Access, projectId?: string, branchId?: string): void {
  authorize(ctx.principal, {
    access,
    ...(projectId === undefined ? {} : { projectId }),
    ...(branchId === undefined ? {} : { branchId }),
  });
}
