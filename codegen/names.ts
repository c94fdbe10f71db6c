// Naming and literal helpers shared by the TypeScript emitters: spec names (operationIds, tags,
// path templates) -> TS identifiers, Express route paths, string literals and doc comments.

export const SPEC_PATH = 'specs/duckapi.json';

/** The first line of every generated TS/JS file; `emitter` is the file name under codegen/ without `.ts`. */
export function stamp(emitter: string): string {
  return `// generated from ${SPEC_PATH} by codegen/${emitter}.ts; do not edit`;
}

/** `api-keys` -> `ApiKeys`, `createProject` -> `CreateProject`, `get_health` -> `GetHealth`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The handler interface of a tag: `api-keys` -> `ApiKeysHandlers`. */
export function handlersName(tag: string): string {
  return `${pascalCase(tag)}Handlers`;
}

/**
 * OpenAPI path template -> Express 5 route: `/projects/{project_id}` -> `/projects/:project_id`.
 * Express 5 (path-to-regexp 8) takes `:name` with an identifier name, and treats `*`, `(`, `)`, `{`,
 * `}`, `:` and `?` in literal segments as syntax, so those are rejected here rather than misrouted.
 */
export function expressPath(path: string): string {
  return path.replace(/\{([^}]*)\}|[*(){}:?!+]/g, (match, name: string | undefined) => {
    if (name === undefined || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
      throw new Error(`path ${path}: ${match} cannot be expressed as an Express route`);
    }
    return `:${name}`;
  });
}

/** A single-quoted TS string literal. */
export function tsString(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** An object key: bare when it is an identifier, quoted otherwise (`'api-keys'`). */
export function tsKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
}

/** A one-line JSDoc comment; `*\/` in spec text cannot end it early. */
export function docLine(text: string, indent = ''): string {
  const clean = text.replace(/\s+/g, ' ').trim().replaceAll('*/', '*\\/');
  return `${indent}/** ${clean} */`;
}
