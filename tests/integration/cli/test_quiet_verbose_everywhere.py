"""--quiet and --verbose on status, fmt and server (the other commands: test_progress.py).

--verbose: a line per stage with its duration on stderr; --quiet: nothing on stderr but errors;
stdout (the result) is the same either way. Off a terminal (capsys) the default draws nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schemadiff.cli import main

STAGE_LINE = re.compile(r"^(.+) \((\d+\.\d\d) s\)$", re.M)
UNFORMATTED = "schemas:\n  public:\n    tables:\n      t:\n        primary_key: [a]\n        columns: {a: int}\n"


def _stages(err: str) -> list[str]:
    return [name for name, _ in STAGE_LINE.findall(err)]


def _three_ways(capsys, args: list[str], code: int = 0):
    """(default, quiet, verbose) captures of one command, each asserted to exit with `code`."""
    captures = []
    for flags in ([], ["--quiet"], ["--verbose"]):
        assert main([*args, *flags]) == code, flags
        captures.append(capsys.readouterr())
    return captures


def test_status(db_url, capsys):
    plain, quiet, verbose = _three_ways(capsys, ["status", "-d", db_url])
    assert plain.out and plain.out == quiet.out == verbose.out
    assert quiet.err == "" and plain.err == ""
    assert "read schemadiff.history" in _stages(verbose.err)


def test_fmt_check_and_rewrite(tmp_path: Path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text(UNFORMATTED)
    plain, quiet, verbose = _three_ways(capsys, ["fmt", "--check", "-s", str(path)], code=2)
    assert "would be reformatted" in plain.err and quiet.err == ""
    assert {"read schema.yaml", "format schema.yaml"} <= set(_stages(verbose.err))
    assert path.read_text() == UNFORMATTED  # --check changed nothing, however verbose

    assert main(["fmt", "-s", str(path), "--quiet"]) == 0
    rewritten = capsys.readouterr()
    assert rewritten.err == "" and rewritten.out == "" and path.read_text() != UNFORMATTED
    path.write_text(UNFORMATTED)
    assert main(["fmt", "-s", str(path), "--verbose"]) == 0
    assert "write schema.yaml" in _stages(capsys.readouterr().err)


def test_fmt_quiet_still_prints_errors(tmp_path: Path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text("schemas: [\n")
    assert main(["fmt", "-s", str(path), "--quiet"]) == 1
    assert "schema.yaml:" in capsys.readouterr().err


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A project directory where no embedded server ever ran: nothing here starts one."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command, stage, result", [
    ("status", "read the embedded server's state", "stopped (never started here)"),
    ("stop", "stop the embedded server", "was not running"),
])
def test_server_status_and_stop(project, capsys, command, stage, result):
    plain, quiet, verbose = _three_ways(capsys, ["server", command])
    assert result in plain.out and plain.out == quiet.out == verbose.out
    assert quiet.err == ""
    assert stage in _stages(verbose.err)


def test_server_logs_quiet_drops_the_note(project, capsys):
    plain, quiet, verbose = _three_ways(capsys, ["server", "logs"])
    assert "no log yet" in plain.err and quiet.err == ""
    assert "read the embedded server's log" in _stages(verbose.err)


def test_server_takes_no_quiet_and_verbose_together(project, capsys):
    assert main(["server", "status", "--quiet", "--verbose"]) == 1
    assert "--quiet and --verbose exclude each other" in capsys.readouterr().err
