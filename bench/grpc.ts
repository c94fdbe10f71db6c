import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, credentials as grpcCredentials } from '@grpc/grpc-js';
import { DriverRequest, DriverResponse } from '../generated/grpc/proto/common.js';
import { GenericBackendCredentials } from '../generated/grpc/proto/credentials.js';
import { ObjectInfoCommand, ObjectInfoResponse, ObjectType } from '../generated/grpc/proto/info.js';
import { StorageDriverServiceDefinition } from '../generated/grpc/proto/service.js';
import { PreviewTableCommand, PreviewTableResponse } from '../generated/grpc/proto/table.js';
import { pack, unpack } from '../src/grpc/any.js';
import { seed } from './seed.js';
import { startServer } from './server-process.js';

/**
 * npm run bench:grpc — the same two reads over the gRPC driver and over REST, against one server
 * process, with the same closed-loop load generator (CONNECTIONS concurrent callers for SECONDS):
 * ObjectInfo of a table vs GET table detail, and a 1,000-row PreviewTable vs GET preview?limit=1000.
 * Goal: gRPC p50 no higher than REST's. Each row also prints the CPU time per call of the server
 * process and of this client process, which tells where a difference comes from.
 * Knobs: BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_CHANNELS (gRPC channels shared by the callers;
 * default one per caller), BENCH_ONLY (run the calls whose name contains it),
 * BENCH_SERVER_NODE_ARGS (extra node flags for the server, e.g. `--cpu-prof`).
 * The server is the compiled one `make start` runs; its gRPC address is the `"grpc":"host:port"`
 * field of its start-up line.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const root = new URL('..', import.meta.url).pathname;

interface Figure {
  calls: number;
  rps: number;
  p50: number;
  p99: number;
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

/** CONNECTIONS closed-loop callers of `call` for `ms`, added to `tally`. */
async function slice(call: () => Promise<void>, ms: number, serverPid: number, tally: Tally | null) {
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
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
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
    serverCpuUs: t.serverCpuUs / latencies.length,
    clientCpuUs: t.clientCpuUs / latencies.length,
  };
}

/**
 * Both protocols under the same conditions: after a warm-up of each, SECONDS of each made of
 * half-second slices taken in turn (A B B A A B ...), so a neighbour's burst or a slow spell of
 * the machine falls on both alike instead of on whichever ran second.
 */
async function measurePair(
  a: () => Promise<void>,
  b: () => Promise<void>,
  serverPid: number,
): Promise<[Figure, Figure]> {
  await slice(a, 1000, serverPid, null);
  await slice(b, 1000, serverPid, null);
  const tallies: [Tally, Tally] = [
    { latencies: [], seconds: 0, serverCpuUs: 0, clientCpuUs: 0 },
    { latencies: [], seconds: 0, serverCpuUs: 0, clientCpuUs: 0 },
  ];
  const slices = Math.max(1, Math.round(SECONDS * 2));
  for (let i = 0; i < slices; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) await slice(k === 0 ? a : b, 500, serverPid, tallies[k] ?? null);
  }
  return [figure(tallies[0]), figure(tallies[1])];
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
    // One channel (HTTP/2 connection) per caller, as fetch keeps one connection per caller.
    const drivers = Array.from(
      { length: Number(process.env.BENCH_CHANNELS ?? CONNECTIONS) },
      () =>
        new Client(server.grpc ?? '', grpcCredentials.createInsecure(), {
          'grpc.use_local_subchannel_pool': 1,
          'grpc.enable_channelz': 0,
          // fetch retries nothing either; grpc-js would wrap every call in its retry machinery.
          'grpc.enable_retries': 0,
        }),
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
    let next = 0;
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
      await r.json(); // the gRPC client decodes its answer too
    };
    // The answer is unpacked down to the command's response, as REST's JSON is parsed.
    const exec =
      (command: typeof objectInfo, codec: typeof ObjectInfoResponse | typeof PreviewTableResponse) =>
      async () => {
        next = (next + 1) % drivers.length;
        const driver = drivers[next];
        if (driver === undefined) return;
        const response = await execute(driver, DriverRequest.fromPartial({ credentials, command }));
        if (response.commandResponse === undefined) throw new Error('Execute answered no commandResponse');
        unpack(codec as typeof ObjectInfoResponse, response.commandResponse, 'commandResponse');
      };
    const calls = [
      {
        name: 'ObjectInfo of a table / GET table',
        grpc: exec(objectInfo, ObjectInfoResponse),
        rest: get(base),
      },
      {
        name: 'preview 1,000 rows',
        grpc: exec(preview, PreviewTableResponse),
        rest: get(`${base}/preview?limit=1000`),
      },
    ];
    console.log(
      `${CONNECTIONS} concurrent callers, ${SECONDS}s of each protocol in alternating half-second slices, ${process.platform} ${process.arch}, node ${process.version}; server: ${entry}\n`,
    );
    console.log(
      '| call | protocol | calls/s | p50 ms | p99 ms | server CPU µs/call | client CPU µs/call | gRPC/REST p50 |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    const pid = child.pid ?? 0;
    for (const c of calls.filter((x) => x.name.includes(process.env.BENCH_ONLY ?? ''))) {
      const [rest, grpc] = await measurePair(c.rest, c.grpc, pid);
      const row = (p: string, f: Figure, ratio: string) =>
        `| ${c.name} | ${p} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(2)} | ${f.p99.toFixed(2)} | ${f.serverCpuUs.toFixed(0)} | ${f.clientCpuUs.toFixed(0)} | ${ratio} |`;
      console.log(row('REST', rest, ''));
      console.log(row('gRPC', grpc, (grpc.p50 / rest.p50).toFixed(2)));
    }
    console.log("\nGoal: gRPC p50 no higher than REST's (ratio <= 1.00).");
    for (const driver of drivers) driver.close();
  } finally {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
