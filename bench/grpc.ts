import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChannel, createClient } from 'nice-grpc';
import { GenericBackendCredentials } from '../generated/grpc/proto/credentials.js';
import { ObjectInfoCommand, ObjectType } from '../generated/grpc/proto/info.js';
import { StorageDriverServiceDefinition } from '../generated/grpc/proto/service.js';
import { PreviewTableCommand } from '../generated/grpc/proto/table.js';
import { pack } from '../src/grpc/any.js';
import { seed } from './seed.js';
import { startProcess } from './server-process.js';

/**
 * npm run bench:grpc — the same two reads over the gRPC driver and over REST, against one server
 * process, with the same closed-loop load generator (CONNECTIONS concurrent callers for SECONDS):
 * ObjectInfo of a table vs GET table detail, and a 1,000-row PreviewTable vs GET preview?limit=1000.
 * Goal: gRPC p50 no higher than REST's. Each row also prints the CPU time per call of the server
 * process and of this client process, which tells where a difference comes from.
 * Knobs: BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_CHANNELS (gRPC channels shared by the callers;
 * default one per caller), BENCH_ONLY (run the calls whose name contains it),
 * BENCH_SERVER_NODE_ARGS (extra node flags for the server, e.g. `--cpu-prof`).
 *
 * The gRPC address is the `"grpc":"host:port"` field of the server's start-up line; until
 * src/server.ts starts gRPC itself, bench/grpc-standalone.ts (REST + gRPC over one storage) runs.
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

async function measure(call: () => Promise<void>, serverPid: number): Promise<Figure> {
  const loop = async (until: number, latencies: number[] | null) => {
    while (Date.now() < until) {
      const started = process.hrtime.bigint();
      await call();
      latencies?.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const warm = Date.now() + 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(warm, null)));
  const latencies: number[] = [];
  const serverCpu = processCpuUs(serverPid);
  const clientCpu = process.cpuUsage();
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(started + SECONDS * 1000, latencies)));
  const elapsed = (Date.now() - started) / 1000;
  const client = process.cpuUsage(clientCpu);
  const serverCpuUs = (processCpuUs(serverPid) - serverCpu) / latencies.length;
  const clientCpuUs = (client.user + client.system) / latencies.length;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    calls: latencies.length,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    serverCpuUs,
    clientCpuUs,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duckstorage-bench-grpc-'));
  let stop: () => Promise<void> = async () => {};
  try {
    const key = await seed(dataDir, join(root, '../shared/reference/sample_data/products_10k.csv'));
    const env = {
      DATA_DIR: dataDir,
      ADMIN_API_KEY: 'bench-admin-key-0123456789abcdef',
      HOST: '127.0.0.1',
      PORT: '0',
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: '0',
      PGWIRE_HOST: '127.0.0.1',
      PGWIRE_PORT: '0',
      PGWIRE_TLS: 'off',
      LOG_LEVEL: 'info',
    };
    let server = await startProcess(
      [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ') ?? []), '--import', 'tsx', 'src/server.ts'],
      env,
    );
    let entry = 'src/server.ts';
    if (server.grpc === undefined) {
      await new Promise<void>((resolve) => server.child.once('exit', () => resolve()).kill('SIGTERM'));
      server = await startProcess(['--import', 'tsx', 'bench/grpc-standalone.ts'], env);
      entry = 'bench/grpc-standalone.ts (src/server.ts logged no "grpc" address)';
    }
    const child = server.child;
    stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve()).kill('SIGTERM');
      });
    // One channel (HTTP/2 connection) per caller, as fetch keeps one connection per caller.
    const channels = Array.from({ length: Number(process.env.BENCH_CHANNELS ?? CONNECTIONS) }, () =>
      createChannel(server.grpc ?? '', undefined, {
        'grpc.use_local_subchannel_pool': 1,
        'grpc.enable_channelz': 0,
      }),
    );
    const drivers = channels.map((ch) => createClient(StorageDriverServiceDefinition, ch));
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
    const exec = (command: typeof objectInfo) => async () => {
      next = (next + 1) % drivers.length;
      await drivers[next]?.execute({ credentials, command });
    };
    const calls = [
      { name: 'ObjectInfo of a table / GET table', grpc: exec(objectInfo), rest: get(base) },
      { name: 'preview 1,000 rows', grpc: exec(preview), rest: get(`${base}/preview?limit=1000`) },
    ];
    console.log(
      `${CONNECTIONS} concurrent callers, ${SECONDS}s per measurement, ${process.platform} ${process.arch}, node ${process.version}; server: ${entry}\n`,
    );
    console.log(
      '| call | protocol | calls/s | p50 ms | p99 ms | server CPU µs/call | client CPU µs/call | gRPC/REST p50 |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    const pid = child.pid ?? 0;
    for (const c of calls.filter((x) => x.name.includes(process.env.BENCH_ONLY ?? ''))) {
      const rest = await measure(c.rest, pid);
      const grpc = await measure(c.grpc, pid);
      const row = (p: string, f: Figure, ratio: string) =>
        `| ${c.name} | ${p} | ${f.rps.toFixed(0)} | ${f.p50.toFixed(2)} | ${f.p99.toFixed(2)} | ${f.serverCpuUs.toFixed(0)} | ${f.clientCpuUs.toFixed(0)} | ${ratio} |`;
      console.log(row('REST', rest, ''));
      console.log(row('gRPC', grpc, (grpc.p50 / rest.p50).toFixed(2)));
    }
    console.log("\nGoal: gRPC p50 no higher than REST's (ratio <= 1.00).");
    for (const ch of channels) ch.close();
  } finally {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
