#!/usr/bin/env python3
"""Compare RNN Lab's training-step benchmark with PyTorch's anchors.

Runs `rnnlab-bench` (Google Benchmark) with its repetitions interleaved at random, so a slow
phase of this machine (its speed flips by up to 2x for seconds at a time) hits every
configuration alike, then prints one Markdown row per configuration: our best and median time
per step (Trace recording off and on), PyTorch's best time (float64, 1 thread, OpenBLAS:
`min_us` of torch_results.csv), the speed-up, and our ratio to the arithmetic lower bound
`lb_simple_us` of comparison.csv (../shared/anchors/README.md explains both).

It measures and prints; it never fails on a time. Usage:
    tests/bench/compare_torch.py --bench build/release/tests/bench/rnnlab-bench [--repetitions 7]
    tests/bench/compare_torch.py --json results.json      # reuse a saved Google Benchmark JSON
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ANCHORS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "anchors"))


def run_bench(binary, repetitions, min_time, bench_filter):
    cmd = [binary, "--benchmark_format=json", f"--benchmark_repetitions={repetitions}",
           "--benchmark_enable_random_interleaving=true", f"--benchmark_min_time={min_time}",
           "--benchmark_report_aggregates_only=false"]
    if bench_filter:
        cmd.append(f"--benchmark_filter={bench_filter}")
    print("running:", " ".join(cmd), file=sys.stderr)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)


def per_name_times(report):
    """name -> list of per-step times in microseconds, one per repetition."""
    times = {}
    for b in report["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b.get("time_unit", "ns")]
        times.setdefault(b["run_name"], []).append(b["real_time"] * scale)
    return times


def load_anchors(folder):
    torch = {}
    with open(os.path.join(folder, "torch_results.csv")) as fh:
        for row in csv.DictReader(fh):
            if row["dtype"] == "float64" and row["threads"] == "1":
                key = (row["cell"], row["hidden"], row["input"], row["seq_len"], row["batch"])
                torch[key] = float(row["min_us"])
    bound = {}
    with open(os.path.join(folder, "comparison.csv")) as fh:
        for row in csv.DictReader(fh):
            if row["dtype"] == "float64":
                key = (row["cell"], row["hidden"], row["input"], row["seq_len"], row["batch"])
                bound[key] = float(row["lb_simple_us"])
    return torch, bound


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", help="path of the rnnlab-bench binary")
    parser.add_argument("--json", help="a saved Google Benchmark JSON report instead of running")
    parser.add_argument("--save-json", help="write the raw report here")
    parser.add_argument("--anchors", default=DEFAULT_ANCHORS, help="the shared/anchors folder")
    parser.add_argument("--repetitions", type=int, default=7)
    parser.add_argument("--min-time", type=float, default=0.05, help="seconds per repetition")
    parser.add_argument("--filter", default="", help="Google Benchmark filter regex")
    args = parser.parse_args()
    if not args.json and not args.bench:
        parser.error("give --bench BINARY or --json REPORT")

    if args.json:
        with open(args.json) as fh:
            report = json.load(fh)
    else:
        report = run_bench(args.bench, args.repetitions, args.min_time, args.filter)
        if args.save_json:
            with open(args.save_json, "w") as fh:
                json.dump(report, fh, indent=1)
    times = per_name_times(report)
    torch, bound = load_anchors(args.anchors)

    ctx = report.get("context", {})
    print(f"Machine: {ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz, "
          f"{ctx.get('host_name', '?')}; {ctx.get('library_build_type', '?')} Google Benchmark; "
          f"best and median of {args.repetitions} interleaved repetitions.\n")
    print("| config (cell/H/X/T/B) | ours best us | ours median us | traced best us | trace cost |"
          " torch best us | speed-up vs torch | ours / lower bound |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    worst_speedup, worst_trace = float("inf"), 0.0
    small_speedups = []
    for name in sorted(times, key=lambda n: [int(p) if p.isdigit() else p for p in n.split("/")]):
        parts = name.split("/")
        if parts[0] != "train_step" or len(parts) != 6:
            continue
        key = tuple(parts[1:])
        cell = "rnn" if key[0] == "elman" else key[0]
        anchor_key = (cell,) + key[1:]
        ours = times[name]
        traced = times.get("train_step_traced/" + "/".join(key), [])
        best, median = min(ours), statistics.median(ours)
        traced_best = min(traced) if traced else float("nan")
        trace_cost = traced_best / best - 1.0 if traced else float("nan")
        t_best = torch.get(anchor_key, float("nan"))
        lb = bound.get(anchor_key, float("nan"))
        speedup = t_best / best
        worst_speedup = min(worst_speedup, speedup)
        if traced:
            worst_trace = max(worst_trace, trace_cost)
        if key[4] == "1" and int(key[1]) <= 32:
            small_speedups.append(speedup)
        print(f"| {'/'.join(key)} | {best:.1f} | {median:.1f} | {traced_best:.1f} | "
              f"{trace_cost * 100:+.0f}% | {t_best:.0f} | {speedup:.1f}x | {best / lb:.2f} |")
    print()
    print(f"Slowest speed-up over PyTorch: {worst_speedup:.1f}x; at batch 1 and H <= 32 the "
          f"smallest is {min(small_speedups) if small_speedups else float('nan'):.0f}x; "
          f"the largest cost of recording the Trace: {worst_trace * 100:+.0f}%.")


if __name__ == "__main__":
    main()
