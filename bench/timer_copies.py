#!/usr/bin/env python3
"""Start-up A/B over copies of each executable, with bench/timer.c.

    bench/timer_copies.py [--batches 10] [--rounds 150] [--copies 4] NAME=EXE [NAME=EXE ...]

Byte-identical copies of one executable in different files differ by up to 0.7% in
interleaved start-up runs (where a file's pages sit in memory matters at this scale), so
one file per variant cannot tell a 1% change. This copies each EXE --copies times into a
temporary directory and puts every copy in timer.c's rotation (--rounds rounds a batch, so
rounds x copies runs of each variant); per batch it takes the median over all runs of a
variant's copies. Prints the median of the batch medians, each variant's per-batch ratio to
the first one (median, range), each copy's own median, the load average, and the per-batch
ratio of the last variant to the second-to-last with how many batches it was below 1.
Every run must exit with the status of the first run of its EXE (a trapping program is
fine). timer.c is compiled into the temporary directory with `cc -O2`."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=150)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("variants", nargs="+", metavar="NAME=EXE")
    a = ap.parse_args()
    variants = []
    for v in a.variants:
        name, sep, exe = v.partition("=")
        if not sep or not Path(exe).is_file():
            sys.exit(f"not NAME=EXE (an existing file): {v}")
        variants.append((name, exe))
    here = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory(prefix="timer-copies-") as tmp:
        timer = Path(tmp) / "timer"
        subprocess.run(["cc", "-O2", str(here / "timer.c"), "-o", str(timer)], check=True)
        cmds = []  # (variant index, copy path)
        for i, (name, exe) in enumerate(variants):
            for k in range(a.copies):
                p = Path(tmp) / f"{i}-{name}-{k}"
                shutil.copy2(exe, p)
                cmds.append((i, str(p)))
        expected = {}
        for i, p in cmds:
            if i not in expected:
                expected[i] = subprocess.run([p], stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL).returncode
        argv = [str(timer), str(a.rounds)]
        for n, (_, p) in enumerate(cmds):
            if n:
                argv.append("--")
            argv.append(p)
        med = [[] for _ in variants]
        per_copy = {p: [] for _, p in cmds}
        for _ in range(a.batches):
            out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
            ts = [[] for _ in variants]
            tc = {p: [] for _, p in cmds}
            for line in out.splitlines():
                c, t, _, status = line.split()
                i, p = cmds[int(c)]
                if int(status) != expected[i]:
                    sys.exit(f"{variants[i][0]}: exit status {status}, first run {expected[i]}")
                ts[i].append(int(t) / 1000)
                tc[p].append(int(t) / 1000)
            for i in range(len(variants)):
                med[i].append(statistics.median(ts[i]))
            for p, v in tc.items():
                per_copy[p].append(statistics.median(v))
        print(f"{a.batches} batches x {a.rounds} rounds x {a.copies} copies, "
              f"load average {os.getloadavg()[0]:.2f}")
        for i, (name, _) in enumerate(variants):
            r = [med[i][b] / med[0][b] for b in range(a.batches)]
            copies = " ".join(f"{statistics.median(per_copy[p]):.1f}" for j, p in cmds if j == i)
            print(f"  {name:12s} {statistics.median(med[i]):9.1f} us  / {variants[0][0]}: "
                  f"{statistics.median(r):.4f} ({min(r):.4f}-{max(r):.4f})  copies: {copies}")
        if len(variants) >= 2:
            x, y = len(variants) - 2, len(variants) - 1
            r = [med[y][b] / med[x][b] for b in range(a.batches)]
            print(f"  {variants[y][0]} / {variants[x][0]}: {statistics.median(r):.4f} "
                  f"({min(r):.4f}-{max(r):.4f}), {sum(v < 1 for v in r)} of {a.batches} "
                  "batches below 1")


if __name__ == "__main__":
    main()
