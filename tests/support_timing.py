"""Where the suite's time goes: wall time, the CPU of pytest and its workers, and the CPU of the
test servers, which pg_ctl detaches from pytest (so `time` and getrusage never see it).

    PYTHONPATH=src .venv/bin/python tests/support_timing.py [pytest arguments]

runs pytest with those arguments (`-p no:cacheprovider --durations=20` added) and prints one
summary line. On a machine shared with other work the wall time says little; the CPU seconds,
pytest's and the servers', are what one change saves. With SCHEMADIFF_TEST_CPU_LOG set, each test
server appends `<name> <cpu seconds>` to that file when the session stops it (tests/conftest.py).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CPU_LOG_ENV = "SCHEMADIFF_TEST_CPU_LOG"
TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (which may hold spaces)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2:].split()


def process_cpu(pid: int) -> float:
    """CPU seconds of `pid`, its reaped children (exited backends) and its live children."""
    fields = _stat(pid)
    total = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                child = _stat(int(entry.name))
            except (OSError, ValueError):
                continue  # ended meanwhile
            if int(child[1]) == pid:
                total += int(child[11]) + int(child[12])
    return total / TICKS


def postmaster_pid(backend_pid: int) -> int:
    """The postmaster of a backend: its parent process."""
    return int(_stat(backend_pid)[1])


def record(name: str, pid: int) -> None:
    """Append the server's CPU seconds to $SCHEMADIFF_TEST_CPU_LOG, when set."""
    log = os.environ.get(CPU_LOG_ENV)
    if log and pid:
        try:
            seconds = process_cpu(pid)
        except FileNotFoundError:  # it ended before the session did: say so, fail no test
            print(f"\ntests/support_timing.py: {name}'s postmaster ({pid}) ended before the session")
            return
        with open(log, "a") as out:
            out.write(f"{name} {seconds:.2f}\n")


def main(args: list[str]) -> int:
    """Run pytest with `args`; print wall time, pytest's CPU and the servers' CPU."""
    with tempfile.NamedTemporaryFile("r", suffix=".cpu") as log:
        env = {**os.environ, CPU_LOG_ENV: log.name}
        start = time.monotonic()
        code = subprocess.call([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                                "--durations=20", *args], env=env)
        wall = time.monotonic() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        servers: dict[str, float] = {}
        for line in Path(log.name).read_text().splitlines():
            name, seconds = line.split()
            servers[name] = servers.get(name, 0.0) + float(seconds)
    print(f"wall {wall:.0f} s; pytest CPU {usage.ru_utime + usage.ru_stime:.0f} s; servers CPU "
          + ", ".join(f"{k} {v:.0f} s" for k, v in sorted(servers.items()))
          + f"; total CPU {usage.ru_utime + usage.ru_stime + sum(servers.values()):.0f} s")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
