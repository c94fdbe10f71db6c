/**
 * PostgreSQL catalog compatibility for the PG wire server: the pg_catalog / information_schema
 * views and functions psql, pgJDBC and DBeaver query (showing only the session's workspace and
 * project catalogs), and the lexical rewrite of their queries into SQL DuckDB accepts.
 *
 * Wiring: `OpenSessionArgs.setup = (catalogs) => compatSetup(catalogs, { database, user })`,
 * `extraSearchPath = compatSearchPath()`, and every statement through `rewriteCatalogSql` before
 * `prepare`; DuckDB errors through `scrubCatalogError` before they reach the client. `leakCheckNames()` / `DUCKDB_UNSHADOWED_CATALOG_OBJECTS` are for the sandbox.
 */
export {
  COMPAT_INFO_SCHEMA,
  COMPAT_SCHEMA,
  type CompatCatalogs,
  type CompatInfo,
  compatInfoSchemaNames,
  compatObjectNames,
  compatSearchPath,
  compatSetup,
  DUCKDB_CATALOG_VIEWS,
  DUCKDB_UNSHADOWED_CATALOG_OBJECTS,
  leakCheckNames,
} from './objects.js';
export { PG_TYPES, type PgType, pgTypeOid } from './pg-types.js';
export { parseArrayLiteral, rewriteCatalogSql, touchesCatalog } from './rewrite.js';
export { DEFAULT_ALIAS_PATTERN, scrubCatalogError } from './scrub.js';
export { type Token, type TokenKind, tokenize } from './tokenizer.js';
