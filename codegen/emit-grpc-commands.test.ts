import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { driverCommands, emitGrpcCommands } from './emit-grpc-commands.js';
import { golden, writeTree } from './golden.js';
import { compileProtos, PROTO_ROOT } from './grpc-protoc.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const mini = compileProtos(join(HERE, 'testdata', 'mini-proto'), BIN);

function tempDir(prefix: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp', prefix));
}

describe('emitGrpcCommands', () => {
  it('matches the golden output for the mini protos', () => {
    const files = emitGrpcCommands(mini.descriptors);
    expect(files).toEqual(golden('grpc-commands', files));
  });

  it('finds top-level *Command messages with the response their comment names', () => {
    // protoc lists imported files first.
    expect(driverCommands(mini.descriptors)).toEqual([
      {
        name: 'DropWidgetCommand',
        fullName: 'demo.driver.command.widget.DropWidgetCommand',
        group: 'widget',
        module: './proto/widget.js',
        response: null,
      },
      {
        name: 'BuildShelfCommand',
        fullName: 'demo.driver.command.shelf.BuildShelfCommand',
        group: 'shelf',
        module: './proto/shelf.js',
        response: {
          name: 'BuildShelfResponse',
          fullName: 'demo.driver.command.shelf.BuildShelfResponse',
          module: './proto/shelf.js',
        },
      },
      {
        name: 'ShowWidgetCommand',
        fullName: 'demo.driver.command.shelf.ShowWidgetCommand',
        group: 'shelf',
        module: './proto/shelf.js',
        response: {
          name: 'WidgetInfoResponse',
          fullName: 'demo.driver.command.widget.WidgetInfoResponse',
          module: './proto/widget.js',
        },
      },
    ]);
  });

  it.each([
    ['no annotation', 'message LostCommand {}', /must say 'Answers with/],
    [
      'an unknown response',
      '// Answers with NoSuchResponse.\nmessage LostCommand {}',
      /NoSuchResponse is not/,
    ],
  ])('refuses a command with %s', (_what, body, error) => {
    const dir = tempDir('grpc-bad-');
    try {
      mkdirSync(join(dir, 'proto'));
      writeFileSync(join(dir, 'proto', 'bad.proto'), `syntax = "proto3";\npackage bad;\n${body}\n`);
      expect(() => emitGrpcCommands(compileProtos(dir, BIN).descriptors)).toThrow(error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('annotates every command of specs/proto', () => {
    const commands = driverCommands(compileProtos(join(ROOT, PROTO_ROOT), BIN).descriptors);
    expect(commands.length).toBeGreaterThanOrEqual(45);
    expect(commands.find((c) => c.name === 'TableImportFromFileCommand')?.response?.name).toBe(
      'TableImportResponse',
    );
  });

  it('generates code that typechecks with its users, and a missing handler does not', async () => {
    const dir = tempDir('grpc-typecheck-');
    try {
      const generated: Record<string, string> = { ...emitGrpcCommands(mini.descriptors) };
      for (const [path, text] of Object.entries(mini.ts)) generated[`grpc/${path}`] = text;
      writeTree(join(dir, 'generated'), generated);
      copyFileSync(join(HERE, 'testdata/mini-grpc-consumer.ts'), join(dir, 'mini-grpc-consumer.ts'));
      const tsconfig = {
        extends: '../../tsconfig.json',
        compilerOptions: {
          rootDir: '.',
          noEmit: true,
          types: ['node'],
          typeRoots: ['../../node_modules/@types'],
        },
        include: ['generated', 'mini-grpc-consumer.ts'],
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
