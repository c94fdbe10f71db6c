import { invalidArgument } from '../errors.js';

/**
 * The column type grammar (createTable, ColumnDefinition.type). A type string is parsed into a
 * tree and re-emitted from it, so nothing of the raw text reaches SQL (reference pitfall 03/1:
 * `INTEGER, x VARCHAR` or `INTEGER); COPY ...` were pasted into DDL).
 */
export type ColumnType =
  | { kind: 'simple'; name: string }
  | { kind: 'decimal'; precision: number; scale: number }
  | { kind: 'list'; of: ColumnType }
  | { kind: 'array'; of: ColumnType; size: number }
  | { kind: 'struct'; fields: { name: string; type: ColumnType }[] }
  | { kind: 'map'; key: ColumnType; value: ColumnType };

/** Alias (upper case) -> DuckDB's canonical name. */
const SIMPLE: Record<string, string> = {
  BOOLEAN: 'BOOLEAN',
  BOOL: 'BOOLEAN',
  TINYINT: 'TINYINT',
  SMALLINT: 'SMALLINT',
  INT2: 'SMALLINT',
  INTEGER: 'INTEGER',
  INT: 'INTEGER',
  INT4: 'INTEGER',
  BIGINT: 'BIGINT',
  INT8: 'BIGINT',
  HUGEINT: 'HUGEINT',
  UTINYINT: 'UTINYINT',
  USMALLINT: 'USMALLINT',
  UINTEGER: 'UINTEGER',
  UBIGINT: 'UBIGINT',
  UHUGEINT: 'UHUGEINT',
  FLOAT: 'FLOAT',
  REAL: 'FLOAT',
  FLOAT4: 'FLOAT',
  DOUBLE: 'DOUBLE',
  FLOAT8: 'DOUBLE',
  VARCHAR: 'VARCHAR',
  STRING: 'VARCHAR',
  TEXT: 'VARCHAR',
  CHAR: 'VARCHAR',
  BLOB: 'BLOB',
  BYTEA: 'BLOB',
  DATE: 'DATE',
  TIME: 'TIME',
  TIMESTAMP: 'TIMESTAMP',
  DATETIME: 'TIMESTAMP',
  TIMESTAMPTZ: 'TIMESTAMP WITH TIME ZONE',
  TIMESTAMP_S: 'TIMESTAMP_S',
  TIMESTAMP_MS: 'TIMESTAMP_MS',
  TIMESTAMP_NS: 'TIMESTAMP_NS',
  INTERVAL: 'INTERVAL',
  UUID: 'UUID',
  JSON: 'JSON',
  BIT: 'BIT',
};
const TEXT_TYPES = new Set(['VARCHAR', 'STRING', 'TEXT', 'CHAR']);
const MAX_DEPTH = 16;
const MAX_ARRAY_SIZE = 100_000;
const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+)|([()[\],]))/y;

class Parser {
  private readonly tokens: string[] = [];
  private pos = 0;

  constructor(readonly text: string) {
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
      if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
      const m = TOKEN.exec(text);
      if (m === null) throw this.fail(`unexpected character at position ${TOKEN.lastIndex + 1}`);
      this.tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
    }
  }

  parse(): ColumnType {
    const type = this.type(0);
    if (this.pos < this.tokens.length) throw this.fail(`unexpected '${this.tokens[this.pos]}'`);
    return type;
  }

  private type(depth: number): ColumnType {
    if (depth > MAX_DEPTH) throw this.fail(`nesting deeper than ${MAX_DEPTH}`);
    let type = this.base(depth);
    while (this.peek() === '[') {
      this.next();
      if (this.peek() === ']') {
        this.next();
        type = { kind: 'list', of: type };
      } else {
        const size = this.int();
        if (size < 1 || size > MAX_ARRAY_SIZE) throw this.fail(`array size must be 1-${MAX_ARRAY_SIZE}`);
        this.expect(']');
        type = { kind: 'array', of: type, size };
      }
    }
    return type;
  }

  private base(depth: number): ColumnType {
    const word = this.next().toUpperCase();
    if (word === 'STRUCT') return this.struct(depth);
    if (word === 'MAP') {
      this.expect('(');
      const key = this.type(depth + 1);
      this.expect(',');
      const value = this.type(depth + 1);
      this.expect(')');
      return { kind: 'map', key, value };
    }
    if (word === 'LIST') {
      this.expect('(');
      const of = this.type(depth + 1);
      this.expect(')');
      return { kind: 'list', of };
    }
    if (word === 'DECIMAL' || word === 'NUMERIC') return this.decimal();
    if (word === 'TIMESTAMP' && this.peek()?.toUpperCase() === 'WITH') {
      for (const w of ['WITH', 'TIME', 'ZONE']) {
        if (this.next().toUpperCase() !== w) throw this.fail('expected TIMESTAMP WITH TIME ZONE');
      }
      return { kind: 'simple', name: 'TIMESTAMP WITH TIME ZONE' };
    }
    const name = SIMPLE[word];
    if (name === undefined) throw this.fail(`unknown type '${word}'`);
    if (TEXT_TYPES.has(word) && this.peek() === '(') {
      this.next();
      const length = this.int();
      if (length < 1) throw this.fail('length must be positive');
      this.expect(')');
    }
    return { kind: 'simple', name };
  }

  private decimal(): ColumnType {
    if (this.peek() !== '(') return { kind: 'decimal', precision: 18, scale: 3 };
    this.next();
    const precision = this.int();
    let scale = 0;
    if (this.peek() === ',') {
      this.next();
      scale = this.int();
    }
    this.expect(')');
    if (precision < 1 || precision > 38) throw this.fail('DECIMAL precision must be 1-38');
    if (scale > precision) throw this.fail('DECIMAL scale must be 0-precision');
    return { kind: 'decimal', precision, scale };
  }

  private struct(depth: number): ColumnType {
    this.expect('(');
    const fields: { name: string; type: ColumnType }[] = [];
    const seen = new Set<string>();
    do {
      const name = this.next();
      if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) throw this.fail(`invalid STRUCT field name '${name}'`);
      if (seen.has(name.toLowerCase())) throw this.fail(`duplicate STRUCT field '${name}'`);
      seen.add(name.toLowerCase());
      fields.push({ name, type: this.type(depth + 1) });
    } while (this.accept(','));
    this.expect(')');
    return { kind: 'struct', fields };
  }

  private int(): number {
    const token = this.next();
    if (!/^\d{1,9}$/.test(token)) throw this.fail(`expected a number, got '${token}'`);
    return Number(token);
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  private next(): string {
    const token = this.tokens[this.pos];
    if (token === undefined) throw this.fail('unexpected end');
    this.pos += 1;
    return token;
  }

  private accept(token: string): boolean {
    if (this.peek() !== token) return false;
    this.pos += 1;
    return true;
  }

  private expect(token: string): void {
    const got = this.peek();
    if (got !== token) throw this.fail(`expected '${token}', got '${got ?? 'end'}'`);
    this.pos += 1;
  }

  private fail(why: string): Error {
    return invalidArgument('invalid_column_type', `Invalid column type '${this.text}': ${why}`, {
      type: this.text,
    });
  }
}

/** Parses a type string; INVALID_ARGUMENT `invalid_column_type` when it is not in the grammar. */
export function parseColumnType(text: string): ColumnType {
  if (text.length > 256) {
    throw invalidArgument('invalid_column_type', 'Invalid column type: longer than 256 characters', {
      type: text.slice(0, 256),
    });
  }
  return new Parser(text).parse();
}

/** DuckDB type text built from the tree only (field names quoted). */
export function formatColumnType(type: ColumnType): string {
  switch (type.kind) {
    case 'simple':
      return type.name;
    case 'decimal':
      return `DECIMAL(${type.precision},${type.scale})`;
    case 'list':
      return `${formatColumnType(type.of)}[]`;
    case 'array':
      return `${formatColumnType(type.of)}[${type.size}]`;
    case 'map':
      return `MAP(${formatColumnType(type.key)}, ${formatColumnType(type.value)})`;
    case 'struct':
      return `STRUCT(${type.fields.map((f) => `"${f.name}" ${formatColumnType(f.type)}`).join(', ')})`;
  }
}

export const canonicalColumnType = (text: string): string => formatColumnType(parseColumnType(text));
