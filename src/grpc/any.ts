import type { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';
import { Any } from '../../generated/grpc/google/protobuf/any.js';
import { badRequest } from './errors.js';
import { encodeMessage } from './wire-writer.js';

/** Type URLs are `type.googleapis.com/<full message name>` (any host part is accepted on read). */
export const TYPE_URL_PREFIX = 'type.googleapis.com/';

interface Codec<T> {
  readonly $type: string;
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
  decode(input: BinaryReader | Uint8Array): T;
}

/** Packs a message into an Any with its canonical type URL. */
export function pack<T>(codec: Codec<T>, message: T): Any {
  return Any.fromPartial({
    typeUrl: `${TYPE_URL_PREFIX}${codec.$type}`,
    value: encodeMessage(codec, message),
  });
}

/** An Any of bytes already encoded as message type `fullName`. */
export function packEncoded(fullName: string, value: Uint8Array): Any {
  return {
    $type: 'google.protobuf.Any',
    typeUrl: `${TYPE_URL_PREFIX}${fullName}`,
    value: Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  };
}

/** The full message name of an Any's type URL (text after the last `/`); '' when there is none. */
export function typeName(any: Any): string {
  const slash = any.typeUrl.lastIndexOf('/');
  return slash < 0 ? any.typeUrl : any.typeUrl.slice(slash + 1);
}

/** Decodes an Any that must hold `codec`'s message: INVALID_ARGUMENT for another type or bad bytes. */
export function unpack<T>(codec: Codec<T>, any: Any, field: string): T {
  if (typeName(any) !== codec.$type) {
    throw badRequest(`${field} must be ${codec.$type}, got type URL '${any.typeUrl}'`);
  }
  try {
    return codec.decode(any.value);
  } catch (error) {
    throw badRequest(`${field} is not a valid ${codec.$type}: ${(error as Error).message}`);
  }
}
