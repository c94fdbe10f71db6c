#!/usr/bin/env node
// The `duckstorage` command (package.json "bin"; `npm i -g .` links it, `npx duckstorage` runs it in
// the repository). It runs the build (dist/cli/main.js from `make build` / `npm run build`); in a
// checkout without one, or with DUCKSTORAGE_CLI_SOURCE=1, it runs the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
let cli;
if (process.env.DUCKSTORAGE_CLI_SOURCE !== '1' && existsSync(built)) {
  cli = await import(built.href);
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    const root = new URL('..', import.meta.url).pathname;
    process.stderr.write(`duckstorage: not built: run \`npm ci && npm run build\` in ${root}\n`);
    process.exit(1);
  }
  cli = await import('./main.ts');
}
process.exitCode = await cli.run(process.argv);
