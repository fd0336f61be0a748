"""A child process of the memory benchmark: run the command line, then print its peak memory.

Usage: ``python peak_probe.py ARGUMENTS…`` (the arguments of ``coordinator``).

The parent cannot read the child's peak from ``wait4``: Linux counts in a
child's ``ru_maxrss`` the memory of the parent it was forked from, and the
benchmarks' parent has imported 100,000 rows itself. ``VmHWM`` is the peak of
this process's memory since it started this program. The probe prints it, in
MB, as the last line on stderr and exits with the command's code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coordinator.cli import main


def peak_mb() -> float:
    """Return the peak resident memory of this process, in MB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    msg = "/proc/self/status has no VmHWM line"
    raise RuntimeError(msg)


if __name__ == "__main__":
    code = main(sys.argv[1:])
    print(f"{peak_mb():.1f}", file=sys.stderr)
    sys.exit(code)
