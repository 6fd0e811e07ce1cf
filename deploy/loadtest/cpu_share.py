#!/usr/bin/env python3
"""Who used the CPU during a measured window: the app, its PostgreSQL, the load generator, everyone else.

    cpu_share.py --app-pid PID --postmaster-pid PID [--delay S] --seconds S [--out FILE]

Reads /proc before and after the window (after --delay seconds) and prints cores used on average, so a
figure measured on a shared 2-core machine can be judged: the load generator and other people's builds
compete with the app and the database for the same two cores.
"""
import argparse
import os
import time
from datetime import datetime, timezone

TICKS = os.sysconf("SC_CLK_TCK")


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry))
            except OSError:
                pass
    return found


def load_generator_pids():
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmd = f.read().replace(b"\0", b" ")
                program = cmd.split(b" ", 1)[0]
                if (b"java" in program and b"gatling" in cmd.lower()) or program.endswith(b"pgbench"):
                    found.append(int(entry))
            except OSError:
                pass
    return found


def ticks_in(stat):
    """CPU ticks (user + system) in the text of a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat file."""
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return ticks_in(f.read())
    except OSError:
        return None


def machine():
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values[:8]), idle


def snapshot(args):
    groups = {
        "app (JVM)": [args.app_pid],
        "postgres (all backends)": [args.postmaster_pid] + children(args.postmaster_pid),
        "load generator (Gatling/pgbench)": load_generator_pids(),
    }
    per_pid = {name: {pid: cpu_ticks(pid) for pid in pids} for name, pids in groups.items()}
    return per_pid, machine(), time.monotonic()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("--postmaster-pid", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--out")
    args = parser.parse_args()
    time.sleep(args.delay)
    started = datetime.now(timezone.utc)
    before, (total0, idle0), t0 = snapshot(args)
    loadavg0 = open("/proc/loadavg").read().split()[0]
    time.sleep(args.seconds)
    after, (total1, idle1), t1 = snapshot(args)
    loadavg1 = open("/proc/loadavg").read().split()[0]
    elapsed = t1 - t0
    ended = datetime.now(timezone.utc)
    lines = [f"CPU over {elapsed:.0f} s ({os.cpu_count()} cores; load average {loadavg0} -> {loadavg1}):"]
    accounted = 0.0
    for name in before:
        used = 0
        for pid, start in after[name].items():
            if start is None:
                continue
            first = before[name].get(pid) or 0  # a backend born in the window counts from zero
            used += start - first
        cores = used / TICKS / elapsed
        accounted += cores
        lines.append(f"  {name:32s} {cores:5.2f} cores")
    busy = ((total1 - total0) - (idle1 - idle0)) / TICKS / elapsed
    lines.append(f"  {'everything else on the machine':32s} {max(busy - accounted, 0):5.2f} cores")
    lines.append(f"  {'idle':32s} {(idle1 - idle0) / TICKS / elapsed:5.2f} cores")
    # summarize.py reads the app's own request times for the same window
    lines.append(f"window: {started:%Y-%m-%dT%H:%M:%S} - {ended:%Y-%m-%dT%H:%M:%S} UTC")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
