// Every emitter, run on one OpenAPI document: the complete contents of generated/, in memory.
// Each emitter is a pure function of the document, so the same spec always gives the same files.
import { emitOperations } from './emit-operations.js';
import { emitTsSdk } from './emit-ts-sdk.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { emitPythonSdk } from './python-sdk.js';

/** Every generated file, keyed by its path under generated/, sorted by path. */
export async function generateAll(spec: unknown): Promise<Map<string, string>> {
  const files: Record<string, string> = {
    ...(await emitTypes(spec)),
    ...emitOperations(spec),
    ...emitValidators(spec),
    ...emitTsSdk(spec),
  };
  for (const [path, text] of Object.entries(emitPythonSdk(spec))) files[`sdk-python/${path}`] = text;
  return new Map(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
