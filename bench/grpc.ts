import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, credentials as grpcCredentials } from '@grpc/grpc-js';
import { DriverRequest, DriverResponse } from '../generated/grpc/proto/common.js';
import { GenericBackendCredentials } from '../generated/grpc/proto/credentials.js';
import { ObjectInfoCommand, ObjectInfoResponse, ObjectType } from '../generated/grpc/proto/info.js';
import { StorageDriverServiceDefinition } from '../generated/grpc/proto/service.js';
import { PreviewTableCommand, PreviewTableResponse } from '../generated/grpc/proto/table.js';
import { pack } from '../src/grpc/any.js';
import { seed } from './seed.js';
import { startServer } from './server-process.js';
import { ECHO_METHOD, startBareServers, transportFloor } from './transport-floor.js';

/**
 * npm run bench:grpc — the same two reads over the gRPC driver and over REST, against one server
 * process (the compiled one `make start` runs), with the same closed-loop load generator
 * (1, 16 and 64 concurrent callers): ObjectInfo of a table vs GET table detail, and a 1,000-row
 * PreviewTable vs GET preview?limit=1000. gRPC is measured as grpc-js connects by default (the
 * callers' calls multiplexed on one HTTP/2 connection) and with one connection per caller (as
 * fetch's pool does for REST). Goal: gRPC p50 no higher than REST's. Each row also prints the CPU
 * time per call of the server process and of this client process, which tells where a
 * difference comes from.
 * Knobs: BENCH_CONNECTIONS (caller counts, comma-separated; 1,16,64), BENCH_SECONDS,
 * BENCH_CHANNELS (connections of the shared row; 1), BENCH_ONLY (run the calls whose name
 * contains it), BENCH_SERVER_NODE_ARGS (extra node flags for the server, e.g. `--cpu-prof`).
 */
/** Concurrent callers per run: a sweep, since per-call overhead shows alone, multiplexing under load. */
const CALLER_COUNTS = (process.env.BENCH_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const MOST_CALLERS = Math.max(...CALLER_COUNTS);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const root = new URL('..', import.meta.url).pathname;

interface Figure {
  calls: number;
  rps: number;
  p50: number;
  p99: number;
  /** Mean latency: with equal calls/s, closed-loop callers have equal means (Little's law). */
  mean: number;
  /** CPU time per call (µs) of the server process and of this (client) process. */
  serverCpuUs: number;
  clientCpuUs: number;
}

/** utime + stime of a process in µs (/proc/<pid>/stat fields 14 and 15, in clock ticks of 10 ms). */
function processCpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** What one protocol's slices add up to. */
interface Tally {
  latencies: number[];
  seconds: number;
  serverCpuUs: number;
  clientCpuUs: number;
}

/** `callers` closed-loop callers of `call` for `ms`, added to `tally`. */
async function slice(
  call: () => Promise<void>,
  ms: number,
  callers: number,
  serverPid: number,
  tally: Tally | null,
) {
  const until = Date.now() + ms;
  const serverCpu = processCpuUs(serverPid);
  const clientCpu = process.cpuUsage();
  const started = Date.now();
  const loop = async () => {
    while (Date.now() < until) {
      const begun = process.hrtime.bigint();
      await call();
      tally?.latencies.push(Number(process.hrtime.bigint() - begun) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: callers }, loop));
  if (tally === null) return;
  const client = process.cpuUsage(clientCpu);
  tally.seconds += (Date.now() - started) / 1000;
  tally.serverCpuUs += processCpuUs(serverPid) - serverCpu;
  tally.clientCpuUs += client.user + client.system;
}

function figure(t: Tally): Figure {
  const latencies = [...t.latencies].sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    calls: latencies.length,
    rps: latencies.length / t.seconds,
    p50: at(0.5),
    p99: at(0.99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    serverCpuUs: t.serverCpuUs / latencies.length,
    clientCpuUs: t.clientCpuUs / latencies.length,
  };
}

/**
 * All ways of making a call under the same conditions: after a warm-up of each, SECONDS of each
 * made of half-second slices taken in a rotating order, so a neighbour's burst or a slow spell of
 * the machine falls on all alike instead of on whichever ran last.
 */
async function measureTogether(
  calls: Array<() => Promise<void>>,
  callers: number,
  serverPid: number,
): Promise<Figure[]> {
  for (const call of calls) await slice(call, 1000, callers, serverPid, null);
  const tallies: Tally[] = calls.map(() => ({ latencies: [], seconds: 0, serverCpuUs: 0, clientCpuUs: 0 }));
  const rounds = Math.max(1, Math.round(SECONDS * 2));
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < calls.length; j++) {
      const k = (i + j) % calls.length;
      const call = calls[k];
      if (call !== undefined) await slice(call, 500, callers, serverPid, tallies[k] ?? null);
    }
  }
  return tallies.map(figure);
}

/** Debian's Python, which has python3-grpcio (the `python3` first on PATH is another). */
const PYTHON = '/usr/bin/python3';

/** p50 ms of each way over one caller from bench/c_core_client.py, or null without grpcio. */
async function cCoreClients(
  seconds: number,
  ways: Array<Record<string, unknown>>,
): Promise<{ p50: number[]; calls: number[] } | null> {
  if (!existsSync(PYTHON)) return null;
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, [join(root, 'bench/c_core_client.py')], (error, stdout, stderr) => {
      if (error === null) resolve(JSON.parse(stdout) as { p50: number[]; calls: number[] });
      else if (stderr.includes("No module named 'grpc'")) resolve(null);
      else reject(new Error(`c_core_client.py: ${stderr || error.message}`));
    });
    child.stdin?.end(JSON.stringify({ seconds, ways }));
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-grpc-'));
  let stop: () => Promise<void> = async () => {};
  try {
    const key = await seed(dataDir, join(root, '../shared/reference/sample_data/products_10k.csv'));
    // The compiled server, as `make start` runs it: no transpiler or source maps in the process.
    const server = await startServer(
      dataDir,
      {},
      'built',
      process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter((a) => a !== '') ?? [],
    );
    if (server.grpc === undefined) throw new Error('the server logged no "grpc" address');
    const entry = 'dist/src/server.js';
    const child = server.child;
    stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve()).kill('SIGTERM');
      });
    // The plain grpc-js client (what nice-grpc's client wraps) with the generated codecs, as
    // fetch is the plain HTTP client: each side pays its protocol's own cost, not a wrapper's.
    const client = (options: Record<string, number>) =>
      new Client(server.grpc ?? '', grpcCredentials.createInsecure(), {
        'grpc.enable_channelz': 0,
        // fetch retries nothing either; grpc-js would wrap every call in its retry machinery.
        'grpc.enable_retries': 0,
        ...options,
      });
    // As grpc-js connects by default: all callers' calls multiplexed on one HTTP/2 connection
    // (BENCH_CHANNELS of them when set) ...
    const shared = Array.from({ length: Number(process.env.BENCH_CHANNELS ?? 1) }, () =>
      client({ 'grpc.use_local_subchannel_pool': 1 }),
    );
    // ... and, as fetch's pool does, one connection per caller.
    const perCaller = Array.from({ length: MOST_CALLERS }, () =>
      client({ 'grpc.use_local_subchannel_pool': 1 }),
    );
    const execute = (driver: Client, request: DriverRequest) =>
      new Promise<DriverResponse>((resolve, reject) => {
        driver.makeUnaryRequest(
          `/${StorageDriverServiceDefinition.fullName}/Execute`,
          (m: DriverRequest) => Buffer.from(DriverRequest.encode(m).finish()),
          (b: Buffer) => DriverResponse.decode(b),
          request,
          (error, response) => (error || response === undefined ? reject(error) : resolve(response)),
        );
      });
    const credentials = pack(
      GenericBackendCredentials,
      GenericBackendCredentials.fromPartial({ host: 'bench', secret: key }),
    );
    const objectInfo = pack(
      ObjectInfoCommand,
      ObjectInfoCommand.fromPartial({
        path: ['in_c_bench', 'products'],
        expectedObjectType: ObjectType.TABLE,
      }),
    );
    const preview = pack(
      PreviewTableCommand,
      PreviewTableCommand.fromPartial({
        path: ['in_c_bench'],
        tableName: 'products',
        filters: { limit: 1000 },
      }),
    );
    const auth = { authorization: `Bearer ${key}` };
    const base = `${server.url}/projects/bench/branches/default/buckets/in_c_bench/tables/products`;
    const get = (url: string) => async () => {
      const r = await fetch(url, { headers: auth });
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
      // The whole body is read, not parsed: the figures are the server's and the wire's, not a
      // client library's parser (JSON.parse here, a protobuf decoder there; Connection is PHP).
      await r.arrayBuffer();
    };
    // The DriverResponse envelope is decoded (gRPC's framing); the command's answer in it stays
    // bytes, as REST's body does. Its type URL is checked, so a wrong answer is no faster one.
    const exec = (drivers: Client[], command: typeof objectInfo, expected: string) => {
      let next = 0;
      return async () => {
        next = (next + 1) % drivers.length;
        const driver = drivers[next];
        if (driver === undefined) return;
        const response = await execute(driver, DriverRequest.fromPartial({ credentials, command }));
        if (response.commandResponse === undefined) throw new Error('Execute answered no commandResponse');
        if (!response.commandResponse.typeUrl.endsWith(`/${expected}`)) {
          throw new Error(`Execute answered ${response.commandResponse.typeUrl}, not ${expected}`);
        }
      };
    };
    const calls = (callers: number) => {
      const own = perCaller.slice(0, callers);
      return [
        {
          name: 'ObjectInfo of a table / GET table',
          grpc: exec(shared, objectInfo, ObjectInfoResponse.$type),
          grpcPerCaller: exec(own, objectInfo, ObjectInfoResponse.$type),
          rest: get(base),
        },
        {
          name: 'preview 1,000 rows',
          grpc: exec(shared, preview, PreviewTableResponse.$type),
          grpcPerCaller: exec(own, preview, PreviewTableResponse.$type),
          rest: get(`${base}/preview?limit=1000`),
        },
      ];
    };
    console.log(
      `${SECONDS}s of each way in rotating half-second slices per row, ${process.platform} ${process.arch}, node ${process.version}; server: ${entry}\n`,
    );
    console.log(
      '| call | callers | protocol | calls/s | p50 ms | p99 ms | mean ms | server CPU µs/call | client CPU µs/call | gRPC/REST p50 |',
    );
    console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
    const pid = child.pid ?? 0;
    const sharedLabel = `gRPC, ${shared.length === 1 ? 'one shared connection' : `${shared.length} shared connections`}`;
    for (const callers of CALLER_COUNTS) {
      for (const c of calls(callers).filter((x) => x.name.includes(process.env.BENCH_ONLY ?? ''))) {
        const ways = [c.rest, c.grpc, c.grpcPerCaller];
        const [rest, grpc, grpcPerCaller] = await measureTogether(ways, callers, pid);
        if (rest === undefined || grpc === undefined || grpcPerCaller === undefined) continue;
        const row = (p: string, f: Figure) =>
          `| ${c.name} | ${callers} | ${p} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(2)} | ${f.p99.toFixed(2)} | ${f.mean.toFixed(2)} | ${f.serverCpuUs.toFixed(0)} | ${f.clientCpuUs.toFixed(0)} | ${p === 'REST' ? '' : (f.p50 / rest.p50).toFixed(2)} |`;
        console.log(row('REST', rest));
        console.log(row(sharedLabel, grpc));
        // With one caller both gRPC ways are the same: one connection.
        if (callers > 1) console.log(row('gRPC, a connection per caller', grpcPerCaller));
      }
    }
    const bare = await startBareServers();
    try {
      const floor = await transportFloor(bare, SECONDS);
      console.log(
        `\nThe transports' floor, one caller, no application behind them (server and client in one process): node:http + fetch p50 ${floor.http.toFixed(2)} ms, grpc-js unary p50 ${floor.grpc.toFixed(2)} ms (${(floor.grpc / floor.http).toFixed(2)}x).`,
      );
      const rest = new URL(base);
      const cCore = await cCoreClients(SECONDS, [
        { kind: 'http', host: rest.hostname, port: Number(rest.port), path: rest.pathname, headers: auth },
        {
          kind: 'grpc',
          target: server.grpc,
          method: `/${StorageDriverServiceDefinition.fullName}/Execute`,
          body_hex: Buffer.from(
            DriverRequest.encode(DriverRequest.fromPartial({ credentials, command: objectInfo })).finish(),
          ).toString('hex'),
        },
        { kind: 'http', host: '127.0.0.1', port: Number(new URL(bare.httpUrl).port), path: '/' },
        { kind: 'grpc', target: bare.grpcAddress, method: ECHO_METHOD, body_hex: '00' },
      ]);
      if (cCore === null) console.log(`\nC-core clients skipped: ${PYTHON} with grpcio is not installed.`);
      else {
        const [rest1, grpc1, http0, grpc0] = cCore.p50;
        const ms = (x: number | undefined) => (x ?? 0).toFixed(2);
        console.log(
          `With C-core clients (${PYTHON}: grpcio, the library Connection's PHP extension is built on; http.client), one caller, in their own process: ObjectInfo p50 ${ms(grpc1)} ms vs GET table ${ms(rest1)} ms (${((grpc1 ?? 0) / (rest1 ?? 1)).toFixed(2)}x); the bare servers above: grpc-js ${ms(grpc0)} ms vs node:http ${ms(http0)} ms (${((grpc0 ?? 0) / (http0 ?? 1)).toFixed(2)}x).`,
        );
      }
    } finally {
      await bare.close();
    }
    console.log(
      "Goal: gRPC p50 no higher than REST's (ratio <= 1.00), with each client as it connects by default: grpc-js multiplexes every call to a server on one connection, fetch opens one per concurrent caller.",
    );
    for (const driver of [...shared, ...perCaller]) driver.close();
  } finally {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
