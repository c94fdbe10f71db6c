import { readFileSync } from 'node:fs';
import { specPath } from './files.js';

let document: Record<string, unknown> | undefined;

/** specs/duckapi.json as committed, read once (getOpenApiDocument). */
export function openApiDocument(): Record<string, unknown> {
  document ??= JSON.parse(readFileSync(specPath(), 'utf8')) as Record<string, unknown>;
  return document;
}
