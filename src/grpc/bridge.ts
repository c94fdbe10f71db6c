import {
  createFileRegistry,
  fromBinary,
  fromJson,
  type JsonValue,
  toBinary,
  toJson,
} from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { ServerError, Status } from 'nice-grpc';
import { COMMANDS, type CommandName } from '../../generated/grpc/commands.js';
import { Any } from '../../generated/grpc/google/protobuf/any.js';
import { DriverRequest, LogMessage_Level } from '../../generated/grpc/proto/common.js';
import { GenericBackendCredentials } from '../../generated/grpc/proto/credentials.js';
import { PROTOSET } from '../../generated/grpc/protoset.js';
import { StorageError } from '../core/errors.js';
import { pack, TYPE_URL_PREFIX, typeName } from './any.js';
import type { DriverServerError } from './errors.js';
import { type CallInfo, type DriverDeps, executeDriverRequest } from './execute.js';
import { UNSERVED } from './handlers/index.js';

/**
 * The HTTP bridge (POST /driver/execute, what the patched Connection's PHP client uses): the same
 * dispatcher as gRPC, proto3 canonical JSON in and out. Commands are parsed against the protos'
 * descriptors (unknown fields are a 400, the reference answered 500); snake_case keys are
 * accepted as camelCase (the PHP client sends `stack_prefix`).
 */
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, PROTOSET));

export interface BridgeRequest {
  /** `type` or `@type`: a command name (`CreateBucketCommand`) or its full type URL; then its fields. */
  command: Record<string, unknown>;
  /** host (else project_id) = the project; principal is ignored (the bearer token is the key). */
  credentials?: { host?: string | null; project_id?: string | null; principal?: string | null } | null;
  features?: string[] | null;
  runtimeOptions?: { runId?: string | null } | null;
}

export interface BridgeResponse {
  commandResponse: Record<string, unknown> | null;
  messages: { level: 'Error' | 'Warning' | 'Info'; message: string }[];
}

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k.startsWith('@') ? k : camel(k),
      camelKeys(v),
    ]),
  );
}

const invalid = (message: string) => new StorageError('INVALID_ARGUMENT', 'invalid_command', message);

/** `CreateBucketCommand`, `keboola....CreateBucketCommand` or a type URL -> the command's name. */
export function commandOf(type: unknown): CommandName {
  if (typeof type !== 'string' || type === '') {
    throw invalid("command must name its type in 'type' (e.g. 'InitBackendCommand') or '@type'");
  }
  const full = typeName({ $type: 'google.protobuf.Any', typeUrl: type, value: Buffer.alloc(0) });
  const name = (full.includes('.') ? full.slice(full.lastIndexOf('.') + 1) : full) as CommandName;
  const spec = COMMANDS[name];
  if (spec === undefined || (full.includes('.') && spec.fullName !== full)) {
    throw invalid(`Unsupported command type: ${type} (GET /driver/commands lists them)`);
  }
  return name;
}

/** The command's JSON as the protobuf bytes of its message (INVALID_ARGUMENT naming a bad field). */
function commandBytes(name: CommandName, json: Record<string, unknown>): Uint8Array {
  const schema = registry.getMessage(COMMANDS[name].fullName);
  if (schema === undefined)
    throw new StorageError('INTERNAL', 'descriptor_missing', `No descriptor for ${name}`);
  const { type: _type, '@type': _at, ...fields } = json;
  try {
    return toBinary(schema, fromJson(schema, camelKeys(fields) as JsonValue, { registry }));
  } catch (error) {
    throw invalid(`Invalid ${name}: ${(error as Error).message}`);
  }
}

const LEVELS: Record<number, BridgeResponse['messages'][number]['level']> = {
  [LogMessage_Level.Emergency]: 'Error',
  [LogMessage_Level.Alert]: 'Error',
  [LogMessage_Level.Critical]: 'Error',
  [LogMessage_Level.Error]: 'Error',
  [LogMessage_Level.Warning]: 'Warning',
};

/** gRPC statuses that come from the driver itself (no core error behind them) -> core errors. */
function fromServerError(error: DriverServerError): StorageError {
  if (error.storageError !== undefined) return error.storageError;
  const reason = Status[error.code]?.toLowerCase() ?? 'internal';
  if (error.code === Status.UNIMPLEMENTED)
    return new StorageError('FAILED_PRECONDITION', 'unimplemented', error.details);
  if (error.code === Status.INVALID_ARGUMENT)
    return new StorageError('INVALID_ARGUMENT', 'invalid_command', error.details);
  if (error.code === Status.DEADLINE_EXCEEDED || error.code === Status.CANCELLED) {
    return new StorageError('UNAVAILABLE', reason, error.details);
  }
  return new StorageError('INTERNAL', reason, error.details);
}

/**
 * One bridge call, for a caller the REST pipeline authenticated (call.principal); the answer's
 * commandResponse is canonical proto3 JSON (int64 as strings, enums by name, defaults left out)
 * with `@type`, messages this request's only. Failures are StorageErrors for the REST pipeline.
 */
export async function executeBridge(
  deps: DriverDeps,
  body: BridgeRequest,
  call: CallInfo,
): Promise<BridgeResponse> {
  const name = commandOf(body.command['@type'] ?? body.command.type);
  const host = body.credentials?.host ?? body.credentials?.project_id ?? '';
  const request = DriverRequest.fromPartial({
    credentials: pack(GenericBackendCredentials, GenericBackendCredentials.fromPartial({ host })),
    command: Any.fromPartial({
      typeUrl: `${TYPE_URL_PREFIX}${COMMANDS[name].fullName}`,
      value: Buffer.from(commandBytes(name, body.command)),
    }),
    features: body.features ?? [],
    runtimeOptions: { runId: body.runtimeOptions?.runId ?? '' },
  });
  let outcome: Awaited<ReturnType<typeof executeDriverRequest>>;
  try {
    outcome = await executeDriverRequest(deps, request, call);
  } catch (error) {
    throw error instanceof ServerError ? fromServerError(error) : error;
  }
  const any = outcome.response.commandResponse;
  let commandResponse: Record<string, unknown> | null = null;
  if (any !== undefined) {
    const full = typeName(any);
    const schema = registry.getMessage(full);
    if (schema === undefined)
      throw new StorageError('INTERNAL', 'descriptor_missing', `No descriptor for ${full}`);
    const json = toJson(schema, fromBinary(schema, any.value), { registry }) as Record<string, unknown>;
    commandResponse = { '@type': any.typeUrl, ...json };
  }
  return {
    commandResponse,
    messages: outcome.response.messages.map((m) => ({
      level: LEVELS[m.level] ?? 'Info',
      message: m.message,
    })),
  };
}

/** GET /driver/commands: every command of the protos, with its response and whether DuckStorage serves it. */
export function driverCommands() {
  const commands = (Object.keys(COMMANDS) as CommandName[]).map((name) => {
    const spec = COMMANDS[name];
    const unserved = UNSERVED[name];
    return {
      type: name,
      type_url: `${TYPE_URL_PREFIX}${spec.fullName}`,
      group: spec.group,
      response: spec.response === null ? null : spec.response.$type,
      status: unserved === undefined ? ('handled' as const) : ('unimplemented' as const),
      ...(unserved === undefined ? {} : { reason: unserved }),
    };
  });
  return { supported_commands: commands, total_commands: commands.length };
}
