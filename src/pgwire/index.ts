/**
 * The PostgreSQL wire server (PGWIRE_*): `loadPgWireSettings(process.env)` then
 * `startPgWireServer({ ...settings, tlsDir: join(DATA_DIR, 'pgwire-tls') }, gateway, { log, metrics })`.
 */
export type { PgWireHooks, PgWireMetricsHooks, PgWireRefusal, PgWireSessionView } from './context.js';
export { type PgWireOptions, type PgWireServer, startPgWireServer } from './server.js';
export { loadPgWireSettings, type PgWireSettings } from './settings.js';
