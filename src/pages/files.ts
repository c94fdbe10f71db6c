import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the pages' files are, found at start-up. Our own HTML, CSS and scripts are served from the
 * source tree (`src/pages/static/`): this module runs from `src/pages/` under tsx and from
 * `dist/src/pages/` after `make build` (tsc copies no HTML or CSS), and finds the same folder from
 * both. The npm packages' bundles are served from `node_modules`, resolved as an import from here.
 */
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The project root, the folder that holds specs/duckapi.json: `../..` from src/pages, `../../..` from dist/src/pages. */
export function projectRoot(): string {
  const candidates = [join(here, '..', '..'), join(here, '..', '..', '..')];
  const root = candidates.find((dir) => existsSync(join(dir, 'specs', 'duckapi.json')));
  if (root === undefined) throw new Error(`specs/duckapi.json not found above ${here}`);
  return root;
}

/** src/pages/static: the pages' HTML, CSS and browser scripts. */
export const staticDir = (): string => join(projectRoot(), 'src', 'pages', 'static');

/** specs/duckapi.json, served as GET /openapi.json. */
export const specPath = (): string => join(projectRoot(), 'specs', 'duckapi.json');

/** The folder of a package's main entry in node_modules (chart.js exports no package.json). */
export const entryDir = (name: string): string => dirname(require.resolve(name));

/** A package's root folder in node_modules, for packages that export their package.json. */
export const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));
