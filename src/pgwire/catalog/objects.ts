import { PG_TYPES, pgTypeOidSql } from './pg-types.js';

/**
 * The PostgreSQL catalog as PG clients query it, built from DuckDB's own catalog functions but
 * showing only the session's workspace catalog and project catalog, under the friendly database
 * name. Everything lives in two schemas of the session's private project catalog; helper objects
 * start with `_`. No output column of any object carries a catalog alias (`src` tells 1 =
 * workspace, 2 = project), and oids are hashes of (kind, source, schema, name): stable across
 * sessions as long as the names stay.
 */
export const COMPAT_SCHEMA = 'pgcompat';
export const COMPAT_INFO_SCHEMA = 'pgcompat_information_schema';

export interface CompatCatalogs {
  /** the workspace catalog's alias, bare (`w_3_9f2c`) or quoted (`"w_3_9f2c"`) */
  readonly workspace: string;
  /** the session's project catalog's alias, bare or quoted */
  readonly project: string;
}

export interface CompatInfo {
  /** what current_database(), pg_database and information_schema show (`workspace_<id>`) */
  readonly database: string;
  /** the login name (owner of everything, `current_user`) */
  readonly user: string;
  /** what pg_backend_pid() answers; default: derived from the project alias */
  readonly pid?: number;
}

interface Ctx {
  /** `"p_1_ab".pgcompat` */
  readonly X: string;
  /** `"p_1_ab".pgcompat_information_schema` */
  readonly I: string;
  /** `'w_1_ab'` */
  readonly W: string;
  /** `'p_1_ab'` */
  readonly P: string;
  /** `"p_1_ab".main._primary_keys`: keys of the project tables behind the project views (core: ProjectViews). */
  readonly PK: string;
  /** `'workspace_1'` */
  readonly DB: string;
  /** `'ws_1_user'` */
  readonly USER: string;
  readonly PID: number;
}

type Kind = 'view' | 'macro' | 'table';
interface Def {
  readonly schema: 'pg' | 'info';
  readonly name: string;
  readonly kind: Kind;
  /** view: the SELECT; macro: `(params) AS expr[, (params) AS expr]`; table: `(params) AS TABLE SELECT ...` */
  readonly sql: (c: Ctx) => string;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const bare = (alias: string) => (alias.startsWith('"') ? alias.slice(1, -1).replaceAll('""', '"') : alias);
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** An empty view with these `name TYPE` columns. */
function empty(columns: string): (c: Ctx) => string {
  const cols = columns
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const [name, ...type] = c.split(/\s+/);
      return `CAST(NULL AS ${type.join(' ')}) AS ${name}`;
    });
  return () => `SELECT ${cols.join(', ')} WHERE false`;
}

/** System catalogs with their PostgreSQL oids (what 'pg_class'::regclass gives). */
const SYSTEM_RELATIONS: Record<string, number> = {
  pg_class: 1259,
  pg_namespace: 2615,
  pg_proc: 1255,
  pg_type: 1247,
  pg_attribute: 1249,
  pg_constraint: 2606,
  pg_database: 1262,
  pg_extension: 3079,
  pg_index: 2610,
  pg_description: 2609,
  pg_shdescription: 2396,
  pg_am: 2601,
  pg_tablespace: 1213,
  pg_trigger: 2620,
  pg_rewrite: 2618,
  pg_collation: 3456,
  pg_language: 2612,
  pg_operator: 2617,
  pg_attrdef: 2604,
  pg_inherits: 2611,
  pg_authid: 1260,
  pg_auth_members: 1261,
  pg_foreign_table: 3118,
  pg_foreign_server: 1417,
  pg_foreign_data_wrapper: 2328,
  pg_event_trigger: 3466,
  pg_cast: 2605,
  pg_opclass: 2616,
  pg_opfamily: 2753,
  pg_sequence: 2224,
  pg_publication: 6104,
  pg_policy: 3256,
  pg_statistic_ext: 3381,
  pg_enum: 3501,
  pg_depend: 2608,
  pg_default_acl: 826,
  pg_conversion: 2607,
  pg_partitioned_table: 3350,
};

const TYPE_ALIASES: Record<string, string> = {
  integer: 'int4',
  int: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  real: 'float4',
  float: 'float8',
  'double precision': 'float8',
  boolean: 'bool',
  'character varying': 'varchar',
  character: 'bpchar',
  decimal: 'numeric',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  'time without time zone': 'time',
  'time with time zone': 'timetz',
};

function typesValues(): string {
  const rows: string[] = [];
  for (const t of PG_TYPES) {
    const byval = t.len === 1 || t.len === 2 || t.len === 4 || t.len === 8;
    const align = t.len === 8 ? 'd' : t.len === 2 ? 's' : t.len === 1 ? 'c' : 'i';
    rows.push(
      `(${t.oid}, ${lit(t.name)}, ${lit(t.display)}, ${t.len}, ${byval}, ${lit(t.type ?? 'b')}, ${lit(t.category)}, 0, ${t.array}, ${lit(t.input)}, ${lit(align)}, ${lit(t.len === -1 ? 'x' : 'p')})`,
    );
    if (t.array > 0) {
      rows.push(
        `(${t.array}, ${lit(`_${t.name}`)}, ${lit(`${t.display}[]`)}, -1, false, 'b', 'A', ${t.oid}, 0, 'array_in', ${lit(align === 'd' ? 'd' : 'i')}, 'x')`,
      );
    }
  }
  return rows.join(',\n');
}

const PG_SETTINGS: [string, string, string][] = [
  ['server_version', '15.0', 'Preset Options'],
  ['server_version_num', '150000', 'Preset Options'],
  ['server_encoding', 'UTF8', 'Preset Options'],
  ['client_encoding', 'UTF8', 'Client Connection Defaults / Locale and Formatting'],
  ['DateStyle', 'ISO, MDY', 'Client Connection Defaults / Locale and Formatting'],
  ['IntervalStyle', 'postgres', 'Client Connection Defaults / Locale and Formatting'],
  ['TimeZone', 'UTC', 'Client Connection Defaults / Locale and Formatting'],
  ['lc_collate', 'C', 'Preset Options'],
  ['lc_ctype', 'C', 'Preset Options'],
  ['lc_messages', 'C', 'Client Connection Defaults / Locale and Formatting'],
  ['standard_conforming_strings', 'on', 'Version and Platform Compatibility'],
  ['integer_datetimes', 'on', 'Preset Options'],
  ['max_index_keys', '32', 'Preset Options'],
  ['max_identifier_length', '63', 'Preset Options'],
  ['block_size', '8192', 'Preset Options'],
  ['default_transaction_isolation', 'read committed', 'Client Connection Defaults / Statement Behavior'],
  ['transaction_isolation', 'read committed', 'Client Connection Defaults / Statement Behavior'],
  ['default_transaction_read_only', 'off', 'Client Connection Defaults / Statement Behavior'],
  ['transaction_read_only', 'off', 'Client Connection Defaults / Statement Behavior'],
  ['is_superuser', 'off', 'Preset Options'],
  ['application_name', '', 'Reporting and Logging / What to Log'],
  ['extra_float_digits', '1', 'Client Connection Defaults / Locale and Formatting'],
  ['default_tablespace', '', 'Client Connection Defaults / Statement Behavior'],
  ['max_connections', '100', 'Connections and Authentication / Connection Settings'],
  ['statement_timeout', '0', 'Client Connection Defaults / Statement Behavior'],
];

/** `schema.name` or `name` (quoted parts as PG reads them) → its schema, or NULL. */
const QUAL_RE = `'^(?:("(?:[^"]|"")+"|[^."]+)\\.)?("(?:[^"]|"")+"|[^."]+)$'`;

const DEFS: Def[] = [
  // ---- helpers ----------------------------------------------------------------------------------
  {
    schema: 'pg',
    name: '_oid',
    kind: 'macro',
    sql: () => `(k) AS CAST(16384 + hash(k) % 2147000000 AS BIGINT)`,
  },
  {
    schema: 'pg',
    name: '_unquote',
    kind: 'macro',
    sql: () =>
      `(s) AS CASE WHEN s IS NULL OR s = '' THEN NULL WHEN s LIKE '"%' THEN replace(s[2:-2], '""', '"') ELSE lower(s) END`,
  },
  {
    schema: 'pg',
    name: '_qual_schema',
    kind: 'macro',
    sql: (c) => `(n) AS ${c.X}._unquote(regexp_extract(trim(n), ${QUAL_RE}, 1))`,
  },
  {
    schema: 'pg',
    name: '_qual_name',
    kind: 'macro',
    sql: (c) => `(n) AS ${c.X}._unquote(regexp_extract(trim(n), ${QUAL_RE}, 2))`,
  },
  {
    schema: 'pg',
    name: '_qlist',
    kind: 'macro',
    sql: (c) =>
      `(l) AS (SELECT string_agg(${c.X}.quote_ident(_qu.v), ', ' ORDER BY _qu.i) FROM (SELECT unnest(l) AS v, generate_subscripts(l, 1) AS i) _qu)`,
  },
  {
    schema: 'pg',
    name: '_compat_schemas',
    kind: 'view',
    sql: (c) =>
      `SELECT DISTINCT v.schema_name || '_' || v.view_name AS schema_name FROM duckdb_views() v
       WHERE v.database_name = ${c.P} AND NOT v.internal`,
  },
  {
    schema: 'pg',
    name: '_path',
    kind: 'macro',
    sql: (c) =>
      `() AS (SELECT coalesce(list(x ORDER BY i), CAST([] AS VARCHAR[])) FROM (
         SELECT unnest(l) AS x, generate_subscripts(l, 1) AS i FROM (SELECT "system".main.current_schemas(false) AS l)) s
       WHERE x NOT IN ('${COMPAT_SCHEMA}', '${COMPAT_INFO_SCHEMA}') AND x NOT IN (SELECT schema_name FROM ${c.X}._compat_schemas))`,
  },
  {
    schema: 'pg',
    name: '_ns',
    kind: 'view',
    sql: (c) =>
      `SELECT CAST(11 AS BIGINT) AS oid, 'pg_catalog' AS nspname, 0 AS src, CAST(NULL AS VARCHAR) AS descr
       UNION ALL SELECT 13183, 'information_schema', 0, NULL
       UNION ALL
       SELECT ${c.X}._oid('n:' || CASE WHEN s.database_name = ${c.W} THEN 'w' ELSE 'p' END || ':' || s.schema_name),
              s.schema_name, CASE WHEN s.database_name = ${c.W} THEN 1 ELSE 2 END, s.comment
       FROM duckdb_schemas() s
       WHERE (s.database_name = ${c.W} AND s.schema_name NOT IN ('pg_catalog', 'information_schema'))
          OR (s.database_name = ${c.P} AND s.schema_name NOT IN ('main', '${COMPAT_SCHEMA}', '${COMPAT_INFO_SCHEMA}')
              AND s.schema_name NOT IN (SELECT schema_name FROM ${c.X}._compat_schemas))`,
  },
  {
    // relations of both catalogs before the namespace join (database_name → src)
    schema: 'pg',
    name: '_base',
    kind: 'view',
    sql: (c) =>
      `SELECT CASE WHEN t.database_name = ${c.W} THEN 1 ELSE 2 END AS src, t.schema_name AS sch, t.table_name AS relname,
              'r' AS relkind, CAST(t.column_count AS SMALLINT) AS relnatts, CAST(t.estimated_size AS REAL) AS reltuples,
              CAST(t.check_constraint_count AS SMALLINT) AS relchecks, t.comment AS descr, CAST(NULL AS VARCHAR) AS viewdef,
              CAST(NULL AS VARCHAR) AS tbl, t.index_count > 0 OR t.has_primary_key AS hasindex
       FROM duckdb_tables() t WHERE t.database_name IN (${c.W}, ${c.P}) AND NOT t.internal AND NOT t.temporary
       UNION ALL
       SELECT CASE WHEN v.database_name = ${c.W} THEN 1 ELSE 2 END, v.schema_name, v.view_name, 'v',
              CAST(v.column_count AS SMALLINT), CAST(-1 AS REAL), 0, v.comment,
              CASE WHEN v.database_name = ${c.W} THEN replace(replace(v.sql, '"' || ${c.W} || '".', ''), ${c.W} || '.', '') END, NULL, false
       FROM duckdb_views() v WHERE v.database_name IN (${c.W}, ${c.P}) AND NOT v.internal AND NOT v.temporary
       UNION ALL
       SELECT CASE WHEN x.database_name = ${c.W} THEN 1 ELSE 2 END, x.schema_name,
              CASE WHEN x.constraint_type = 'PRIMARY KEY' THEN x.table_name || '_pkey' ELSE x.constraint_name END,
              'i', CAST(len(x.constraint_column_names) AS SMALLINT), CAST(0 AS REAL), 0, NULL, NULL, x.table_name, false
       FROM duckdb_constraints() x
       WHERE x.database_name IN (${c.W}, ${c.P}) AND x.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
       UNION ALL
       SELECT CASE WHEN i.database_name = ${c.W} THEN 1 ELSE 2 END, i.schema_name, i.index_name, 'i',
              CAST(len(string_split(trim(i.expressions, '[]'), ', ')) AS SMALLINT), CAST(0 AS REAL), 0, i.comment, NULL, i.table_name, false
       FROM duckdb_indexes() i WHERE i.database_name IN (${c.W}, ${c.P})
       UNION ALL
       SELECT 2, k.schema_name, k.table_name || '_pkey', 'i', CAST(count(*) AS SMALLINT), CAST(0 AS REAL), 0, NULL, NULL,
              k.table_name, false
       FROM ${c.PK} k GROUP BY k.schema_name, k.table_name`,
  },
  {
    schema: 'pg',
    name: '_rel0',
    kind: 'view',
    // the relations with their oids and namespaces (no search path: cheap, for the joins)
    sql: (c) =>
      `SELECT ${c.X}._oid('r:' || b.src || ':' || b.sch || '.' || b.relname) AS oid, b.*, n.oid AS relnamespace
       FROM ${c.X}._base b JOIN ${c.X}._ns n ON n.src = b.src AND n.nspname = b.sch`,
  },
  {
    schema: 'pg',
    name: '_rel',
    kind: 'view',
    // plus the search path position and PG's visibility (first of its name on the path)
    sql: (c) =>
      `SELECT q.*, CASE WHEN q.pathpos IS NULL THEN false
                   ELSE row_number() OVER (PARTITION BY q.relname, q.pathpos IS NULL ORDER BY q.pathpos, q.src) = 1 END AS visible
       FROM (SELECT r.*, list_position(${c.X}._path(), r.sch) AS pathpos FROM ${c.X}._rel0 r) q`,
  },
  { schema: 'pg', name: '_typoid_base', kind: 'macro', sql: () => `(dt) AS ${pgTypeOidSql('dt')}` },
  {
    schema: 'pg',
    name: '_types',
    kind: 'view',
    sql: () =>
      `SELECT CAST(oid AS BIGINT) AS oid, typname, display, CAST(typlen AS SMALLINT) AS typlen, typbyval, typtype, typcategory,
              CAST(typelem AS BIGINT) AS typelem, CAST(typarray AS BIGINT) AS typarray, typinput, typalign, typstorage
       FROM (VALUES ${typesValues()}) t(oid, typname, display, typlen, typbyval, typtype, typcategory, typelem, typarray, typinput, typalign, typstorage)`,
  },
  {
    schema: 'pg',
    name: '_typoid',
    kind: 'macro',
    sql: (c) =>
      `(dt) AS CASE WHEN regexp_matches(dt, '\\[[0-9]*\\]$')
        THEN coalesce((SELECT t.typarray FROM ${c.X}._types t
                       WHERE t.oid = ${c.X}._typoid_base(regexp_replace(dt, '\\[[0-9]*\\]$', '')) AND t.typarray <> 0), 1009)
        ELSE ${c.X}._typoid_base(dt) END`,
  },
  {
    schema: 'pg',
    name: '_typmod',
    kind: 'macro',
    sql: () =>
      `(dt) AS CASE WHEN dt LIKE 'DECIMAL(%'
        THEN ((CAST(regexp_extract(dt, 'DECIMAL\\((\\d+),(\\d+)\\)', 1) AS INTEGER) << 16)
              | CAST(regexp_extract(dt, 'DECIMAL\\((\\d+),(\\d+)\\)', 2) AS INTEGER)) + 4
        ELSE -1 END`,
  },
  {
    schema: 'pg',
    name: '_att',
    kind: 'view',
    sql: (c) =>
      `SELECT r.oid AS attrelid, r.src, r.sch, r.relname, r.relkind, col.column_name AS attname,
              CAST(${c.X}._typoid(col.data_type) AS BIGINT) AS atttypid, CAST(${c.X}._typmod(col.data_type) AS INTEGER) AS atttypmod,
              CAST(col.column_index AS SMALLINT) AS attnum, r.relkind = 'r' AND NOT col.is_nullable AS attnotnull,
              col.column_default AS adbin, col.comment AS descr, col.data_type AS duck_type,
              col.numeric_precision, col.numeric_scale, col.character_maximum_length
       FROM duckdb_columns() col
       JOIN ${c.X}._rel0 r ON r.src = CASE WHEN col.database_name = ${c.W} THEN 1 ELSE 2 END
            AND r.sch = col.schema_name AND r.relname = col.table_name AND r.relkind IN ('r', 'v')
       WHERE col.database_name IN (${c.W}, ${c.P}) AND NOT col.internal`,
  },
  {
    schema: 'pg',
    name: '_idx',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.relname) AS indexrelid,
              ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.tbl) AS indrelid, k.relname, k.sch, k.tbl AS tblname,
              n.oid AS relnamespace, k.indkey, k.isunique, k.isprimary, k.contype, k.src
       FROM (SELECT CASE WHEN x.database_name = ${c.W} THEN 1 ELSE 2 END AS src, x.schema_name AS sch, x.table_name AS tbl,
                    CASE WHEN x.constraint_type = 'PRIMARY KEY' THEN x.table_name || '_pkey' ELSE x.constraint_name END AS relname,
                    list_transform(x.constraint_column_indexes, i -> CAST(i + 1 AS SMALLINT)) AS indkey, true AS isunique,
                    x.constraint_type = 'PRIMARY KEY' AS isprimary,
                    CASE WHEN x.constraint_type = 'PRIMARY KEY' THEN 'p' ELSE 'u' END AS contype
             FROM duckdb_constraints() x
             WHERE x.database_name IN (${c.W}, ${c.P}) AND x.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
             UNION ALL
             SELECT CASE WHEN i.database_name = ${c.W} THEN 1 ELSE 2 END, i.schema_name, i.table_name, i.index_name,
                    (SELECT list(CAST(coalesce(col.column_index, 0) AS SMALLINT) ORDER BY e.pos)
                     FROM (SELECT unnest(string_split(trim(i.expressions, '[]'), ', ')) AS name,
                                  generate_subscripts(string_split(trim(i.expressions, '[]'), ', '), 1) AS pos) e
                     JOIN duckdb_columns() col ON col.database_name = i.database_name AND col.schema_name = i.schema_name
                          AND col.table_name = i.table_name AND col.column_name = trim(e.name, '"')),
                    i.is_unique, i.is_primary, NULL
             FROM duckdb_indexes() i WHERE i.database_name IN (${c.W}, ${c.P})
             UNION ALL
             SELECT 2, k.schema_name, k.table_name, k.table_name || '_pkey',
                    list(k.column_index ORDER BY k.key_position), true, true, 'p'
             FROM ${c.PK} k GROUP BY k.schema_name, k.table_name) k
       JOIN ${c.X}._ns n ON n.src = k.src AND n.nspname = k.sch`,
  },
  {
    schema: 'pg',
    name: '_con',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('c:' || k.src || ':' || k.sch || '.' || k.tbl || '.' || k.conname) AS oid, k.*,
              ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.tbl) AS conrelid, n.oid AS connamespace,
              CASE WHEN k.contype IN ('p', 'u') THEN ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.conname)
                   WHEN k.contype = 'f' THEN ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.reftbl || '_pkey')
                   ELSE CAST(0 AS BIGINT) END AS conindid,
              CASE WHEN k.contype = 'f' THEN ${c.X}._oid('r:' || k.src || ':' || k.sch || '.' || k.reftbl)
                   ELSE CAST(0 AS BIGINT) END AS confrelid
       FROM (SELECT CASE WHEN x.database_name = ${c.W} THEN 1 ELSE 2 END AS src, x.schema_name AS sch, x.table_name AS tbl,
                    CASE x.constraint_type WHEN 'PRIMARY KEY' THEN x.table_name || '_pkey'
                         WHEN 'FOREIGN KEY' THEN x.table_name || '_' || array_to_string(x.constraint_column_names, '_') || '_fkey'
                         ELSE x.constraint_name END AS conname,
                    CASE x.constraint_type WHEN 'PRIMARY KEY' THEN 'p' WHEN 'UNIQUE' THEN 'u' WHEN 'CHECK' THEN 'c' ELSE 'f' END AS contype,
                    list_transform(x.constraint_column_indexes, i -> CAST(i + 1 AS SMALLINT)) AS conkey,
                    x.constraint_column_names AS colnames, x.expression, x.referenced_table AS reftbl,
                    x.referenced_column_names AS refcols,
                    (SELECT list(CAST(coalesce(col.column_index, 0) AS SMALLINT) ORDER BY e.pos)
                     FROM (SELECT unnest(x.referenced_column_names) AS name, generate_subscripts(x.referenced_column_names, 1) AS pos) e
                     JOIN duckdb_columns() col ON col.database_name = x.database_name AND col.schema_name = x.schema_name
                          AND col.table_name = x.referenced_table AND col.column_name = e.name) AS confkey
             FROM duckdb_constraints() x
             WHERE x.database_name IN (${c.W}, ${c.P}) AND x.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'CHECK', 'FOREIGN KEY')
             UNION ALL
             SELECT 2, k.schema_name, k.table_name, k.table_name || '_pkey', 'p',
                    list(k.column_index ORDER BY k.key_position), list(k.column_name ORDER BY k.key_position),
                    NULL, NULL, NULL, NULL
             FROM ${c.PK} k GROUP BY k.schema_name, k.table_name) k
       JOIN ${c.X}._ns n ON n.src = k.src AND n.nspname = k.sch`,
  },
  {
    schema: 'pg',
    name: '_syscat',
    kind: 'view',
    sql: () =>
      `SELECT name, CAST(oid AS BIGINT) AS oid FROM (VALUES ${Object.entries(SYSTEM_RELATIONS)
        .map(([n, o]) => `(${lit(n)}, ${o})`)
        .join(', ')}) t(name, oid)`,
  },

  // ---- functions --------------------------------------------------------------------------------
  { schema: 'pg', name: 'current_database', kind: 'macro', sql: (c) => `() AS ${c.DB}` },
  { schema: 'pg', name: 'session_user_name', kind: 'macro', sql: (c) => `() AS ${c.USER}` },
  {
    schema: 'pg',
    name: 'current_schemas',
    kind: 'macro',
    // no subquery here (clients call it inside table functions: generate_series(1, array_upper(...)));
    // a compat schema `<bucket>_<table>` is recognised by its bucket schema being on the path too
    sql: () => {
      const visible = `list_filter("system".main.current_schemas(false), x -> x NOT IN ('${COMPAT_SCHEMA}', '${COMPAT_INFO_SCHEMA}')
        AND NOT coalesce(list_bool_or(list_transform("system".main.current_schemas(false), y -> x <> y AND starts_with(x, y || '_'))), false))`;
      return `(implicit) AS CASE WHEN implicit THEN ['pg_catalog'] || ${visible} ELSE ${visible} END`;
    },
  },
  {
    schema: 'pg',
    name: 'version',
    kind: 'macro',
    sql: () => `() AS 'PostgreSQL 15.0 (DuckStorage on DuckDB) on x86_64-pc-linux-gnu, 64-bit'`,
  },
  { schema: 'pg', name: 'pg_backend_pid', kind: 'macro', sql: (c) => `() AS ${c.PID}` },
  {
    schema: 'pg',
    name: 'pg_get_userbyid',
    kind: 'macro',
    sql: (c) =>
      `(id) AS CASE WHEN id = 10 THEN ${c.USER} WHEN id IS NOT NULL THEN 'unknown (OID=' || id || ')' END`,
  },
  {
    schema: 'pg',
    name: 'pg_table_is_visible',
    kind: 'macro',
    sql: (c) => `(id) AS coalesce((SELECT _vr.visible FROM ${c.X}._rel _vr WHERE _vr.oid = id), false)`,
  },
  { schema: 'pg', name: 'pg_type_is_visible', kind: 'macro', sql: () => `(id) AS true` },
  { schema: 'pg', name: 'pg_function_is_visible', kind: 'macro', sql: () => `(id) AS true` },
  {
    schema: 'pg',
    name: 'format_type',
    kind: 'macro',
    sql: (c) =>
      `(type_oid, typemod) AS CASE WHEN type_oid IS NULL THEN NULL ELSE coalesce((SELECT
         CASE WHEN _ft.typcategory = 'A' AND _ft.typelem <> 0
                THEN (SELECT _fe.display FROM ${c.X}._types _fe WHERE _fe.oid = _ft.typelem) ||
                     CASE WHEN _fe2.typname = 'numeric' AND coalesce(typemod, -1) >= 4
                          THEN '(' || ((typemod - 4) >> 16) || ',' || ((typemod - 4) & 65535) || ')' ELSE '' END || '[]'
              WHEN _ft.typname = 'numeric' AND coalesce(typemod, -1) >= 4
                THEN 'numeric(' || ((typemod - 4) >> 16) || ',' || ((typemod - 4) & 65535) || ')'
              WHEN _ft.typname IN ('varchar', 'bpchar', 'bit', 'varbit') AND coalesce(typemod, -1) >= 4
                THEN _ft.display || '(' || (typemod - 4) || ')'
              ELSE _ft.display END
         FROM ${c.X}._types _ft LEFT JOIN ${c.X}._types _fe2 ON _fe2.oid = _ft.typelem WHERE _ft.oid = type_oid), '???') END`,
  },
  {
    schema: 'pg',
    name: 'pg_get_expr',
    kind: 'macro',
    sql: () => `(expr, relid) AS CAST(expr AS VARCHAR), (expr, relid, pretty) AS CAST(expr AS VARCHAR)`,
  },
  {
    schema: 'pg',
    name: 'pg_get_indexdef',
    kind: 'macro',
    sql: (c) => {
      const full = `(SELECT 'CREATE ' || CASE WHEN _ix.isunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || ${c.X}.quote_ident(_ix.relname)
          || ' ON ' || ${c.X}.quote_ident(_ix.sch) || '.' || ${c.X}.quote_ident(_ix.tblname) || ' USING btree ('
          || (SELECT string_agg(${c.X}.quote_ident(_ia.attname), ', ' ORDER BY _ik.i) FROM
               (SELECT unnest(_ix.indkey) AS n, generate_subscripts(_ix.indkey, 1) AS i) _ik
               JOIN ${c.X}._att _ia ON _ia.attrelid = _ix.indrelid AND _ia.attnum = _ik.n) || ')'
        FROM ${c.X}._idx _ix WHERE _ix.indexrelid = idx)`;
      const column = `(SELECT ${c.X}.quote_ident(_ia.attname) FROM ${c.X}._idx _ix JOIN ${c.X}._att _ia
          ON _ia.attrelid = _ix.indrelid AND _ia.attnum = _ix.indkey[col] WHERE _ix.indexrelid = idx)`;
      return `(idx) AS ${full}, (idx, col, pretty) AS CASE WHEN col = 0 THEN ${full} ELSE ${column} END`;
    },
  },
  {
    schema: 'pg',
    name: 'pg_get_constraintdef',
    kind: 'macro',
    sql: (c) => {
      const body = `(SELECT CASE _ck.contype
          WHEN 'p' THEN 'PRIMARY KEY (' || ${c.X}._qlist(_ck.colnames) || ')'
          WHEN 'u' THEN 'UNIQUE (' || ${c.X}._qlist(_ck.colnames) || ')'
          WHEN 'c' THEN 'CHECK (' || _ck.expression || ')'
          ELSE 'FOREIGN KEY (' || ${c.X}._qlist(_ck.colnames) || ') REFERENCES '
               || ${c.X}.quote_ident(_ck.reftbl) || '(' || ${c.X}._qlist(_ck.refcols) || ')'
          END FROM ${c.X}._con _ck WHERE _ck.oid = con)`;
      return `(con) AS ${body}, (con, pretty) AS ${body}`;
    },
  },
  {
    schema: 'pg',
    name: 'pg_get_viewdef',
    kind: 'macro',
    sql: (c) => {
      const body = `(SELECT ' ' || regexp_replace(regexp_replace(_vd.viewdef, '^\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?(TEMP|TEMPORARY\\s+)?VIEW\\s+("(?:[^"]|"")+"|[^\\s(]+)(\\s*\\([^)]*\\))?\\s+AS\\s+', '', 'i'), ';?\\s*$', ';')
          FROM ${c.X}._rel0 _vd WHERE _vd.oid = v AND _vd.relkind = 'v')`;
      return `(v) AS ${body}, (v, pretty) AS ${body}`;
    },
  },
  {
    schema: 'pg',
    name: 'obj_description',
    kind: 'macro',
    sql: (c) => {
      const q = (cond: string) =>
        `(SELECT _od.description FROM ${c.X}.pg_description _od WHERE _od.objoid = id AND _od.objsubid = 0${cond} LIMIT 1)`;
      return `(id) AS ${q('')}, (id, cat) AS ${q(` AND _od.classoid = coalesce((SELECT _os.oid FROM ${c.X}._syscat _os WHERE _os.name = cat), -1)`)}`;
    },
  },
  {
    schema: 'pg',
    name: 'col_description',
    kind: 'macro',
    sql: (c) =>
      `(id, n) AS (SELECT _cd.description FROM ${c.X}.pg_description _cd WHERE _cd.objoid = id AND _cd.objsubid = n AND _cd.classoid = 1259 LIMIT 1)`,
  },
  { schema: 'pg', name: 'shobj_description', kind: 'macro', sql: () => `(id, cat) AS CAST(NULL AS VARCHAR)` },
  {
    schema: 'pg',
    name: 'pg_encoding_to_char',
    kind: 'macro',
    sql: () => `(e) AS CASE e WHEN 6 THEN 'UTF8' WHEN 0 THEN 'SQL_ASCII' ELSE '' END`,
  },
  {
    schema: 'pg',
    name: 'pg_char_to_encoding',
    kind: 'macro',
    sql: () => `(e) AS CASE upper(e) WHEN 'UTF8' THEN 6 WHEN 'SQL_ASCII' THEN 0 ELSE -1 END`,
  },
  {
    schema: 'pg',
    name: 'pg_get_keywords',
    kind: 'table',
    sql: () =>
      `() AS TABLE SELECT keyword_name AS word,
         CASE keyword_category WHEN 'reserved' THEN 'R' WHEN 'unreserved' THEN 'U' WHEN 'column_name' THEN 'C' ELSE 'T' END AS catcode,
         keyword_category <> 'reserved' AS barelabel,
         CASE keyword_category WHEN 'reserved' THEN 'reserved' WHEN 'unreserved' THEN 'unreserved'
              WHEN 'column_name' THEN 'unreserved (cannot be function or type name)'
              ELSE 'reserved (can be function or type name)' END AS catdesc,
         CASE WHEN keyword_category <> 'reserved' THEN 'can be bare label' ELSE 'requires AS' END AS baredesc
       FROM duckdb_keywords() ORDER BY 1`,
  },
  {
    schema: 'pg',
    name: 'quote_ident',
    kind: 'macro',
    sql: () =>
      `(s) AS CASE WHEN regexp_full_match(s, '[a-z_][a-z0-9_$]*')
         AND s NOT IN (SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category <> 'unreserved')
         THEN s ELSE '"' || replace(s, '"', '""') || '"' END`,
  },
  ...[
    'table',
    'schema',
    'database',
    'column',
    'any_column',
    'function',
    'sequence',
    'tablespace',
    'language',
  ].map(
    (what): Def => ({
      schema: 'pg',
      name: `has_${what}_privilege`,
      kind: 'macro',
      sql: () =>
        what === 'column'
          ? `(a, b) AS true, (a, b, c) AS true, (a, b, c, d) AS true`
          : `(a, b) AS true, (a, b, c) AS true`,
    }),
  ),
  { schema: 'pg', name: 'pg_has_role', kind: 'macro', sql: () => `(a, b) AS true, (a, b, c) AS true` },
  ...['pg_total_relation_size', 'pg_table_size', 'pg_indexes_size', 'pg_database_size'].map(
    (name): Def => ({ schema: 'pg', name, kind: 'macro', sql: () => `(x) AS CAST(0 AS BIGINT)` }),
  ),
  {
    schema: 'pg',
    name: 'pg_relation_size',
    kind: 'macro',
    sql: () => `(x) AS CAST(0 AS BIGINT), (x, fork) AS CAST(0 AS BIGINT)`,
  },
  {
    schema: 'pg',
    name: 'pg_size_pretty',
    kind: 'macro',
    sql: () =>
      `(b) AS CASE WHEN b IS NULL THEN NULL WHEN abs(b) < 10240 THEN b || ' bytes'
         WHEN abs(b) < 10485760 THEN CAST(round(b / 1024) AS BIGINT) || ' kB'
         WHEN abs(b) < 10737418240 THEN CAST(round(b / 1048576) AS BIGINT) || ' MB'
         WHEN abs(b) < 10995116277760 THEN CAST(round(b / 1073741824) AS BIGINT) || ' GB'
         ELSE CAST(round(b / 1099511627776) AS BIGINT) || ' TB' END`,
  },
  { schema: 'pg', name: 'pg_tablespace_location', kind: 'macro', sql: () => `(x) AS ''` },
  { schema: 'pg', name: 'pg_my_temp_schema', kind: 'macro', sql: () => `() AS CAST(0 AS BIGINT)` },
  { schema: 'pg', name: 'pg_is_in_recovery', kind: 'macro', sql: () => `() AS false` },
  { schema: 'pg', name: 'pg_relation_is_publishable', kind: 'macro', sql: () => `(x) AS false` },
  {
    schema: 'pg',
    name: 'pg_get_ruledef',
    kind: 'macro',
    sql: () => `(x) AS CAST(NULL AS VARCHAR), (x, p) AS CAST(NULL AS VARCHAR)`,
  },
  {
    schema: 'pg',
    name: 'pg_get_triggerdef',
    kind: 'macro',
    sql: () => `(x) AS CAST(NULL AS VARCHAR), (x, p) AS CAST(NULL AS VARCHAR)`,
  },
  {
    schema: 'pg',
    name: 'pg_get_statisticsobjdef_columns',
    kind: 'macro',
    sql: () => `(x) AS CAST(NULL AS VARCHAR)`,
  },
  {
    schema: 'pg',
    name: 'pg_partition_ancestors',
    kind: 'macro',
    // no partitions: a relation's only ancestor is itself
    sql: (c) => `(relation) AS ${c.X}.regclass_oid(CAST(relation AS VARCHAR))`,
  },
  { schema: 'pg', name: 'pg_get_partkeydef', kind: 'macro', sql: () => `(x) AS CAST(NULL AS VARCHAR)` },
  {
    schema: 'pg',
    name: 'pg_get_serial_sequence',
    kind: 'macro',
    sql: () => `(t, c) AS CAST(NULL AS VARCHAR)`,
  },
  { schema: 'pg', name: 'pg_get_functiondef', kind: 'macro', sql: () => `(x) AS CAST(NULL AS VARCHAR)` },
  { schema: 'pg', name: 'pg_stat_get_numscans', kind: 'macro', sql: () => `(x) AS CAST(0 AS BIGINT)` },
  {
    schema: 'pg',
    name: 'pg_get_function_result',
    kind: 'macro',
    sql: (c) =>
      `(x) AS (SELECT CASE WHEN _fp.prokind = 'f' THEN 'text' END FROM ${c.X}.pg_proc _fp WHERE _fp.oid = x)`,
  },
  {
    schema: 'pg',
    name: 'pg_get_function_arguments',
    kind: 'macro',
    sql: (c) =>
      `(x) AS (SELECT array_to_string(_fp.proargnames, ', ') FROM ${c.X}.pg_proc _fp WHERE _fp.oid = x)`,
  },
  {
    schema: 'pg',
    name: 'pg_get_function_identity_arguments',
    kind: 'macro',
    sql: (c) =>
      `(x) AS (SELECT array_to_string(_fp.proargnames, ', ') FROM ${c.X}.pg_proc _fp WHERE _fp.oid = x)`,
  },
  {
    schema: 'pg',
    name: 'array_upper',
    kind: 'macro',
    sql: () => `(a, d) AS CASE WHEN len(a) > 0 THEN len(a) END`,
  },
  {
    schema: 'pg',
    name: 'array_lower',
    kind: 'macro',
    sql: () => `(a, d) AS CASE WHEN len(a) > 0 THEN 1 END`,
  },
  {
    schema: 'pg',
    name: 'regclass_oid',
    kind: 'macro',
    sql: (c) =>
      `(n) AS coalesce(TRY_CAST(CASE WHEN regexp_full_match(trim(n), '[0-9]+') THEN trim(n) END AS BIGINT),
         (SELECT _rs.oid FROM ${c.X}._syscat _rs WHERE _rs.name = ${c.X}._qual_name(n) AND coalesce(${c.X}._qual_schema(n), 'pg_catalog') = 'pg_catalog'),
         (SELECT _rr.oid FROM ${c.X}._rel _rr WHERE _rr.relname = ${c.X}._qual_name(n)
            AND (CASE WHEN ${c.X}._qual_schema(n) IS NULL THEN _rr.visible ELSE _rr.sch = ${c.X}._qual_schema(n) END)
          ORDER BY _rr.pathpos NULLS LAST, _rr.src LIMIT 1))`,
  },
  {
    schema: 'pg',
    name: 'regclass_text',
    kind: 'macro',
    sql: (c) =>
      `(id) AS coalesce(
         (SELECT CASE WHEN _rr.visible THEN ${c.X}.quote_ident(_rr.relname) ELSE ${c.X}.quote_ident(_rr.sch) || '.' || ${c.X}.quote_ident(_rr.relname) END
          FROM ${c.X}._rel _rr WHERE _rr.oid = id),
         (SELECT _rs.name FROM ${c.X}._syscat _rs WHERE _rs.oid = id), CAST(id AS VARCHAR))`,
  },
  {
    schema: 'pg',
    name: 'regtype_oid',
    kind: 'macro',
    sql: (c) =>
      `(n) AS coalesce(TRY_CAST(CASE WHEN regexp_full_match(trim(n), '[0-9]+') THEN trim(n) END AS BIGINT), (SELECT _tt.oid FROM ${c.X}._types _tt WHERE _tt.typname = coalesce((SELECT _ta._b FROM (VALUES ${Object.entries(
        TYPE_ALIASES,
      )
        .map(([a, b]) => `(${lit(a)}, ${lit(b)})`)
        .join(
          ', ',
        )}) _ta(_a, _b) WHERE _ta._a = lower(regexp_replace(trim(n), '^pg_catalog\\.', ''))), lower(regexp_replace(trim(n), '^pg_catalog\\.', '')))))`,
  },
  { schema: 'pg', name: 'regtype_text', kind: 'macro', sql: (c) => `(id) AS ${c.X}.format_type(id, NULL)` },
  {
    schema: 'pg',
    name: 'regnamespace_oid',
    kind: 'macro',
    sql: (c) =>
      `(n) AS (SELECT _rn.oid FROM ${c.X}._ns _rn WHERE _rn.nspname = ${c.X}._qual_name(n) ORDER BY _rn.src LIMIT 1)`,
  },
  {
    schema: 'pg',
    name: 'regnamespace_text',
    kind: 'macro',
    sql: (c) => `(id) AS (SELECT ${c.X}.quote_ident(_rn.nspname) FROM ${c.X}._ns _rn WHERE _rn.oid = id)`,
  },

  // ---- pg_catalog relations ---------------------------------------------------------------------
  {
    schema: 'pg',
    name: 'pg_namespace',
    kind: 'view',
    sql: (c) =>
      `SELECT oid, nspname, CAST(10 AS BIGINT) AS nspowner, CAST(NULL AS VARCHAR[]) AS nspacl FROM ${c.X}._ns`,
  },
  {
    schema: 'pg',
    name: 'pg_class',
    kind: 'view',
    sql: (c) =>
      `SELECT r.oid, r.relname, r.relnamespace, CAST(0 AS BIGINT) AS reltype, CAST(0 AS BIGINT) AS reloftype,
              CAST(10 AS BIGINT) AS relowner, CAST(CASE r.relkind WHEN 'r' THEN 2 WHEN 'i' THEN 403 ELSE 0 END AS BIGINT) AS relam,
              r.oid AS relfilenode, CAST(0 AS BIGINT) AS reltablespace, 0 AS relpages, r.reltuples, 0 AS relallvisible,
              CAST(0 AS BIGINT) AS reltoastrelid,
              r.hasindex AS relhasindex,
              false AS relisshared, 'p' AS relpersistence, r.relkind, r.relnatts, r.relchecks,
              false AS relhasrules, false AS relhastriggers, false AS relhassubclass, false AS relrowsecurity,
              false AS relforcerowsecurity, true AS relispopulated, CASE WHEN r.relkind = 'r' THEN 'd' ELSE 'n' END AS relreplident,
              false AS relispartition, CAST(0 AS BIGINT) AS relrewrite, CAST(0 AS BIGINT) AS relfrozenxid,
              CAST(0 AS BIGINT) AS relminmxid, CAST(NULL AS VARCHAR[]) AS relacl, CAST(NULL AS VARCHAR[]) AS reloptions,
              CAST(NULL AS VARCHAR) AS relpartbound
       FROM ${c.X}._rel0 r`,
  },
  {
    schema: 'pg',
    name: 'pg_attribute',
    kind: 'view',
    sql: (c) =>
      `SELECT a.attrelid, a.attname, a.atttypid, -1 AS attstattarget, coalesce(t.typlen, -1) AS attlen, a.attnum,
              CAST(CASE WHEN t.typcategory = 'A' THEN 1 ELSE 0 END AS INTEGER) AS attndims, -1 AS attcacheoff, a.atttypmod,
              coalesce(t.typbyval, false) AS attbyval, coalesce(t.typalign, 'i') AS attalign,
              coalesce(t.typstorage, 'x') AS attstorage, '' AS attcompression,
              a.attnotnull, a.adbin IS NOT NULL AS atthasdef, false AS atthasmissing, '' AS attidentity, '' AS attgenerated,
              false AS attisdropped, true AS attislocal, 0 AS attinhcount, CAST(0 AS BIGINT) AS attcollation,
              CAST(NULL AS VARCHAR[]) AS attacl, CAST(NULL AS VARCHAR[]) AS attoptions, CAST(NULL AS VARCHAR[]) AS attfdwoptions,
              CAST(NULL AS VARCHAR) AS attmissingval
       FROM ${c.X}._att a LEFT JOIN ${c.X}._types t ON t.oid = a.atttypid`,
  },
  {
    schema: 'pg',
    name: 'pg_attrdef',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('d:' || a.attrelid || ':' || a.attnum) AS oid, a.attrelid AS adrelid, a.attnum AS adnum, a.adbin
       FROM ${c.X}._att a WHERE a.adbin IS NOT NULL`,
  },
  {
    schema: 'pg',
    name: 'pg_type',
    kind: 'view',
    sql: (c) =>
      `SELECT t.oid, t.typname, CAST(11 AS BIGINT) AS typnamespace, CAST(10 AS BIGINT) AS typowner, t.typlen, t.typbyval,
              t.typtype, t.typcategory, false AS typispreferred, true AS typisdefined, ',' AS typdelim,
              CAST(0 AS BIGINT) AS typrelid, CASE WHEN t.typcategory = 'A' THEN 'array_subscript_handler' ELSE '-' END AS typsubscript,
              t.typelem, t.typarray, t.typinput, replace(t.typinput, 'in', 'out') AS typoutput,
              replace(t.typinput, 'in', 'recv') AS typreceive, replace(t.typinput, 'in', 'send') AS typsend,
              '-' AS typmodin, '-' AS typmodout, '-' AS typanalyze, t.typalign, t.typstorage, false AS typnotnull,
              CAST(0 AS BIGINT) AS typbasetype, -1 AS typtypmod, 0 AS typndims,
              CAST(CASE WHEN t.typcategory = 'S' AND t.typname <> 'name' THEN 100 ELSE 0 END AS BIGINT) AS typcollation,
              CAST(NULL AS VARCHAR) AS typdefaultbin, CAST(NULL AS VARCHAR) AS typdefault, CAST(NULL AS VARCHAR[]) AS typacl
       FROM ${c.X}._types t`,
  },
  {
    schema: 'pg',
    name: 'pg_index',
    kind: 'view',
    sql: (c) =>
      `SELECT ix.indexrelid, ix.indrelid, CAST(len(ix.indkey) AS SMALLINT) AS indnatts, CAST(len(ix.indkey) AS SMALLINT) AS indnkeyatts,
              ix.isunique AS indisunique, false AS indnullsnotdistinct, ix.isprimary AS indisprimary, false AS indisexclusion,
              true AS indimmediate, false AS indisclustered, true AS indisvalid, false AS indcheckxmin, true AS indisready,
              true AS indislive, false AS indisreplident, ix.indkey,
              list_transform(ix.indkey, x -> CAST(0 AS BIGINT)) AS indcollation, list_transform(ix.indkey, x -> CAST(0 AS BIGINT)) AS indclass,
              list_transform(ix.indkey, x -> CAST(0 AS SMALLINT)) AS indoption, CAST(NULL AS VARCHAR) AS indexprs,
              CAST(NULL AS VARCHAR) AS indpred
       FROM ${c.X}._idx ix`,
  },
  {
    schema: 'pg',
    name: 'pg_constraint',
    kind: 'view',
    sql: (c) =>
      `SELECT k.oid, k.conname, k.connamespace, k.contype, false AS condeferrable, false AS condeferred, true AS convalidated,
              k.conrelid, CAST(0 AS BIGINT) AS contypid, k.conindid, CAST(0 AS BIGINT) AS conparentid, k.confrelid,
              CASE WHEN k.contype = 'f' THEN 'a' ELSE ' ' END AS confupdtype, CASE WHEN k.contype = 'f' THEN 'a' ELSE ' ' END AS confdeltype,
              CASE WHEN k.contype = 'f' THEN 's' ELSE ' ' END AS confmatchtype, true AS conislocal, 0 AS coninhcount,
              k.contype = 'c' AS connoinherit, k.conkey, CASE WHEN k.contype = 'f' THEN k.confkey END AS confkey,
              CAST(NULL AS BIGINT[]) AS conpfeqop, CAST(NULL AS BIGINT[]) AS conppeqop, CAST(NULL AS BIGINT[]) AS conffeqop,
              CAST(NULL AS SMALLINT[]) AS confdelsetcols, CAST(NULL AS BIGINT[]) AS conexclop, k.expression AS conbin
       FROM ${c.X}._con k`,
  },
  {
    schema: 'pg',
    name: 'pg_description',
    kind: 'view',
    sql: (c) =>
      `SELECT r.oid AS objoid, CAST(1259 AS BIGINT) AS classoid, 0 AS objsubid, r.descr AS description FROM ${c.X}._rel0 r WHERE r.descr IS NOT NULL AND r.descr <> ''
       UNION ALL SELECT a.attrelid, 1259, a.attnum, a.descr FROM ${c.X}._att a WHERE a.descr IS NOT NULL AND a.descr <> ''
       UNION ALL SELECT n.oid, 2615, 0, n.descr FROM ${c.X}._ns n WHERE n.descr IS NOT NULL AND n.descr <> ''`,
  },
  {
    schema: 'pg',
    name: 'pg_database',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('db:' || ${c.DB}) AS oid, ${c.DB} AS datname, CAST(10 AS BIGINT) AS datdba, 6 AS encoding,
              'c' AS datlocprovider, false AS datistemplate, true AS datallowconn, -1 AS datconnlimit,
              CAST(0 AS BIGINT) AS datfrozenxid, CAST(0 AS BIGINT) AS datminmxid, CAST(1663 AS BIGINT) AS dattablespace,
              'C' AS datcollate, 'C' AS datctype, CAST(NULL AS VARCHAR) AS daticulocale, CAST(NULL AS VARCHAR) AS datcollversion,
              CAST(NULL AS VARCHAR[]) AS datacl`,
  },
  {
    schema: 'pg',
    name: 'pg_roles',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.USER} AS rolname, false AS rolsuper, true AS rolinherit, false AS rolcreaterole, false AS rolcreatedb,
              true AS rolcanlogin, false AS rolreplication, -1 AS rolconnlimit, '********' AS rolpassword,
              CAST(NULL AS TIMESTAMPTZ) AS rolvaliduntil, false AS rolbypassrls, CAST(NULL AS VARCHAR[]) AS rolconfig,
              CAST(10 AS BIGINT) AS oid`,
  },
  {
    schema: 'pg',
    name: 'pg_user',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.USER} AS usename, CAST(10 AS BIGINT) AS usesysid, false AS usecreatedb, false AS usesuper, false AS userepl,
              false AS usebypassrls, '********' AS passwd, CAST(NULL AS TIMESTAMPTZ) AS valuntil, CAST(NULL AS VARCHAR[]) AS useconfig`,
  },
  {
    schema: 'pg',
    name: 'pg_authid',
    kind: 'view',
    sql: (c) =>
      `SELECT CAST(10 AS BIGINT) AS oid, ${c.USER} AS rolname, false AS rolsuper, true AS rolinherit, false AS rolcreaterole,
              false AS rolcreatedb, true AS rolcanlogin, false AS rolreplication, false AS rolbypassrls, -1 AS rolconnlimit,
              CAST(NULL AS VARCHAR) AS rolpassword, CAST(NULL AS TIMESTAMPTZ) AS rolvaliduntil`,
  },
  {
    schema: 'pg',
    name: 'pg_auth_members',
    kind: 'view',
    sql: empty('oid BIGINT, roleid BIGINT, member BIGINT, grantor BIGINT, admin_option BOOLEAN'),
  },
  {
    schema: 'pg',
    name: 'pg_settings',
    kind: 'view',
    sql: () =>
      `SELECT name, setting, CAST(NULL AS VARCHAR) AS unit, category, name AS short_desc, CAST(NULL AS VARCHAR) AS extra_desc,
              'user' AS context, 'string' AS vartype, 'default' AS source, CAST(NULL AS VARCHAR) AS min_val,
              CAST(NULL AS VARCHAR) AS max_val, CAST(NULL AS VARCHAR[]) AS enumvals, setting AS boot_val, setting AS reset_val,
              CAST(NULL AS VARCHAR) AS sourcefile, CAST(NULL AS INTEGER) AS sourceline, false AS pending_restart
       FROM (VALUES ${PG_SETTINGS.map(([n, v, cat]) => `(${lit(n)}, ${lit(v)}, ${lit(cat)})`).join(', ')}) s(name, setting, category)`,
  },
  {
    schema: 'pg',
    name: 'pg_am',
    kind: 'view',
    sql: () =>
      `SELECT CAST(oid AS BIGINT) AS oid, amname, amhandler, amtype FROM (VALUES (2, 'heap', 'heap_tableam_handler', 't'),
         (403, 'btree', 'bthandler', 'i'), (405, 'hash', 'hashhandler', 'i')) a(oid, amname, amhandler, amtype)`,
  },
  {
    schema: 'pg',
    name: 'pg_tablespace',
    kind: 'view',
    sql: () =>
      `SELECT CAST(oid AS BIGINT) AS oid, spcname, CAST(10 AS BIGINT) AS spcowner, CAST(NULL AS VARCHAR[]) AS spcacl,
              CAST(NULL AS VARCHAR[]) AS spcoptions FROM (VALUES (1663, 'pg_default'), (1664, 'pg_global')) t(oid, spcname)`,
  },
  {
    schema: 'pg',
    name: 'pg_extension',
    kind: 'view',
    sql: empty(
      'oid BIGINT, extname VARCHAR, extowner BIGINT, extnamespace BIGINT, extrelocatable BOOLEAN, extversion VARCHAR, extconfig BIGINT[], extcondition VARCHAR[]',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_language',
    kind: 'view',
    sql: () =>
      `SELECT CAST(oid AS BIGINT) AS oid, lanname, CAST(10 AS BIGINT) AS lanowner, false AS lanispl, lanpltrusted,
              CAST(0 AS BIGINT) AS lanplcallfoid, CAST(0 AS BIGINT) AS laninline, CAST(0 AS BIGINT) AS lanvalidator,
              CAST(NULL AS VARCHAR[]) AS lanacl
       FROM (VALUES (12, 'internal', false), (13, 'c', false), (14, 'sql', true)) l(oid, lanname, lanpltrusted)`,
  },
  {
    schema: 'pg',
    name: 'pg_collation',
    kind: 'view',
    sql: () =>
      `SELECT CAST(oid AS BIGINT) AS oid, collname, CAST(11 AS BIGINT) AS collnamespace, CAST(10 AS BIGINT) AS collowner,
              collprovider, true AS collisdeterministic, -1 AS collencoding, collcollate, collcollate AS collctype,
              CAST(NULL AS VARCHAR) AS colliculocale, CAST(NULL AS VARCHAR) AS collversion
       FROM (VALUES (100, 'default', 'd', CAST(NULL AS VARCHAR)), (950, 'C', 'c', 'C'), (951, 'POSIX', 'c', 'POSIX'))
            c(oid, collname, collprovider, collcollate)`,
  },
  {
    schema: 'pg',
    name: 'pg_proc',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('f:' || f.schema_name || '.' || f.function_name || ':' || len(f.parameters)) AS oid,
              f.function_name AS proname, n.oid AS pronamespace, CAST(10 AS BIGINT) AS proowner, CAST(14 AS BIGINT) AS prolang,
              CAST(100 AS REAL) AS procost, CAST(CASE WHEN f.function_type = 'table_macro' THEN 1000 ELSE 0 END AS REAL) AS prorows,
              CAST(0 AS BIGINT) AS provariadic, '-' AS prosupport, 'f' AS prokind, false AS prosecdef, false AS proleakproof,
              false AS proisstrict, f.function_type = 'table_macro' AS proretset, 'v' AS provolatile, 'u' AS proparallel,
              CAST(len(f.parameters) AS SMALLINT) AS pronargs, CAST(0 AS SMALLINT) AS pronargdefaults,
              CAST(CASE WHEN f.function_type = 'table_macro' THEN 2249 ELSE 25 END AS BIGINT) AS prorettype,
              list_transform(f.parameters, x -> CAST(25 AS BIGINT)) AS proargtypes, CAST(NULL AS BIGINT[]) AS proallargtypes,
              CAST(NULL AS VARCHAR[]) AS proargmodes, f.parameters AS proargnames, CAST(NULL AS VARCHAR) AS proargdefaults,
              CAST(NULL AS BIGINT[]) AS protrftypes, f.macro_definition AS prosrc, CAST(NULL AS VARCHAR) AS probin,
              CAST(NULL AS VARCHAR) AS prosqlbody, CAST(NULL AS VARCHAR[]) AS proconfig, CAST(NULL AS VARCHAR[]) AS proacl
       FROM duckdb_functions() f JOIN ${c.X}._ns n ON n.src = 1 AND n.nspname = f.schema_name
       WHERE f.database_name = ${c.W} AND NOT f.internal`,
  },
  {
    schema: 'pg',
    name: 'pg_inherits',
    kind: 'view',
    sql: empty('inhrelid BIGINT, inhparent BIGINT, inhseqno INTEGER, inhdetachpending BOOLEAN'),
  },
  {
    schema: 'pg',
    name: 'pg_policy',
    kind: 'view',
    sql: empty(
      'oid BIGINT, polname VARCHAR, polrelid BIGINT, polcmd VARCHAR, polpermissive BOOLEAN, polroles BIGINT[], polqual VARCHAR, polwithcheck VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_statistic_ext',
    kind: 'view',
    sql: empty(
      'oid BIGINT, stxrelid BIGINT, stxname VARCHAR, stxnamespace BIGINT, stxowner BIGINT, stxstattarget INTEGER, stxkeys SMALLINT[], stxkind VARCHAR[], stxexprs VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_publication',
    kind: 'view',
    sql: empty(
      'oid BIGINT, pubname VARCHAR, pubowner BIGINT, puballtables BOOLEAN, pubinsert BOOLEAN, pubupdate BOOLEAN, pubdelete BOOLEAN, pubtruncate BOOLEAN, pubviaroot BOOLEAN',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_publication_namespace',
    kind: 'view',
    sql: empty('oid BIGINT, pnpubid BIGINT, pnnspid BIGINT'),
  },
  {
    schema: 'pg',
    name: 'pg_publication_rel',
    kind: 'view',
    sql: empty('oid BIGINT, prpubid BIGINT, prrelid BIGINT, prqual VARCHAR, prattrs SMALLINT[]'),
  },
  {
    schema: 'pg',
    name: 'pg_rewrite',
    kind: 'view',
    sql: empty(
      'oid BIGINT, rulename VARCHAR, ev_class BIGINT, ev_type VARCHAR, ev_enabled VARCHAR, is_instead BOOLEAN, ev_qual VARCHAR, ev_action VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_trigger',
    kind: 'view',
    sql: empty(
      'oid BIGINT, tgrelid BIGINT, tgparentid BIGINT, tgname VARCHAR, tgfoid BIGINT, tgtype SMALLINT, tgenabled VARCHAR, tgisinternal BOOLEAN, tgconstrrelid BIGINT, tgconstrindid BIGINT, tgconstraint BIGINT, tgdeferrable BOOLEAN, tginitdeferred BOOLEAN, tgnargs SMALLINT, tgattr SMALLINT[], tgargs BLOB, tgqual VARCHAR, tgoldtable VARCHAR, tgnewtable VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_depend',
    kind: 'view',
    sql: empty(
      'classid BIGINT, objid BIGINT, objsubid INTEGER, refclassid BIGINT, refobjid BIGINT, refobjsubid INTEGER, deptype VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_enum',
    kind: 'view',
    sql: empty('oid BIGINT, enumtypid BIGINT, enumsortorder REAL, enumlabel VARCHAR'),
  },
  {
    schema: 'pg',
    name: 'pg_sequence',
    kind: 'view',
    sql: empty(
      'seqrelid BIGINT, seqtypid BIGINT, seqstart BIGINT, seqincrement BIGINT, seqmax BIGINT, seqmin BIGINT, seqcache BIGINT, seqcycle BOOLEAN',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_sequences',
    kind: 'view',
    sql: empty(
      'schemaname VARCHAR, sequencename VARCHAR, sequenceowner VARCHAR, data_type VARCHAR, start_value BIGINT, min_value BIGINT, max_value BIGINT, increment_by BIGINT, cycle BOOLEAN, cache_size BIGINT, last_value BIGINT',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_prepared_statements',
    kind: 'view',
    sql: empty(
      'name VARCHAR, statement VARCHAR, prepare_time TIMESTAMPTZ, parameter_types VARCHAR[], result_types VARCHAR[], from_sql BOOLEAN, generic_plans BIGINT, custom_plans BIGINT',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_shdescription',
    kind: 'view',
    sql: empty('objoid BIGINT, classoid BIGINT, description VARCHAR'),
  },
  {
    schema: 'pg',
    name: 'pg_foreign_table',
    kind: 'view',
    sql: empty('ftrelid BIGINT, ftserver BIGINT, ftoptions VARCHAR[]'),
  },
  {
    schema: 'pg',
    name: 'pg_foreign_server',
    kind: 'view',
    sql: empty(
      'oid BIGINT, srvname VARCHAR, srvowner BIGINT, srvfdw BIGINT, srvtype VARCHAR, srvversion VARCHAR, srvacl VARCHAR[], srvoptions VARCHAR[]',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_foreign_data_wrapper',
    kind: 'view',
    sql: empty(
      'oid BIGINT, fdwname VARCHAR, fdwowner BIGINT, fdwhandler BIGINT, fdwvalidator BIGINT, fdwacl VARCHAR[], fdwoptions VARCHAR[]',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_event_trigger',
    kind: 'view',
    sql: empty(
      'oid BIGINT, evtname VARCHAR, evtevent VARCHAR, evtowner BIGINT, evtfoid BIGINT, evtenabled VARCHAR, evttags VARCHAR[]',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_partitioned_table',
    kind: 'view',
    sql: empty(
      'partrelid BIGINT, partstrat VARCHAR, partnatts SMALLINT, partdefid BIGINT, partattrs SMALLINT[], partclass BIGINT[], partcollation BIGINT[], partexprs VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_matviews',
    kind: 'view',
    sql: empty(
      'schemaname VARCHAR, matviewname VARCHAR, matviewowner VARCHAR, tablespace VARCHAR, hasindexes BOOLEAN, ispopulated BOOLEAN, definition VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_cast',
    kind: 'view',
    sql: empty(
      'oid BIGINT, castsource BIGINT, casttarget BIGINT, castfunc BIGINT, castcontext VARCHAR, castmethod VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_operator',
    kind: 'view',
    sql: empty(
      'oid BIGINT, oprname VARCHAR, oprnamespace BIGINT, oprowner BIGINT, oprkind VARCHAR, oprcanmerge BOOLEAN, oprcanhash BOOLEAN, oprleft BIGINT, oprright BIGINT, oprresult BIGINT, oprcom BIGINT, oprnegate BIGINT, oprcode VARCHAR, oprrest VARCHAR, oprjoin VARCHAR',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_opclass',
    kind: 'view',
    sql: empty(
      'oid BIGINT, opcmethod BIGINT, opcname VARCHAR, opcnamespace BIGINT, opcowner BIGINT, opcfamily BIGINT, opcintype BIGINT, opcdefault BOOLEAN, opckeytype BIGINT',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_opfamily',
    kind: 'view',
    sql: empty('oid BIGINT, opfmethod BIGINT, opfname VARCHAR, opfnamespace BIGINT, opfowner BIGINT'),
  },
  {
    schema: 'pg',
    name: 'pg_conversion',
    kind: 'view',
    sql: empty(
      'oid BIGINT, conname VARCHAR, connamespace BIGINT, conowner BIGINT, conforencoding INTEGER, contoencoding INTEGER, conproc VARCHAR, condefault BOOLEAN',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_default_acl',
    kind: 'view',
    sql: empty(
      'oid BIGINT, defaclrole BIGINT, defaclnamespace BIGINT, defaclobjtype VARCHAR, defaclacl VARCHAR[]',
    ),
  },
  {
    schema: 'pg',
    name: 'pg_tables',
    kind: 'view',
    sql: (c) =>
      `SELECT n.nspname AS schemaname, r.relname AS tablename, ${c.USER} AS tableowner, CAST(NULL AS VARCHAR) AS tablespace,
              r.hasindex AS hasindexes, false AS hasrules,
              false AS hastriggers, false AS rowsecurity
       FROM ${c.X}._rel0 r JOIN ${c.X}._ns n ON n.oid = r.relnamespace WHERE r.relkind = 'r'`,
  },
  {
    schema: 'pg',
    name: 'pg_views',
    kind: 'view',
    sql: (c) =>
      `SELECT n.nspname AS schemaname, r.relname AS viewname, ${c.USER} AS viewowner, ${c.X}.pg_get_viewdef(r.oid) AS definition
       FROM ${c.X}._rel0 r JOIN ${c.X}._ns n ON n.oid = r.relnamespace WHERE r.relkind = 'v'`,
  },
  {
    schema: 'pg',
    name: 'pg_indexes',
    kind: 'view',
    sql: (c) =>
      `SELECT ix.sch AS schemaname, ix.tblname AS tablename, ix.relname AS indexname, CAST(NULL AS VARCHAR) AS tablespace,
              ${c.X}.pg_get_indexdef(ix.indexrelid) AS indexdef
       FROM ${c.X}._idx ix`,
  },
  {
    schema: 'pg',
    name: 'pg_stat_activity',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.X}._oid('db:' || ${c.DB}) AS datid, ${c.DB} AS datname, ${c.PID} AS pid, CAST(NULL AS INTEGER) AS leader_pid,
              CAST(10 AS BIGINT) AS usesysid, ${c.USER} AS usename, '' AS application_name, CAST(NULL AS VARCHAR) AS client_addr,
              CAST(NULL AS VARCHAR) AS client_hostname, CAST(NULL AS INTEGER) AS client_port,
              CAST(NULL AS TIMESTAMPTZ) AS backend_start, CAST(NULL AS TIMESTAMPTZ) AS xact_start,
              CAST(NULL AS TIMESTAMPTZ) AS query_start, CAST(NULL AS TIMESTAMPTZ) AS state_change,
              CAST(NULL AS VARCHAR) AS wait_event_type, CAST(NULL AS VARCHAR) AS wait_event, 'active' AS state,
              CAST(NULL AS VARCHAR) AS backend_xid, CAST(NULL AS VARCHAR) AS backend_xmin, CAST(NULL AS BIGINT) AS query_id,
              '' AS query, 'client backend' AS backend_type`,
  },

  // ---- information_schema -----------------------------------------------------------------------
  {
    schema: 'info',
    name: '_pg_expandarray',
    kind: 'macro',
    sql: () =>
      `(arr) AS unnest(list_transform(range(1, len(arr) + 1), i -> {'x': arr[i], 'n': CAST(i AS INTEGER)}))`,
  },
  {
    schema: 'info',
    name: 'information_schema_catalog_name',
    kind: 'view',
    sql: (c) => `SELECT ${c.DB} AS catalog_name`,
  },
  {
    schema: 'info',
    name: 'schemata',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS catalog_name, nspname AS schema_name, ${c.USER} AS schema_owner,
              CAST(NULL AS VARCHAR) AS default_character_set_catalog, CAST(NULL AS VARCHAR) AS default_character_set_schema,
              CAST(NULL AS VARCHAR) AS default_character_set_name, CAST(NULL AS VARCHAR) AS sql_path
       FROM ${c.X}._ns`,
  },
  {
    schema: 'info',
    name: 'tables',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS table_catalog, r.sch AS table_schema, r.relname AS table_name,
              CASE r.relkind WHEN 'r' THEN 'BASE TABLE' ELSE 'VIEW' END AS table_type,
              CAST(NULL AS VARCHAR) AS self_referencing_column_name, CAST(NULL AS VARCHAR) AS reference_generation,
              CAST(NULL AS VARCHAR) AS user_defined_type_catalog, CAST(NULL AS VARCHAR) AS user_defined_type_schema,
              CAST(NULL AS VARCHAR) AS user_defined_type_name,
              CASE WHEN r.relkind = 'r' AND r.src = 1 THEN 'YES' ELSE 'NO' END AS is_insertable_into, 'NO' AS is_typed,
              CAST(NULL AS VARCHAR) AS commit_action, r.descr AS table_comment
       FROM ${c.X}._rel0 r WHERE r.relkind IN ('r', 'v')`,
  },
  {
    schema: 'info',
    name: 'columns',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS table_catalog, a.sch AS table_schema, a.relname AS table_name, a.attname AS column_name,
              CAST(a.attnum AS INTEGER) AS ordinal_position, a.adbin AS column_default,
              CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
              CASE WHEN t.typcategory = 'A' THEN 'ARRAY' ELSE coalesce(t.display, 'text') END AS data_type,
              CAST(a.character_maximum_length AS INTEGER) AS character_maximum_length,
              CAST(CASE WHEN t.typcategory = 'S' THEN 1073741824 END AS INTEGER) AS character_octet_length,
              CAST(CASE WHEN t.typcategory = 'N' THEN a.numeric_precision END AS INTEGER) AS numeric_precision,
              CAST(CASE WHEN t.typcategory = 'N' THEN CASE WHEN t.typname = 'numeric' THEN 10 ELSE 2 END END AS INTEGER) AS numeric_precision_radix,
              CAST(CASE WHEN t.typcategory = 'N' THEN a.numeric_scale END AS INTEGER) AS numeric_scale,
              CAST(CASE WHEN t.typcategory = 'D' THEN 6 END AS INTEGER) AS datetime_precision,
              CAST(NULL AS VARCHAR) AS interval_type, CAST(NULL AS INTEGER) AS interval_precision,
              CAST(NULL AS VARCHAR) AS character_set_catalog, CAST(NULL AS VARCHAR) AS character_set_schema,
              CAST(NULL AS VARCHAR) AS character_set_name, CAST(NULL AS VARCHAR) AS collation_catalog,
              CAST(NULL AS VARCHAR) AS collation_schema, CAST(NULL AS VARCHAR) AS collation_name,
              CAST(NULL AS VARCHAR) AS domain_catalog, CAST(NULL AS VARCHAR) AS domain_schema, CAST(NULL AS VARCHAR) AS domain_name,
              ${c.DB} AS udt_catalog, 'pg_catalog' AS udt_schema, coalesce(t.typname, 'text') AS udt_name,
              CAST(NULL AS VARCHAR) AS scope_catalog, CAST(NULL AS VARCHAR) AS scope_schema, CAST(NULL AS VARCHAR) AS scope_name,
              CAST(NULL AS INTEGER) AS maximum_cardinality, CAST(a.attnum AS VARCHAR) AS dtd_identifier, 'NO' AS is_self_referencing,
              'NO' AS is_identity, CAST(NULL AS VARCHAR) AS identity_generation, CAST(NULL AS VARCHAR) AS identity_start,
              CAST(NULL AS VARCHAR) AS identity_increment, CAST(NULL AS VARCHAR) AS identity_maximum,
              CAST(NULL AS VARCHAR) AS identity_minimum, CAST(NULL AS VARCHAR) AS identity_cycle, 'NEVER' AS is_generated,
              CAST(NULL AS VARCHAR) AS generation_expression,
              CASE WHEN a.relkind = 'r' AND a.src = 1 THEN 'YES' ELSE 'NO' END AS is_updatable, a.descr AS column_comment
       FROM ${c.X}._att a LEFT JOIN ${c.X}._types t ON t.oid = a.atttypid`,
  },
  {
    schema: 'info',
    name: 'views',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS table_catalog, r.sch AS table_schema, r.relname AS table_name, ${c.X}.pg_get_viewdef(r.oid) AS view_definition,
              'NONE' AS check_option, 'NO' AS is_updatable, 'NO' AS is_insertable_into, 'NO' AS is_trigger_updatable,
              'NO' AS is_trigger_deletable, 'NO' AS is_trigger_insertable_into
       FROM ${c.X}._rel0 r WHERE r.relkind = 'v'`,
  },
  {
    schema: 'info',
    name: 'table_constraints',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name, ${c.DB} AS table_catalog,
              k.sch AS table_schema, k.tbl AS table_name,
              CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' ELSE 'FOREIGN KEY' END AS constraint_type,
              'NO' AS is_deferrable, 'NO' AS initially_deferred, 'YES' AS enforced,
              CASE WHEN k.contype IN ('p', 'u') THEN 'YES' END AS nulls_distinct
       FROM ${c.X}._con k`,
  },
  {
    schema: 'info',
    name: 'key_column_usage',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name, ${c.DB} AS table_catalog,
              k.sch AS table_schema, k.tbl AS table_name, u.col AS column_name, CAST(u.pos AS INTEGER) AS ordinal_position,
              CAST(CASE WHEN k.contype = 'f' THEN u.pos END AS INTEGER) AS position_in_unique_constraint
       FROM ${c.X}._con k, (SELECT unnest(k.colnames) AS col, generate_subscripts(k.colnames, 1) AS pos) u
       WHERE k.contype IN ('p', 'u', 'f')`,
  },
  {
    schema: 'info',
    name: 'referential_constraints',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name,
              ${c.DB} AS unique_constraint_catalog, k.sch AS unique_constraint_schema, k.reftbl || '_pkey' AS unique_constraint_name,
              'NONE' AS match_option, 'NO ACTION' AS update_rule, 'NO ACTION' AS delete_rule
       FROM ${c.X}._con k WHERE k.contype = 'f'`,
  },
  {
    schema: 'info',
    name: 'constraint_column_usage',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS table_catalog, k.sch AS table_schema, CASE WHEN k.contype = 'f' THEN k.reftbl ELSE k.tbl END AS table_name,
              u.col AS column_name, ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name
       FROM ${c.X}._con k, (SELECT unnest(CASE WHEN k.contype = 'f' THEN k.refcols ELSE k.colnames END) AS col) u`,
  },
  {
    schema: 'info',
    name: 'constraint_table_usage',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS table_catalog, k.sch AS table_schema, CASE WHEN k.contype = 'f' THEN k.reftbl ELSE k.tbl END AS table_name,
              ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name
       FROM ${c.X}._con k`,
  },
  {
    schema: 'info',
    name: 'check_constraints',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS constraint_catalog, k.sch AS constraint_schema, k.conname AS constraint_name, k.expression AS check_clause
       FROM ${c.X}._con k WHERE k.contype = 'c'`,
  },
  {
    schema: 'info',
    name: 'character_sets',
    kind: 'view',
    sql: (c) =>
      `SELECT CAST(NULL AS VARCHAR) AS character_set_catalog, CAST(NULL AS VARCHAR) AS character_set_schema,
              'UTF8' AS character_set_name, 'UCS' AS character_repertoire, 'UTF8' AS form_of_use,
              ${c.DB} AS default_collate_catalog, 'pg_catalog' AS default_collate_schema, 'C' AS default_collate_name`,
  },
  {
    schema: 'info',
    name: 'routines',
    kind: 'view',
    sql: (c) =>
      `SELECT ${c.DB} AS specific_catalog, n.nspname AS specific_schema, p.proname || '_' || p.oid AS specific_name,
              ${c.DB} AS routine_catalog, n.nspname AS routine_schema, p.proname AS routine_name, 'FUNCTION' AS routine_type,
              'text' AS data_type, 'SQL' AS routine_body, p.prosrc AS routine_definition, 'SQL' AS external_language
       FROM ${c.X}.pg_proc p JOIN ${c.X}._ns n ON n.oid = p.pronamespace`,
  },
];

/** Names (lower case) of every object in the compat pg_catalog schema: what `pg_catalog.X` maps to. */
let namesCache: Set<string> | undefined;
export function compatObjectNames(): ReadonlySet<string> {
  namesCache ??= new Set(DEFS.filter((d) => d.schema === 'pg').map((d) => d.name));
  return namesCache;
}

/** Names of the compat information_schema objects. */
export function compatInfoSchemaNames(): readonly string[] {
  return DEFS.filter((d) => d.schema === 'info').map((d) => d.name);
}

/**
 * The SQL that creates the compatibility schemas in the session's project catalog: run once per
 * session, as trusted code, before any user statement (OpenSessionArgs.setup).
 */
export function compatSetup(catalogs: CompatCatalogs, info: CompatInfo): string[] {
  const w = bare(catalogs.workspace);
  const p = bare(catalogs.project);
  const pq = quote(p);
  let pid = info.pid;
  if (pid === undefined) {
    let h = 0;
    for (const ch of p) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    pid = 1000 + (h % 900000);
  }
  const ctx: Ctx = {
    X: `${pq}.${COMPAT_SCHEMA}`,
    I: `${pq}.${COMPAT_INFO_SCHEMA}`,
    W: lit(w),
    P: lit(p),
    PK: `${pq}.main._primary_keys`,
    DB: lit(info.database),
    USER: lit(info.user),
    PID: Math.trunc(pid),
  };
  const out = [
    `CREATE SCHEMA IF NOT EXISTS ${ctx.X}`,
    `CREATE SCHEMA IF NOT EXISTS ${ctx.I}`,
    // The core creates and fills it (ProjectViews); here too, so the catalog stands alone.
    `CREATE TABLE IF NOT EXISTS ${ctx.PK} (schema_name VARCHAR, table_name VARCHAR, column_name VARCHAR, column_index SMALLINT, key_position SMALLINT)`,
  ];
  for (const { d, body } of dependencyOrder(ctx)) {
    const target = `${d.schema === 'pg' ? ctx.X : ctx.I}.${d.name}`;
    if (d.kind === 'view') out.push(`CREATE OR REPLACE VIEW ${target} AS ${body}`);
    else out.push(`CREATE OR REPLACE MACRO ${target}${body}`);
  }
  return out;
}

/** The definitions with their bodies, each after the compat objects its body refers to. */
function dependencyOrder(ctx: Ctx): { d: Def; body: string }[] {
  const items = DEFS.map((d) => ({ d, body: d.sql(ctx), key: `${d.schema}.${d.name}` }));
  const byKey = new Map(items.map((x) => [x.key, x]));
  const refs = (body: string) => {
    const out: string[] = [];
    for (const [prefix, schema] of [
      [`${ctx.X}.`, 'pg'],
      [`${ctx.I}.`, 'info'],
    ] as const) {
      let at = body.indexOf(prefix);
      while (at >= 0) {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(at + prefix.length));
        if (m) out.push(`${schema}.${m[0]}`);
        at = body.indexOf(prefix, at + prefix.length);
      }
    }
    return out;
  };
  const done = new Set<string>();
  const order: { d: Def; body: string }[] = [];
  const visit = (key: string, stack: Set<string>) => {
    if (done.has(key) || stack.has(key)) return;
    const item = byKey.get(key);
    if (item === undefined) return;
    stack.add(key);
    for (const r of refs(item.body)) visit(r, stack);
    stack.delete(key);
    done.add(key);
    order.push(item);
  };
  for (const x of items) visit(x.key, new Set());
  return order;
}

/** The schemas of the project catalog to append to the session's search path (extraSearchPath). */
export function compatSearchPath(): string[] {
  // both: DuckDB resolves `schema.name` only through the schemas on the search path
  return [COMPAT_SCHEMA, COMPAT_INFO_SCHEMA];
}

/**
 * DuckDB's built-in views of pg_catalog and information_schema (checked against
 * `duckdb_views() WHERE internal` of DuckDB 1.5.6 by the tests). The compat schemas shadow every
 * one of them, so an unqualified reference resolves to the compat view while `pgcompat` is on the
 * search path; a sandbox should refuse these names when it is not (and any `system.` reference).
 */
export const DUCKDB_CATALOG_VIEWS: readonly string[] = [
  'pg_am',
  'pg_attrdef',
  'pg_attribute',
  'pg_class',
  'pg_collation',
  'pg_constraint',
  'pg_database',
  'pg_depend',
  'pg_description',
  'pg_enum',
  'pg_index',
  'pg_indexes',
  'pg_namespace',
  'pg_prepared_statements',
  'pg_proc',
  'pg_sequence',
  'pg_sequences',
  'pg_settings',
  'pg_tables',
  'pg_tablespace',
  'pg_type',
  'pg_views',
  'character_sets',
  'check_constraints',
  'columns',
  'constraint_column_usage',
  'constraint_table_usage',
  'key_column_usage',
  'referential_constraints',
  'schemata',
  'table_constraints',
  'tables',
  'views',
];

/**
 * DuckDB built-ins outside pg_catalog/information_schema that list every attached catalog (or
 * their files) and that the compat schemas do NOT shadow: a sandbox must refuse them outright.
 */
export const DUCKDB_UNSHADOWED_CATALOG_OBJECTS: readonly string[] = [
  'duckdb_columns',
  'duckdb_constraints',
  'duckdb_databases',
  'duckdb_dependencies',
  'duckdb_functions',
  'duckdb_indexes',
  'duckdb_logs',
  'duckdb_schemas',
  'duckdb_sequences',
  'duckdb_tables',
  'duckdb_types',
  'duckdb_views',
  'pragma_database_list',
  'sqlite_master',
  'sqlite_schema',
  'sqlite_temp_master',
  'sqlite_temp_schema',
  'information_schema',
  'pg_catalog',
  'system',
];

/** Every DuckDB built-in catalog view name the compat schemas shadow (see DUCKDB_CATALOG_VIEWS). */
export function leakCheckNames(): string[] {
  return [...DUCKDB_CATALOG_VIEWS];
}
