import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * pgJDBC from Debian's libpostgresql-jdbc-java (`make system-deps`): tests/java/JdbcProbe.java run as a
 * single-file Java source. Its output is one JSON object per line (see the comment at the top of the
 * .java file for the shapes); a failed SQL call is a `{ call, error, sqlstate }` line, not a throw.
 */
export const JDBC_JAR = '/usr/share/java/postgresql.jar';
const root = new URL('../..', import.meta.url).pathname;
const PROBE = 'tests/java/JdbcProbe.java';

export interface JdbcTarget {
  port: number;
  user: string;
  password: string;
  host?: string;
  /** default `postgres` */
  database?: string;
  /** pgJDBC's sslmode (`disable`, `require`, ...); left to the driver's default when unset. */
  sslmode?: string;
  /** More connection properties for the URL, e.g. `{ prepareThreshold: '1' }`. */
  params?: Record<string, string>;
  /** default 60 s (each run starts a JVM and compiles the probe: about 1 s here) */
  timeoutMs?: number;
}

export function jdbcUrl(target: JdbcTarget): string {
  const params = new URLSearchParams(target.params);
  if (target.sslmode !== undefined) params.set('sslmode', target.sslmode);
  const query = params.toString();
  const db = encodeURIComponent(target.database ?? 'postgres');
  return `jdbc:postgresql://${target.host ?? '127.0.0.1'}:${target.port}/${db}${query ? `?${query}` : ''}`;
}

/**
 * Runs one JdbcProbe command (`metadata [schema] [table]`, `query <sql>`, `prepared <sql> i:5 s:abc ...`)
 * and resolves with its JSON lines. Throws, with stderr, if java fails, times out or prints a non-JSON line.
 */
export function runJdbc(target: JdbcTarget, command: string, ...args: string[]): Promise<unknown[]> {
  if (!existsSync(JDBC_JAR)) {
    return Promise.reject(
      new Error(`${JDBC_JAR} not found: install libpostgresql-jdbc-java (make system-deps)`),
    );
  }
  const argv = ['-cp', JDBC_JAR, PROBE, jdbcUrl(target), target.user, target.password, command, ...args];
  const timeoutMs = target.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn('java', argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const fail = (why: string) =>
      new Error(
        `JdbcProbe ${command} ${why}\nstderr:\n${Buffer.concat(stderr).toString('utf8').trim()}\nstdout:\n${Buffer.concat(stdout).toString('utf8').trim()}`,
      );
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(fail(`could not start java: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(fail(`timed out after ${timeoutMs} ms`));
      if (code !== 0) return reject(fail(`exited with ${code ?? signal}`));
      const lines = Buffer.concat(stdout)
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      try {
        resolve(lines.map((l) => JSON.parse(l) as unknown));
      } catch (err) {
        reject(fail(`printed a line that is not JSON (${(err as Error).message})`));
      }
    });
  });
}

/** One JdbcProbe line, loosely typed: a metadata call, a result set, an update count or an error. */
export interface JdbcLine {
  call: string;
  rows?: unknown[];
  columns?: { name: string; label: string; jdbcType: string; typeName: string }[];
  updateCount?: number;
  error?: string;
  sqlstate?: string | null;
}

/** The rows of the metadata call named `call` (throws with the error line if that call failed). */
export function callRows(lines: unknown[], call: string): Record<string, unknown>[] {
  const line = (lines as JdbcLine[]).find((l) => l.call === call);
  if (line === undefined) throw new Error(`no ${call} line in ${JSON.stringify(lines).slice(0, 2000)}`);
  if (line.error !== undefined) throw new Error(`${call} failed: ${line.error} (${line.sqlstate})`);
  return (line.rows ?? []) as Record<string, unknown>[];
}
