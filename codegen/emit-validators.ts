// Parameter Objects (in: path / in: query) and Request Body Objects -> Ajv standalone validators
// (JSON Schema 2020-12, the OpenAPI 3.1 dialect) as ESM, so the server compiles no schema at start:
//   generated/rest/validators-params.js (+ .d.ts)  coerceTypes 'array': query and path values are strings
//   generated/rest/validators-body.js   (+ .d.ts)  no coercion: JSON bodies must have the right types
//   generated/rest/validators.ts                   typed tables keyed by operationId
// Both fill in `default`s. The schemas themselves come from validator-schemas.ts.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { stamp } from './names.js';
import { readSpecModel, type SpecModel } from './spec-model.js';
import { bodySchema, componentSchemas, pathSchema, querySchema } from './validator-schemas.js';

const EMITTER = 'emit-validators';

// ajv is CommonJS: under NodeNext a default import types as `module.exports`; its `.default` is the
// function (at run time too: ajv sets `exports.default`).
const standaloneCode = standalone.default;

const BASE_OPTIONS: Options = {
  // lines: one statement per line, so a spec change shows as a readable diff of generated/.
  code: { source: true, esm: true, lines: true },
  allErrors: true,
  // OpenAPI adds keywords JSON Schema does not know (example, discriminator, x-*): ignore them.
  strict: false,
  useDefaults: true,
};

/**
 * Ajv's standalone ESM output still loads its runtime helpers (ucs2length for min/maxLength, equal
 * for enum/const of objects...) with `require("ajv/dist/runtime/x").default`, which does not exist in
 * an ES module. They become `import` declarations of the `.js` file (ESM resolution adds no
 * extension). Node hands a CommonJS module to a default import as `module.exports` (so the helper is
 * its `.default`), while bundlers and Vitest apply `__esModule` interop (the helper itself): accept both.
 */
export function toEsm(code: string): string {
  const imports: string[] = [];
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(/require\("(ajv\/dist\/runtime\/[A-Za-z0-9_-]+)"\)\.default/g, (_match, module: string) => {
      const local = `runtime_${module.slice(module.lastIndexOf('/') + 1).replaceAll('-', '_')}`;
      const line = `import ${local} from "${module}.js";`;
      if (!imports.includes(line)) imports.push(line);
      return `(${local}.default ?? ${local})`;
    });
  if (/\brequire\(/.test(body))
    throw new Error('Ajv standalone code kept a require() this emitter cannot convert');
  return `${imports.join('\n')}${imports.length > 0 ? '\n' : ''}${body.trimStart()}`;
}

function createAjv(model: SpecModel, options: Options): Ajv2020 {
  const ajv = new Ajv2020({ ...BASE_OPTIONS, ...options });
  for (const schema of componentSchemas(model)) ajv.addSchema(schema);
  return ajv;
}

function jsModule(ajv: Ajv2020, exports: Record<string, string>): string {
  const code = Object.keys(exports).length === 0 ? 'export {};\n' : toEsm(standaloneCode(ajv, exports));
  return `${stamp(EMITTER)}\n${code.endsWith('\n') ? code : `${code}\n`}`;
}

function dtsModule(names: readonly string[]): string {
  const lines = names.map((name) => `export declare const ${name}: Validator;`);
  return `${stamp(EMITTER)}
import type { Validator } from './validators.js';

${lines.length === 0 ? 'export {};' : lines.join('\n')}
`;
}

function table(entries: readonly [string, string][]): string {
  return entries.map(([id, ref]) => `  ${id}: ${ref},`).join('\n');
}

function wrapper(model: SpecModel, bodies: readonly string[]): string {
  const ops = model.operations;
  return `${stamp(EMITTER)}
// ${model.title}: Ajv standalone validators (JSON Schema 2020-12) per operationId. Each one MUTATES
// its input: it fills in \`default\`s, and the path/query ones coerce strings to the declared types
// (a single query value becomes a one-element array where the schema wants an array).
import type { ErrorObject } from 'ajv';
import type { OperationId } from './operations.js';
import * as body from './validators-body.js';
import * as params from './validators-params.js';

/** An Ajv validate function: true when valid, else \`errors\` says why. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Path parameters (an object of strings, as routed): all required, no others. */
export const pathValidators: Record<OperationId, Validator> = {
${table(ops.map((op) => [op.operationId, `params.${op.operationId}Path`]))}
};

/** Query parameters (an object of strings / string arrays): required per spec, unknown ones ignored. */
export const queryValidators: Record<OperationId, Validator> = {
${table(ops.map((op) => [op.operationId, `params.${op.operationId}Query`]))}
};

/** The parsed JSON request body of the operations that have one. */
export const bodyValidators: Partial<Record<OperationId, Validator>> = {
${table(bodies.map((id) => [id, `body.${id}Body`]))}
};
`;
}

export function emitValidators(spec: unknown): Record<string, string> {
  const model = readSpecModel(spec);
  const paramsAjv = createAjv(model, { coerceTypes: 'array' });
  const paramExports: Record<string, string> = {};
  for (const op of model.operations) {
    for (const [suffix, schema] of [
      ['Path', pathSchema(op)],
      ['Query', querySchema(op)],
    ] as const) {
      paramsAjv.addSchema(schema, `${op.operationId}${suffix}`);
      paramExports[`${op.operationId}${suffix}`] = `${op.operationId}${suffix}`;
    }
  }
  const bodyAjv = createAjv(model, {});
  const bodyExports: Record<string, string> = {};
  const bodies: string[] = [];
  for (const op of model.operations) {
    const schema = bodySchema(op);
    if (schema === undefined) continue;
    bodyAjv.addSchema(schema, `${op.operationId}Body`);
    bodyExports[`${op.operationId}Body`] = `${op.operationId}Body`;
    bodies.push(op.operationId);
  }
  return {
    'rest/validators-params.js': jsModule(paramsAjv, paramExports),
    'rest/validators-params.d.ts': dtsModule(Object.keys(paramExports)),
    'rest/validators-body.js': jsModule(bodyAjv, bodyExports),
    'rest/validators-body.d.ts': dtsModule(Object.keys(bodyExports)),
    'rest/validators.ts': wrapper(model, bodies),
  };
}
