// The Python SDK emitter: OpenAPI 3.1 document -> the files of the `duckstorage` package
// (generated/sdk-python/), standard library only, Python 3.9+. Pure and deterministic.
// Info Object -> pyproject.toml and __version__; components.schemas -> models.py
// (python-sdk-models.ts); Paths -> client.py (python-sdk-client.ts); the Error schema -> errors.py;
// binary.py (python-sdk-binary.ts) streams non-JSON bodies and answers.

import { emitBinary } from './python-sdk-binary.js';
import { emitClient, type MethodInfo } from './python-sdk-client.js';
import { emitModels, modelNames } from './python-sdk-models.js';
import { docstring, GENERATED_STAMP, pyString } from './python-sdk-names.js';
import { emitErrors } from './python-sdk-runtime.js';
import { type PySpec, readSpec } from './python-sdk-spec.js';

/** Where main.ts writes the files; the keys of emitPythonSdk's result are relative to it. */
export const PYTHON_SDK_DIR = 'generated/sdk-python';

const PACKAGE = 'duckstorage';

function pyproject(spec: PySpec): string {
  return `${GENERATED_STAMP}
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "${PACKAGE}"
version = ${pyString(spec.version)}
description = ${pyString(`Python client for the ${spec.title} (standard library only)`)}
readme = "README.md"
requires-python = ">=3.9"
dependencies = []

[tool.setuptools]
packages = ["${PACKAGE}"]

[tool.setuptools.package-data]
${PACKAGE} = ["py.typed"]
`;
}

function init(spec: PySpec): string {
  const own = new Set(['ApiError', 'BinaryResponse', 'Client', 'ErrorCode', 'models']);
  const models = modelNames(spec).filter((name) => !own.has(name));
  const exported = ['NULL', 'ApiError', 'BinaryResponse', 'Client', 'ErrorCode', 'models', ...models].map(
    (name) => `    ${pyString(name)},\n`,
  );
  return `${GENERATED_STAMP}
${docstring(`Python client for the ${spec.title} ${spec.version}: \`Client\`, \`ApiError\` and the models.`, '')}
from . import models
from .binary import BinaryResponse
from .client import Client
from .errors import ApiError, ErrorCode
from .models import NULL
${models.length === 0 ? '' : `from .models import (\n${models.map((name) => `    ${name},\n`).join('')})\n`}
__version__ = ${pyString(spec.version)}

__all__ = [
${exported.join('')}]
`;
}

/** Example calls: the first method with path parameters and required body fields, and the first read. */
function examples(methods: readonly MethodInfo[]): string {
  const withPath = methods.filter((m) => m.http.includes('{'));
  const picks = [
    withPath.find((m) => m.example.includes('=...')),
    withPath.find((m) => m.http.startsWith('GET ')),
  ];
  const chosen = picks.filter((m): m is MethodInfo => m !== undefined);
  if (chosen.length === 0 && methods[0] !== undefined) chosen.push(methods[0]);
  return chosen.map((m) => `    print(client.${m.example})\n`).join('');
}

function readme(spec: PySpec, methods: readonly MethodInfo[]): string {
  const sections: string[] = [];
  let tag: string | undefined;
  for (const method of methods) {
    if (method.tag !== tag) {
      tag = method.tag;
      sections.push(`\n### ${tag}\n\n`);
    }
    sections.push(
      `- \`${method.call}\`: \`${method.http}\`${method.summary === undefined ? '' : `. ${method.summary}`}\n`,
    );
  }
  return `<!-- ${GENERATED_STAMP.slice(2)} -->
# ${PACKAGE} (Python)

Python client for the ${spec.title} ${spec.version}. Python 3.9+, standard library only (\`urllib\`).

\`\`\`sh
pip install ./generated/sdk-python        # or: PYTHONPATH=generated/sdk-python
\`\`\`

\`\`\`python
from ${PACKAGE} import ApiError, Client

client = Client("http://localhost:8000", api_key="...")
try:
${examples(methods)}except ApiError as err:
    print(err.status, err.code, err.error, err.message, err.request_id)
\`\`\`

- One method per operation, named after its operationId in snake_case.
- Path parameters are positional, in path order. Body fields, query parameters, \`idempotency_key\`
  (\`X-Idempotency-Key\`) and \`request_id\` (\`X-Request-ID\`) are keyword-only; \`None\` leaves them out.
- Where a model is expected, a plain \`dict\` works too; list query parameters repeat the parameter.
- Results are dataclasses from \`${PACKAGE}.models\` (\`from_dict\` / \`to_dict\`), \`str\` for text answers,
  \`None\` for 204.
- Uploads: a multipart file field or a raw body takes \`bytes\` or a binary file object (\`open(p, "rb")\`),
  read in chunks while it is sent (raw bodies also take an iterable of chunks); \`content_type\` sets a
  raw body's type.
- Binary answers: \`name(...)\` returns \`bytes\` (\`None\` for a 304), \`name_stream(...)\` a
  \`BinaryResponse\` (\`status\`, \`headers\`, \`etag\`, \`content_range\`; iterate it for chunks, \`save(path)\`,
  \`read()\`; use it in a \`with\` block). Header parameters such as \`range\` and \`if_none_match\` are keywords.
- Every non-2xx answer raises \`ApiError\` with \`status\`, \`code\`, \`error\`, \`message\`, \`request_id\`,
  \`detail\`, \`body\` and \`headers\`.
- Retries: a call that is safe to repeat (GET, HEAD, PUT, DELETE, or one with an \`idempotency_key\`) is
  sent again after 429, 502, 503, 504 or a connection error: \`Client(..., max_retries=3, backoff=0.2,
  max_backoff=5.0)\` (exponential with jitter, \`Retry-After\` honoured; \`max_retries=0\` turns it off).
  A seekable file body is rewound for each attempt; an iterable or a pipe is sent once.

## Methods
${sections.join('')}`;
}

/** The package's files, keyed by path relative to PYTHON_SDK_DIR. */
export function emitPythonSdk(spec: unknown): Record<string, string> {
  const read = readSpec(spec);
  const client = emitClient(read);
  return {
    'README.md': readme(read, client.methods),
    'pyproject.toml': pyproject(read),
    [`${PACKAGE}/__init__.py`]: init(read),
    [`${PACKAGE}/binary.py`]: emitBinary(read),
    [`${PACKAGE}/client.py`]: client.source,
    [`${PACKAGE}/errors.py`]: emitErrors(read),
    [`${PACKAGE}/models.py`]: emitModels(read),
    // PEP 561: the package ships its own type hints.
    [`${PACKAGE}/py.typed`]: `${GENERATED_STAMP}\n`,
  };
}
