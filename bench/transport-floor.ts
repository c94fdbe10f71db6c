import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Client,
  Server as GrpcServer,
  credentials as grpcCredentials,
  ServerCredentials,
  type ServiceDefinition,
} from '@grpc/grpc-js';

/**
 * The floor under bench:grpc's one-caller rows: the bare transports with no application behind
 * them, a grpc-js unary echo and a node:http handler answering the same 300 bytes, called by the
 * same clients the bench uses (grpc-js makeUnaryRequest, fetch), one caller, server and client in
 * this process (and, from bench:grpc, by the C-core clients in their own process). What the real
 * rows add on top of these is the server's own work per call.
 */
export const ECHO_METHOD = '/bench.Floor/Echo';
const PAYLOAD = Buffer.alloc(300, 1);
const same = (b: Buffer) => b;
const ECHO: ServiceDefinition = {
  echo: {
    path: ECHO_METHOD,
    requestStream: false,
    responseStream: false,
    requestSerialize: same,
    requestDeserialize: same,
    responseSerialize: same,
    responseDeserialize: same,
  },
};

async function p50(call: () => Promise<unknown>, seconds: number): Promise<number> {
  for (let i = 0; i < 300; i++) await call();
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const begun = performance.now();
    await call();
    latencies.push(performance.now() - begun);
  }
  latencies.sort((a, b) => a - b);
  return latencies[Math.floor(latencies.length / 2)] ?? 0;
}

/** The bare servers: a grpc-js unary echo (ECHO_METHOD) and a node:http handler, on loopback. */
export interface BareServers {
  grpcAddress: string;
  httpUrl: string;
  close(): Promise<void>;
}

export async function startBareServers(): Promise<BareServers> {
  const grpcServer = new GrpcServer({ 'grpc.enable_channelz': 0 });
  grpcServer.addService(ECHO, {
    echo: (_call: unknown, done: (e: null, v: Buffer) => void) => done(null, PAYLOAD),
  });
  const grpcPort = await new Promise<number>((resolve, reject) =>
    grpcServer.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, port) =>
      e ? reject(e) : resolve(port),
    ),
  );
  const httpServer: HttpServer = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': PAYLOAD.length });
      res.end(PAYLOAD);
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    grpcAddress: `127.0.0.1:${grpcPort}`,
    httpUrl: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`,
    async close() {
      grpcServer.forceShutdown();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

/** p50 ms of one caller over bare node:http + fetch and over bare grpc-js, alternating. */
export async function transportFloor(
  servers: BareServers,
  seconds: number,
): Promise<{ http: number; grpc: number }> {
  const client = new Client(servers.grpcAddress, grpcCredentials.createInsecure(), {
    'grpc.enable_channelz': 0,
    'grpc.enable_retries': 0,
  });
  const viaHttp = async () => (await fetch(servers.httpUrl)).arrayBuffer();
  const viaGrpc = () =>
    new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(ECHO_METHOD, same, same, PAYLOAD, (e, v) =>
        e || v === undefined ? reject(e) : resolve(v),
      ),
    );
  try {
    const http: number[] = [];
    const grpc: number[] = [];
    // Alternating halves, as the real rows alternate slices.
    for (let i = 0; i < 2; i++) {
      http.push(await p50(viaHttp, seconds / 2));
      grpc.push(await p50(viaGrpc, seconds / 2));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { http: mean(http), grpc: mean(grpc) };
  } finally {
    client.close();
  }
}
