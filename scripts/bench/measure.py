#!/usr/bin/env python3
"""Runs a command with stdout to a file; prints its wall time and CPU time (user + system) in
seconds and its peak RSS in MB. On a shared machine the CPU time is the steadier of the two.

usage: measure.py OUT_FILE COMMAND [ARG...]
"""
import os
import subprocess
import sys
import time


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    with open(out, "wb") as f:
        start = time.monotonic()
        p = subprocess.Popen(cmd, stdout=f)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(f"{' '.join(cmd)}: exit {code}", file=sys.stderr)
        return code
    print(f"{wall:.2f} {usage.ru_utime + usage.ru_stime:.2f} {usage.ru_maxrss / 1024:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
