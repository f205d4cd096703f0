"""What the pipeline tells whoever watches it: a stage begins and ends, an apply step starts.

The pipeline calls a `Reporter`; it never prints and never imports rich. The default reporter says
nothing (the library API, tests); the CLI's (cli/progress.py) draws a spinner on a terminal,
plain lines with --verbose, nothing with --quiet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Stage:
    """One stage in flight. `name` may be changed while it runs (the canonical build that turns
    out to be a cache hit says so)."""

    name: str


class Reporter:
    """The hook the pipeline calls. This base class reports nothing; subclasses override."""

    @contextmanager
    def stage(self, name: str) -> Iterator[Stage]:
        """Run the body as the stage `name`."""
        yield Stage(name)

    def step(self, n: int, total: int, what: str) -> None:
        """Apply step n (1-based) of `total` starts; `what` is its statement's first line."""


SILENT = Reporter()
