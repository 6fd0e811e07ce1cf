#!/usr/bin/env python3
"""Who used the CPU, second by second, for the whole run: to name whatever starts burning CPU in a stall.

    cpu_timeline.py --app-pid PID --postmaster-pid PID --out FILE

Until it is stopped (SIGTERM), writes one tab-separated line a second: the time, then cores used by the app's
JIT compiler threads, its garbage collector's threads, its other threads (requests, carriers, Tomcat), then
PostgreSQL's client backends, its autovacuum workers, its other processes (checkpointer, WAL writer...), the
load generator (Gatling or pgbench, with their own JVM threads together), everything else, and idle.
cpu_share.py gives the averages over each measured window; this gives the seconds in between too.
"""
import argparse
import os
import signal
import sys
import time
from datetime import datetime, timezone

from cpu_share import TICKS, children, cpu_ticks, load_generator_pids, machine, ticks_in

COLUMNS = ["app_jit", "app_gc", "app_other", "pg_backends", "pg_autovacuum", "pg_other", "load_generator",
           "everything_else", "idle"]


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def app_thread_kind(name):
    if "CompilerThre" in name:
        return "app_jit"
    if name.startswith(("GC Thread", "G1 ", "VM Thread")):
        return "app_gc"
    return "app_other"


def postgres_kind(cmdline):
    if "autovacuum worker" in cmdline:
        return "pg_autovacuum"
    if "(" in cmdline:  # client backends show their peer: "postgres: user db 127.0.0.1(port) INSERT"
        return "pg_backends"
    return "pg_other"


def sample(args):
    """Cumulative ticks per (kind, task) at this moment."""
    ticks = {}
    for task in os.listdir(f"/proc/{args.app_pid}/task") if os.path.isdir(f"/proc/{args.app_pid}/task") else []:
        stat = read(f"/proc/{args.app_pid}/task/{task}/stat")
        if stat:
            name = stat.split("(", 1)[1].rsplit(")", 1)[0]
            ticks[(app_thread_kind(name), task)] = ticks_in(stat)
    for pid in [args.postmaster_pid] + children(args.postmaster_pid):
        stat, cmdline = read(f"/proc/{pid}/stat"), read(f"/proc/{pid}/cmdline")
        if stat and cmdline is not None:
            ticks[(postgres_kind(cmdline.replace("\0", " ")), pid)] = ticks_in(stat)
    for pid in load_generator_pids():
        used = cpu_ticks(pid)
        if used is not None:
            ticks[("load_generator", pid)] = used
    return ticks, machine(), time.monotonic()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("--postmaster-pid", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with open(args.out, "w", buffering=1) as out:
        out.write("utc\t" + "\t".join(COLUMNS) + "\n")
        before, (total0, idle0), t0 = sample(args)
        while True:
            time.sleep(1)
            after, (total1, idle1), t1 = sample(args)
            elapsed = t1 - t0
            cores = dict.fromkeys(COLUMNS, 0.0)
            for key, value in after.items():
                cores[key[0]] += (value - before.get(key, 0)) / TICKS / elapsed  # born in this second: from zero
            accounted = sum(cores.values())
            busy = ((total1 - total0) - (idle1 - idle0)) / TICKS / elapsed
            cores["everything_else"] = max(busy - accounted, 0.0)
            cores["idle"] = (idle1 - idle0) / TICKS / elapsed
            out.write(f"{datetime.now(timezone.utc):%H:%M:%S}\t" + "\t".join(f"{cores[c]:.2f}" for c in COLUMNS) + "\n")
            before, total0, idle0, t0 = after, total1, idle1, t1


if __name__ == "__main__":
    main()
