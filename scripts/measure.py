"""Run a command and print, as JSON, its wall time and peak memory.

    python scripts/measure.py [--all-processes] COMMAND [ARG ...]

Peak memory is the largest single process (the kernel's own count, exact); with
--all-processes, also that of all the command's processes together, sampled every 20 ms from
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

SAMPLE_SECONDS = 0.02


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += rss.get(pid, 0)
        pending += children.get(pid, [])
    return total / 1024


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
