#!/usr/bin/env python3
"""Concurrent clients for benches/pg.sh: CLIENTS threads, each running careward processes
one after another for SECONDS, three permission checks to one change, against the
organisation benches/pg.sh seeds (RECORDS records, external ids E0…, record i owned by
from@big.example when i is even, else by p(i % 200 + 1)@big.example; practitioners
p1…p200; administrator admin@big.example).

Every run is checked: a change must exit 0; a check must give the answer the seeded
organisation implies (the owner reads their record: exit 0; another practitioner may
not: exit 3). Anything else is a failure. Prints one JSON object: operations,
throughput, p50/p99 latency overall and by kind, failures (with the first few), and
how many runs gave up busy (exit 7).

    clients.py CAREWARD_BINARY RECORDS CLIENTS SECONDS    (CAREWARD_DB in the environment)
"""

import json
import random
import subprocess
import sys
import threading
import time

BUSY = 7


def percentile(values, p):
    """The p-th percentile (nearest rank) of values, in milliseconds."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered)))
    return round(ordered[rank - 1] * 1000, 1)


def main():
    binary, records, clients, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    lock = threading.Lock()
    latencies = {"check": [], "change": []}
    failures = []
    busy = [0]
    start = threading.Barrier(clients)
    deadline = [0.0]

    def client(c):
        rng = random.Random(c)
        start.wait()
        k = 0
        while time.perf_counter() < deadline[0]:
            k += 1
            if k % 4:
                kind = "check"
                r = rng.randrange(1, records, 2)  # odd: owned by a practitioner p1…p200
                owner = r % 200 + 1
                who, expected = (owner, 0) if k % 2 else (owner % 200 + 1, 3)
                args = ["perm", "check", "record.read", f"record:ext:E{r}", "--as", f"p{who}@big.example"]
            elif k % 8 == 4:
                kind, expected = "change", 0
                args = ["record", "create", "--client", f"Client {c}-{k}", "--as", f"p{rng.randrange(1, 201)}@big.example"]
            else:
                kind, expected = "change", 0
                args = ["member", "invite", f"new{c}x{k}@big.example", "--role", "practitioner", "--as", "admin@big.example"]
            t = time.perf_counter()
            run = subprocess.run([binary, "-q", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - t
            with lock:
                latencies[kind].append(elapsed)
                if run.returncode == BUSY:
                    busy[0] += 1
                if run.returncode != expected:
                    failures.append({"args": args, "exit": run.returncode, "expected": expected, "stderr": run.stderr.strip()})

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    deadline[0] = time.perf_counter() + seconds + 0.5  # the threads start within the half second
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - began
    every = latencies["check"] + latencies["change"]
    print(json.dumps({
        "clients": clients,
        "seconds": round(took, 2),
        "operations": len(every),
        "checks": len(latencies["check"]),
        "changes": len(latencies["change"]),
        "per_second": round(len(every) / took, 1),
        "p50_ms": percentile(every, 50),
        "p99_ms": percentile(every, 99),
        "check_p50_ms": percentile(latencies["check"], 50),
        "check_p99_ms": percentile(latencies["check"], 99),
        "change_p50_ms": percentile(latencies["change"], 50),
        "change_p99_ms": percentile(latencies["change"], 99),
        "failures": len(failures),
        "busy": busy[0],
        "first_failures": failures[:5],
    }))


if __name__ == "__main__":
    main()
