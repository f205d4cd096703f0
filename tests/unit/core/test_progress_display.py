"""cli/progress.py drawn on a captured console: a terminal (force_terminal), a log, --verbose."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from schemadiff.apply.blockers import Blocker
from schemadiff.apply.lock_waits import LockWait
from schemadiff.cli.progress import Display, Quiet, reporter

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
STATEMENT = 'ALTER TABLE "public"."t" ADD COLUMN "tags" text[] DEFAULT \'{[bold]}\''


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=terminal, width=160, color_system="standard" if terminal else None,
                   highlight=False), buffer


def _wait() -> LockWait:
    blocker = Blocker(pid=4242, application_name="psql", state="idle in transaction", xact_seconds=3.0)
    return LockWait("public.t", "ACCESS EXCLUSIVE", (blocker,), attempt=1, retry_in=0.5)


def _apply_like(display: Display) -> None:
    """What pipeline.apply reports: a stage, a second one holding two steps and a lock wait."""
    with display.stage("check for drift"):
        pass
    with display.stage("run 2 steps"):
        display.step(1, 2, STATEMENT)
        display.lock_wait(_wait())
        display.step(2, 2, "CREATE INDEX CONCURRENTLY i ON t (a)")


def test_a_terminal_draws_stages_the_step_bar_and_the_wait_above_it():
    console, buffer = _console(terminal=True)
    _apply_like(Display(console))
    shown = ANSI.sub("", buffer.getvalue())
    assert "check for drift" in shown and "run 2 steps" in shown
    assert "step 1 of 2" in shown and "step 2 of 2" in shown
    assert STATEMENT in shown  # literally: `text[]` and `[bold]` are no rich markup
    assert _wait().line() in shown
    assert not re.search(r"^\[1/2\]", shown, re.M)  # the bar, not the log lines
    assert buffer.getvalue().endswith("\x1b[?25h\r")  # transient: erased, the cursor given back


def test_off_a_terminal_only_steps_and_waits_print_one_plain_line_each():
    console, buffer = _console(terminal=False)
    _apply_like(Display(console))
    assert buffer.getvalue().splitlines() == [f"[1/2] {STATEMENT}", _wait().line(),
                                              "[2/2] CREATE INDEX CONCURRENTLY i ON t (a)"]


def test_verbose_prints_each_stage_and_step_with_its_duration():
    console, buffer = _console(terminal=False)
    _apply_like(Display(console, verbose=True))
    lines = [re.sub(r"\d+\.\d\d s", "N s", line) for line in buffer.getvalue().splitlines()]
    assert lines == ["check for drift (N s)", f"[1/2] {STATEMENT}", _wait().line(), "[1/2] done in N s",
                     "[2/2] CREATE INDEX CONCURRENTLY i ON t (a)", "[2/2] done in N s", "run 2 steps (N s)"]


def test_verbose_says_which_stage_and_step_failed():
    console, buffer = _console(terminal=False)
    display = Display(console, verbose=True)
    with pytest.raises(RuntimeError), display.stage("run 1 step"):
        display.step(1, 1, "ALTER TABLE t ADD c int")
        raise RuntimeError("boom")
    lines = [re.sub(r"\d+\.\d\d s", "N s", line) for line in buffer.getvalue().splitlines()]
    assert lines[-2:] == ["[1/1] failed after N s", "run 1 step: failed after N s"]


def test_a_renamed_stage_is_reported_under_its_new_name():
    console, buffer = _console(terminal=False)
    with Display(console, verbose=True).stage("build") as stage:
        stage.name = "from the cache"
    assert re.fullmatch(r"from the cache \(\d+\.\d\d s\)\n", buffer.getvalue())


def test_a_failing_stage_on_a_terminal_stops_the_display():
    console, buffer = _console(terminal=True)
    display = Display(console)
    with pytest.raises(KeyboardInterrupt), display.stage("introspect the target"):
        raise KeyboardInterrupt
    assert display._progress is None and buffer.getvalue().endswith("\x1b[?25h\r")
    console.print("error: next")  # the error line lands on a clean line
    assert buffer.getvalue().endswith("error: next\n")


def test_quiet_and_verbose_choose_the_reporter():
    assert isinstance(reporter(True, False), Quiet)
    assert reporter(False, True).verbose and not reporter(False, False).verbose
