"""How long reading schema.yaml takes as it grows, and that an oversized file is refused at once.

    .venv/bin/python benchmarks/bench_yaml_load.py [--runs 3] [--sizes 0.25,1,4]

For each size (MiB) a schema of tables with 20 columns is generated; prints the median and max
seconds of `load_yaml` (YAML to data with line numbers) and of `load_spec` (that plus pydantic),
seconds per MiB, and the time to refuse a file just over spec.source.MAX_BYTES.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from schemadiff.errors import SpecError
from schemadiff.spec import load_spec
from schemadiff.spec.source import MAX_BYTES
from schemadiff.spec.yaml_lines import load_yaml

COLUMN = "          c{j}: {{type: text, not_null: true, default: \"'x'\"}}\n"


def schema_text(size: int) -> str:
    """A valid schema.yaml of about `size` bytes."""
    parts, total, i = ["schemas:\n  public:\n    tables:\n"], 0, 0
    while total < size:
        table = f"      t{i}:\n        columns:\n" + "".join(COLUMN.format(j=j) for j in range(20))
        table += "        primary_key: [c0]\n"
        parts.append(table)
        total, i = total + len(table), i + 1
    return "".join(parts)


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float], mib: float) -> None:
    median = statistics.median(times)
    print(f"{label:<22} median {median:7.2f} s  max {max(times):7.2f} s  {median / mib:6.2f} s/MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="0.25,1,4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.yaml"
        for mib in map(float, args.sizes.split(",")):
            text = schema_text(min(int(mib * 1024 * 1024), MAX_BYTES - 4096))
            path.write_text(text)
            report(f"load_yaml {mib:g} MiB", timed(lambda: load_yaml(text), args.runs), mib)
            report(f"load_spec {mib:g} MiB", timed(lambda: load_spec(path), args.runs), mib)
        path.write_bytes(b"#" * (MAX_BYTES + 1))
        refuse = timed(lambda: _refused(path), args.runs)
        print(f"{'refuse > limit':<22} median {statistics.median(refuse):7.4f} s  max {max(refuse):7.4f} s")


def _refused(path: Path) -> None:
    try:
        load_spec(path)
    except SpecError:
        return
    raise AssertionError("an oversized file was read")


if __name__ == "__main__":
    main()
