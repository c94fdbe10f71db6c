// The whole document (Paths, Components, Operation Objects) -> generated/openapi.ts, with
// openapi-typescript's Node API: `paths`, `components` and `operations` types for every other
// generated file and for hand-written code.
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { stamp } from './names.js';

export async function emitTypes(spec: unknown): Promise<Record<string, string>> {
  // openapi-typescript validates the document itself (via Redocly) and rejects what it cannot read.
  // defaultNonNullable: false keeps properties with a `default` optional: they are optional on the
  // wire (clients may omit them), which is what the SDK and the request types must say.
  const ast = await openapiTS(structuredClone(spec) as OpenAPI3, { silent: true, defaultNonNullable: false });
  return { 'openapi.ts': `${stamp('emit-types')}\n${astToString(ast)}` };
}
