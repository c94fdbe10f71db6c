// specs/proto/ -> generated/grpc/: ts-proto's messages, nice-grpc service definition and type
// registry, plus the command table and handler interface of emit-grpc-commands.ts.
import { join } from 'node:path';
import { emitGrpcCommands } from './emit-grpc-commands.js';
import { compileProtos, PROTO_ROOT } from './grpc-protoc.js';

/** Every file of generated/grpc/, keyed by its path under generated/. */
export function generateGrpc(repoRoot: string): Map<string, string> {
  const compiled = compileProtos(join(repoRoot, PROTO_ROOT), join(repoRoot, 'node_modules', '.bin'));
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(compiled.ts)) files.set(`grpc/${path}`, text);
  for (const [path, text] of Object.entries(emitGrpcCommands(compiled.descriptors))) files.set(path, text);
  return files;
}
