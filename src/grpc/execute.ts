import { randomUUID } from 'node:crypto';
import { ServerError, Status } from 'nice-grpc';
import { COMMANDS, COMMANDS_BY_FULL_NAME, type CommandName } from '../../generated/grpc/commands.js';
import type { Any } from '../../generated/grpc/google/protobuf/any.js';
import { type DriverRequest, DriverResponse } from '../../generated/grpc/proto/common.js';
import { GenericBackendCredentials } from '../../generated/grpc/proto/credentials.js';
import { authenticate } from '../core/auth/auth.js';
import { StorageError } from '../core/errors.js';
import type { Principal } from '../core/model.js';
import type { Storage } from '../core/storage.js';
import type { Logger } from '../log.js';
import type { GrpcMetrics } from '../metrics-grpc.js';
import { pack, packEncoded, typeName, unpack } from './any.js';
import type { DriverContext } from './context.js';
import { encodingOf } from './encoded.js';
import { badRequest, toGrpcFailure } from './errors.js';
import { handlers } from './handlers/index.js';

export interface DriverDeps {
  storage: Storage;
  adminApiKey: string;
  log: Logger;
  metrics: GrpcMetrics;
  /** Longest a command may run (ms; 0 = no server-side limit). */
  callTimeoutMs: number;
}

export interface CallInfo {
  /** The client's x-request-id, else a new one. */
  requestId: string;
  /** Aborted when the client goes away or its deadline passes. */
  signal: AbortSignal;
  /**
   * Already authenticated by the transport (the HTTP bridge's bearer token); credentials then only
   * name the project (host), still checked against the key's.
   */
  principal?: Principal;
}

export interface DriverOutcome {
  response: DriverResponse;
  command: CommandName | 'unknown';
}

/** The command's name (by its full type URL: the package is checked too), or UNIMPLEMENTED. */
function commandName(command: Any | undefined): CommandName {
  if (command === undefined || command.typeUrl === '') {
    throw badRequest('DriverRequest.command is required: an Any holding one of the *Command messages');
  }
  const name = COMMANDS_BY_FULL_NAME.get(typeName(command));
  if (name === undefined) {
    throw new ServerError(Status.UNIMPLEMENTED, `Unsupported command type URL '${command.typeUrl}'`);
  }
  return name;
}

/**
 * Who calls: GenericBackendCredentials with the API key in secret (or principal, the reference's
 * field), checked like a REST bearer token; a project key whose project is not credentials.host
 * is PERMISSION_DENIED (reference pitfall: nothing was checked on native gRPC).
 */
async function caller(
  deps: DriverDeps,
  credentials: Any | undefined,
  authenticated?: Principal,
): Promise<{ principal: Principal; project: string | null }> {
  if (authenticated !== undefined) {
    const host =
      credentials === undefined || credentials.value.length === 0
        ? ''
        : unpack(GenericBackendCredentials, credentials, 'credentials').host;
    return scoped(authenticated, host);
  }
  if (credentials === undefined || (credentials.typeUrl === '' && credentials.value.length === 0)) {
    throw new StorageError(
      'UNAUTHENTICATED',
      'unauthorized',
      'Not authenticated: DriverRequest.credentials must be GenericBackendCredentials with an API key in secret',
    );
  }
  const creds = unpack(GenericBackendCredentials, credentials, 'DriverRequest.credentials');
  const token = creds.secret !== '' ? creds.secret : creds.principal;
  if (token === '') {
    throw new StorageError(
      'UNAUTHENTICATED',
      'unauthorized',
      'Not authenticated: credentials carry no API key',
    );
  }
  return scoped(await authenticate(deps.storage, token, deps.adminApiKey), creds.host);
}

/** The context's project: credentials.host for the admin key, the key's own project otherwise. */
function scoped(principal: Principal, host: string): { principal: Principal; project: string | null } {
  if (principal.kind === 'admin') return { principal, project: host === '' ? null : host };
  if (host !== '' && host !== principal.projectId) {
    throw new StorageError(
      'PERMISSION_DENIED',
      'forbidden',
      `The API key is for project ${principal.projectId}, but credentials.host names project ${host}`,
    );
  }
  return { principal, project: principal.projectId };
}

/** Rejects with DEADLINE_EXCEEDED / CANCELLED when the call ends before the command does. */
function bounded<T>(work: Promise<T>, signal: AbortSignal, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer =
      timeoutMs > 0
        ? setTimeout(
            () =>
              reject(
                new ServerError(Status.DEADLINE_EXCEEDED, `The command ran longer than ${timeoutMs} ms`),
              ),
            timeoutMs,
          )
        : undefined;
    const onAbort = () => reject(new ServerError(Status.CANCELLED, 'The call was cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * StorageDriverService/Execute for one request (the gRPC service and the HTTP bridge both call
 * it): authenticate, unpack the command by its type URL, run its handler over src/core, pack the
 * response. Throws a ServerError with the status the client must see; the command's work is
 * atomic in the core, so a cancelled call leaves no half change.
 */
export async function executeDriverRequest(
  deps: DriverDeps,
  request: DriverRequest,
  call: CallInfo,
): Promise<DriverOutcome> {
  const started = process.hrtime.bigint();
  const log = deps.log.child({ request_id: call.requestId, protocol: 'grpc' });
  let command: CommandName | 'unknown' = 'unknown';
  let status = Status.OK;
  try {
    // The metrics label: a known name only (bounded), whatever happens next.
    const known =
      request.command === undefined ? undefined : COMMANDS_BY_FULL_NAME.get(typeName(request.command));
    if (known !== undefined) command = known;
    const who = await caller(deps, request.credentials, call.principal);
    const name = commandName(request.command);
    const spec = COMMANDS[name];
    const message = unpack(spec.message as never, request.command as Any, 'DriverRequest.command');
    const ctx: DriverContext = {
      storage: deps.storage,
      principal: who.principal,
      project: who.project,
      requestId: call.requestId,
      audit: {
        requestId: call.requestId,
        actor: who.principal.kind === 'admin' ? 'admin' : `key:${who.principal.keyId}`,
      },
      log: log.child({ command: name }),
      signal: call.signal,
      messages: [],
    };
    // `never`: the registry pairs each name with its own message type, so the handler gets its command.
    const handler = handlers[name] as (command: never, ctx: DriverContext) => Promise<unknown>;
    const result = await bounded(handler(message as never, ctx), call.signal, deps.callTimeoutMs);
    const encoded = encodingOf(result);
    const commandResponse =
      result === null || spec.response === null
        ? undefined
        : encoded !== undefined
          ? packEncoded(spec.response.$type, encoded)
          : pack(spec.response as never, result as never);
    log.log('info', 'driver command', {
      command: name,
      run_id: request.runtimeOptions?.runId || undefined,
      duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
    });
    return {
      response: DriverResponse.fromPartial({ commandResponse, messages: ctx.messages }),
      command: name,
    };
  } catch (error) {
    const failure = toGrpcFailure(error, call.requestId, log);
    status = failure.error.code;
    log.log(status === Status.INTERNAL ? 'error' : 'info', 'driver command failed', {
      command,
      status: Status[status],
      reason: failure.reason,
      duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
    });
    throw failure.error;
  } finally {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    deps.metrics.commands.inc({ command, status: Status[status] });
    deps.metrics.commandDuration.observe({ command }, seconds);
  }
}

export const newRequestId = (): string => randomUUID();
