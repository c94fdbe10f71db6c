import type { CommandName } from '../../../generated/grpc/commands.js';
import { unimplemented } from '../errors.js';

/**
 * Commands of the protos DuckStorage does not serve, and why: each answers UNIMPLEMENTED naming
 * itself (none silently succeeds), and GET /driver/commands lists them as unimplemented.
 */
export const UNSERVED_REASONS = {
  BigQueryExternalBucketSharingStatusCommand: 'BigQuery Analytics Hub only',
  GrantExternalBucketSubscriberCommand: 'BigQuery Analytics Hub only',
  RevokeExternalBucketSubscriberCommand: 'BigQuery Analytics Hub only',
} as const satisfies Partial<Record<CommandName, string>>;

export const UNSERVED: Partial<Record<CommandName, string>> = UNSERVED_REASONS;

/** The handler of an unserved command. */
export const refuse = (name: keyof typeof UNSERVED_REASONS) => async (): Promise<never> => {
  throw unimplemented(`${name} (${UNSERVED_REASONS[name]})`);
};
