// client.py: one Client method per Operation Object, named after the snake_cased operationId
// (arguments and result planned in python-sdk-operation.ts), grouped by tag in the spec's tag order.

import {
  commentLines,
  docstring,
  pyClassName,
  pyString,
  snakeCase,
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
  readonly tag: string;
  readonly call: string;
  readonly http: string;
  readonly summary: string | undefined;
  /** A call with placeholders for the required arguments: `get_table("<project_id>", ...)`. */
  readonly example: string;
}

function method(op: SpecOperation, spec: PySpec): { source: string; info: MethodInfo } {
  const { name, args, call, returns, decode } = planOperation(op, spec);
  const positional = args.filter((a) => !a.keywordOnly).map((a) => `${a.ident}: ${a.type}`);
  const keywords = args
    .filter((a) => a.keywordOnly)
    .map((a) => `${a.ident}: ${a.type}${a.required ? '' : ' = None'}`);
  const params = ['self', ...positional, ...(keywords.length > 0 ? ['*', ...keywords] : [])];
  const lines: string[] = [
    `    def ${name}(\n${params.map((p) => `        ${p},\n`).join('')}    ) -> ${returns}:\n`,
  ];
  // Summary, description, the HTTP call, then Args (Google style), wrapped to 100 columns.
  const doc = [sentence(op.summary ?? op.operationId)];
  if (op.description !== undefined) doc.push('', ...wrapText(op.description, 90));
  doc.push('', `${op.method} ${op.path}`);
  const argDocs = args.filter((a) => a.doc !== undefined);
  if (argDocs.length > 0) doc.push('', 'Args:');
  for (const arg of argDocs) {
    const [first = '', ...rest] = wrapText(`${arg.ident}: ${arg.doc ?? ''}`, 84);
    doc.push(`    ${first}`, ...rest.map((line) => `        ${line}`));
  }
  lines.push(docstring(doc.join('\n'), '        '));
  const request = `self._request(\n${call.map((c) => `            ${c},\n`).join('')}        )`;
  if (returns === 'None') {
    lines.push(`        ${request}\n`);
  } else if (decode === `${returns}.from_dict`) {
    lines.push(`        response = ${request}\n`, `        return ${decode}(response)\n`);
  } else {
    // The transport returns Any; cast() states the contract's type for type checkers.
    const value = decode === undefined ? 'response' : `_decode(response, ${decode})`;
    lines.push(`        response = ${request}\n`, `        return cast(${pyString(returns)}, ${value})\n`);
  }
  const brief = [
    ...args.filter((a) => !a.keywordOnly).map((a) => a.ident),
    ...(keywords.length > 0 ? ['*'] : []),
    ...args.filter((a) => a.keywordOnly).map((a) => `${a.ident}${a.required ? '' : '=None'}`),
  ];
  const example = [
    ...args.filter((a) => !a.keywordOnly).map((a) => `"<${a.ident}>"`),
    ...args.filter((a) => a.keywordOnly && a.required).map((a) => `${a.ident}=...`),
  ];
  const info: MethodInfo = {
    tag: op.tag,
    call: `${name}(${brief.join(', ')})`,
    http: `${op.method} ${op.path}`,
    summary: op.summary,
    example: `${name}(${example.join(', ')})`,
  };
  return { source: lines.join(''), info };
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
    const methods = ops.map((op) => {
      const name = snakeCase(op.operationId);
      const other = names.get(name);
      if (other !== undefined)
        throw new Error(`python-sdk: operationIds ${other} and ${op.operationId} are both ${name}()`);
      names.set(name, op.operationId);
      const { source, info } = method(op, spec);
      infos.push(info);
      return source;
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
  const imports = [...(/\b_decode\(/.test(code) ? ['_decode'] : []), '_to_json', ...models];
  const typing = usedTyping(code, ['Any', 'Dict', 'List', 'Mapping', 'Optional', 'Tuple']);
  return { source: `${clientPrelude(spec, imports, typing)}\n\n${body}`, methods: infos };
}
