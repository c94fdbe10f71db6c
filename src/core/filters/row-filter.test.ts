import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import { compileRowFilter, type RowFilter } from './row-filter.js';
import { refusedLexically } from './sql-text.js';

const columns: ColumnInfo[] = [
  { name: 'id', type: 'INTEGER', nullable: false, ordinalPosition: 1 },
  { name: 'name', type: 'VARCHAR', nullable: true, ordinalPosition: 2 },
  { name: 'amount', type: 'DECIMAL(10,2)', nullable: true, ordinalPosition: 3 },
  { name: 'created', type: 'TIMESTAMP', nullable: true, ordinalPosition: 4 },
  { name: 'day', type: 'DATE', nullable: true, ordinalPosition: 5 },
  { name: 'big', type: 'HUGEINT', nullable: true, ordinalPosition: 6 },
  { name: 'Mixed Case', type: 'BOOLEAN', nullable: true, ordinalPosition: 7 },
];

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  await conn.run(`SET TimeZone = 'UTC'`);
  await conn.run(`CREATE TABLE data (id INTEGER, name VARCHAR, amount DECIMAL(10,2), created TIMESTAMP,
    day DATE, big HUGEINT, "Mixed Case" BOOLEAN)`);
  await conn.run(`INSERT INTO data VALUES
    (1, 'drop me', 10.50, '2024-01-15 10:00:00', '2024-01-15', 170141183460469231731687303715884105727, true),
    (2, 'Update Man', 2.25, '2024-02-01 00:00:00', '2024-02-01', 1, false),
    (3, 'a -- b; c', NULL, NULL, NULL, NULL, NULL),
    (4, 'O''Brien', 0.10, '2023-12-31 23:59:59.999999', '2023-12-31', -5, true),
    (5, NULL, 100.00, '2024-01-15 10:00:00.5', '2024-01-15', 12345678901234567890, false)`);
});
afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
});

async function ids(input: { sql?: string; filters?: RowFilter[] }): Promise<number[]> {
  const f = await compileRowFilter(columns, input);
  const reader = await conn.runAndReadAll(
    `SELECT id FROM data WHERE ${f.sql} ORDER BY id`,
    f.params.length === 0 ? undefined : f.params,
  );
  return reader.getRowObjectsJson().map((r) => Number(r.id));
}

async function refusal(input: { sql?: string; filters?: RowFilter[] }): Promise<StorageError> {
  try {
    await compileRowFilter(columns, input);
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

describe('compileRowFilter: accepted SQL text', () => {
  const cases: [string, number[]][] = [
    ['id = 5', [5]],
    ["id = '5'", [5]],
    ['ID = 5', [5]],
    ['"id" = 5', [5]],
    ['"Mixed Case"', [1, 4]],
    ['"mixed case" = false', [2, 5]],
    ["name = 'drop me'", [1]],
    ["name = 'Update Man'", [2]],
    ["name = 'a -- b; c'", [3]],
    ["name = 'O''Brien'", [4]],
    ["name = E'O\\'Brien'", [4]],
    ['name = $$drop me$$', [1]],
    ['id <> 1 AND id != 2 AND id < 5', [3, 4]],
    ['id >= 4 OR id <= 1', [1, 4, 5]],
    ['NOT (id > 1)', [1]],
    ['id IN (1, 3, 99)', [1, 3]],
    ["id IN ('1', '3')", [1, 3]],
    ['id NOT IN (1, 3)', [2, 4, 5]],
    ['id BETWEEN 2 AND 4', [2, 3, 4]],
    ['id NOT BETWEEN 2 AND 4', [1, 5]],
    ["name LIKE '%me%'", [1]],
    ["name NOT LIKE '%me%'", [2, 3, 4]],
    ["name ILIKE 'update%'", [2]],
    ["name NOT ILIKE 'UPDATE%'", [1, 3, 4]],
    ["name LIKE 'a!_%' ESCAPE '!'", []],
    ['name IS NULL', [5]],
    ['amount IS NOT NULL AND name IS NOT NULL', [1, 2, 4]],
    ['amount = 10.5', [1]],
    ["amount = '10.50'", [1]],
    ['amount > 2.2 AND amount < 2.3', [2]],
    ['amount = 0.1', [4]],
    ["created > '2024-01-15'", [1, 2, 5]],
    ["created = '2024-01-15 10:00:00.5'", [5]],
    ["created >= TIMESTAMP '2024-02-01'", [2]],
    ["day = '2024-01-15'", [1, 5]],
    ["day = DATE '2023-12-31'", [4]],
    ["day BETWEEN '2024-01-01' AND '2024-01-31'", [1, 5]],
    ['big = 170141183460469231731687303715884105727', [1]],
    ['big = 12345678901234567890', [5]],
    ['big = -5', [4]],
    ['big < 0', [4]],
    ["lower(name) = 'update man'", [2]],
    ["upper(trim(name)) = 'DROP ME'", [1]],
    ['length(name) = 7', [1, 4]],
    ["coalesce(name, 'none') = 'none'", [5]],
    ["ifnull(name, 'none') = 'none'", [5]],
    ["nullif(name, 'drop me') IS NULL", [1, 5]],
    ['abs(id - 10) = 7', [3]],
    ['round(amount) = 11', [1]],
    ['id % 2 = 0', [2, 4]],
    ['id * 2 + 1 = 7', [3]],
    ["name || '!' = 'drop me!'", [1]],
    ["date_trunc('month', created) = '2024-01-01'", [1, 5]],
    ['year(created) = 2023', [4]],
    ['extract(month from day) = 2', [2]],
    ["strftime(created, '%Y') = '2024'", [1, 2, 5]],
    ['created > now() - INTERVAL 100000 DAY', [1, 2, 4, 5]],
    ['day < current_date', [1, 2, 4, 5]],
    ["CAST(id AS VARCHAR) = '3'", [3]],
    ['id::BIGINT = 3', [3]],
    ['TRY_CAST(name AS INTEGER) IS NULL AND id < 3', [1, 2]],
    ['amount::DECIMAL(4,1) = 2.3', [2]],
    ['"Mixed Case" IS TRUE', [1, 4]],
    ['id IS DISTINCT FROM 1 AND id IS NOT DISTINCT FROM 2', [2]],
    ['TRUE', [1, 2, 3, 4, 5]],
    ['1 = 1', [1, 2, 3, 4, 5]],
  ];
  it.each(cases)('%s', async (sql, want) => {
    expect(await ids({ sql })).toEqual(want);
  });
});

describe('compileRowFilter: refused SQL text', () => {
  const cases: [string, RegExp][] = [
    ['1=1; DROP TABLE data', /';'/],
    ['1=1; DROP TABLE data;', /';'/],
    ['id = 1;', /';'/],
    ['1=1 -- comment', /comment/],
    ['1=1 /* x */', /comment/],
    ['id IN (SELECT id FROM data)', /subquer/],
    ['id = (SELECT 1)', /subquer/],
    ['EXISTS (SELECT 1)', /subquer/],
    ["read_text('/etc/hostname') IS NOT NULL", /read_text/],
    ["read_csv('/etc/passwd') IS NOT NULL", /read_csv/],
    ["length(read_blob('/etc/hostname')) > 0", /read_blob/],
    ['x = 1 UNION SELECT * FROM data', /unknown column 'x'|only an expression/],
    ['id = 1 UNION SELECT * FROM data', /only an expression/],
    ['id = 1 ORDER BY id', /only an expression/],
    ['id = 1 LIMIT 1', /only an expression/],
    ['id = 1 GROUP BY id', /only an expression/],
    ["getenv('HOME') = 'x'", /getenv/],
    ["current_setting('threads') = '1'", /current_setting/],
    ["getvariable('x') IS NULL", /getvariable/],
    ['unknown_col = 1', /unknown column 'unknown_col'/],
    ['other.id = 1', /qualified/],
    ['"other"."id" = 1', /qualified/],
    ['data.id = 1', /qualified/],
    ['main.data.id = 1', /qualified/],
    ['count(*) > 1', /count_star/],
    ['sum(id) > 1', /sum/],
    ['row_number() OVER () = 1', /window/],
    ['COLUMNS(*) = 1', /'\*'/],
    ['id = $1', /parameters/],
    ['id = ?', /parameters/],
    ['id = ', /not a valid expression/],
    ['id = 1)', /not a valid expression/],
    ['DROP TABLE data', /not a valid expression/],
    ["id::JSON = '1'", /cast to JSON/],
    ['id::INTEGER[] = [1]', /cast to LIST/],
    ['CASE WHEN id = 1 THEN TRUE END', /case/],
    ["name SIMILAR TO 'a'", /regexp_full_match/],
    ["system.main.lower(name) = 'a'", /system/],
    ["lower(DISTINCT name) = 'a'", /DISTINCT/],
    ['list_transform([id], x -> x) = [1]', /list_transform/],
    ['name + 1 = 2', /Invalid WHERE clause/],
    ["id = 'abc'", /abc/],
    ["lower(id) = 'a'", /Invalid WHERE clause/],
    ["name COLLATE nocase = 'a'", /collate/],
  ];
  it.each(cases)('%s', async (sql, want) => {
    const e = await refusal({ sql });
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.reason).toBe('invalid_where_clause');
    expect(e.message).toMatch(want);
    expect(e.details?.where_clause).toBe(sql);
  });
});

describe('compileRowFilter: structured filters', () => {
  const cases: [string, RowFilter[], number[]][] = [
    ['eq one', [{ column: 'id', operator: 'eq', values: [5] }], [5]],
    ['eq text', [{ column: 'id', operator: 'eq', values: ['5'] }], [5]],
    ['eq several = IN', [{ column: 'id', operator: 'eq', values: [1, 2] }], [1, 2]],
    ['ne one', [{ column: 'id', operator: 'ne', values: [1] }], [2, 3, 4, 5]],
    ['ne several = NOT IN', [{ column: 'id', operator: 'ne', values: [1, 2] }], [3, 4, 5]],
    ['in', [{ column: 'name', operator: 'in', values: ['drop me', "O'Brien"] }], [1, 4]],
    ['not_in', [{ column: 'id', operator: 'not_in', values: [1] }], [2, 3, 4, 5]],
    [
      'gt/le',
      [
        { column: 'id', operator: 'gt', values: [1] },
        { column: 'id', operator: 'le', values: [3] },
      ],
      [2, 3],
    ],
    [
      'ge/lt',
      [
        { column: 'amount', operator: 'ge', values: ['2.25'] },
        { column: 'amount', operator: 'lt', values: [100] },
      ],
      [1, 2],
    ],
    ['between', [{ column: 'day', operator: 'between', values: ['2024-01-01', '2024-01-31'] }], [1, 5]],
    ['like', [{ column: 'name', operator: 'like', values: ['%me%', 'Up%'] }], [1, 2]],
    ['not_like', [{ column: 'name', operator: 'not_like', values: ['%me%'] }], [2, 3, 4]],
    ['like on a number', [{ column: 'id', operator: 'like', values: ['4%'] }], [4]],
    ['is_null', [{ column: 'name', operator: 'is_null' }], [5]],
    ['is_not_null', [{ column: 'amount', operator: 'is_not_null', values: [] }], [1, 2, 4, 5]],
    ['boolean', [{ column: 'mixed case', operator: 'eq', values: [true] }], [1, 4]],
    ['timestamp', [{ column: 'created', operator: 'eq', values: ['2024-01-15 10:00:00.5'] }], [5]],
    [
      'hugeint',
      [{ column: 'big', operator: 'eq', values: ['170141183460469231731687303715884105727'] }],
      [1],
    ],
  ];
  it.each(cases)('%s', async (_name, filters, want) => {
    expect(await ids({ filters })).toEqual(want);
  });

  it('ANDs SQL text and structured filters', async () => {
    expect(await ids({ sql: 'id > 1', filters: [{ column: 'id', operator: 'lt', values: [4] }] })).toEqual([
      2, 3,
    ]);
  });

  it('names the column and the value that does not convert', async () => {
    const e = await refusal({ filters: [{ column: 'id', operator: 'in', values: [1, 'abc'] }] });
    expect([e.code, e.reason]).toEqual(['INVALID_ARGUMENT', 'invalid_filter_value']);
    expect(e.message).toContain("'abc'");
    expect(e.message).toContain("'id'");
    expect(e.details).toMatchObject({ column: 'id', value: 'abc' });
    const d = await refusal({ filters: [{ column: 'day', operator: 'eq', values: ['2024-13-01'] }] });
    expect(d.details).toMatchObject({ column: 'day', value: '2024-13-01' });
  });

  it('refuses wrong arity and unknown columns', async () => {
    const bad: RowFilter[] = [
      { column: 'id', operator: 'between', values: [1] },
      { column: 'id', operator: 'eq', values: [] },
      { column: 'id', operator: 'eq' },
      { column: 'id', operator: 'gt', values: [1, 2] },
      { column: 'id', operator: 'is_null', values: [1] },
    ];
    for (const f of bad)
      expect((await refusal({ filters: [f] })).reason, JSON.stringify(f)).toBe('invalid_filter');
    const e = await refusal({ filters: [{ column: 'nope', operator: 'eq', values: [1] }] });
    expect(e.reason).toBe('column_not_found');
  });
});

describe('compileRowFilter: output', () => {
  it('binds every literal, numbers placeholders from firstParam and qualifies columns', async () => {
    const f = await compileRowFilter(
      columns,
      { sql: "name = 'x' AND id IN (1, 2)", filters: [{ column: 'amount', operator: 'gt', values: [3] }] },
      { firstParam: 4, qualifier: 'src' },
    );
    expect(f.sql).toBe(
      '((src."name" = $4) AND (src."id" IN (CAST($5 AS INTEGER), CAST($6 AS INTEGER)))) AND (src."amount" > CAST($7 AS DECIMAL(10,2)))',
    );
    expect(f.params).toEqual(['x', '1', '2', '3']);
    expect(f.sql).not.toContain("'");
  });

  it('is TRUE without a filter, and for blank text', async () => {
    expect(await compileRowFilter(columns, {})).toEqual({ sql: 'TRUE', params: [] });
    expect(await compileRowFilter(columns, { sql: '  ', filters: [] })).toEqual({ sql: 'TRUE', params: [] });
  });
});

describe('refusedLexically', () => {
  it.each([
    ["a = 'x -- y'", undefined],
    ["a = 'x;y'", undefined],
    ['"a;b" = 1', undefined],
    ["a = E'x\\'; --'", undefined],
    ['a = $t$ -- ; $t$', undefined],
    ['a = 1 -- x', 'a comment'],
    ['a = 1 /* x */', 'a comment'],
    ['a = 1; b', "';' (a filter is a single expression)"],
    ['a = 1\0', 'a NUL character'],
  ])('%s', (text, want) => {
    expect(refusedLexically(text)).toBe(want);
  });
});
