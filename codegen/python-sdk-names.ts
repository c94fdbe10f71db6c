// Python spellings for OpenAPI names: operationIds and parameter names become snake_case identifiers,
// schema names become class names, text becomes string literals, docstrings and comments.

export const GENERATED_STAMP = '# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit';

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/** `createProject` -> `create_project`, `getAPIKey` -> `get_api_key`, `X-Request-ID` -> `x_request_id`. */
export function snakeCase(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

/** A usable Python identifier for any name: invalid characters to `_`, keywords get a trailing `_`. */
export function pyIdent(name: string): string {
  let ident = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (ident === '' || /^[0-9]/.test(ident)) ident = `_${ident}`;
  return KEYWORDS.has(ident) ? `${ident}_` : ident;
}

/** The argument name of a parameter: headers lose their `X-` prefix (`X-Idempotency-Key` -> `idempotency_key`). */
export function argName(name: string, location: 'path' | 'query' | 'header'): string {
  const base = location === 'header' ? name.replace(/^x-/i, '') : name;
  return pyIdent(snakeCase(base));
}

/** A class name for a schema name; names the generated modules import themselves get a `Model` suffix. */
export function pyClassName(name: string): string {
  const ident = pyIdent(name.replace(/[^A-Za-z0-9_]+/g, '_'));
  const pascal = ident.charAt(0).toUpperCase() + ident.slice(1);
  return RESERVED_CLASS_NAMES.has(pascal) ? `${pascal}Model` : pascal;
}

const RESERVED_CLASS_NAMES = new Set(['Any', 'Callable', 'Dict', 'List', 'Literal', 'Optional', 'Union']);

/** A Python string literal; JSON string escapes are valid Python escapes. */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** Greedy word wrap; long words stay whole, blank lines and line breaks of the source are kept. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A docstring at `indent`; one line when it fits, and never ending in a quote that would close it early. */
export function docstring(text: string, indent: string): string {
  const escaped = text.replaceAll('\\', '\\\\').replaceAll('"""', '\\"\\"\\"').trimEnd();
  const lines = escaped.split('\n');
  if (lines.length === 1 && !escaped.endsWith('"') && indent.length + escaped.length + 6 <= 100) {
    return `${indent}"""${escaped}"""\n`;
  }
  const body = lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
  return `${indent}"""${body.slice(indent.length)}\n${indent}"""\n`;
}

/** `# ...` comment lines, wrapped to 100 columns. */
export function commentLines(text: string, indent: string): string {
  return wrapText(text, 98 - indent.length)
    .map((line) => `${indent}#${line === '' ? '' : ` ${line}`}\n`)
    .join('');
}

/** Python source without its docstrings and comments, to see which names the code itself uses. */
export function withoutDocs(source: string): string {
  return source.replace(/"""[\s\S]*?"""/g, '').replace(/^\s*#.*$/gm, '');
}

/** The `typing` names `code` uses, plus `always` (used by hand-written parts), sorted. */
export function usedTyping(code: string, always: readonly string[]): string[] {
  const names = [
    'Any',
    'BinaryIO',
    'Callable',
    'Dict',
    'Iterable',
    'List',
    'Literal',
    'Mapping',
    'Optional',
    'Tuple',
    'Union',
    'cast',
  ];
  return names.filter((name) => always.includes(name) || new RegExp(`\\b${name}[[(]`).test(code));
}
