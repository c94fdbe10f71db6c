import { describe, expect, it } from 'vitest';
import { parseColumns, parseWhere } from './commands/tables.js';
import { conninfo, shellQuote } from './commands/workspaces.js';
import { cellText, humanBytes, renderCsv, renderTable } from './output.js';
import { qualityLabel } from './profile-view.js';

describe('output', () => {
  it('aligns table columns, numbers to the right, and cuts long cells', () => {
    const long = 'x'.repeat(80);
    expect(
      renderTable(
        ['N', 'NAME'],
        [
          ['1', 'a'],
          ['100', long],
        ],
        [true],
      ).split('\n'),
    ).toEqual([
      '  N  NAME',
      '---  ------------------------------------------------------------',
      '  1  a',
      `100  ${'x'.repeat(59)}…`,
    ]);
  });

  it('quotes CSV fields that need it (RFC 4180)', () => {
    expect(
      renderCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['two\nlines', ' pad'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines"," pad"');
  });

  it('shows values as text', () => {
    expect([
      cellText(null),
      cellText(null, 'NULL'),
      cellText(1.5),
      cellText(true),
      cellText({ a: 1 }),
    ]).toEqual(['', 'NULL', '1.5', 'true', '{"a":1}']);
    expect([
      humanBytes(0),
      humanBytes(1023),
      humanBytes(1536),
      humanBytes(200 * 1024 ** 2),
      humanBytes(null),
    ]).toEqual(['0 B', '1023 B', '1.5 KB', '200 MB', '']);
  });

  it('labels quality scores as the reference CLI does', () => {
    expect([100, 90, 89.9, 75, 74.9, 50, 49.9, 0].map(qualityLabel)).toEqual([
      'Excellent',
      'Excellent',
      'Good',
      'Good',
      'Fair',
      'Fair',
      'Poor',
      'Poor',
    ]);
  });
});

describe('argument parsing', () => {
  it('reads --columns, types with commas included', () => {
    expect(parseColumns('id:BIGINT, amount:DECIMAL(10,2),tags:VARCHAR[]')).toEqual([
      { name: 'id', type: 'BIGINT' },
      { name: 'amount', type: 'DECIMAL(10,2)' },
      { name: 'tags', type: 'VARCHAR[]' },
    ]);
    expect(() => parseColumns('id')).toThrow('expected name:TYPE');
  });

  it.each([
    { text: 'status=open,closed', want: ['status', 'eq', ['open', 'closed']] },
    { text: 'amount >= 100', want: ['amount', 'ge', ['100']] },
    { text: 'id!=1', want: ['id', 'ne', ['1']] },
    { text: 'id<3', want: ['id', 'lt', ['3']] },
  ])('reads --where $text', ({ text, want }) => {
    const w = parseWhere(text);
    expect([w.where_column, w.where_operator, w.where_values]).toEqual(want);
  });

  it('refuses a --where without an operator', () => {
    expect(() => parseWhere('status open')).toThrow('--where');
  });

  it('quotes psql arguments for a POSIX shell and builds a libpq connection string', () => {
    expect(shellQuote('-c')).toBe('-c');
    expect(shellQuote("select 'a'")).toBe(`'select '\\''a'\\'''`);
    expect(
      conninfo({
        host: 'localhost',
        port: 5432,
        database: 'workspace_ws_1',
        username: 'ws_1',
        password: 'secret',
        ssl_mode: 'require',
        connection_string: 'postgresql://ws_1:secret@localhost:5432/workspace_ws_1',
      }),
    ).toBe('host=localhost port=5432 dbname=workspace_ws_1 user=ws_1 sslmode=require');
  });
});
