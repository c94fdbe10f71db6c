// The TS emitters' output for the mini spec must compile under the project's strict tsconfig, with
// hand-written code using it (codegen/testdata/mini-consumer.ts, including @ts-expect-error cases).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emitOperations } from './emit-operations.js';
import { emitTsSdk } from './emit-ts-sdk.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { miniSpec, writeTree } from './golden.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('TS emitters on the mini spec', () => {
  it('produce code that typechecks with its users', async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', 'mini-typecheck-'));
    try {
      writeTree(join(dir, 'generated'), {
        ...(await emitTypes(miniSpec)),
        ...emitOperations(miniSpec),
        ...emitValidators(miniSpec),
        ...emitTsSdk(miniSpec),
      });
      copyFileSync(join(HERE, 'testdata/mini-consumer.ts'), join(dir, 'mini-consumer.ts'));
      const tsconfig = {
        extends: '../../tsconfig.json',
        compilerOptions: {
          rootDir: '.',
          noEmit: true,
          types: ['node'],
          typeRoots: ['../../node_modules/@types'],
        },
        include: ['generated', 'mini-consumer.ts'],
        exclude: [],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const result = await promisify(execFile)(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], {
        cwd: ROOT,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
      expect(result.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
