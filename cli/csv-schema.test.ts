import { describe, expect, it } from 'vitest';
import { columnsFromCsv, inferType, parseCsv } from './csv-schema.js';

describe('inferType', () => {
  it.each([
    { values: ['1', '-2', '+3', ''], want: 'INTEGER' },
    { values: ['1', '2147483648'], want: 'BIGINT' },
    { values: ['007', '123'], want: 'VARCHAR' }, // a leading zero: an identifier
    { values: ['0', '10'], want: 'INTEGER' },
    { values: ['1.5', '2', '-3e5', '.5'], want: 'DOUBLE' },
    { values: ['01.5'], want: 'VARCHAR' },
    { values: ['true', 'FALSE'], want: 'BOOLEAN' },
    { values: ['yes', 'no'], want: 'VARCHAR' }, // DuckDB's CSV reader does not take these as booleans
    { values: ['2024-01-02', ' 2024-12-31 '], want: 'DATE' },
    { values: ['2024-01-02 10:00:00', '2024-01-02T10:00', '2024-01-02 10:00:00.123'], want: 'TIMESTAMP' },
    { values: ['2024-01-02T10:00:00Z', '2024-01-02 10:00:00+02:00'], want: 'TIMESTAMPTZ' },
    { values: ['2024-01-02', '2024-01-02 10:00:00'], want: 'VARCHAR' },
    { values: ['01/02/2024'], want: 'VARCHAR' },
    { values: ['', '  '], want: 'VARCHAR' },
    { values: ['a', '1'], want: 'VARCHAR' },
  ])('$values -> $want', ({ values, want }) => {
    expect(inferType(values)).toBe(want);
  });
});

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, delimiters and newlines inside quotes, CRLF', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n"two\nlines",3\n';
    expect(parseCsv(text, ',', 10, true)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ]);
  });

  it('drops a last record that may be cut off, and stops at max', () => {
    expect(parseCsv('a\n1\n2\n3', ',', 10, false)).toEqual([['a'], ['1'], ['2']]);
    expect(parseCsv('a\n1\n2\n3', ',', 10, true)).toEqual([['a'], ['1'], ['2'], ['3']]);
    expect(parseCsv('a\n1\n2\n3\n', ',', 2, true)).toEqual([['a'], ['1']]);
  });

  it('takes another delimiter', () => {
    expect(parseCsv('a;b\n1;x,y\n', ';', 10, true)).toEqual([
      ['a', 'b'],
      ['1', 'x,y'],
    ]);
  });
});

describe('columnsFromCsv', () => {
  it('names the header columns (a BOM dropped) and types them from the rows', () => {
    const text = '\uFEFFid,name , amount,zip\n1,duck,1.5,007\n2,,,123\n';
    expect(columnsFromCsv(text)).toEqual([
      { name: 'id', type: 'INTEGER' },
      { name: 'name', type: 'VARCHAR' },
      { name: 'amount', type: 'DOUBLE' },
      { name: 'zip', type: 'VARCHAR' },
    ]);
  });

  it('refuses a file without a header', () => {
    expect(() => columnsFromCsv('')).toThrow('no header row');
    expect(() => columnsFromCsv('\n1,2\n')).toThrow('no header row');
  });
});
