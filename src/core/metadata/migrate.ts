import type { DuckDBConnection } from '@duckdb/node-api';
import { MIGRATIONS } from './migrations.js';
import { readRows } from './tx.js';

/** Applies pending migrations in order, each atomically with its schema_migrations row. */
export async function migrate(conn: DuckDBConnection, m: string): Promise<number[]> {
  await conn.run(
    `CREATE TABLE IF NOT EXISTS ${m}.schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  const rows = await readRows(conn, `SELECT version FROM ${m}.schema_migrations`);
  const done = new Set(rows.map((r) => Number(r.version)));
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.version)) continue;
    await conn.run('BEGIN TRANSACTION');
    try {
      for (const sql of migration.statements(m)) await conn.run(sql);
      await conn.run(`INSERT INTO ${m}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      await conn.run('COMMIT');
    } catch (error) {
      await conn.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
    applied.push(migration.version);
  }
  return applied;
}
