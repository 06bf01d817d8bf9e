"""Run a command and print, as JSON, its wall time and peak memory.

    python scripts/measure.py [--all-processes] COMMAND [ARG ...]

Peak memory is the largest single process (the kernel's own count, exact); with
--all-processes, also that of all the command's processes together, sampled every 50 ms from
/proc (a shorter peak can be missed; without /proc it is the largest process). A parallel
index build runs several processes, and the machine has to hold them all at once. Sampling
takes some CPU, so cold starts are timed without it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

SAMPLE_SECONDS = 0.05
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc/PID/stat: one short
    line a process (its parent and resident pages), so sampling takes little of the CPU the
    measured command needs (reading every process's status file took a sixth of a core)."""
    children: dict[int, list[int]] = {}
    pages: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                line = stat.read()
        except OSError:
            continue
        fields = line[line.rindex(b")") + 2 :].split()  # after the command's name: state, ppid, ...
        children.setdefault(int(fields[1]), []).append(int(name))
        pages[int(name)] = int(fields[21])  # resident set size, in pages
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += pages.get(pid, 0)
        pending += children.get(pid, [])
    return total * PAGE_BYTES / 2**20


def main(command: list[str], all_processes: bool) -> dict:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_all = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_all
        while not stop.is_set():
            if all_processes and Path("/proc").is_dir():
                peak_all = max(peak_all, _tree_rss_mb(process.pid))
            stop.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "rss_mb": largest,
        "all_rss_mb": max(peak_all, largest),
        "code": process.returncode,
        "stderr": stderr.decode(errors="replace")[-500:],
    }


if __name__ == "__main__":
    tree = sys.argv[1:2] == ["--all-processes"]
    print(json.dumps(main(sys.argv[1 + tree :], tree)))
    sys.stdout.flush()
    os._exit(0)
