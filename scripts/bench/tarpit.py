#!/usr/bin/env python3
"""1,000 concurrent diagnoses against a tarpit, while /healthz keeps answering.

Starts `maildoctor serve` (release build) on 127.0.0.1, a tarpit on 127.0.0.1 that accepts
connections and never says a word, fires N concurrent POST /api/v1/diagnose requests at the
tarpit, polls /healthz every 20 ms meanwhile, and reports the service's peak RSS (VmHWM) and
the /healthz latency percentiles. Loopback only; bounded in count and time.

    python3 scripts/bench/tarpit.py [N]
"""
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
BIN = os.environ.get("MAILDOCTOR_BIN", "target/release/maildoctor")


async def tarpit(reader, writer):
    try:
        await reader.read()  # never answer; wait for the client to leave
    finally:
        writer.close()


async def http(host, port, method, path, body=b"", timeout=120):
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    writer.write(head + body)
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), timeout)
    writer.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status


def vm_hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
    return int(m.group(1)) if m else 0


async def main():
    pit = await asyncio.start_server(tarpit, "127.0.0.1", 0)
    pit_port = pit.sockets[0].getsockname()[1]
    env = dict(os.environ, RUST_LOG="warn")
    # The service's abuse caps are lifted for the measurement (one client, one target).
    args = [BIN, "serve", "--listen", "127.0.0.1:0", "--allow-private", "--timeout", "20",
            "--extra-port", str(pit_port), "--max-in-flight", str(N + 10), "--target-concurrent", str(N + 10),
            "--rate-per-minute", str(100 * N), "--rate-burst", str(10 * N)]
    extra = os.environ.get("MAILDOCTOR_SERVE_ARGS", "").split()
    proc = subprocess.Popen(args + extra, stdout=subprocess.PIPE, env=env, text=True)
    line = proc.stdout.readline().strip()
    addr = line.removeprefix("listening on http://")
    host, port = addr.rsplit(":", 1)
    port = int(port)
    idle_rss = vm_hwm(proc.pid)

    body = json.dumps({"protocol": "imap", "host": "127.0.0.1", "port": pit_port, "security": "starttls"}).encode()
    health = []
    done = asyncio.Event()

    async def poll():
        while not done.is_set():
            t = time.perf_counter()
            try:
                await http(host, port, "GET", "/healthz", timeout=10)
                health.append(time.perf_counter() - t)
            except Exception:
                health.append(float("inf"))
            await asyncio.sleep(0.02)

    poller = asyncio.create_task(poll())
    started = time.perf_counter()
    results = await asyncio.gather(*(http(host, port, "POST", "/api/v1/diagnose", body) for _ in range(N)),
                                   return_exceptions=True)
    wall = time.perf_counter() - started
    done.set()
    await poller
    peak = vm_hwm(proc.pid)
    proc.terminate()
    proc.wait(timeout=30)
    pit.close()

    codes = {}
    for r in results:
        key = r if isinstance(r, int) else type(r).__name__
        codes[key] = codes.get(key, 0) + 1
    finite = sorted(h for h in health if h != float("inf"))
    p = lambda q: finite[min(len(finite) - 1, int(q * len(finite)))] * 1000 if finite else float("nan")
    print(f"{N} concurrent diagnoses against a tarpit: wall {wall:.1f} s, answers {codes}")
    print(f"service peak RSS {peak / 1024:.1f} MB (idle {idle_rss / 1024:.1f} MB)")
    print(f"/healthz during the load: n={len(health)} p50={p(0.5):.1f} ms p99={p(0.99):.1f} ms "
          f"max={max(finite) * 1000 if finite else float('nan'):.1f} ms failures={len(health) - len(finite)}")


asyncio.run(main())
