import { DuckDBTypeId } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../src/core/errors.js';
import { createLogger } from '../src/log.js';
import { commandTag } from '../src/pgwire/connection.js';
import { ChunkQueue, csvRow, escapeText, TextToCsv, textRow } from '../src/pgwire/copy.js';
import { PgError, splitDuckdbMessage, sqlstateOf, toPgError } from '../src/pgwire/errors.js';
import {
  formatDurationMs,
  parseDurationMs,
  parseStartupOptions,
  SessionSettings,
} from '../src/pgwire/guc.js';
import { boolFromText, byteaFromText, decodeBinary, pgArrayToDuckList } from '../src/pgwire/params.js';
import { MessageReader, MessageWriter } from '../src/pgwire/protocol.js';
import { verifyScramProof } from '../src/pgwire/server.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import { castParams, classify } from '../src/pgwire/sql.js';
import { scramVerifierOf } from '../src/pgwire/testing.js';
import {
  civilFromDays,
  daysFromCivil,
  formatDate,
  formatFloat,
  formatInterval,
  formatOffset,
  formatTime,
  formatTimestamp,
  numericFromBinary,
  numericToBinary,
  quoteArrayElement,
} from '../src/pgwire/types.js';

// Pure parts of the PG wire server: encoders, the lexical command recogniser, session
// parameters, COPY conversions, parameter decoding, the error table, settings.

describe('text encoders', () => {
  it('prints floats as PostgreSQL 12+ does (shortest exact, its exponent rules)', () => {
    expect(formatFloat(0.1, false)).toBe('0.1');
    expect(formatFloat(Math.fround(0.1), true)).toBe('0.1');
    expect(formatFloat(1e15, false)).toBe('1e+15');
    expect(formatFloat(123456789012345, false)).toBe('123456789012345');
    expect(formatFloat(1e6, true)).toBe('1e+06');
    expect(formatFloat(123456, true)).toBe('123456');
    expect(formatFloat(0.0001, false)).toBe('0.0001');
    expect(formatFloat(0.00001, false)).toBe('1e-05');
    expect(formatFloat(1.5e-300, false)).toBe('1.5e-300');
    expect(formatFloat(-0, false)).toBe('-0');
    expect(formatFloat(Number.NaN, false)).toBe('NaN');
    expect(formatFloat(Number.POSITIVE_INFINITY, true)).toBe('Infinity');
    expect(formatFloat(Number.NEGATIVE_INFINITY, false)).toBe('-Infinity');
    // extra_float_digits <= 0: %.{15+n}g
    expect(formatFloat(0.1 + 0.2, false, 0)).toBe('0.3');
    expect(formatFloat(0.1 + 0.2, false, 1)).toBe('0.30000000000000004');
    expect(formatFloat(Math.PI, false, -5)).toBe('3.141592654');
  });

  it('prints dates, times and timestamps in ISO with BC and infinities', () => {
    expect(formatDate(daysFromCivil(2024, 1, 2))).toBe('2024-01-02');
    expect(formatDate(daysFromCivil(-43, 3, 15))).toBe('0044-03-15 BC');
    expect(formatDate(2147483647)).toBe('infinity');
    expect(formatDate(-2147483647)).toBe('-infinity');
    expect(civilFromDays(0)).toEqual([1970, 1, 1]);
    expect(civilFromDays(daysFromCivil(10000, 12, 31))).toEqual([10000, 12, 31]);
    expect(formatTime(0n)).toBe('00:00:00');
    expect(formatTime(86_400_000_000n)).toBe('24:00:00');
    expect(formatTime(3_723_500_000n)).toBe('01:02:03.5');
    expect(formatOffset(7200)).toBe('+02');
    expect(formatOffset(-19800)).toBe('-05:30');
    expect(formatOffset(3661)).toBe('+01:01:01');
    expect(formatTimestamp(1_704_164_645_123_456n, false)).toBe('2024-01-02 03:04:05.123456');
    expect(formatTimestamp(-1n, true)).toBe('1969-12-31 23:59:59.999999+00');
    expect(formatTimestamp(9223372036854775807n, false)).toBe('infinity');
  });

  it('prints timestamps the same on the Number fast path as a calendar does, across days and the 2^53 edge', () => {
    // Expected from Date (milliseconds) plus the microsecond digits, for years 0001..9999.
    const expected = (us: bigint) => {
      const ms = us / 1000n - (us % 1000n < 0n ? 1n : 0n);
      const iso = new Date(Number(ms)).toISOString();
      const micros = Number(((us % 1_000_000n) + 1_000_000n) % 1_000_000n);
      const frac = micros === 0 ? '' : `.${String(micros).padStart(6, '0').replace(/0+$/, '')}`;
      return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac}`;
    };
    const day = 86_400_000_000n;
    const samples: bigint[] = [0n, -1n, day, day - 1n, -day, -day + 1n, -day - 1n];
    let x = 12345n;
    for (let i = 0; i < 2000; i++) {
      x = (x * 6364136223846793005n + 1442695040888963407n) % 2n ** 63n;
      samples.push((x % (500_000n * day)) - 250_000n * day); // about 1285..2654
    }
    for (const us of samples) expect(formatTimestamp(us, false)).toBe(expected(us));
    // Beyond 2^53 µs the bigint path runs; both sides of the edge stay consistent.
    const edge = BigInt(Number.MAX_SAFE_INTEGER);
    expect(formatTimestamp(edge - 1n, false)).toBe('2255-06-05 23:47:34.74099');
    expect(formatTimestamp(edge + 1n, false)).toBe('2255-06-05 23:47:34.740992');
  });

  it('prints intervals in IntervalStyle postgres', () => {
    const us = (h: number, m = 0, s = 0) => BigInt(((h * 60 + m) * 60 + s) * 1_000_000);
    expect(formatInterval(14, 3, us(4, 5, 6) + 789_000n)).toBe('1 year 2 mons 3 days 04:05:06.789');
    expect(formatInterval(-14, 3, 0n)).toBe('-1 years -2 mons +3 days');
    expect(formatInterval(0, 0, -us(4, 5, 6))).toBe('-04:05:06');
    expect(formatInterval(0, 0, 0n)).toBe('00:00:00');
    expect(formatInterval(0, 1, -us(0, 0, 1))).toBe('1 day -00:00:01');
    expect(formatInterval(0, 0, us(25))).toBe('25:00:00');
    expect(formatInterval(1, -1, 0n)).toBe('1 mon -1 days');
    expect(formatInterval(0, -1, us(1))).toBe('-1 days +01:00:00');
  });

  it('quotes array elements like array_out', () => {
    expect(['a', '', 'NULL', 'null', 'b c', 'x"y', 'a\\b', '{', 'a,b'].map(quoteArrayElement)).toEqual([
      'a',
      '""',
      '"NULL"',
      '"null"',
      '"b c"',
      '"x\\"y"',
      '"a\\\\b"',
      '"{"',
      '"a,b"',
    ]);
  });

  it('round-trips numeric binary and matches numeric_send digits', () => {
    for (const v of [
      '0',
      '1',
      '-1',
      '123.4500',
      '-0.0050',
      '10000',
      '0.00000001',
      '12345678901234567890.123',
      'NaN',
      'Infinity',
      '-Infinity',
    ]) {
      expect(numericFromBinary(numericToBinary(v))).toBe(v);
    }
    // 10000 = one base-10000 digit "1" with weight 1
    expect(Buffer.from(numericToBinary('10000')).toString('hex')).toBe('0001000100000000' + '0001');
    expect(() => numericFromBinary(Buffer.from([0, 1]))).toThrow(PgError);
  });
});

describe('parameters', () => {
  it('normalises PostgreSQL boolean, bytea and array input', () => {
    expect(['t', 'TRUE', 'yes', 'on', '1', 'y'].map(boolFromText)).toEqual(Array(6).fill('true'));
    expect(['f', 'false', 'no', 'off', '0', 'n'].map(boolFromText)).toEqual(Array(6).fill('false'));
    expect(boolFromText('maybe')).toBeUndefined();
    expect(Buffer.from(byteaFromText('\\x00ff10'))).toEqual(Buffer.from([0, 255, 16]));
    expect(Buffer.from(byteaFromText('a\\\\b\\001'))).toEqual(Buffer.from([0x61, 0x5c, 0x62, 1]));
    expect(() => byteaFromText('\\x0')).toThrow(PgError);
    expect(pgArrayToDuckList('{1,2,NULL}')).toBe('["1", "2", NULL]');
    expect(pgArrayToDuckList('{"a b","c\\"d",  e  ,""}')).toBe('["a b", "c\\"d", "e", ""]');
    expect(pgArrayToDuckList('{{1,2},{3,4}}')).toBe('[["1", "2"], ["3", "4"]]');
    expect(pgArrayToDuckList('[1:2]={7,8}')).toBe('["7", "8"]');
    expect(pgArrayToDuckList('{}')).toBe('[]');
    expect(() => pgArrayToDuckList('{1,2')).toThrow(PgError);
  });

  it('decodes binary parameters by OID and refuses wrong lengths', () => {
    expect(decodeBinary(Buffer.from([0, 0, 0, 42]), 23, 1)).toBe('42');
    expect(decodeBinary(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]), 20, 1)).toBe('-2');
    expect(decodeBinary(Buffer.from([0]), 16, 1)).toBe('false');
    expect(() => decodeBinary(Buffer.from([0, 0, 1]), 23, 2)).toThrow(/bind parameter 2/);
    expect(() => decodeBinary(Buffer.from([0]), 600, 1)).toThrow(PgError);
    expect(decodeBinary(Buffer.from([0, 0, 0, 0]), 1082, 1)).toBe('2000-01-01');
    expect(decodeBinary(Buffer.from([0x7f, 0xff, 0xff, 0xff]), 1082, 1)).toBe('infinity');
  });

  it('casts declared parameters outside strings and comments', () => {
    const casts = new Map([[2, 'BIGINT']]);
    expect(castParams("SELECT $1 + $2, '$2', $2 -- $2\n", casts)).toBe(
      "SELECT $1 + CAST($2 AS BIGINT), '$2', CAST($2 AS BIGINT) -- $2\n",
    );
  });
});

describe('command recognition', () => {
  it('recognises SET / SHOW / RESET forms', () => {
    expect(classify("SET application_name = 'x'")).toEqual({
      kind: 'set',
      name: 'application_name',
      value: 'x',
      local: false,
    });
    expect(classify('set LOCAL statement_timeout TO 5000;')).toEqual({
      kind: 'set',
      name: 'statement_timeout',
      value: '5000',
      local: true,
    });
    expect(classify('SET search_path TO "$user", public')).toMatchObject({ value: '$user, public' });
    expect(classify('SET extra_float_digits = -2')).toMatchObject({ value: '-2' });
    expect(classify('SET TimeZone TO DEFAULT')).toMatchObject({ name: 'timezone', value: null });
    expect(classify("SET TIME ZONE 'UTC'")).toMatchObject({ name: 'timezone', value: 'UTC' });
    expect(classify('SET TIME ZONE LOCAL')).toMatchObject({ name: 'timezone', value: null });
    expect(classify("SET NAMES 'UTF8'")).toMatchObject({ name: 'client_encoding', value: 'UTF8' });
    expect(classify("SET SCHEMA 'main'")).toMatchObject({ name: 'search_path', value: 'main' });
    expect(classify("SET myapp.user_id = '7'")).toMatchObject({ name: 'myapp.user_id', value: '7' });
    expect(classify('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')).toEqual({
      kind: 'set-transaction',
      modes: { isolation: 'repeatable read', readOnly: true },
      session: false,
    });
    expect(classify('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE')).toMatchObject(
      {
        kind: 'set-transaction',
        session: true,
      },
    );
    expect(classify('SET VARIABLE x = 1')).toEqual({ kind: 'sql' });
    expect(classify('SET ROLE admin')).toMatchObject({ kind: 'unsupported' });
    expect(classify('SET x')).toMatchObject({ kind: 'error' });
    expect(classify('/* hi */ SHOW  DateStyle ;')).toEqual({ kind: 'show', name: 'datestyle' });
    expect(classify('SHOW ALL')).toEqual({ kind: 'show-all' });
    expect(classify('SHOW TABLES')).toEqual({ kind: 'sql' });
    expect(classify('SHOW ALL TABLES')).toEqual({ kind: 'sql' });
    expect(classify('SHOW TIME ZONE')).toEqual({ kind: 'show', name: 'timezone' });
    expect(classify('SHOW TRANSACTION ISOLATION LEVEL')).toEqual({
      kind: 'show',
      name: 'transaction_isolation',
    });
    expect(classify('RESET ALL')).toEqual({ kind: 'reset-all' });
    expect(classify('RESET statement_timeout')).toEqual({ kind: 'reset', name: 'statement_timeout' });
    expect(classify("SELECT set_config('a.b', 'v', false)")).toMatchObject({
      kind: 'set-config',
      alias: 'set_config',
    });
    expect(classify("select pg_catalog.current_setting('TimeZone') as tz")).toMatchObject({
      kind: 'current-setting',
      name: 'timezone',
      alias: 'tz',
    });
    expect(classify("SELECT current_setting('x') || 'y'")).toEqual({ kind: 'sql' });
  });

  it('recognises transaction control in PostgreSQL spellings', () => {
    expect(classify('BEGIN')).toEqual({ kind: 'begin', tag: 'BEGIN', modes: {} });
    expect(classify('begin work isolation level read committed, read write not deferrable')).toEqual({
      kind: 'begin',
      tag: 'BEGIN',
      modes: { isolation: 'read committed', readOnly: false, deferrable: false },
    });
    expect(classify('START TRANSACTION READ ONLY')).toMatchObject({
      kind: 'begin',
      tag: 'START TRANSACTION',
    });
    expect(classify('COMMIT')).toEqual({ kind: 'commit' });
    expect(classify('END TRANSACTION')).toEqual({ kind: 'commit' });
    expect(classify('ABORT')).toEqual({ kind: 'rollback' });
    expect(classify('ROLLBACK AND NO CHAIN')).toEqual({ kind: 'rollback' });
    expect(classify('COMMIT AND CHAIN')).toMatchObject({ kind: 'unsupported' });
    expect(classify('ROLLBACK TO SAVEPOINT a')).toMatchObject({ kind: 'unsupported' });
    expect(classify('SAVEPOINT a')).toMatchObject({ kind: 'unsupported' });
    expect(classify('PREPARE TRANSACTION $$x$$')).toMatchObject({ kind: 'unsupported' });
    expect(classify('PREPARE q AS SELECT 1')).toEqual({ kind: 'sql' });
    expect(classify("SELECT 'begin'")).toEqual({ kind: 'sql' });
    expect(classify('SELECT begin_date FROM t')).toEqual({ kind: 'sql' });
  });

  it('recognises COPY FROM STDIN / TO STDOUT with both option syntaxes', () => {
    expect(classify('COPY t FROM STDIN')).toEqual({
      kind: 'copy-in',
      schema: undefined,
      table: 't',
      columns: undefined,
      options: { format: 'text', header: false },
    });
    expect(
      classify(
        `COPY "My Schema".items (id, "Name") FROM stdin WITH (FORMAT csv, HEADER true, DELIMITER ';', NULL 'NA', QUOTE '''')`,
      ),
    ).toEqual({
      kind: 'copy-in',
      schema: 'My Schema',
      table: 'items',
      columns: ['id', 'Name'],
      options: { format: 'csv', header: true, delimiter: ';', null: 'NA', quote: "'" },
    });
    expect(classify("COPY t FROM STDIN WITH CSV HEADER DELIMITER AS '|' NULL AS ''")).toMatchObject({
      options: { format: 'csv', header: true, delimiter: '|', null: '' },
    });
    expect(
      classify("COPY (SELECT a, (b) FROM t WHERE x = ')') TO STDOUT (FORMAT csv, FORCE_QUOTE *)"),
    ).toEqual({
      kind: 'copy-out',
      query: "SELECT a, (b) FROM t WHERE x = ')'",
      schema: undefined,
      table: undefined,
      columns: undefined,
      options: { format: 'csv', header: false, forceQuote: '*' },
    });
    expect(classify('COPY t TO STDOUT')).toMatchObject({ kind: 'copy-out', table: 't' });
    expect(classify("COPY t TO '/tmp/x'")).toEqual({ kind: 'sql' });
    expect(classify("COPY t FROM '/etc/passwd'")).toEqual({ kind: 'sql' });
    expect(classify('COPY t FROM STDOUT')).toMatchObject({ kind: 'error' });
    expect(classify('COPY t FROM STDIN (FORMAT binary)')).toMatchObject({ kind: 'unsupported' });
    expect(classify("COPY t FROM STDIN (DELIMITER 'ab')")).toMatchObject({ kind: 'error' });
    expect(classify("COPY t FROM STDIN (QUOTE '\"')")).toMatchObject({ kind: 'error' });
  });

  it('recognises SQL cursor commands', () => {
    expect(classify('DECLARE "c 1" BINARY NO SCROLL CURSOR WITH HOLD FOR SELECT $1;')).toEqual({
      kind: 'declare',
      name: 'c 1',
      query: 'SELECT $1',
      binary: true,
      hold: true,
    });
    expect(classify('declare c cursor for select 1')).toMatchObject({
      kind: 'declare',
      binary: false,
      hold: false,
    });
    expect(classify('FETCH FORWARD 100 FROM "big"')).toEqual({
      kind: 'fetch',
      name: 'big',
      count: 100,
      move: false,
    });
    expect(classify('FETCH c')).toEqual({ kind: 'fetch', name: 'c', count: 1, move: false });
    expect(classify('FETCH ALL IN c')).toMatchObject({ count: 'all' });
    expect(classify('FETCH FORWARD ALL FROM c')).toMatchObject({ count: 'all' });
    expect(classify('MOVE 5 c')).toEqual({ kind: 'fetch', name: 'c', count: 5, move: true });
    expect(classify('FETCH BACKWARD 1 FROM c')).toMatchObject({ kind: 'error', error: { code: '55000' } });
    expect(classify('FETCH -1 FROM c')).toMatchObject({ kind: 'error', error: { code: '55000' } });
    expect(classify('CLOSE c')).toEqual({ kind: 'close-cursor', name: 'c' });
    expect(classify('CLOSE ALL')).toEqual({ kind: 'close-cursor', name: null });
  });

  it('recognises the rest and leaves everything else to the session', () => {
    expect(classify('DISCARD ALL')).toEqual({ kind: 'discard', what: 'ALL' });
    expect(classify('DEALLOCATE PREPARE _pg3_1')).toEqual({ kind: 'deallocate', name: '_pg3_1' });
    expect(classify('DEALLOCATE ALL')).toEqual({ kind: 'deallocate', name: null });
    expect(classify('UNLISTEN *')).toEqual({ kind: 'unlisten' });
    expect(classify('LISTEN x')).toMatchObject({ kind: 'unsupported' });
    expect(classify('  -- only a comment\n')).toEqual({ kind: 'empty' });
    expect(classify("SELECT 'unterminated")).toEqual({ kind: 'sql' });
    expect(classify('CREATE TABLE x(a INT)')).toEqual({ kind: 'sql' });
  });
});

describe('session parameters', () => {
  it('keeps PostgreSQL defaults, validates, reports changes, resets to startup values', () => {
    const s = new SessionSettings('ws_user');
    expect(s.get('datestyle')).toBe('ISO, MDY');
    expect(s.get('session_authorization')).toBe('ws_user');
    s.startup('application_name', 'psql');
    s.startup('TimeZone', 'Europe/Prague'); // pgJDBC's JVM zone: ignored, UTC kept
    expect(s.get('TimeZone')).toBe('UTC');
    expect([...s.set('DateStyle', 'iso, dmy')]).toEqual([['DateStyle', 'ISO, DMY']]);
    expect(() => s.set('DateStyle', 'SQL')).toThrow(PgError);
    expect(s.set('statement_timeout', '90s').get('statement_timeout')).toBe('90s');
    expect(s.get('statement_timeout')).toBe('90s');
    expect(() => s.set('extra_float_digits', '4')).toThrow(/outside the valid range/);
    expect(() => s.set('nope', '1')).toThrow(/unrecognized configuration parameter "nope"/);
    expect(() => s.get('nope')).toThrow(PgError);
    s.set('application_name', 'other');
    s.set('work_mem', '64MB', true);
    expect(s.get('work_mem')).toBe('64MB');
    expect([...s.endTransaction().keys()]).toEqual(['work_mem']);
    s.resetAll();
    expect(s.get('application_name')).toBe('psql');
    s.setTransaction({ isolation: 'serializable' }, true);
    expect(s.get('transaction_isolation')).toBe('serializable');
    s.setTransaction({ isolation: 'repeatable read' }, false);
    expect(s.get('transaction_isolation')).toBe('repeatable read');
    s.endTransaction();
    expect(s.get('transaction_isolation')).toBe('serializable');
    expect(s.reported().map(([k]) => k)).toContain('server_version');
  });

  it('parses time settings and the startup options string', () => {
    expect(parseDurationMs('5s', 'x')).toBe(5000);
    expect(parseDurationMs('100', 'x')).toBe(100);
    expect(parseDurationMs('1.5min', 'x')).toBe(90_000);
    expect(() => parseDurationMs('-1', 'x')).toThrow(PgError);
    expect(formatDurationMs(3_600_000)).toBe('1h');
    expect(formatDurationMs(1500)).toBe('1500ms');
    expect(parseStartupOptions('-c statement_timeout=5s --search-path=a\\ b -cwork_mem=1MB')).toEqual([
      ['statement_timeout', '5s'],
      ['search_path', 'a b'],
      ['work_mem', '1MB'],
    ]);
  });
});

describe('COPY formats', () => {
  it('converts text format to CSV across message boundaries', () => {
    const c = new TextToCsv({ delimiter: '\t', null: '\\N', header: false });
    const out = [
      c.push(Buffer.from('1\ta\\tb\\\\c\t\\N\n2\t')),
      c.push(Buffer.from('"q"\t\r\n3\t\\x41\\101')),
      c.push(Buffer.from('\\n\t\n')),
      c.push(Buffer.from('\\.\nignored\n')),
      c.end(),
    ].map((b) => b.toString());
    expect(out.join('')).toBe('"1","a\tb\\c",\\N\n"2","""q""",""\n"3","AA\n",""\n');
    const h = new TextToCsv({ delimiter: '|', null: '', header: true });
    expect(h.push(Buffer.from('a|b\n1|\n2|x\\|y')).toString() + h.end().toString()).toBe(
      '"1",\\N\n"2","x|y"\n',
    );
  });

  it('writes text and CSV rows as PostgreSQL does', () => {
    expect(textRow(['a\tb', null, 'c\\d\n'], '\t', '\\N')).toBe('a\\tb\t\\N\tc\\\\d\\n\n');
    expect(escapeText('a|b', '|')).toBe('a\\|b');
    const o = { delimiter: ',', quote: '"', escape: '"', null: '', forceQuote: [false, false, false, true] };
    expect(csvRow(['a,b', '', null, 'x'], o)).toBe('"a,b","",,"x"\n');
    expect(csvRow(['say "hi"', '\\.', 'line\nbreak'], { ...o, forceQuote: [] })).toBe(
      '"say ""hi""","\\.","line\nbreak"\n',
    );
  });

  it('queues COPY data with backpressure and releases producers when the consumer stops', async () => {
    const q = new ChunkQueue(10);
    const pushed = q.push(Buffer.alloc(20));
    let done = false;
    void pushed.then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    const it = q[Symbol.asyncIterator]();
    expect((await it.next()).value).toHaveLength(20);
    await pushed;
    q.end();
    expect((await it.next()).done).toBe(true);
    const dead = new ChunkQueue(1);
    dead.close();
    await dead.push(Buffer.alloc(100)); // does not block
  });
});

describe('errors', () => {
  const e = (code: StorageError['code'], reason: string, message: string, category?: string) =>
    new StorageError(code, reason, message, category === undefined ? {} : { details: { category } });

  it('maps core errors to SQLSTATE through the one table', () => {
    expect(
      sqlstateOf(
        e('INVALID_ARGUMENT', 'sql_error', 'Catalog Error: Table with name x does not exist!', 'Catalog'),
      ),
    ).toBe('42P01');
    expect(
      sqlstateOf(
        e('INVALID_ARGUMENT', 'sql_error', 'Catalog Error: Schema with name s does not exist!', 'Catalog'),
      ),
    ).toBe('3F000');
    expect(
      sqlstateOf(
        e('INVALID_ARGUMENT', 'sql_error', 'Binder Error: Referenced column "x" not found', 'Binder'),
      ),
    ).toBe('42703');
    expect(
      sqlstateOf(e('INVALID_ARGUMENT', 'sql_error', 'Parser Error: syntax error at or near "x"', 'Parser')),
    ).toBe('42601');
    expect(
      sqlstateOf(
        e(
          'INVALID_ARGUMENT',
          'sql_error',
          "Conversion Error: Could not convert string 'x' to INT32",
          'Conversion',
        ),
      ),
    ).toBe('22P02');
    expect(
      sqlstateOf(e('INVALID_ARGUMENT', 'sql_error', 'Conversion Error: value is out of range', 'Conversion')),
    ).toBe('22003');
    expect(
      sqlstateOf(e('INVALID_ARGUMENT', 'sql_error', 'Constraint Error: duplicate key "1"', 'Constraint')),
    ).toBe('23505');
    expect(
      sqlstateOf(
        e('INVALID_ARGUMENT', 'sql_error', 'Constraint Error: NOT NULL constraint failed: t.a', 'Constraint'),
      ),
    ).toBe('23502');
    expect(
      sqlstateOf(
        e(
          'INVALID_ARGUMENT',
          'sql_error',
          'Current transaction is aborted, commands ignored',
          'TransactionContext',
        ),
      ),
    ).toBe('25P02');
    expect(sqlstateOf(e('INVALID_ARGUMENT', 'sql_error', 'Binder Error: x'))).toBe('42000'); // category from the message
    expect(sqlstateOf(e('PERMISSION_DENIED', 'sql_not_allowed', 'ATTACH is not allowed'))).toBe('42501');
    expect(sqlstateOf(e('FAILED_PRECONDITION', 'sql_not_supported', 'no'))).toBe('0A000');
    expect(sqlstateOf(e('RESOURCE_EXHAUSTED', 'too_many_connections', 'limit'))).toBe('53300');
    expect(sqlstateOf(e('RESOURCE_EXHAUSTED', 'query_timeout', 'timeout'))).toBe('57014');
    expect(sqlstateOf(e('RESOURCE_EXHAUSTED', 'query_canceled', 'canceled'))).toBe('57014');
    expect(sqlstateOf(e('RESOURCE_EXHAUSTED', 'out_of_memory', 'oom', 'Out of Memory'))).toBe('53200');
    expect(sqlstateOf(e('FAILED_PRECONDITION', 'workspace_expired', 'gone'))).toBe('28000');
    expect(sqlstateOf(e('UNAUTHENTICATED', 'invalid_credentials', 'no'))).toBe('28P01');
    expect(sqlstateOf(e('INTERNAL', 'internal_server_error', 'boom'))).toBe('XX000');
  });

  it('never shows internal errors or stack traces, keeps DuckDB suggestions as hints', () => {
    const lines: string[] = [];
    const log = { ...createLogger('silent'), log: (_l: string, msg: string) => lines.push(msg) };
    const internal = toPgError(new Error('secret path /data/x at line 3'), log as never, {
      session_id: 'pgw_1',
    });
    expect(internal).toMatchObject({ code: 'XX000', message: 'internal error (session pgw_1)' });
    expect(lines).toEqual(['pgwire internal error']);
    expect(
      splitDuckdbMessage(
        'Catalog Error: Table with name x does not exist!\nDid you mean "y"?\n\nLINE 1: ...',
      ),
    ).toEqual({
      message: 'Catalog Error: Table with name x does not exist!',
      hint: 'Did you mean "y"?',
    });
  });
});

describe('protocol framing and SCRAM', () => {
  it('bounds-checks frontend message fields', () => {
    const r = new MessageReader(Buffer.from([0, 1, 0x61, 0]));
    expect(r.int16()).toBe(1);
    expect(r.cstring()).toBe('a');
    expect(() => r.int32()).toThrow(/protocol violation/);
    expect(() => new MessageReader(Buffer.from([0x61, 0x62])).cstring()).toThrow(/NUL-terminated/);
    expect(() => new MessageReader(Buffer.from([0xff, 0xfe, 0])).cstring()).toThrow(/invalid byte sequence/);
  });

  it('never leaves half a message in the output', () => {
    const w = new MessageWriter(8);
    const s = w.begin(0x43);
    w.cstring('done');
    w.end(s);
    w.begin(0x44);
    w.int16(3);
    w.abandonOpen();
    expect(w.take().toString('latin1')).toBe('C\0\0\0\x09done\0');
  });

  it('writes values as UTF-8 on the ASCII fast path and off it, and hands large output over intact', () => {
    const values = ['', 'row 1', 'héllo', '日本', 'x'.repeat(64), `${'y'.repeat(63)}é`, 'z'.repeat(200)];
    const w = new MessageWriter(8);
    for (const v of values) w.value(v);
    const out = w.take();
    let at = 0;
    for (const v of values) {
      const n = out.readInt32BE(at);
      expect(out.subarray(at + 4, at + 4 + n).toString('utf8')).toBe(v);
      at += 4 + n;
    }
    expect(at).toBe(out.length);
    const big = 'b'.repeat(1000);
    for (let i = 0; i < 100; i++) w.value(big); // 100 kB: handed over, not copied
    const handed = w.take();
    expect(handed.length).toBe(100 * 1004);
    w.value('after');
    expect(handed.subarray(4, 1004).toString('utf8')).toBe(big); // the new buffer is a new one
    expect(w.take().subarray(4).toString('utf8')).toBe('after');
  });

  it('verifies a SCRAM-SHA-256 proof against the stored key', () => {
    const v = scramVerifierOf('pencil', Buffer.from('salt-salt-salt!!'));
    expect(verifyScramProof('auth message', Buffer.alloc(32).toString('base64'), v.storedKey)).toBe(false);
    expect(verifyScramProof('auth message', 'short', v.storedKey)).toBe(false);
  });
});

describe('settings', () => {
  it('reads PGWIRE_* with defaults and refuses bad values', () => {
    expect(loadPgWireSettings({})).toEqual({
      host: '0.0.0.0',
      port: 5432,
      tls: 'on',
      tlsCertPath: null,
      tlsKeyPath: null,
      auth: 'scram-sha-256',
      maxMessageBytes: 64 * 1024 * 1024,
      maxPending: 64,
      authTimeoutMs: 10_000,
    });
    expect(
      loadPgWireSettings({ PGWIRE_TLS: 'REQUIRE', PGWIRE_AUTH: 'password', PGWIRE_PORT: '0' }),
    ).toMatchObject({
      tls: 'require',
      auth: 'password',
      port: 0,
    });
    expect(() => loadPgWireSettings({ PGWIRE_TLS: 'maybe' })).toThrow(/PGWIRE_TLS/);
    expect(() => loadPgWireSettings({ PGWIRE_AUTH: 'md5' })).toThrow(/PGWIRE_AUTH/);
    expect(() => loadPgWireSettings({ PGWIRE_TLS_CERT: '/x.pem' })).toThrow(/go together/);
    expect(() => loadPgWireSettings({ PGWIRE_MAX_MESSAGE_BYTES: '10' })).toThrow(/PGWIRE_MAX_MESSAGE_BYTES/);
  });

  it('knows command tags', () => {
    expect(commandTag('SELECT', 3, 0)).toBe('SELECT 3');
    expect(commandTag('INSERT', 0, 2)).toBe('INSERT 0 2');
    expect(commandTag('UPDATE', 0, 5)).toBe('UPDATE 5');
    expect(commandTag('CREATE TABLE AS', 0, 4)).toBe('SELECT 4');
    expect(commandTag('CREATE TABLE', 0, 0)).toBe('CREATE TABLE');
    expect(DuckDBTypeId.INTEGER).toBe(4);
  });
});
