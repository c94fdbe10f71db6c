// FileDescriptorSet of specs/proto/ -> generated/grpc/commands.ts: every top-level `*Command`
// message (DescriptorProto) of the driver packages with the response its leading comment names
// (`Answers with <Message>.` or `Answers with nothing.`, required on every command), as
//   COMMANDS        name -> full name, package group, message codec, response codec (or null)
//   CommandHandlers one method per command, so a handler table that `satisfies` it stops
//                   compiling when a command is added to the protos without a handler
//   <Group>CommandHandlers  the same, per proto package (backend, project, bucket, ...).
import type { DescriptorProto, FileDescriptorProto, FileDescriptorSet } from '@bufbuild/protobuf/wkt';

export const GRPC_STAMP = '// generated from specs/proto/ by codegen/emit-grpc-commands.ts; do not edit';

export interface DriverCommand {
  /** The message name, e.g. CreateTableCommand (unique across the driver packages). */
  name: string;
  fullName: string;
  /** The last segment of the package: backend, project, table, executeQuery, ... */
  group: string;
  /** ts-proto module of the command, relative to generated/grpc/ (e.g. ./proto/table.js). */
  module: string;
  /** null when the command answers with nothing. */
  response: { name: string; fullName: string; module: string } | null;
}

const ANSWER = /Answers with (nothing|[A-Za-z_][A-Za-z0-9_.]*)\./;
/** DescriptorProto.message_type field number: SourceCodeInfo paths [4, index] are top-level messages. */
const MESSAGE_TYPE_FIELD = 4;

const moduleOf = (file: FileDescriptorProto): string => `./${file.name.replace(/\.proto$/, '.js')}`;

function leadingComment(file: FileDescriptorProto, index: number): string {
  const location = file.sourceCodeInfo?.location.find(
    (l) => l.path.length === 2 && l.path[0] === MESSAGE_TYPE_FIELD && l.path[1] === index,
  );
  return (location?.leadingComments ?? '').replace(/\s+/g, ' ');
}

/** Every command of the set, in file then declaration order; throws on an unannotated command. */
export function driverCommands(set: FileDescriptorSet): DriverCommand[] {
  const files = set.file.filter((f) => !f.name.startsWith('google/'));
  const messages = new Map<string, { message: DescriptorProto; file: FileDescriptorProto }>();
  for (const file of files) {
    for (const message of file.messageType)
      messages.set(`${file.package}.${message.name}`, { message, file });
  }
  const commands: DriverCommand[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    file.messageType.forEach((message, index) => {
      if (!message.name.endsWith('Command')) return;
      const fullName = `${file.package}.${message.name}`;
      if (seen.has(message.name))
        throw new Error(`${fullName}: a command of this name exists in another package`);
      seen.add(message.name);
      const answer = ANSWER.exec(leadingComment(file, index))?.[1];
      if (answer === undefined) {
        throw new Error(
          `${fullName} (${file.name}): its comment must say 'Answers with <Message>.' or 'Answers with nothing.'`,
        );
      }
      let response: DriverCommand['response'] = null;
      if (answer !== 'nothing') {
        // The same package first, else the one package that has a top-level message of that name.
        const local = messages.get(`${file.package}.${answer}`);
        const elsewhere = [...messages].filter(([full]) => full.endsWith(`.${answer}`));
        const [responseFull, target] =
          local !== undefined
            ? [`${file.package}.${answer}`, local]
            : elsewhere.length === 1 && elsewhere[0] !== undefined
              ? elsewhere[0]
              : [answer, undefined];
        if (target === undefined) {
          throw new Error(`${fullName}: response ${answer} is not one top-level message of the set`);
        }
        response = { name: target.message.name, fullName: responseFull, module: moduleOf(target.file) };
      }
      const group = file.package.split('.').at(-1) ?? file.package;
      commands.push({ name: message.name, fullName, group, module: moduleOf(file), response });
    });
  }
  return commands;
}

const pascal = (group: string): string => group.charAt(0).toUpperCase() + group.slice(1);

/** The generated file, keyed by its path under generated/. */
export function emitGrpcCommands(set: FileDescriptorSet): Record<string, string> {
  const commands = driverCommands(set);
  const imports = new Map<string, Set<string>>();
  const use = (module: string, name: string) => {
    const names = imports.get(module) ?? new Set<string>();
    names.add(name);
    imports.set(module, names);
  };
  for (const c of commands) {
    use(c.module, c.name);
    if (c.response !== null) use(c.response.module, c.response.name);
  }
  const importLines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
  const table = commands.map((c) =>
    [
      `  ${c.name}: {`,
      `    fullName: '${c.fullName}',`,
      `    group: '${c.group}',`,
      `    message: ${c.name},`,
      `    response: ${c.response === null ? 'null' : c.response.name},`,
      '  },',
    ].join('\n'),
  );
  const methods = commands.map((c) =>
    [
      `  /** ${c.fullName} -> ${c.response === null ? 'no response' : c.response.fullName} */`,
      `  ${c.name}(command: ${c.name}, ctx: Ctx): Promise<${c.response === null ? 'null' : c.response.name}>;`,
    ].join('\n'),
  );
  const groups = new Map<string, string[]>();
  for (const c of commands) groups.set(c.group, [...(groups.get(c.group) ?? []), c.name]);
  const groupTypes = [...groups].map(
    ([group, names]) =>
      `/** The commands of package ${commands.find((c) => c.group === group)?.fullName.replace(/\.[^.]+$/, '')}. */\n` +
      `export type ${pascal(group)}CommandHandlers<Ctx> = Pick<\n  CommandHandlers<Ctx>,\n${names.map((n) => `  | '${n}'`).join('\n')}\n>;`,
  );
  const text = [
    GRPC_STAMP,
    ...importLines,
    '',
    '/** Every driver command: its full protobuf name, package group, message codec and response codec. */',
    'export const COMMANDS = {',
    ...table,
    '} as const;',
    '',
    'export type CommandName = keyof typeof COMMANDS;',
    '',
    '/** Commands by full protobuf name (the type URL without `type.googleapis.com/`). */',
    'export const COMMANDS_BY_FULL_NAME: ReadonlyMap<string, CommandName> = new Map(',
    '  (Object.keys(COMMANDS) as CommandName[]).map((name) => [COMMANDS[name].fullName, name]),',
    ');',
    '',
    '/** One handler per command; a command that answers with nothing resolves to null. */',
    'export interface CommandHandlers<Ctx> {',
    ...methods,
    '}',
    '',
    ...groupTypes.flatMap((t) => [t, '']),
  ].join('\n');
  return { 'grpc/commands.ts': text };
}
