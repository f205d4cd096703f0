"""`apply --plan DIR`: a plan.json that is not a regular file is one line and exit 1, read never
(a FIFO would block the read until someone writes into it), before any database is reached."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from schemadiff.cli import main

NOWHERE = "postgresql://nobody@/none?host=/nonexistent-socket-dir"  # reaching it would be another error


def _apply(tmp_path: Path, plan_dir: Path) -> int:
    schema = tmp_path / "schema.yaml"
    schema.write_text("schemas: {public: {}}\n")
    return main(["apply", "-s", str(schema), "-d", NOWHERE, "--yes", "--plan", str(plan_dir)])


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def test_a_directory_named_plan_json(tmp_path: Path, capsys):
    (tmp_path / "reviewed" / "plan.json").mkdir(parents=True)
    assert _apply(tmp_path, tmp_path / "reviewed") == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1, lines
    assert "plan.json" in lines[0] and "a directory, not a regular file" in lines[0]


def test_a_fifo_named_plan_json_is_never_opened(tmp_path: Path, capsys):
    fifo = tmp_path / "reviewed" / "plan.json"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    # A writer waiting for a reader: had apply opened the FIFO it would have read "{}" and gone
    # on to the (unreachable) database instead of failing here. Released below either way.
    writer = threading.Thread(target=lambda: fifo.write_text("{}"), daemon=True)
    writer.start()
    try:
        assert _apply(tmp_path, fifo.parent) == 1
    finally:
        if writer.is_alive():  # nobody read: open a reader so the writer's open() returns
            reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
            writer.join()
            os.close(reader)
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1, lines
    assert "plan.json" in lines[0] and "a FIFO, not a regular file" in lines[0]


def test_a_missing_plan_json_is_one_line_too(tmp_path: Path, capsys):
    (tmp_path / "reviewed").mkdir()
    assert _apply(tmp_path, tmp_path / "reviewed") == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and "cannot read the reviewed plan" in lines[0], lines
