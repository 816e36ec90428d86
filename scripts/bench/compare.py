#!/usr/bin/env python3
"""Checks that the growth tables of several tools agree on every (reporter, partner) group.

usage: compare.py [--by COL,COL,...] NAME=FILE.csv [NAME=FILE.csv ...]   (the first one is the reference;
       groups are keyed by reporter,partner unless --by names other columns)

Start and end sums must agree to the cent (tools that sum in binary floating point, like Miller,
are allowed an error below half a cent); % change and CAGR to 1e-9 relative (or absolute, near 0).
"""
import csv
import sys
from decimal import Decimal


BY = ["reporter", "partner"]


def load(path):
    with open(path, newline="") as f:
        return {tuple(r[c] for c in BY): r for r in csv.DictReader(f)}


def close(a, b, rel):
    a, b = float(a), float(b)
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def main():
    args = sys.argv[1:]
    if args[:1] == ["--by"]:
        BY[:] = args[1].split(",")
        args = args[2:]
    tables = [(arg.split("=", 1)[0], load(arg.split("=", 1)[1])) for arg in args]
    ref_name, ref = tables[0]
    bad = 0
    for name, t in tables[1:]:
        if set(t) != set(ref):
            print(f"{name}: groups differ from {ref_name}: {len(set(t) ^ set(ref))} not in both")
            bad += 1
            continue
        for key, r in ref.items():
            o = t[key]
            problems = []
            for col in ("start", "end"):
                if abs(Decimal(r[col]) - Decimal(o[col])) >= Decimal("0.005"):
                    problems.append(f"{col} {r[col]} vs {o[col]}")
            for col in ("change_pct", "cagr"):
                # figures names the rate cagr_pct since its machine formats name their units (issue 31); a baseline
                # build or DuckDB may write cagr: the same number, a percent
                a, b = r.get(col, r.get(col + "_pct")), o.get(col, o.get(col + "_pct"))
                if not close(a, b, 1e-9):
                    problems.append(f"{col} {a} vs {b}")
            if int(r["first"]) != int(o["first"]) or int(r["last"]) != int(o["last"]):
                problems.append(f"years {r['first']}-{r['last']} vs {o['first']}-{o['last']}")
            if problems:
                bad += 1
                if bad <= 10:
                    print(f"{name} {key}: " + "; ".join(problems))
    if bad:
        print(f"DISAGREE: {bad} problem(s)")
        return 1
    print(f"agree: {', '.join(n for n, _ in tables)} give the same figures for all {len(ref)} groups")
    return 0


if __name__ == "__main__":
    sys.exit(main())
