"""Progress on stderr, never stdout: the pipeline's stages and apply's steps (reporting.py) drawn
with rich.

- a terminal: a transient spinner per stage with its elapsed time; apply's steps as a bar
  "step n of m", the current statement's first line and that step's elapsed time; lock waits
  print their line above it. All of it vanishes when the stage ends.
- not a terminal (CI logs, capture): no decoration at all; apply prints one line per step.
- --verbose: one plain line per stage with its duration, and per apply step (as well as the
  spinner on a terminal).
- --quiet: nothing; only results and errors.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TaskID, TextColumn
from rich.table import Column
from rich.text import Text

from ..reporting import Reporter, Stage
from . import console as consoles

STATEMENT_WIDTH = 72  # the current statement on the bar: its first line, cut to this


def reporter(quiet: bool, verbose: bool, console: Console | None = None) -> Quiet | Display:
    """The reporter for --quiet / --verbose / neither, drawing on `console` (default: stderr)."""
    if quiet and verbose:
        raise typer.BadParameter("--quiet and --verbose exclude each other")
    if quiet:
        return Quiet()
    return Display(console or consoles.err(), verbose)


def _cut(statement: str) -> str:
    return statement if len(statement) <= STATEMENT_WIDTH else statement[:STATEMENT_WIDTH - 1] + "\u2026"


class Quiet(Reporter):
    """--quiet: no stage, step or lock-wait line; results and errors are printed by the commands."""

    def lock_wait(self, wait) -> None:
        """A lock wait (apply/lock_waits.py): not reported; the final error names the blocker."""


class _Bar(BarColumn):
    """The bar, for apply's steps only: a stage has no total, and gets no pulsing bar."""

    def render(self, task: Task):
        return super().render(task) if task.total is not None else Text("")


class _Elapsed(ProgressColumn):
    """Seconds since the task (a stage, or the current step) began."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.elapsed or 0.0:.1f} s", style="progress.elapsed")


class Display(Reporter):
    """The default and --verbose reporter (see the module docstring)."""

    def __init__(self, console: Console, verbose: bool = False) -> None:
        self.console, self.verbose, self.live = console, verbose, console.is_terminal
        self._progress: Progress | None = None
        self._depth = 0  # stages in flight: the display starts with the first and stops with the last
        self._step: tuple[int, int, float] | None = None  # (n, total, started) of the step in flight
        self._step_task: TaskID | None = None

    @contextmanager
    def stage(self, name: str) -> Iterator[Stage]:
        stage, started = Stage(name), time.monotonic()
        task = self._begin(name)
        try:
            yield stage
        except BaseException:
            self._end(stage, task, started, failed=True)
            raise
        self._end(stage, task, started, failed=False)

    def step(self, n: int, total: int, what: str) -> None:
        self._close_step(failed=False)
        self._step = (n, total, time.monotonic())
        if not self.live or self.verbose:
            self._line(Text.assemble((f"[{n}/{total}]", "dim"), " ", what))
        if self._progress is None:
            return
        fields = dict(total=total, completed=n - 1, description=f"step {n} of {total}",
                      what=_cut(what))
        if self._step_task is None:
            self._step_task = self._progress.add_task(**fields)
        else:
            self._progress.reset(self._step_task, **fields)  # restarts the step's clock
        self._progress.refresh()

    def lock_wait(self, wait) -> None:
        """A lock wait's line (apply/lock_waits.py), above the bar on a terminal."""
        self._line(Text(wait.line(), style="yellow"))

    def _begin(self, name: str) -> TaskID | None:
        self._depth += 1
        if not self.live:
            return None
        if self._progress is None:
            self._progress = self._display()
            self._progress.start()
        task = self._progress.add_task(name, total=None, what="")
        self._progress.refresh()  # every stage is drawn at least once, however short
        return task

    def _end(self, stage: Stage, task: TaskID | None, started: float, failed: bool) -> None:
        self._close_step(failed)
        self._depth -= 1
        if self.verbose:
            seconds = time.monotonic() - started
            self._line(Text(f"{stage.name}: failed after {seconds:.2f} s" if failed
                            else f"{stage.name} ({seconds:.2f} s)", style="dim"))
        if self._progress is None:
            return
        if task is not None:
            self._progress.remove_task(task)
        if self._step_task is not None:
            self._progress.remove_task(self._step_task)
            self._step_task = None
        if self._depth == 0:
            self._progress.stop()  # transient: the display is erased, the printed lines stay
            self._progress = None

    def _close_step(self, failed: bool) -> None:
        if self._step is None:
            return
        n, total, started = self._step
        self._step = None
        if self.verbose:
            seconds = time.monotonic() - started
            self._line(Text(f"[{n}/{total}] {'failed after' if failed else 'done in'} {seconds:.2f} s",
                            style="dim"))

    def _line(self, text: Text) -> None:
        self.console.print(text, highlight=False, markup=False, emoji=False)

    def _display(self) -> Progress:
        statement = Column(no_wrap=True, overflow="ellipsis")
        return Progress(
            SpinnerColumn(), TextColumn("{task.description}", markup=False), _Bar(bar_width=24), _Elapsed(),
            TextColumn("{task.fields[what]}", markup=False, table_column=statement),
            console=self.console, transient=True, redirect_stdout=False, redirect_stderr=False,
        )
