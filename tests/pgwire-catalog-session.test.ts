import { readFileSync } from 'node:fs';
import { createScramSha256Data } from 'pg-gateway';
import { describe, expect, it } from 'vitest';
import { createBucket } from '../src/core/catalog/buckets.js';
import { createProject } from '../src/core/catalog/projects.js';
import type { Storage } from '../src/core/storage.js';
import { createTable } from '../src/core/tables/tables.js';
import { audit, withStorage } from '../src/core/testing.js';
import { sqlGateway } from '../src/core/workspaces/sql-gateway.js';
import type { SqlSession } from '../src/core/workspaces/sql-types.js';
import { compatSearchPath, compatSetup, rewriteCatalogSql } from '../src/pgwire/catalog/index.js';

// The captured client queries through the core's real workspace session (its sandbox, its
// secret aliases, its project views), with another project attached in the same instance.

const ALIAS = /\b[a-z]_(?:\d+_)?[0-9a-f]{24}\b/i;

async function seed(s: Storage, projectId: string, wsId: string, table: string) {
  await createProject(s, { id: projectId, name: null, settings: null }, audit);
  const ref = { projectId, branchId: 'default', bucket: 'in.c-sales' };
  await createBucket(s, { ...ref, name: 'in.c-sales', description: null }, audit);
  await createTable(
    s,
    {
      ...ref,
      name: table,
      columns: [
        { name: 'id', type: 'BIGINT', nullable: false, default: null },
        { name: 'amount', type: 'DECIMAL(12,3)', nullable: true, default: null },
        { name: 'note', type: 'VARCHAR', nullable: true, default: null },
      ],
      primaryKey: ['id'],
    },
    audit,
  );
  s.workspaces.add({
    id: wsId,
    projectId,
    branchId: null,
    name: wsId,
    createdAt: new Date().toISOString(),
    expiresAt: null,
    sizeLimitBytes: 2 ** 30,
    username: `ws_${wsId}_user`,
    verifier: await createScramSha256Data('secret-password'),
    createdBy: null,
    users: new Map(),
    grantees: new Set(),
  });
}

async function rows(
  session: SqlSession,
  sql: string,
  params: (string | null)[] = [],
): Promise<Record<string, unknown>[]> {
  const statement = await session.prepare(rewriteCatalogSql(sql));
  try {
    const cursor = await session.execute(statement, params);
    const out: Record<string, unknown>[] = [];
    for (let chunk = await cursor.fetch(); chunk !== undefined; chunk = await cursor.fetch()) {
      for (const row of chunk.getRows()) {
        const obj: Record<string, unknown> = {};
        cursor.columns.forEach((c, i) => {
          const v = row[i];
          obj[c.name] = v === null || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
        });
        out.push(obj);
      }
    }
    await cursor.close();
    return out;
  } finally {
    statement.close();
  }
}

interface Fixture {
  name: string;
  sql: string;
  params: unknown[];
}

function fixtures(file: string): Fixture[] {
  const text = readFileSync(new URL(`./fixtures/pg-catalog/${file}`, import.meta.url), 'utf8');
  return text
    .split(/^-- @query /m)
    .slice(1)
    .map((block) => {
      const [name, ...rest] = block.split('\n');
      const params = rest.find((l) => l.startsWith('-- @params '));
      const sql = rest.filter((l) => !l.startsWith('-- @params ')).join('\n');
      return {
        name: name ?? '',
        sql: sql.trim().replace(/;$/, ''),
        params: params === undefined ? [] : (JSON.parse(params.slice('-- @params '.length)) as unknown[]),
      };
    });
}

describe('catalog queries through a workspace session', () => {
  it('every captured psql, pgJDBC and DBeaver query runs in the sandbox and shows this workspace only', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a', 'orders');
      await seed(s, 'p2', 'ws_b', 'secret_orders');
      const gateway = sqlGateway(s);
      const other = await gateway.open({ username: 'ws_ws_b_user', clientAddress: null });
      await rows(other, 'CREATE TABLE secret_table (secret_column INTEGER)');
      const session = await gateway.open({
        username: 'ws_ws_a_user',
        clientAddress: null,
        setup: (catalogs) => compatSetup(catalogs, { database: 'workspace_ws_a', user: 'ws_ws_a_user' }),
        extraSearchPath: compatSearchPath(),
      });
      try {
        await rows(
          session,
          'CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, price DECIMAL(10,2) DEFAULT 1.5, created TIMESTAMP)',
        );
        await rows(session, 'CREATE VIEW cheap AS SELECT id, name FROM items WHERE price < 10');
        const oids = new Map<string, string>();
        for (const r of await rows(
          session,
          'SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace',
        )) {
          oids.set(`${r.nspname}.${r.relname}`, String(r.oid));
        }
        const ns = new Map<string, string>();
        for (const r of await rows(session, 'SELECT oid, nspname FROM pg_catalog.pg_namespace')) {
          ns.set(String(r.nspname), String(r.oid));
        }
        expect([...oids.keys()].sort()).toEqual([
          'in.c-sales.orders',
          // The key of the project table behind the view (ProjectViews' _primary_keys).
          'in.c-sales.orders_pkey',
          'main.cheap',
          'main.items',
          'main.items_name_key',
          'main.items_pkey',
        ]);
        const resolve = (t: string) =>
          t
            .replace(/\{\{oid:([^}]+)\}\}/g, (_m, n: string) => oids.get(n) ?? '0')
            .replace(/\{\{nsoid:([^}]+)\}\}/g, (_m, n: string) => ns.get(n) ?? '0')
            .replaceAll('{{database}}', 'workspace_ws_a');
        const failures: string[] = [];
        for (const file of ['psql.sql', 'jdbc.sql', 'dbeaver.sql', 'psycopg.sql']) {
          for (const f of fixtures(file)) {
            const params = f.params.map((p) => (p === null ? null : resolve(String(p))));
            try {
              const result = await rows(session, resolve(f.sql), params);
              const text = JSON.stringify(result);
              if (ALIAS.test(text) || /secret_|p2|ws_b/.test(text))
                failures.push(`${file} ${f.name}: leaks ${text.slice(0, 300)}`);
            } catch (err) {
              failures.push(`${file} ${f.name}: ${(err as Error).message.split('\n')[0]}`);
            }
          }
        }
        expect(failures).toEqual([]);
        expect(await rows(session, 'SELECT current_database() AS d, current_user AS u')).toEqual([
          { d: 'workspace_ws_a', u: 'ws_ws_a_user' },
        ]);
        const schemas = await rows(
          session,
          "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_' ORDER BY 1",
        );
        expect(schemas.map((r) => r.nspname)).toEqual(['in.c-sales', 'information_schema', 'main']);
      } finally {
        await session.close();
        await other.close();
      }
    });
  });
});
