// Workspace users and workspace access grants over the real gRPC wire (generated nice-grpc
// client), with real PG wire logins (node pg, psql) on the server's listener, a restart on the
// same data dir, and the metadata rows left after deletes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Status } from 'nice-grpc';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand } from '../generated/grpc/proto/bucket.js';
import { ObjectInfoResponse } from '../generated/grpc/proto/info.js';
import {
  CreateDevBranchCommand,
  CreateDevBranchResponse,
  CreateProjectCommand,
  CreateProjectResponse,
  DropDevBranchCommand,
  DropProjectCommand,
} from '../generated/grpc/proto/project.js';
import {
  CreateTableCommand,
  ImportExportShared_FileFormat,
  ImportExportShared_FileProvider,
  TableImportFromFileCommand,
} from '../generated/grpc/proto/table.js';
import {
  ClearWorkspaceCommand,
  CreateWorkspaceCommand,
  CreateWorkspaceResponse,
  CreateWorkspaceUserCommand,
  CreateWorkspaceUserResponse,
  DropWorkspaceCommand,
  DropWorkspaceUserCommand,
  GrantWorkspaceAccessToProjectCommand,
  LoadTableToWorkspaceCommand,
  ResetWorkspacePasswordCommand,
  ResetWorkspacePasswordResponse,
  RevokeWorkspaceAccessToProjectCommand,
} from '../generated/grpc/proto/workspace.js';
import { readRows } from '../src/core/metadata/tx.js';
import { type GrpcHarness, startGrpc } from './helpers/grpc.js';
import { ADMIN_KEY, failure, restartTestServer, startTestServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
const ENV = { PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE: '3' };
let t: TestServer;
let g: GrpcHarness;
const keys: Record<string, string> = {};
const B = 'in_c_sales';

const code = (e: unknown) => (e as { code: Status }).code;
const col = (name: string, type: string) => ({ name, type }) as never;

async function project(id: string, rows: number): Promise<string> {
  const key = (await g.run(CreateProjectCommand, { projectId: id }, CreateProjectResponse)).projectPassword;
  await g.execute(CreateBucketCommand, { projectId: id, bucketId: 'in.c-sales' }, key);
  await g.run(
    CreateTableCommand,
    { path: [B], tableName: 'orders', columns: [col('id', 'INTEGER'), col('amount', 'INTEGER')] },
    ObjectInfoResponse,
    key,
  );
  const csv = ['id,amount', ...Array.from({ length: rows }, (_, i) => `${i + 1},${(i + 1) * 10}`)].join('\n');
  const file = await t
    .as(key)
    .uploadFileStream({ path: { project_id: id }, query: { name: 'o.csv' }, body: Buffer.from(`${csv}\n`) });
  await g.execute(
    TableImportFromFileCommand,
    {
      fileProvider: ImportExportShared_FileProvider.HTTP,
      fileFormat: ImportExportShared_FileFormat.CSV,
      filePath: { root: `project_${id}`, path: '', fileName: file.id } as never,
      destination: { path: [B], tableName: 'orders' } as never,
    },
    key,
  );
  return key;
}

const workspace = (projectId: string, name: string) =>
  g.run(CreateWorkspaceCommand, { projectId, workspaceId: name }, CreateWorkspaceResponse, keys[projectId]);

const addUser = (projectId: string, workspaceObjectName: string) =>
  g.run(
    CreateWorkspaceUserCommand,
    { projectId, workspaceObjectName },
    CreateWorkspaceUserResponse,
    keys[projectId],
  );

const grant = (projectId: string, workspaceObjectName: string) =>
  g.execute(
    GrantWorkspaceAccessToProjectCommand,
    { workspaceObjectName, projectUserName: 'project_ub' },
    keys[projectId],
  );

async function login(wsId: string, user: string, password: string): Promise<pg.Client> {
  const cl = new pg.Client({
    host: '127.0.0.1',
    port: t.server.pgwire.port,
    user,
    password,
    database: `workspace_${wsId}`,
  });
  await cl.connect();
  return cl;
}

async function sqlstate(p: Promise<unknown>): Promise<string> {
  try {
    const cl = await p;
    await (cl as pg.Client).end();
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  return 'no error';
}

/** Resolves with the SQLSTATE the server ends the session with. */
const endedWith = (cl: pg.Client) =>
  new Promise<string>((resolve) => cl.on('error', (e: Error & { code?: string }) => resolve(String(e.code))));

const metaCount = async (table: string, where: string, params: string[]) =>
  Number(
    (
      await readRows(
        t.server.storage.metaConn,
        `SELECT count(*) AS n FROM ${t.server.storage.m}.${table} WHERE ${where}`,
        params,
      )
    )[0]?.n,
  );

beforeAll(async () => {
  t = await startTestServer(ENV);
  g = await startGrpc(t);
  keys.ua = await project('ua', 5);
  keys.ub = await project('ub', 3);
}, 60_000);

afterAll(async () => {
  await g?.close();
  await t?.stop();
});

describe('GET /driver/commands', () => {
  it('lists the four commands as handled', async () => {
    const res = await t.fetch('/driver/commands', { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    const { supported_commands } = (await res.json()) as {
      supported_commands: { type: string; status: string }[];
    };
    const names = [
      'CreateWorkspaceUserCommand',
      'DropWorkspaceUserCommand',
      'GrantWorkspaceAccessToProjectCommand',
      'RevokeWorkspaceAccessToProjectCommand',
    ];
    expect(supported_commands.filter((c) => names.includes(c.type)).map((c) => c.status)).toEqual([
      'handled',
      'handled',
      'handled',
      'handled',
    ]);
  });
});

describe('workspace users', () => {
  let ws: CreateWorkspaceResponse;
  let user: CreateWorkspaceUserResponse;

  it('an extra user logs in (node pg, psql) to the same workspace, sandbox and project view', async () => {
    ws = await workspace('ua', 'w1');
    user = await addUser('ua', ws.workspaceObjectName);
    expect(user.workspaceUserName).toMatch(new RegExp(`^ws_${ws.workspaceObjectName}_u[0-9a-f]{8}$`));
    expect(user.workspaceUserName).not.toBe(ws.workspaceUserName);
    expect(user.workspacePassword).toHaveLength(32);
    const extra = await login(ws.workspaceObjectName, user.workspaceUserName, user.workspacePassword);
    expect((await extra.query(`SELECT count(*)::int AS n FROM ${B}.orders`)).rows).toEqual([{ n: 5 }]);
    await extra.query(`CREATE TABLE mine AS SELECT id FROM ${B}.orders WHERE id > 3`);
    expect(await sqlstate(extra.query(`INSERT INTO ${B}.orders VALUES (9, 9)`))).not.toBe('no error');
    expect(await sqlstate(extra.query("SELECT * FROM read_text('/etc/hostname')"))).not.toBe('no error');
    await extra.end();
    const main = await login(ws.workspaceObjectName, ws.workspaceUserName, ws.workspacePassword);
    expect((await main.query('SELECT count(*)::int AS n FROM mine')).rows).toEqual([{ n: 2 }]);
    await main.end();
    const conninfo = `host=127.0.0.1 port=${t.server.pgwire.port} user=${user.workspaceUserName} dbname=workspace_${ws.workspaceObjectName} sslmode=disable`;
    const out = await run('psql', [conninfo, '-X', '-A', '-t', '-c', 'SELECT count(*) FROM mine'], {
      env: { ...process.env, PGPASSWORD: user.workspacePassword },
    });
    expect(out.stdout.trim()).toBe('2');
  });

  it('a wrong password fails with 28P01, like an unknown user', async () => {
    const id = ws.workspaceObjectName;
    expect(await sqlstate(login(id, user.workspaceUserName, 'wrong-password-000000000000000000'))).toBe(
      '28P01',
    );
    expect(await sqlstate(login(id, `${user.workspaceUserName}0`, user.workspacePassword))).toBe('28P01');
  });

  it('the per-workspace connection limit counts the sessions of all its users', async () => {
    const id = ws.workspaceObjectName;
    const open = [
      await login(id, ws.workspaceUserName, ws.workspacePassword),
      await login(id, user.workspaceUserName, user.workspacePassword),
      await login(id, user.workspaceUserName, user.workspacePassword),
    ];
    expect(t.server.storage.workspaces.sessionsOf(id)).toHaveLength(3);
    expect(await sqlstate(login(id, ws.workspaceUserName, ws.workspacePassword))).toBe('53300');
    expect(await sqlstate(login(id, user.workspaceUserName, user.workspacePassword))).toBe('53300');
    await Promise.all(open.map((c) => c.end()));
  });

  it('ResetWorkspacePassword of an extra user renews that login only', async () => {
    const id = ws.workspaceObjectName;
    const main = await login(id, ws.workspaceUserName, ws.workspacePassword);
    const reset = await g.run(
      ResetWorkspacePasswordCommand,
      { workspaceUserName: user.workspaceUserName },
      ResetWorkspacePasswordResponse,
      keys.ua,
    );
    expect(reset.workspaceUserName).toBe(user.workspaceUserName);
    expect(await sqlstate(login(id, user.workspaceUserName, user.workspacePassword))).toBe('28P01');
    user = { ...user, workspacePassword: reset.workspacePassword };
    expect(await sqlstate(login(id, user.workspaceUserName, user.workspacePassword))).toBe('no error');
    expect((await main.query('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    await main.end();
  });

  it('cross-project and unknown drops are NOT_FOUND, the main user FAILED_PRECONDITION', async () => {
    const drop = (name: string, key = keys.ua) =>
      failure(() => g.execute(DropWorkspaceUserCommand, { workspaceUserName: name }, key));
    expect(code(await drop(user.workspaceUserName, keys.ub))).toBe(Status.NOT_FOUND);
    expect(code(await drop('ws_nobody_u00000000'))).toBe(Status.NOT_FOUND);
    const main = await drop(ws.workspaceUserName);
    expect(code(main)).toBe(Status.FAILED_PRECONDITION);
    expect((main as Error).message).toContain('DropWorkspaceCommand');
    expect(code(await drop(''))).toBe(Status.INVALID_ARGUMENT);
    expect(
      code(
        await failure(() =>
          g.execute(CreateWorkspaceUserCommand, { projectId: 'ua', workspaceObjectName: 'nope' }, keys.ua),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
    expect(code(await failure(() => addUser('ub', ws.workspaceObjectName)))).toBe(Status.NOT_FOUND);
  });

  it('dropping a user ends its live session (57P01), the main session keeps working', async () => {
    const id = ws.workspaceObjectName;
    const extra = await login(id, user.workspaceUserName, user.workspacePassword);
    const ended = endedWith(extra);
    const main = await login(id, ws.workspaceUserName, ws.workspacePassword);
    await g.execute(DropWorkspaceUserCommand, { workspaceUserName: user.workspaceUserName }, keys.ua);
    expect(await ended).toBe('57P01');
    expect((await main.query('SELECT count(*)::int AS n FROM mine')).rows).toEqual([{ n: 2 }]);
    await main.end();
    expect(await sqlstate(login(id, user.workspaceUserName, user.workspacePassword))).toBe('28P01');
    expect(await metaCount('workspace_users', 'workspace_id = $1', [id])).toBe(0);
    expect(
      code(
        await failure(() =>
          g.execute(DropWorkspaceUserCommand, { workspaceUserName: user.workspaceUserName }, keys.ua),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
  });

  it('deleting the workspace removes its users in the same transaction and ends their sessions', async () => {
    const w = await workspace('ua', 'w2');
    const u = await addUser('ua', 'w2');
    const extra = await login(w.workspaceObjectName, u.workspaceUserName, u.workspacePassword);
    const ended = endedWith(extra);
    await g.execute(DropWorkspaceCommand, { workspaceObjectName: w.workspaceObjectName }, keys.ua);
    expect(await ended).toBe('57P04');
    expect(await sqlstate(login(w.workspaceObjectName, u.workspaceUserName, u.workspacePassword))).toBe(
      '28P01',
    );
    expect(await metaCount('workspace_users', 'workspace_id = $1', [w.workspaceObjectName])).toBe(0);
    // REST deleteWorkspace too.
    const r = await workspace('ua', 'w3');
    const ru = await addUser('ua', r.workspaceObjectName);
    await t.as(keys.ua).deleteWorkspace({ path: { project_id: 'ua', workspace_id: r.workspaceObjectName } });
    expect(await sqlstate(login(r.workspaceObjectName, ru.workspaceUserName, ru.workspacePassword))).toBe(
      '28P01',
    );
    expect(t.server.storage.workspaces.byUsername.has(ru.workspaceUserName)).toBe(false);
  });
});

describe('workspace access grants', () => {
  let ws: CreateWorkspaceResponse;
  const load = (key: string | undefined, path = [B], tableName = 'orders') =>
    g.execute(
      LoadTableToWorkspaceCommand,
      {
        source: { path, tableName } as never,
        destination: { path: [ws.workspaceObjectName], tableName: 'from_ub' } as never,
      },
      key,
    );
  const grant = (fields: Record<string, string>, key = keys.ua) =>
    g.execute(GrantWorkspaceAccessToProjectCommand, fields, key);

  it('without a grant the other project cannot load; bad or unknown names are refused', async () => {
    ws = await workspace('ua', 'shared');
    expect(code(await failure(() => load(keys.ub)))).toBe(Status.PERMISSION_DENIED);
    const name = { workspaceObjectName: ws.workspaceObjectName };
    expect(code(await failure(() => grant({ ...name, projectUserName: 'project_nope' })))).toBe(
      Status.NOT_FOUND,
    );
    expect(code(await failure(() => grant({ ...name, projectUserName: 'ub' })))).toBe(
      Status.INVALID_ARGUMENT,
    );
    expect(code(await failure(() => grant({ ...name, projectUserName: 'project_ua' })))).toBe(
      Status.INVALID_ARGUMENT,
    );
    expect(
      code(
        await failure(() =>
          grant({ ...name, projectUserName: 'project_ub', projectRoleName: 'role_project_ua' }),
        ),
      ),
    ).toBe(Status.INVALID_ARGUMENT);
    expect(code(await failure(() => grant({ projectUserName: 'project_ub' })))).toBe(Status.INVALID_ARGUMENT);
    expect(
      code(await failure(() => grant({ workspaceObjectName: 'nope', projectUserName: 'project_ub' }))),
    ).toBe(Status.NOT_FOUND);
    expect(
      code(
        await failure(() =>
          grant({ ...name, workspaceRoleName: 'role_ws_other', projectUserName: 'project_ub' }),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
    // The grantee cannot grant itself access to another project's workspace.
    expect(code(await failure(() => grant({ ...name, projectUserName: 'project_ub' }, keys.ub)))).toBe(
      Status.NOT_FOUND,
    );
  });

  it('after the grant the grantee loads its own table, visible over PG wire; nothing else opens', async () => {
    const created = await g.run(CreateProjectCommand, { projectId: 'uz' }, CreateProjectResponse);
    expect(created.projectRoleName).toBe('role_project_uz');
    await g.execute(DropProjectCommand, { projectDatabaseName: 'uz' });
    await grant({
      workspaceObjectName: ws.workspaceObjectName,
      workspaceRoleName: ws.workspaceRoleName,
      workspaceUserName: ws.workspaceUserName,
      projectUserName: 'project_ub',
      projectRoleName: 'role_project_ub',
    });
    const again = await grant({
      workspaceObjectName: ws.workspaceObjectName,
      projectRoleName: 'role_project_ub',
    });
    expect(again.messages[0]?.message).toContain('already had access');
    await load(keys.ub);
    const main = await login(ws.workspaceObjectName, ws.workspaceUserName, ws.workspacePassword);
    expect((await main.query('SELECT count(*)::int AS n, sum(amount)::int AS s FROM from_ub')).rows).toEqual([
      { n: 3, s: 60 },
    ]);
    await main.end();
    // The grantee reaches no table of the owner, and cannot clear or drop the workspace.
    expect(code(await failure(() => load(keys.ub, ['ua', B])))).toBe(Status.PERMISSION_DENIED);
    expect(
      code(
        await failure(() =>
          g.execute(ClearWorkspaceCommand, { workspaceObjectName: ws.workspaceObjectName }, keys.ub),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
    expect(
      code(
        await failure(() =>
          g.execute(DropWorkspaceCommand, { workspaceObjectName: ws.workspaceObjectName }, keys.ub),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
    expect(code(await failure(() => addUser('ub', ws.workspaceObjectName)))).toBe(Status.NOT_FOUND);
    expect(await metaCount('workspace_grants', 'workspace_id = $1', [ws.workspaceObjectName])).toBe(1);
  });

  it('after the revoke the load is refused again; a second revoke only warns', async () => {
    const revoke = () =>
      g.execute(
        RevokeWorkspaceAccessToProjectCommand,
        { workspaceObjectName: ws.workspaceObjectName, projectUserName: 'project_ub' },
        keys.ua,
      );
    await revoke();
    expect(code(await failure(() => load(keys.ub)))).toBe(Status.PERMISSION_DENIED);
    const second = await revoke();
    expect(second.messages[0]?.message).toContain('had no access');
    expect(await metaCount('workspace_grants', 'workspace_id = $1', [ws.workspaceObjectName])).toBe(0);
    await grant({ workspaceObjectName: ws.workspaceObjectName, projectUserName: 'project_ub' });
  });
});

describe('restart and project delete', () => {
  it('users and grants survive a restart; a project delete removes its users and its grants', async () => {
    const ws = await workspace('ua', 'kept');
    const u = await addUser('ua', ws.workspaceObjectName);
    const shared = t.server.storage.workspaces.ofProject('ua').find((w) => w.name === 'shared');
    await g.close();
    t = await restartTestServer(t, ENV);
    g = await startGrpc(t);
    const cl = await login(ws.workspaceObjectName, u.workspaceUserName, u.workspacePassword);
    expect((await cl.query(`SELECT count(*)::int AS n FROM ${B}.orders`)).rows).toEqual([{ n: 5 }]);
    await cl.end();
    expect(shared).toBeDefined();
    expect(t.server.storage.workspaces.byId.get(shared?.id ?? '')?.grantees.has('ub')).toBe(true);

    // A branch goes: its workspaces' users and grants with it.
    const dev = await g.run(
      CreateDevBranchCommand,
      { projectId: 'ua', branchId: 'dev' },
      CreateDevBranchResponse,
    );
    const bw = await g.run(
      CreateWorkspaceCommand,
      { projectId: 'ua', workspaceId: 'wb', branchId: 'dev' },
      CreateWorkspaceResponse,
      keys.ua,
    );
    const bu = await addUser('ua', bw.workspaceObjectName);
    await grant('ua', bw.workspaceObjectName);
    expect(await metaCount('workspace_grants', 'workspace_id = $1', [bw.workspaceObjectName])).toBe(1);
    await g.execute(DropDevBranchCommand, { devBranchReadOnlyRoleName: dev.devBranchReadOnlyRoleName });
    expect(await metaCount('workspace_users', 'workspace_id = $1', [bw.workspaceObjectName])).toBe(0);
    expect(await metaCount('workspace_grants', 'workspace_id = $1', [bw.workspaceObjectName])).toBe(0);
    expect(await sqlstate(login(bw.workspaceObjectName, bu.workspaceUserName, bu.workspacePassword))).toBe(
      '28P01',
    );

    // The grantee project goes: its grant with it.
    await g.execute(DropProjectCommand, { projectDatabaseName: 'ub' });
    expect(await metaCount('workspace_grants', 'grantee_project_id = $1', ['ub'])).toBe(0);
    expect(t.server.storage.workspaces.byId.get(shared?.id ?? '')?.grantees.size).toBe(0);
    // The owner project goes: its workspaces' users with it, and no login is left.
    await g.execute(DropProjectCommand, { projectDatabaseName: 'ua' });
    expect(await metaCount('workspace_users', 'project_id = $1', ['ua'])).toBe(0);
    expect(await sqlstate(login(ws.workspaceObjectName, u.workspaceUserName, u.workspacePassword))).toBe(
      '28P01',
    );
  }, 60_000);
});
