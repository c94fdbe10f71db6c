import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** What the benches share: the real server as a child process, and its peak memory. */
export const ADMIN = 'bench-admin-key-0123456789abcdef';

/** Runs one bench/raw-duckdb.ts mode in its own process (one DuckDB per process); its `ms`. */
export function rawDuckdbMs(...args: string[]): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/raw-duckdb.ts', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
  });
  return (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number }).ms;
}
const root = new URL('..', import.meta.url).pathname;
const MB = 1024 * 1024;

/**
 * Spawns `node <args>` in the project root and resolves with the URL the server logs as `"rest"`
 * once it listens (and the PG wire port and gRPC `host:port` when that line names them); its
 * later log lines (one per request) are drained unread.
 */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; pgwirePort?: number; grpc?: string }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pgwirePort: number | undefined;
  let grpc: string | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const m = /"rest":"(http:[^"]+)"/.exec(line);
      if (m?.[1] === undefined) return;
      const pg = /"pgwire":"[^"]*:(\d+)"/.exec(line);
      if (pg?.[1] !== undefined) pgwirePort = Number(pg[1]);
      grpc = /"grpc":"([^"]+)"/.exec(line)?.[1];
      lines.close();
      child.stdout?.resume();
      resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return {
    child,
    url,
    ...(pgwirePort === undefined ? {} : { pgwirePort }),
    ...(grpc === undefined ? {} : { grpc }),
  };
}

/** DuckStorage on a data dir, loopback port 0, the bench admin key. */
export async function startServer(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  /** `built`: the compiled server as `make start` runs it (no transpiler in the process). */
  mode: 'tsx' | 'built' = 'tsx',
  /** Extra node flags for the server process (e.g. `--cpu-prof`). */
  nodeArgs: string[] = [],
): Promise<{ child: ChildProcess; url: string; pgwirePort?: number; grpc?: string }> {
  if (mode === 'built')
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  const args = [
    ...nodeArgs,
    ...(mode === 'built' ? ['dist/src/server.js'] : ['--import', 'tsx', 'src/server.ts']),
  ];
  return startProcess(args, {
    DATA_DIR: dataDir,
    ADMIN_API_KEY: ADMIN,
    HOST: '127.0.0.1',
    PORT: '0',
    PGWIRE_HOST: '127.0.0.1',
    PGWIRE_PORT: '0',
    PGWIRE_TLS: 'off',
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: '0',
    LOG_LEVEL: 'info',
    MAX_REQUEST_BYTES: String(MB),
    ...extraEnv,
  });
}

/** Peak resident memory of a process since the last reset (Linux /proc: VmHWM, reset by clear_refs 5). */
export const peakRss = {
  reset(pid: number): void {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  },
  readMb(pid: number): number {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0) / 1024;
  },
};

export type Json = Record<string, unknown>;

/** A JSON client of a bench server with the admin key: `call` (JSON) and `stream` (a CSV body). */
export function benchApi(url: string) {
  const auth = { authorization: `Bearer ${ADMIN}` };
  const check = async (r: Response, what: string): Promise<Json> => {
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as Json;
  };
  return {
    async call(method: string, path: string, body?: unknown): Promise<Json> {
      const init: RequestInit = { method, headers: { ...auth, 'content-type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      return check(await fetch(`${url}${path}`, init), `${method} ${path}`);
    },
    async stream(path: string, body: Blob): Promise<Json> {
      const headers = { ...auth, 'content-type': 'text/csv' };
      const init = { method: 'POST', headers, body, duplex: 'half' };
      return check(await fetch(`${url}${path}`, init as RequestInit), `POST ${path}`);
    },
  };
}
