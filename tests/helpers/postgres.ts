import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A real PostgreSQL 15 server (Debian's `postgresql` package, `make system-deps`) for comparisons
 * and client checks: its own temp dir, a free loopback port, one SCRAM-SHA-256 superuser.
 */
export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** `postgres://user:password@127.0.0.1:port/postgres` */
  url: string;
  /** The temp dir: `data/` (the cluster), `server.log`, the Unix socket. */
  dir: string;
  /** Fast shutdown, then removes the dir. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** The superuser initdb creates (default `duck`); its password is random. */
  user?: string;
  /** Extra `-c name=value` server settings, e.g. `{ fsync: 'off' }`. */
  settings?: Record<string, string>;
}

export const PG_BIN = '/usr/lib/postgresql/15/bin';

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;
/** Stopped with `pg_ctl -m immediate` if the process exits while they still run (a crashed test). */
const running = new Map<string, string>();
let exitHookInstalled = false;

/** Starts a fresh PostgreSQL 15 and resolves once it accepts TCP connections on 127.0.0.1. */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  if (!existsSync(join(PG_BIN, 'pg_ctl'))) {
    throw new Error(`${PG_BIN}/pg_ctl not found: install Debian's postgresql package (make system-deps)`);
  }
  const user = options.user ?? 'duck';
  const password = randomBytes(12).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'duckstorage-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let owner: { uid: number; gid: number } | undefined;
  if (isRoot) {
    // PostgreSQL refuses to run as root: everything runs as the postgres OS user, which owns the dir.
    owner = {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
    };
    chownSync(dir, owner.uid, owner.gid);
  }
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (owner !== undefined) chownSync(pwfile, owner.uid, owner.gid);
  try {
    await pgTool(dir, 'initdb', [
      '-D',
      data,
      '-U',
      user,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-instructions',
    ]);
    rmSync(pwfile, { force: true });
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const settings: Record<string, string> = {
        listen_addresses: '127.0.0.1',
        port: String(port),
        unix_socket_directories: dir,
        ...options.settings,
      };
      // pg_ctl hands -o to /bin/sh: quote each setting.
      const serverArgs = Object.entries(settings)
        .map(([k, v]) => `-c '${`${k}=${v}`.replaceAll("'", "'\\''")}'`)
        .join(' ');
      try {
        // -w waits until the server accepts connections (pg_ctl pings it through postmaster.pid).
        await pgTool(dir, 'pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', serverArgs, 'start']);
        break;
      } catch (err) {
        // The free port may have been taken between freePort() and the bind: try another one.
        if (attempt >= 3 || !/could not bind|Address already in use/.test(readLog(log))) throw err;
      }
    }
    track(dir, data);
    let stopped = false;
    return {
      host: '127.0.0.1',
      port,
      user,
      password,
      database: 'postgres',
      url: `postgres://${encodeURIComponent(user)}:${password}@127.0.0.1:${port}/postgres`,
      dir,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await pgTool(dir, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
        } finally {
          running.delete(dir);
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    const tail = readLog(log);
    rmSync(dir, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`PostgreSQL did not start: ${message}${tail ? `\nserver.log:\n${tail}` : ''}`);
  }
}

/** Runs a PostgreSQL binary, as the postgres OS user when we are root, from the temp dir. */
async function pgTool(dir: string, tool: string, args: string[]): Promise<void> {
  const [cmd, argv] = pgCommand(tool, args);
  try {
    await run(cmd, argv, { cwd: dir, timeout: 90_000 });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${tool} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`.trimEnd());
  }
}

function pgCommand(tool: string, args: string[]): [string, string[]] {
  const bin = join(PG_BIN, tool);
  return isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

function readLog(log: string): string {
  try {
    return readFileSync(log, 'utf8').split('\n').slice(-30).join('\n').trim();
  } catch {
    return '';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function track(dir: string, data: string): void {
  running.set(dir, data);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [d, dataDir] of running) {
      const [cmd, argv] = pgCommand('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      spawnSync(cmd, argv, { cwd: d, stdio: 'ignore', timeout: 10_000 });
      rmSync(d, { recursive: true, force: true });
    }
  });
}

/** A workspace's PG wire connection fields (REST WorkspaceConnection). */
export type WorkspaceConn = {
  host: string;
  port: number;
  username: string;
  password: string | null;
  database: string;
};

/** A node `pg` client connected to a workspace over loopback. */
export async function connectWorkspace(c: WorkspaceConn): Promise<pg.Client> {
  const cl = new pg.Client({
    host: '127.0.0.1',
    port: c.port,
    user: c.username,
    password: c.password ?? '',
    database: c.database,
  });
  await cl.connect();
  return cl;
}
