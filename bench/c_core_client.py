"""bench:grpc's second client: gRPC through grpcio (the C-core library, as Keboola Connection's
PHP extension is) and HTTP/1.1 through http.client, one caller, the ways taken in turns of a
quarter second. Reads a JSON spec on stdin, prints {"p50": [ms per way], "calls": [...]}."""
import http.client
import json
import sys
import time

import grpc

spec = json.load(sys.stdin)


def way(w):
    if w["kind"] == "grpc":
        call = grpc.insecure_channel(w["target"]).unary_unary(w["method"])
        body = bytes.fromhex(w["body_hex"])
        return lambda: call(body)
    conn = http.client.HTTPConnection(w["host"], w["port"])
    headers = w.get("headers", {})

    def get():
        conn.request("GET", w["path"], headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{w['path']}: {response.status}")

    return get


def run(call, seconds, out):
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        begun = time.perf_counter()
        call()
        if out is not None:
            out.append(time.perf_counter() - begun)


calls = [way(w) for w in spec["ways"]]
for call in calls:
    run(call, 0.5, None)
latencies = [[] for _ in calls]
for i in range(max(1, round(spec["seconds"] * 4))):
    for j in range(len(calls)):
        k = (i + j) % len(calls)
        run(calls[k], 0.25, latencies[k])
for xs in latencies:
    xs.sort()
print(json.dumps({"p50": [xs[len(xs) // 2] * 1e3 for xs in latencies], "calls": [len(xs) for xs in latencies]}))
