/**
 * A response message that carries its own encoding: execute.ts packs these bytes instead of
 * encoding again. For big answers built from a cached core result (a preview page served from
 * the core's PreviewCache is the same object until the table changes), so a repeated page costs
 * no protobuf encoding at all.
 */
import { encodeMessage } from './wire-writer.js';

export const ENCODED: unique symbol = Symbol('encoded');

export type PreEncoded<T> = T & { [ENCODED]?: Uint8Array };

/** Memoizes `build(source)` with its encoding, per source object (held weakly). */
export function memoEncoded<S extends object, T>(
  cache: WeakMap<S, PreEncoded<T>>,
  source: S,
  codec: Parameters<typeof encodeMessage<T>>[0],
  build: (source: S) => T,
): PreEncoded<T> {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const message = build(source) as PreEncoded<T>;
  message[ENCODED] = encodeMessage(codec, message);
  cache.set(source, message);
  return message;
}

export const encodingOf = (message: unknown): Uint8Array | undefined =>
  typeof message === 'object' && message !== null ? (message as PreEncoded<object>)[ENCODED] : undefined;
