/**
 * The PostgreSQL built-in types the compat pg_type shows, with their real oids (clients such as
 * pgJDBC map result columns by these oids), and how DuckDB's types map onto them.
 */
export interface PgType {
  readonly oid: number;
  readonly name: string;
  /** what format_type() prints */
  readonly display: string;
  readonly len: number;
  readonly category: string;
  readonly array: number;
  readonly input: string;
  /** 'b' base, 'p' pseudo */
  readonly type?: string;
}

export const PG_TYPES: readonly PgType[] = [
  { oid: 16, name: 'bool', display: 'boolean', len: 1, category: 'B', array: 1000, input: 'boolin' },
  { oid: 17, name: 'bytea', display: 'bytea', len: -1, category: 'U', array: 1001, input: 'byteain' },
  { oid: 18, name: 'char', display: '"char"', len: 1, category: 'Z', array: 1002, input: 'charin' },
  { oid: 19, name: 'name', display: 'name', len: 64, category: 'S', array: 1003, input: 'namein' },
  { oid: 20, name: 'int8', display: 'bigint', len: 8, category: 'N', array: 1016, input: 'int8in' },
  { oid: 21, name: 'int2', display: 'smallint', len: 2, category: 'N', array: 1005, input: 'int2in' },
  {
    oid: 22,
    name: 'int2vector',
    display: 'int2vector',
    len: -1,
    category: 'A',
    array: 1006,
    input: 'int2vectorin',
  },
  { oid: 23, name: 'int4', display: 'integer', len: 4, category: 'N', array: 1007, input: 'int4in' },
  { oid: 24, name: 'regproc', display: 'regproc', len: 4, category: 'N', array: 1008, input: 'regprocin' },
  { oid: 25, name: 'text', display: 'text', len: -1, category: 'S', array: 1009, input: 'textin' },
  { oid: 26, name: 'oid', display: 'oid', len: 4, category: 'N', array: 1028, input: 'oidin' },
  { oid: 27, name: 'tid', display: 'tid', len: 6, category: 'U', array: 1010, input: 'tidin' },
  { oid: 28, name: 'xid', display: 'xid', len: 4, category: 'U', array: 1011, input: 'xidin' },
  { oid: 29, name: 'cid', display: 'cid', len: 4, category: 'U', array: 1012, input: 'cidin' },
  {
    oid: 30,
    name: 'oidvector',
    display: 'oidvector',
    len: -1,
    category: 'A',
    array: 1013,
    input: 'oidvectorin',
  },
  { oid: 114, name: 'json', display: 'json', len: -1, category: 'U', array: 199, input: 'json_in' },
  { oid: 142, name: 'xml', display: 'xml', len: -1, category: 'U', array: 143, input: 'xml_in' },
  {
    oid: 194,
    name: 'pg_node_tree',
    display: 'pg_node_tree',
    len: -1,
    category: 'Z',
    array: 0,
    input: 'pg_node_tree_in',
  },
  { oid: 600, name: 'point', display: 'point', len: 16, category: 'G', array: 1017, input: 'point_in' },
  { oid: 700, name: 'float4', display: 'real', len: 4, category: 'N', array: 1021, input: 'float4in' },
  {
    oid: 701,
    name: 'float8',
    display: 'double precision',
    len: 8,
    category: 'N',
    array: 1022,
    input: 'float8in',
  },
  {
    oid: 705,
    name: 'unknown',
    display: 'unknown',
    len: -2,
    category: 'X',
    array: 0,
    input: 'unknownin',
    type: 'p',
  },
  { oid: 790, name: 'money', display: 'money', len: 8, category: 'N', array: 791, input: 'cash_in' },
  { oid: 869, name: 'inet', display: 'inet', len: -1, category: 'I', array: 1041, input: 'inet_in' },
  { oid: 1033, name: 'aclitem', display: 'aclitem', len: 16, category: 'U', array: 1034, input: 'aclitemin' },
  { oid: 1042, name: 'bpchar', display: 'character', len: -1, category: 'S', array: 1014, input: 'bpcharin' },
  {
    oid: 1043,
    name: 'varchar',
    display: 'character varying',
    len: -1,
    category: 'S',
    array: 1015,
    input: 'varcharin',
  },
  { oid: 1082, name: 'date', display: 'date', len: 4, category: 'D', array: 1182, input: 'date_in' },
  {
    oid: 1083,
    name: 'time',
    display: 'time without time zone',
    len: 8,
    category: 'D',
    array: 1183,
    input: 'time_in',
  },
  {
    oid: 1114,
    name: 'timestamp',
    display: 'timestamp without time zone',
    len: 8,
    category: 'D',
    array: 1115,
    input: 'timestamp_in',
  },
  {
    oid: 1184,
    name: 'timestamptz',
    display: 'timestamp with time zone',
    len: 8,
    category: 'D',
    array: 1185,
    input: 'timestamptz_in',
  },
  {
    oid: 1186,
    name: 'interval',
    display: 'interval',
    len: 16,
    category: 'T',
    array: 1187,
    input: 'interval_in',
  },
  {
    oid: 1266,
    name: 'timetz',
    display: 'time with time zone',
    len: 12,
    category: 'D',
    array: 1270,
    input: 'timetz_in',
  },
  { oid: 1560, name: 'bit', display: 'bit', len: -1, category: 'V', array: 1561, input: 'bit_in' },
  {
    oid: 1562,
    name: 'varbit',
    display: 'bit varying',
    len: -1,
    category: 'V',
    array: 1563,
    input: 'varbit_in',
  },
  {
    oid: 1700,
    name: 'numeric',
    display: 'numeric',
    len: -1,
    category: 'N',
    array: 1231,
    input: 'numeric_in',
  },
  {
    oid: 2205,
    name: 'regclass',
    display: 'regclass',
    len: 4,
    category: 'N',
    array: 2210,
    input: 'regclassin',
  },
  { oid: 2206, name: 'regtype', display: 'regtype', len: 4, category: 'N', array: 2211, input: 'regtypein' },
  {
    oid: 2249,
    name: 'record',
    display: 'record',
    len: -1,
    category: 'P',
    array: 2287,
    input: 'record_in',
    type: 'p',
  },
  {
    oid: 2275,
    name: 'cstring',
    display: 'cstring',
    len: -2,
    category: 'P',
    array: 1263,
    input: 'cstring_in',
    type: 'p',
  },
  { oid: 2276, name: 'any', display: '"any"', len: 4, category: 'P', array: 0, input: 'any_in', type: 'p' },
  {
    oid: 2277,
    name: 'anyarray',
    display: 'anyarray',
    len: -1,
    category: 'P',
    array: 0,
    input: 'anyarray_in',
    type: 'p',
  },
  { oid: 2278, name: 'void', display: 'void', len: 4, category: 'P', array: 0, input: 'void_in', type: 'p' },
  {
    oid: 2279,
    name: 'trigger',
    display: 'trigger',
    len: 4,
    category: 'P',
    array: 0,
    input: 'trigger_in',
    type: 'p',
  },
  {
    oid: 2283,
    name: 'anyelement',
    display: 'anyelement',
    len: 4,
    category: 'P',
    array: 0,
    input: 'anyelement_in',
    type: 'p',
  },
  { oid: 2950, name: 'uuid', display: 'uuid', len: 16, category: 'U', array: 2951, input: 'uuid_in' },
  { oid: 3802, name: 'jsonb', display: 'jsonb', len: -1, category: 'U', array: 3807, input: 'jsonb_in' },
  {
    oid: 4089,
    name: 'regnamespace',
    display: 'regnamespace',
    len: 4,
    category: 'N',
    array: 4090,
    input: 'regnamespacein',
  },
  { oid: 4096, name: 'regrole', display: 'regrole', len: 4, category: 'N', array: 4097, input: 'regrolein' },
];

/**
 * The pg_type oid for a DuckDB type as `duckdb_columns().data_type` spells it (`INTEGER`,
 * `DECIMAL(10,2)`, `VARCHAR[]`, `STRUCT(a INTEGER)`, ...). Lists map to the element's array type;
 * STRUCT/MAP/UNION to json; what PG lacks (HUGEINT, unsigned) to the next wider PG type.
 */
export function pgTypeOid(duckdbType: string): number {
  const t = duckdbType.trim().toUpperCase();
  const list = /^(.*)\[\d*\]$/.exec(t);
  if (list?.[1] !== undefined) {
    const element = pgTypeOid(list[1]);
    return PG_TYPES.find((x) => x.oid === element)?.array || 1009;
  }
  return BASE_OIDS[t] ?? baseByPrefix(t);
}

const BASE_OIDS: Record<string, number> = {
  BOOLEAN: 16,
  TINYINT: 21,
  SMALLINT: 21,
  UTINYINT: 21,
  INTEGER: 23,
  USMALLINT: 23,
  BIGINT: 20,
  UINTEGER: 20,
  HUGEINT: 1700,
  UBIGINT: 1700,
  UHUGEINT: 1700,
  BIGNUM: 1700,
  VARINT: 1700,
  FLOAT: 700,
  DOUBLE: 701,
  VARCHAR: 25,
  BLOB: 17,
  DATE: 1082,
  TIME: 1083,
  TIME_NS: 1083,
  'TIME WITH TIME ZONE': 1266,
  TIMESTAMP: 1114,
  TIMESTAMP_S: 1114,
  TIMESTAMP_MS: 1114,
  TIMESTAMP_NS: 1114,
  'TIMESTAMP WITH TIME ZONE': 1184,
  INTERVAL: 1186,
  UUID: 2950,
  JSON: 114,
  BIT: 1562,
};

function baseByPrefix(t: string): number {
  if (t.startsWith('DECIMAL')) return 1700;
  if (t.startsWith('STRUCT') || t.startsWith('MAP') || t.startsWith('UNION')) return 114;
  return 25;
}

/** The same mapping as SQL over a VARCHAR `dt` (for the compat views). */
export function pgTypeOidSql(dt: string): string {
  const cases = Object.entries(BASE_OIDS)
    .map(([k, v]) => `WHEN '${k}' THEN ${v}`)
    .join(' ');
  return `CASE ${dt} ${cases} ELSE CASE WHEN ${dt} LIKE 'DECIMAL%' THEN 1700 WHEN ${dt} LIKE 'STRUCT%' OR ${dt} LIKE 'MAP%' OR ${dt} LIKE 'UNION%' THEN 114 ELSE 25 END END`;
}
