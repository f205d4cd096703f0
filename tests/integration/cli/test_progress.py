"""Progress end to end: --verbose stage lines, --quiet silence, no decoration off a terminal, the
spinner and the step bar on a real pseudo-terminal, and a stdout that progress never touches."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

import psycopg
import pytest

import schemadiff
from schemadiff.cli import main

SCHEMA = """
schemas:
  public:
    tables:
      notes:
        columns:
          id: {type: bigint, not_null: true}
          body: text
        primary_key: [id]
        indexes:
          notes_body: {columns: [body]}
"""
STAGE_LINE = re.compile(r"^(.+) \((\d+\.\d\d) s\)$", re.M)
SPINNER = re.compile("[\u2800-\u28ff]")  # rich's default spinner frames are braille characters
ANSI = "\x1b["


@pytest.fixture
def target(server, make_db) -> str:
    """A database schema.yaml changes in two steps: ALTER TABLE, then CREATE INDEX CONCURRENTLY."""
    return make_db(server, "CREATE TABLE public.notes (id bigint PRIMARY KEY);")


@pytest.fixture
def schema(tmp_path: Path, monkeypatch) -> Path:
    """schema.yaml in a fresh project directory: its cache is empty, so the first plan builds."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "schema.yaml"
    path.write_text(SCHEMA)
    return path


def _stages(err: str) -> list[str]:
    return [name for name, _ in STAGE_LINE.findall(err)]


def test_verbose_plan_prints_every_stage_with_its_duration(target, schema, capsys):
    assert main(["plan", "-s", str(schema), "-d", target, "--verbose"]) == 0
    first = capsys.readouterr()
    stages = _stages(first.err)
    assert stages[:2] == ["load schema.yaml", "check for a stopped migration"]
    for expected in ("introspect the target", "choose the scratch server", "build the desired schema in the "
                     "scratch database", "plan", "settle text-only differences", "proof in the scratch database"):
        assert expected in stages, first.err
    assert "1 to create, 1 to alter" in first.out and STAGE_LINE.search(first.out) is None  # stdout: the plan only
    assert main(["plan", "-s", str(schema), "-d", target, "-v"]) == 0
    again = _stages(capsys.readouterr().err)
    assert "the desired schema from the cache" in again
    assert "build the desired schema in the scratch database" not in again


def test_verbose_apply_prints_each_step_and_its_duration(target, schema, capsys):
    assert main(["apply", "-s", str(schema), "-d", target, "--yes", "--verbose"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"^\[1/2\] ALTER TABLE", err, re.M) and re.search(r"^\[2/2\] CREATE INDEX", err, re.M)
    assert len(re.findall(r"^\[\d/2\] done in \d+\.\d\d s$", err, re.M)) == 2
    stages = _stages(err)
    for expected in ("take the migration lock", "check for drift", "run 2 steps", "verify the database matches"):
        assert expected in stages, err


def test_default_off_a_terminal_has_no_decoration(target, schema, capsys):
    assert main(["plan", "-s", str(schema), "-d", target]) == 0
    cap = capsys.readouterr()
    assert cap.err == "" and "1 to create, 1 to alter" in cap.out  # a fresh database: nothing was recovered
    assert main(["apply", "-s", str(schema), "-d", target, "--yes"]) == 0
    err = capsys.readouterr().err
    steps = re.findall(r"^\[(\d)/2\] (\S+ \S+)", err, re.M)
    assert steps == [("1", "ALTER TABLE"), ("2", "CREATE INDEX")]
    assert ANSI not in err and not SPINNER.search(err) and "done in" not in err


def test_quiet_prints_results_and_errors_only(target, schema, tmp_path, capsys):
    assert main(["plan", "-s", str(schema), "-d", target, "--quiet"]) == 0
    cap = capsys.readouterr()
    assert cap.err == "" and "1 to create, 1 to alter" in cap.out
    assert main(["apply", "-s", str(schema), "-d", target, "--yes", "-q"]) == 0
    cap = capsys.readouterr()
    assert cap.err == "" and cap.out.startswith("Applied: 1 to create, 1 to alter")
    bad = tmp_path / "bad.yaml"
    bad.write_text("schemas: [")
    assert main(["plan", "-s", str(bad), "-d", target, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bad.yaml:1" in err and err.count("\n") == 1


def test_quiet_apply_behind_a_blocker_prints_only_the_final_error(server, make_db, schema, capsys):
    url = make_db(server, "CREATE TABLE public.notes (id bigint PRIMARY KEY);")
    with psycopg.connect(url, application_name="quiet-blocker") as blocker:
        blocker.execute("SELECT * FROM public.notes")
        code = main(["apply", "-s", str(schema), "-d", url, "--yes", "--quiet", "--lock-timeout", "200ms",
                     "--lock-retry-budget", "1s"])
        pid = blocker.info.backend_pid
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert code == 1 and lines[0].startswith("error: ") and f"pg_terminate_backend({pid})" in err
    assert "could not get a lock on public.notes" in lines[0]
    assert not [line for line in lines if line.startswith(("waiting for", "["))]  # no wait or step line


def test_quiet_and_verbose_exclude_each_other(schema, capsys):
    assert main(["plan", "-s", str(schema), "--quiet", "--verbose"]) == 1
    assert "--quiet and --verbose exclude each other" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["validate"], ["dump"], ["rollback", "--yes"]])
def test_every_command_takes_verbose(db_url, schema, capsys, command):
    assert main([*command, "-d", db_url, "--verbose"]) == 0
    stages = _stages(capsys.readouterr().err)
    expected = {"validate": "load schema.yaml", "dump": "introspect the database",
                "rollback": "check for a stopped migration"}[command[0]]
    assert expected in stages


def test_diff_takes_verbose_and_quiet(server, make_db, schema, capsys):
    source, target = make_db(server, ""), make_db(server, "CREATE TABLE t (id int);")
    assert main(["diff", "--from", source, "--to", target, "--verbose"]) == 0
    cap = capsys.readouterr()
    assert {"introspect --from", "introspect --to", "plan", "proof in the scratch database"} <= set(_stages(cap.err))
    assert main(["diff", "--from", source, "--to", target, "--quiet"]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == "" and quiet.out == cap.out


@pytest.mark.parametrize("fmt", ["json", "sql", "markdown"])
def test_plan_stdout_is_identical_with_or_without_progress(target, schema, capsys, fmt):
    outputs = []
    for flags in ([], ["--quiet"], ["--verbose"]):
        assert main(["plan", "-s", str(schema), "-d", target, "--format", fmt, *flags]) == 0
        outputs.append(capsys.readouterr().out)
    on_a_terminal = _on_a_pty(["plan", "-s", str(schema), "-d", target, "--format", fmt], schema.parent)
    assert on_a_terminal.returncode == 0, on_a_terminal.stderr
    assert "proof in the scratch database" in on_a_terminal.stderr  # progress was drawn ...
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2] == on_a_terminal.stdout  # ... elsewhere


def test_a_terminal_gets_the_spinner_and_the_step_bar(target, schema):
    plan = _on_a_pty(["plan", "-s", str(schema), "-d", target], schema.parent)
    assert plan.returncode == 0, plan.stderr
    assert ANSI in plan.stderr and SPINNER.search(plan.stderr)
    for stage in ("load schema.yaml", "introspect the target", "build the desired schema", "proof in the scratch"):
        assert stage in plan.stderr
    assert STAGE_LINE.search(_plain(plan.stderr)) is None  # durations are --verbose's
    applied = _on_a_pty(["apply", "-s", str(schema), "-d", target, "--yes"], schema.parent)
    assert applied.returncode == 0, applied.stderr
    shown = _plain(applied.stderr)
    assert re.search(r"step 1 of 2 .*ALTER TABLE", shown) and re.search(r"step 2 of 2 .*CREATE INDEX", shown)
    assert not re.search(r"^\[1/2\]", shown, re.M)  # the bar replaces the per-step lines
    assert applied.stdout.startswith("Applied: 1 to create, 1 to alter")


def _plain(text: str) -> str:
    """Terminal output without its escape sequences."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def _on_a_pty(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI with stderr on a pseudo-terminal (120x40) and stdout on a pipe."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(Path(schemadiff.__file__).parents[1]), "TERM": "xterm-256color"}
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "LINES"):
        env.pop(name, None)
    chunks: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(master, chunks), daemon=True)
    reader.start()
    try:
        proc = subprocess.run([sys.executable, "-m", "schemadiff", *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=slave, timeout=180)
    finally:
        os.close(slave)
    reader.join(10)
    os.close(master)
    err = b"".join(chunks).decode(errors="replace").replace("\r\n", "\n")
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), err)


def _drain(fd: int, chunks: list[bytes]) -> None:
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: every writer closed the terminal
            return
        if not data:
            return
        chunks.append(data)
