#!/usr/bin/env python3
"""Turns one run's outputs (Gatling reports, pgbench logs, CPU shares) into the results table of the README.

    summarize.py RUN_DIR

RUN_DIR holds: portal-<rate>-report/ and compliance-report/ (Gatling HTML reports), pgbench-insert.txt,
pgbench-request.txt, cpu-*.txt and settings.txt, as run.sh leaves them. Gatling 3.15 writes no stats.json,
so the figures are read from the per-request HTML page (the "Total" column: OK and KO together).
"""
import datetime
import glob
import os
import re
import sys


def request_pages(report_dir, request):
    slug = re.sub(r"[^A-Za-z0-9]", "-", request)[:20]
    return [p for p in glob.glob(os.path.join(report_dir, "req_*.html"))
            if os.path.basename(p).startswith("req_" + slug) and "warm-up" not in os.path.basename(p)]


def request_stats(report_dir, request):
    pages = request_pages(report_dir, request)
    if not pages:
        return None
    html = open(pages[0], encoding="utf-8").read()
    stats = {}
    for title, total, ok, ko in re.findall(
            r'<td class="title">([^<]+)(?:</abbr>)?</td>\s*<td class="total">([^<]*)</td>\s*'
            r'<td class="ok">([^<]*)</td>\s*<td class="ko">([^<]*)</td>', html):
        stats[title.strip()] = (total.strip(), ok.strip(), ko.strip())
    return stats


def measured_seconds(report_dir, request):
    """The seconds (UTC, ISO; end exclusive) that Gatling's chart of the measured requests' percentiles over time
    covers, read from the per-request page; None if the report has no such chart."""
    pages = request_pages(report_dir, request)
    if not pages:
        return None
    html = open(pages[0], encoding="utf-8").read()
    start = html.find("Response Time Percentiles over Time")
    end = html.find("new Highcharts", start)
    seconds = [int(ms) // 1000 for ms in re.findall(r"\[(\d{13}), \d+\]", html[start:end])] if start >= 0 else []
    if not seconds:
        return None
    iso = lambda second: datetime.datetime.fromtimestamp(second, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return iso(min(seconds)), iso(max(seconds) + 1)


def number(text):
    return float(text.replace(",", "")) if text not in ("-", "") else 0.0


def pgbench(path):
    if not os.path.exists(path):
        return None
    text = open(path).read()
    tps = re.search(r"tps = ([\d.]+)", text)
    avg = re.search(r"latency average = ([\d.]+) ms", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    done = re.search(r"number of transactions actually processed: (\d+)", text)
    percentiles = {}
    log = path.replace(".txt", ".latency")
    if os.path.exists(log):
        values = sorted(float(v) for v in open(log).read().split())
        if values:
            for q in (50, 95, 99):
                percentiles[q] = percentile(values, q) / 1000.0
    return {
        "tps": float(tps.group(1)) if tps else 0.0,
        "avg": float(avg.group(1)) if avg else 0.0,
        "failed": int(failed.group(1)) if failed else 0,
        "done": int(done.group(1)) if done else 0,
        "p": percentiles,
    }


REQUEST_LOG = re.compile(r"^(\S+)Z .*RequestLog\s+: (\S+ \S+) -> \d+ in (\d+) ms")


def server_times(run, windows):
    """The app's own time per request (its request log) over the seconds Gatling measured: what the load
    generator and the network stack add shows as the difference from Gatling's figures."""
    log = os.path.join(run, "app.log")
    if not os.path.exists(log) or not windows:
        return {}
    times = {name: [] for name in windows}
    for line in open(log, encoding="utf-8", errors="replace"):
        match = REQUEST_LOG.match(line)
        if not match:
            continue
        at, request, millis = match.group(1)[:19], match.group(2), int(match.group(3))
        for name, (start, end, wanted) in windows.items():
            if start <= at < end and request == wanted:
                times[name].append(millis)
    return {name: sorted(values) for name, values in times.items() if values}


def percentile(values, q):
    return values[min(len(values) - 1, int(len(values) * q / 100))]


def main():
    run = sys.argv[1]
    lines = []
    settings = os.path.join(run, "settings.txt")
    if os.path.exists(settings):
        lines += ["```", open(settings).read().strip(), "```", ""]
    lines += ["| measurement | throughput | p50 | p95 | p99 | max | errors | target |",
              "|---|---|---|---|---|---|---|---|"]
    duration = float(re.search(r"for (\d+)s each", open(settings).read()).group(1)) if os.path.exists(settings) else 60
    portal_rps = None
    offered = {}
    for d in glob.glob(os.path.join(run, "portal-*-report")):
        name = re.search(r"portal-(\d+)(?:-run(\d+))?-report", d)
        if name:
            offered[d] = (int(name.group(1)), int(name.group(2) or 1))
    measured_runs = [(f"portal acknowledgement, {offered[d][0]} req/s offered"
                      + (f" (run {offered[d][1]})" if offered[d][1] > 1 else ""), d, "acknowledgement",
                      "99th percentile", 50) for d in sorted(offered, key=lambda d: (-offered[d][0], offered[d][1]))]
    measured_runs.append(("compliance, 10,000 clients (HTTP GET)", os.path.join(run, "compliance-report"),
                          "compliance", "95th percentile", 50))
    for label, report, request, key, limit in measured_runs:
        stats = request_stats(report, request)
        if stats is None:
            lines.append(f"| {label} | not run | | | | | | |")
            continue
        count, ok, ko = (number(v) for v in stats["Total count"])
        seconds = duration if request == "acknowledgement" else 60
        rps = ok / seconds  # answered OK, over the measured phase (its requests' answers may come later)
        if request == "acknowledgement" and ko == 0 and number(stats[key][0]) < 1000:
            portal_rps = max(portal_rps or 0, rps)
        errors = f"{ko / count * 100:.2f}% ({int(ko)} of {int(count)})" if count else "-"
        measured = number(stats[key][0])
        verdict = "met" if measured < limit and ko == 0 else "NOT met"
        lines.append(
            f"| {label} | {rps:.1f} req/s OK | {stats['50th percentile'][0]} ms | {stats['95th percentile'][0]} ms"
            f" | {stats['99th percentile'][0]} ms | {stats['Max'][0]} ms | {errors}"
            f" | {key.split()[0]} < {limit} ms: {verdict} |")
    for label, name in (("pgbench: set_config + insert (app role)", "insert"),
                        ("pgbench: every SQL statement of one acknowledgement (app role)", "request")):
        result = pgbench(os.path.join(run, f"pgbench-{name}.txt"))
        if result is None:
            lines.append(f"| {label} | not run | | | | | | |")
            continue
        p = result["p"]
        fmt = lambda q: f"{p[q]:.1f} ms" if q in p else "-"
        # the ratio takes the highest portal rate that was served without errors and under a second at p99
        ratio = f"; API/pgbench = {portal_rps / result['tps']:.2f}" if portal_rps else ""
        lines.append(
            f"| {label} | {result['tps']:.0f} TPS{ratio} | {fmt(50)} | {fmt(95)} | {fmt(99)} | - |"
            f" {result['failed']} failed of {result['done']} | - |")
    windows = {}
    for report in glob.glob(os.path.join(run, "*-report")):
        name = os.path.basename(report)[:-len("-report")]
        if name.startswith("portal-") and name != "portal-warmup":
            request, wanted = "acknowledgement", "POST /portal/api/{token}/acknowledgements"
        elif name == "compliance":
            request, wanted = "compliance", "GET /api/v1/practices/{practiceId}/policies/{policyId}/compliance"
        else:
            continue
        seconds = measured_seconds(report, request)
        if seconds:
            windows[name] = (*seconds, wanted)
    served = server_times(run, windows)
    if served:
        lines += ["", "Inside the app (its request log, over the same seconds as Gatling's measured requests; "
                  "Gatling's figures add the load generator's and the network stack's share):", "",
                  "| window | requests | p50 | p95 | p99 | max |", "|---|---|---|---|---|---|"]
        for name, values in sorted(served.items()):
            lines.append(f"| {name} | {len(values)} | {percentile(values, 50)} ms | {percentile(values, 95)} ms"
                         f" | {percentile(values, 99)} ms | {values[-1]} ms |")
    for cpu in sorted(glob.glob(os.path.join(run, "cpu-*.txt"))):
        lines += ["", f"{os.path.basename(cpu)[4:-4]}:", "```", open(cpu).read().strip(), "```"]
    text = "\n".join(lines) + "\n"
    open(os.path.join(run, "results.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
