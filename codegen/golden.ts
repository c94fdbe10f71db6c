// Golden-file support for the emitter tests: each emitter's output for codegen/testdata/mini-spec.json
// is committed under codegen/testdata/golden/<emitter>/; `UPDATE_GOLDEN=1 npx vitest run codegen`
// rewrites those files instead of comparing.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), 'testdata');

export const miniSpec: unknown = JSON.parse(readFileSync(join(TESTDATA, 'mini-spec.json'), 'utf8'));

/** Writes `files` (paths relative to `dir`) under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function readTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    tree[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return tree;
}

/** The committed golden files of `emitter`, after rewriting them first when UPDATE_GOLDEN=1. */
export function golden(emitter: string, files: Record<string, string>): Record<string, string> {
  const dir = join(TESTDATA, 'golden', emitter);
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(dir, { recursive: true, force: true });
    writeTree(dir, files);
  }
  if (!existsSync(dir))
    throw new Error(`no golden files in ${dir}: run UPDATE_GOLDEN=1 npx vitest run codegen`);
  return readTree(dir);
}
