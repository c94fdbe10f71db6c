import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from './errors.js';

/**
 * Ajv errors -> the spec's `ValidationIssue` list (FastAPI-like `type`/`loc`/`msg`, as the
 * reference's 422 bodies), so clients see every problem at once.
 */
const TYPE_BY_KEYWORD: Record<string, string> = {
  required: 'missing',
  additionalProperties: 'extra_forbidden',
  type: 'type_error',
  pattern: 'string_pattern_mismatch',
  minimum: 'greater_than_equal',
  maximum: 'less_than_equal',
  minLength: 'string_too_short',
  maxLength: 'string_too_long',
  minItems: 'too_short',
  maxItems: 'too_long',
  enum: 'enum',
  anyOf: 'union',
  oneOf: 'union',
};

export function issuesFromAjv(
  location: 'path' | 'query' | 'body',
  errors: readonly ErrorObject[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const loc: (string | number)[] = [location, ...pointerSegments(e.instancePath)];
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'required' && typeof params.missingProperty === 'string')
      loc.push(params.missingProperty);
    if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      loc.push(params.additionalProperty);
    }
    const type = TYPE_BY_KEYWORD[e.keyword] ?? e.keyword;
    const msg =
      e.keyword === 'additionalProperties' ? 'Extra inputs are not permitted' : (e.message ?? 'is invalid');
    const key = `${type}|${loc.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ type, loc, msg, ctx: params });
  }
  return issues;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
