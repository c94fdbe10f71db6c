import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import type { Storage } from '../storage.js';
import { audit, withStorage } from '../testing.js';
import { type ImportFromFileInput, importFromFile } from './import-file.js';
import { cols, inputFile, rowsOf, seedProject, seedTable, statsOf, tableRef } from './testdata/fixtures.js';

const load = async (
  s: Storage,
  table: string,
  content: string | Buffer,
  input: Partial<ImportFromFileInput> = {},
) =>
  importFromFile(
    s,
    tableRef(table),
    { path: await inputFile(s, `${table}-${Math.random()}.csv`, content), ...input },
    audit,
  );

async function failure(p: Promise<unknown>): Promise<StorageError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

async function people(s: Storage, pk: string[] = ['id']) {
  await seedProject(s);
  await seedTable(
    s,
    't',
    cols('id BIGINT!', 'name VARCHAR', 'price DECIMAL(10,2)', "tag VARCHAR='none'"),
    pk,
  );
}

describe('importFromFile (CSV)', () => {
  it('matches columns by header name, fills defaults, replaces on full load', async () => {
    await withStorage(async (s) => {
      await people(s);
      const r = await load(s, 't', 'PRICE,id,name\n1.50,1,"a, ""b"""\n2,2,\n');
      expect(r).toMatchObject({ importedRows: 2, tableRowsAfter: 2, warnings: [] });
      expect(await rowsOf(s, 't')).toEqual([
        { id: 1, name: 'a, "b"', price: '1.50', tag: 'none' },
        { id: 2, name: null, price: '2.00', tag: 'none' },
      ]);
      const again = await load(s, 't', 'id,name\n7,x\n');
      expect(again.tableRowsAfter).toBe(1);
      expect(statsOf(s, 't').rowCount).toBe(1);
    });
  });

  it('upserts incrementally, the last row of a repeated key wins', async () => {
    await withStorage(async (s) => {
      await people(s);
      await load(s, 't', 'id,name\n1,a\n2,b\n');
      const r = await load(s, 't', 'id,name\n2,x\n3,c\n2,y\n', { importOptions: { incremental: true } });
      expect(r.importedRows).toBe(1);
      expect(r.warnings).toHaveLength(1);
      expect((await rowsOf(s, 't')).map((x) => [x.id, x.name])).toEqual([
        [1, 'a'],
        [2, 'y'],
        [3, 'c'],
      ]);
      const full = await load(s, 't', 'id,name\n5,a\n5,b\n');
      expect(full.importedRows).toBe(2);
      expect((await rowsOf(s, 't')).map((x) => [x.id, x.name])).toEqual([[5, 'b']]);
    });
  });

  it('refuses bad rows naming line and column, and changes nothing', async () => {
    await withStorage(async (s) => {
      await people(s);
      await load(s, 't', 'id,name\n1,a\n');
      const before = { rows: await rowsOf(s, 't'), stats: statsOf(s, 't') };
      const cases: [string | Buffer, Partial<ImportFromFileInput>, string, RegExp][] = [
        ['id,name\n2,b\n3\n', {}, 'import_failed', /Line 3 has 1 fields, expected 2/],
        ['id,price\n2,1\n3,abc\n', {}, 'import_failed', /Line 3, column 'price' holds "abc"/],
        [Buffer.from('id,name\n2,\xff\n', 'latin1'), {}, 'import_failed', /Line 2 is not valid UTF-8/],
        ['', {}, 'empty_file', /empty/],
        ['id,id\n1,2\n', {}, 'duplicate_columns', /'id'/],
        ['id,nope\n1,2\n', {}, 'unknown_columns', /'nope'/],
        ['name\nx\n', {}, 'missing_columns', /'id'/],
        [',name\n,x\n', {}, 'unknown_columns', /''/],
        ['id,name\n9,a\n', { csvOptions: { compression: 'gzip' } }, 'import_failed', /not gzip/],
        [
          'id,name\n\n',
          { importOptions: { incremental: true, dedupMode: 'insert_duplicates' } },
          'invalid_dedup_mode',
          /primary key/,
        ],
        [
          'id,name\n1,z\n',
          { importOptions: { incremental: true, dedupMode: 'fail_on_duplicates' } },
          'duplicate_key',
          /\(id: 1\)/,
        ],
        ['id,name\n"\n', {}, 'import_failed', /not closed/],
        ['id,name\n,x\n', {}, 'import_failed', /Row 1 \(line 2\)|Line 2, column 'id' is empty/],
      ];
      for (const [content, input, reason, message] of cases) {
        const error = await failure(load(s, 't', content, input));
        expect([error.reason, error.message]).toEqual([reason, expect.stringMatching(message)]);
        expect(error.message).not.toContain(s.config.dataDir);
        expect(await rowsOf(s, 't')).toEqual(before.rows);
        expect(statsOf(s, 't')).toEqual(before.stats);
      }
    });
  });

  it('reads gzip by its magic bytes, a BOM, CRLF, headerless files and a header only', async () => {
    await withStorage(async (s) => {
      await people(s);
      expect((await load(s, 't', gzipSync('id,name\n1,a\n'))).tableRowsAfter).toBe(1);
      expect((await load(s, 't', '\ufeffid,name\r\n2,b\r\n')).tableRowsAfter).toBe(1);
      expect(await rowsOf(s, 't')).toEqual([{ id: 2, name: 'b', price: null, tag: 'none' }]);
      await load(s, 't', '3;x;1.5;t\n', { csvOptions: { header: false, delimiter: ';' } });
      expect(await rowsOf(s, 't')).toEqual([{ id: 3, name: 'x', price: '1.50', tag: 't' }]);
      expect((await load(s, 't', 'id,name\n')).tableRowsAfter).toBe(0);
    });
  });
});

describe('importFromFile options and Parquet', () => {
  it('binds every CSV option: delimiter, quote, escape, null string', async () => {
    await withStorage(async (s) => {
      await people(s, []);
      const r = await load(s, 't', "id|name|price\n1|'it\\'s | here'|NA\n2|NA|'2.5'\n", {
        csvOptions: { delimiter: '|', quote: "'", escape: '\\', nullString: 'NA' },
      });
      expect(r.tableRowsAfter).toBe(2);
      expect(await rowsOf(s, 't')).toEqual([
        { id: 1, name: "it's | here", price: null, tag: 'none' },
        { id: 2, name: null, price: '2.50', tag: 'none' },
      ]);
      const bad = await failure(load(s, 't', 'id\n1\n', { csvOptions: { delimiter: "'", quote: "'" } }));
      expect(bad.reason).toBe('invalid_csv_options');
      const sql = await failure(
        load(s, 't', 'id\n1\n', { csvOptions: { delimiter: ",'); COPY (SELECT 1) TO 'x'; --" } }),
      );
      expect(sql.reason).toBe('invalid_csv_options');
    });
  });

  it('loads only import_options.columns; an incremental upsert keeps the other values', async () => {
    await withStorage(async (s) => {
      await people(s);
      await load(s, 't', 'id,name,price\n1,a,1\n2,b,2\n');
      await load(s, 't', 'price,id,name,extra\n9,2,zzz,?\n', {
        importOptions: { incremental: true, columns: ['id', 'price'] },
      });
      expect(await rowsOf(s, 't')).toEqual([
        { id: 1, name: 'a', price: '1.00', tag: 'none' },
        { id: 2, name: 'b', price: '9.00', tag: 'none' },
      ]);
    });
  });

  it('refuses a file deleted before it is read as missing content', async () => {
    await withStorage(async (s) => {
      await people(s);
      const error = await failure(
        importFromFile(s, tableRef('t'), { path: `${s.config.dataDir}/in/none.csv` }, audit),
      );
      expect(error.reason).toBe('file_content_not_found');
      const outside = await failure(importFromFile(s, tableRef('t'), { path: '/etc/hostname' }, audit));
      expect(outside.reason).toBe('invalid_path');
    });
  });
});
