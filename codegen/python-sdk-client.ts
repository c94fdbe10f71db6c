// client.py: one Client method per Operation Object, named after the snake_cased operationId
// (arguments and result planned in python-sdk-operation.ts), grouped by tag in the spec's tag order.

import {
  commentLines,
  docstring,
  pyClassName,
  pyString,
  usedTyping,
  withoutDocs,
  wrapText,
} from './python-sdk-names.js';
import { planOperation } from './python-sdk-operation.js';
import { clientClassHead, clientPrelude } from './python-sdk-runtime.js';
import type { PySpec, SpecOperation } from './python-sdk-spec.js';

/** A docstring summary line ends with a period (PEP 257). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One method for the README's list: `create_table(project_id, ..., *, name, columns, primary_key=None)`. */
export interface MethodInfo {
  /** The method name (an operation's snake_cased operationId, or that plus `_stream`). */
  readonly name: string;
  readonly tag: string;
  readonly call: string;
  readonly http: string;
  readonly summary: string | undefined;
  /** A call with placeholders for the required arguments: `get_table("<project_id>", ...)`. */
  readonly example: string;
}

type Plan = ReturnType<typeof planOperation>;

/** `def name(self, path..., *, keywords...) -> returns:` and the docstring. */
function head(
  op: SpecOperation,
  plan: Plan,
  name: string,
  returns: string,
  extra: { summary?: string; returns?: string } = {},
): string {
  const { args } = plan;
  const positional = args.filter((a) => !a.keywordOnly).map((a) => `${a.ident}: ${a.type}`);
  const keywords = args
    .filter((a) => a.keywordOnly)
    .map((a) => `${a.ident}: ${a.type}${a.required ? '' : ' = None'}`);
  const params = ['self', ...positional, ...(keywords.length > 0 ? ['*', ...keywords] : [])];
  // Summary, description, the HTTP call, then Args and Returns (Google style), wrapped to 100 columns.
  const doc = [extra.summary ?? sentence(op.summary ?? op.operationId)];
  if (op.description !== undefined) doc.push('', ...wrapText(op.description, 90));
  doc.push('', `${op.method} ${op.path}`);
  const argDocs = args.filter((a) => a.doc !== undefined);
  if (argDocs.length > 0) doc.push('', 'Args:');
  for (const arg of argDocs) {
    const [first = '', ...rest] = wrapText(`${arg.ident}: ${arg.doc ?? ''}`, 84);
    doc.push(`    ${first}`, ...rest.map((line) => `        ${line}`));
  }
  if (extra.returns !== undefined) {
    doc.push('', 'Returns:', ...wrapText(extra.returns, 86).map((line) => `    ${line}`));
  }
  return `    def ${name}(\n${params.map((p) => `        ${p},\n`).join('')}    ) -> ${returns}:\n${docstring(doc.join('\n'), '        ')}`;
}

function requestCall(call: readonly string[]): string {
  return `self._request(\n${call.map((c) => `            ${c},\n`).join('')}        )`;
}

/** A status tuple in Python: `(304,)`, `(204, 304)`. */
const statusTuple = (statuses: readonly number[]) =>
  statuses.length === 1 ? `(${statuses[0]},)` : `(${statuses.join(', ')})`;

/**
 * A binary answer: `name()` returns the body as bytes (None for a success without content), and
 * `name_stream()` the BinaryResponse to iterate over or save; the first calls the second.
 */
function binaryMethods(op: SpecOperation, plan: Plan, empty: readonly number[]): string[] {
  const stream = `${plan.name}_stream`;
  const passOn = [
    ...plan.args.filter((a) => !a.keywordOnly).map((a) => a.ident),
    ...plan.args.filter((a) => a.keywordOnly).map((a) => `${a.ident}=${a.ident}`),
  ];
  const none = empty.length === 0 ? '' : ` None for ${empty.join(' or ')} (no content).`;
  const flat = `        with self.${stream}(${passOn.join(', ')}) as response:\n`;
  const open =
    flat.length <= 101
      ? flat
      : `        with self.${stream}(\n${passOn.map((a) => `            ${a},\n`).join('')}        ) as response:\n`;
  const bytes = [
    head(op, plan, plan.name, plan.returns, {
      returns: `The whole body, in memory.${none} For large answers use ${stream}().`,
    }),
    open,
    empty.length === 0
      ? '            return response.read()\n'
      : empty.length === 1
        ? `            return None if response.status == ${empty[0]} else response.read()\n`
        : `            return None if response.status in ${statusTuple(empty)} else response.read()\n`,
  ].join('');
  const call = [
    ...plan.call,
    'stream=True',
    ...(empty.length > 0 ? [`empty_statuses=${statusTuple(empty)}`] : []),
  ];
  const summary = (op.summary ?? op.operationId).replace(/[.!?]$/, '');
  const streamed = [
    head(op, plan, stream, 'BinaryResponse', {
      summary: `${summary}, streamed.`,
      returns: `The answer, read as it arrives: iterate over it for chunks, save(path_or_file) or read(); use it in a \`with\` block to free the connection.${empty.length === 0 ? '' : ` ${empty.join(' or ')} has no chunks.`}`,
    }),
    `        response = ${requestCall(call)}\n`,
    '        return cast("BinaryResponse", response)\n',
  ].join('');
  return [bytes, streamed];
}

function method(op: SpecOperation, spec: PySpec): { sources: string[]; infos: MethodInfo[] } {
  const plan = planOperation(op, spec);
  const { name, args, call, returns, decode } = plan;
  let sources: string[];
  if (plan.binary !== undefined) {
    sources = binaryMethods(op, plan, plan.binary.empty);
  } else {
    const request = requestCall(call);
    const lines = [head(op, plan, name, returns)];
    if (returns === 'None') {
      lines.push(`        ${request}\n`);
    } else if (decode === `${returns}.from_dict`) {
      lines.push(`        response = ${request}\n`, `        return ${decode}(response)\n`);
    } else {
      // The transport returns Any; cast() states the contract's type for type checkers.
      const value = decode === undefined ? 'response' : `_decode(response, ${decode})`;
      lines.push(`        response = ${request}\n`, `        return cast(${pyString(returns)}, ${value})\n`);
    }
    sources = [lines.join('')];
  }
  const brief = [
    ...args.filter((a) => !a.keywordOnly).map((a) => a.ident),
    ...(args.some((a) => a.keywordOnly) ? ['*'] : []),
    ...args.filter((a) => a.keywordOnly).map((a) => `${a.ident}${a.required ? '' : '=None'}`),
  ];
  const example = [
    ...args.filter((a) => !a.keywordOnly).map((a) => `"<${a.ident}>"`),
    ...args.filter((a) => a.keywordOnly && a.required).map((a) => `${a.ident}=...`),
  ];
  const names = plan.binary === undefined ? [name] : [name, `${name}_stream`];
  const infos = names.map(
    (n): MethodInfo => ({
      name: n,
      tag: op.tag,
      call: `${n}(${brief.join(', ')})`,
      http: `${op.method} ${op.path}`,
      summary: n === name ? op.summary : 'The same, streamed: a BinaryResponse',
      example: `${n}(${example.join(', ')})`,
    }),
  );
  return { sources, infos };
}

/** Operations grouped by tag: the spec's tag order first, then any other tag in order of appearance. */
function byTag(spec: PySpec): [string, SpecOperation[]][] {
  const groups = new Map<string, SpecOperation[]>([...spec.tags.keys()].map((tag) => [tag, []]));
  for (const op of spec.operations) groups.set(op.tag, [...(groups.get(op.tag) ?? []), op]);
  return [...groups].filter(([, ops]) => ops.length > 0);
}

export function emitClient(spec: PySpec): { source: string; methods: MethodInfo[] } {
  const names = new Map<string, string>();
  const sections: string[] = [];
  const infos: MethodInfo[] = [];
  for (const [tag, ops] of byTag(spec)) {
    const about = spec.tags.get(tag);
    const methods = ops.flatMap((op) => {
      const { sources, infos: own } = method(op, spec);
      for (const { name } of own) {
        const other = names.get(name);
        if (other !== undefined)
          throw new Error(`python-sdk: operationIds ${other} and ${op.operationId} are both ${name}()`);
        names.set(name, op.operationId);
      }
      infos.push(...own);
      return sources;
    });
    sections.push(
      `${commentLines(`${tag}${about === undefined ? '' : `: ${about}`}`, '    ')}\n${methods.join('\n')}`,
    );
  }
  const body = `${clientClassHead(spec)}\n${sections.join('\n')}`;
  const code = withoutDocs(body);
  const models = [...spec.schemas.keys()]
    .map(pyClassName)
    .filter((cls) => new RegExp(`\\b${cls}\\b`).test(code));
  const imports = [...(/\b_decode\(/.test(code) ? ['_decode'] : []), '_json_default', '_to_json', ...models];
  // Names used only inside type hints (`Union[bytes, BinaryIO]`), which usedTyping does not spot.
  const hinted = ['BinaryIO', 'Iterable'].filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  const typing = usedTyping(code, ['Any', 'Dict', 'List', 'Mapping', 'Optional', 'Tuple', ...hinted]);
  return { source: `${clientPrelude(spec, imports, typing)}\n\n${body}`, methods: infos };
}
