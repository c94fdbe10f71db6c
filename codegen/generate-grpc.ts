// specs/proto/ -> generated/grpc/: ts-proto's messages, nice-grpc service definition and type
// registry, the command table and handler interface of emit-grpc-commands.ts, and the protoset
// (FileDescriptorSet without source info) that server reflection serves.
import { join } from 'node:path';
import { clone, toBinary } from '@bufbuild/protobuf';
import { type FileDescriptorSet, FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { emitGrpcCommands, GRPC_STAMP } from './emit-grpc-commands.js';
import { compileProtos, PROTO_ROOT } from './grpc-protoc.js';

/** Every file of generated/grpc/, keyed by its path under generated/. */
export function generateGrpc(repoRoot: string): Map<string, string> {
  const compiled = compileProtos(join(repoRoot, PROTO_ROOT), join(repoRoot, 'node_modules', '.bin'));
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(compiled.ts)) files.set(`grpc/${path}`, text);
  for (const [path, text] of Object.entries(emitGrpcCommands(compiled.descriptors))) files.set(path, text);
  files.set('grpc/protoset.ts', emitProtoset(compiled.descriptors));
  return files;
}

/** The descriptor set as base64 in a module (no binary file to locate at run time). */
export function emitProtoset(set: FileDescriptorSet): string {
  const bare = clone(FileDescriptorSetSchema, set);
  for (const file of bare.file) file.sourceCodeInfo = undefined;
  const base64 = Buffer.from(toBinary(FileDescriptorSetSchema, bare)).toString('base64');
  const lines = base64.match(/.{1,100}/g) ?? [];
  return [
    GRPC_STAMP.replace('emit-grpc-commands', 'generate-grpc'),
    '/** FileDescriptorSet of specs/proto/ and the well-known types it imports, for server reflection. */',
    'export const PROTOSET: Uint8Array = Buffer.from(',
    ...lines.map((l, i) => `  '${l}'${i < lines.length - 1 ? ' +' : ','}`),
    "  'base64',",
    ');',
    '',
  ].join('\n');
}
