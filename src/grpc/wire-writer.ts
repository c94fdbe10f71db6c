import { BinaryWriter } from '@bufbuild/protobuf/wire';

/**
 * One reused protobuf writer for every message this process encodes. A new BinaryWriter starts
 * at 128 bytes and doubles, each step a fresh zero-filled buffer: for a small driver answer that
 * was the largest single cost of a call. Encoding is synchronous, so one writer serves all calls;
 * it keeps the capacity it grew to, up to RETAINED_BYTES (a big answer's buffer is let go).
 */
const RETAINED_BYTES = 1 << 20;

let writer = new BinaryWriter();

interface Encoder<T> {
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
}

/** The message's bytes, in a Buffer of their own (no view into the shared writer). */
export function encodeMessage<T>(codec: Encoder<T>, message: T): Buffer {
  let bytes: Uint8Array;
  try {
    bytes = codec.encode(message, writer).finish();
  } catch (error) {
    // A throw mid-message leaves forks open in the writer: start over with a clean one.
    writer = new BinaryWriter();
    throw error;
  }
  if (bytes.byteLength > RETAINED_BYTES) writer = new BinaryWriter();
  // finish() returned a copy: wrap it, no second copy.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
