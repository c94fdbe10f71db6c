// specs/proto/ -> generated/grpc/: protoc with the ts-proto plugin (nice-grpc service definitions,
// the message type registry for Any dispatch) plus the descriptor set the command emitter reads.
// Toolchain: Debian protobuf-compiler + libprotobuf-dev (`make system-deps`), npm ts-proto.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { type FileDescriptorSet, FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';

export const PROTO_ROOT = 'specs/proto';
const PROTOC = '/usr/bin/protoc';
/** Where libprotobuf-dev puts google/protobuf/any.proto and struct.proto. */
const WELL_KNOWN = '/usr/include';

/** TOOLCHAIN.md: the ts-proto options that compile under strict NodeNext. */
export const TS_PROTO_OPTIONS = [
  'outputServices=nice-grpc',
  'outputServices=generic-definitions',
  'useExactTypes=false',
  'env=node',
  'forceLong=bigint',
  'outputTypeRegistry=true',
  'importSuffix=.js',
  'esModuleInterop=true',
].join(',');

export interface CompiledProtos {
  /** ts-proto's files, keyed by their path relative to the output root (e.g. proto/table.ts). */
  ts: Record<string, string>;
  descriptors: FileDescriptorSet;
}

/** Every .proto file under `root` (relative to it, sorted): the include root holds `proto/`. */
export function protoFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.proto'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** Runs protoc once (in `root`) over every proto under it; `pluginDir` holds node_modules/.bin. */
export function compileProtos(root: string, pluginDir: string, options = { ts: true }): CompiledProtos {
  if (!existsSync(PROTOC) || !existsSync(join(WELL_KNOWN, 'google/protobuf/any.proto'))) {
    throw new Error(
      `${PROTOC} or ${WELL_KNOWN}/google/protobuf/any.proto is missing: run 'make system-deps' (protobuf-compiler, libprotobuf-dev)`,
    );
  }
  const out = mkdtempSync(join(tmpdir(), 'duckstorage-protoc-'));
  try {
    const descriptorFile = join(out, 'descriptors.bin');
    const tsOut = join(out, 'ts');
    mkdirSync(tsOut);
    const files = protoFiles(root);
    spawnChecked(
      PROTOC,
      [
        '-I.',
        `-I${WELL_KNOWN}`,
        ...(options.ts
          ? [
              `--plugin=protoc-gen-ts_proto=${join(pluginDir, 'protoc-gen-ts_proto')}`,
              `--ts_proto_out=${tsOut}`,
              `--ts_proto_opt=${TS_PROTO_OPTIONS}`,
            ]
          : []),
        `--descriptor_set_out=${descriptorFile}`,
        '--include_imports',
        '--include_source_info',
        ...files,
      ],
      root,
    );
    const ts: Record<string, string> = {};
    for (const path of readdirSync(tsOut, { recursive: true, withFileTypes: true })) {
      if (!path.isFile()) continue;
      const full = join(path.parentPath, path.name);
      ts[relative(tsOut, full)] = readFileSync(full, 'utf8');
    }
    const descriptors = fromBinary(FileDescriptorSetSchema, readFileSync(descriptorFile));
    return { ts, descriptors };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function spawnChecked(command: string, args: string[], cwd: string): void {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`${command} failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
  }
}
