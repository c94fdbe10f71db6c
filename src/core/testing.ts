import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CoreConfig, loadCoreConfig } from './config.js';
import { StorageError } from './errors.js';
import { closeStorage, openStorage, type Storage } from './storage.js';

/** Test support: a config over a fresh temp DATA_DIR. */
export async function tempConfig(env: NodeJS.ProcessEnv = {}): Promise<{ config: CoreConfig; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'duckstorage-core-'));
  return { config: loadCoreConfig({ DATA_DIR: dir, ...env }), dir };
}

export const audit = { requestId: 'req-test', actor: 'admin' };

/** Opens a storage in a temp dir, runs fn, closes and removes everything. */
export async function withStorage<T>(
  fn: (s: Storage, dir: string) => Promise<T>,
  env: NodeJS.ProcessEnv = {},
): Promise<T> {
  const { config, dir } = await tempConfig(env);
  const s = await openStorage(config);
  try {
    return await fn(s, dir);
  } finally {
    await closeStorage(s);
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bytes of `parts`, one chunk each, as an upload body. */
export async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

/** `CODE reason` of the StorageError a promise rejects with ('no error' if it resolves). */
export async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return error instanceof StorageError ? `${error.code} ${error.reason}` : String(error);
  }
  return 'no error';
}
