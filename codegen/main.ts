// `make generate` (npx tsx codegen/main.ts): specs/duckapi.json and specs/proto/ -> generated/, wiped
// and rebuilt. All files are built in memory first (generate.ts, grpc-protoc.ts), so a failing
// emitter leaves generated/ as it was.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from './generate.js';
import { generateGrpc } from './generate-grpc.js';
import { SPEC_PATH } from './names.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'generated');

const spec: unknown = JSON.parse(readFileSync(join(ROOT, SPEC_PATH), 'utf8'));
const files = new Map([...(await generateAll(spec)), ...generateGrpc(ROOT)]);
rmSync(OUT, { recursive: true, force: true });
for (const [path, text] of files) {
  const target = join(OUT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`generated/: ${files.size} files from ${SPEC_PATH} and specs/proto/`);
