import { COMPAT_INFO_SCHEMA, COMPAT_SCHEMA, type CompatCatalogs, type CompatInfo } from './objects.js';

/** What the core's catalog aliases look like (`w_3_9f2c…`, `p_7_ab12…`, `t_12_0a1b…`). */
export const DEFAULT_ALIAS_PATTERN = /\b[wpt]_\d+_[0-9a-f]{4,}\b/gi;

/**
 * Makes a DuckDB error message safe to show a PG client: DuckDB's "Did you mean …" hints name
 * objects of every attached catalog (other sessions' and projects' aliases included), and binder
 * or catalog errors may name this session's aliases. Removes the hints, turns `<project>.pgcompat.`
 * back into `pg_catalog.` (and the info schema likewise), drops `<alias>.` prefixes and replaces
 * any remaining alias by the database name.
 */
export function scrubCatalogError(
  message: string,
  catalogs: CompatCatalogs,
  info: Pick<CompatInfo, 'database'>,
  aliasPattern: RegExp = DEFAULT_ALIAS_PATTERN,
): string {
  const aliases = [catalogs.workspace, catalogs.project].map((a) =>
    a.startsWith('"') ? a.slice(1, -1).replaceAll('""', '"') : a,
  );
  let out = message.replace(/[ \t]*\n?[ \t]*Did you mean [^\n]*/g, '');
  for (const a of aliases) {
    for (const form of [`"${a.replaceAll('"', '""')}"`, a]) {
      out = out.replaceAll(`${form}.${COMPAT_INFO_SCHEMA}.`, 'information_schema.');
      out = out.replaceAll(`${form}.${COMPAT_SCHEMA}.`, 'pg_catalog.');
      out = out.replaceAll(`${form}.`, '');
      out = out.replaceAll(form, info.database);
    }
  }
  out = out
    .replaceAll(`${COMPAT_INFO_SCHEMA}.`, 'information_schema.')
    .replaceAll(`${COMPAT_SCHEMA}.`, 'pg_catalog.');
  return out.replace(
    new RegExp(
      aliasPattern.source,
      aliasPattern.flags.includes('g') ? aliasPattern.flags : `${aliasPattern.flags}g`,
    ),
    info.database,
  );
}
