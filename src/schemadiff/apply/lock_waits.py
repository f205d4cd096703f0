"""Lock discipline for apply: a short lock_timeout on every step that blocks writers while it waits,
retries with exponential backoff and full jitter inside a bounded budget, and a report of who
holds the lock we wait for.

Why a short lock_timeout: a lock request waiting in PostgreSQL's queue blocks every later request
that conflicts with it. An ALTER TABLE waiting for ACCESS EXCLUSIVE behind an idle transaction
that read the table therefore stalls every INSERT/UPDATE behind it for as long as it waits. With
lock_timeout = 1 s a writer waits at most about 1 s; then the step gives up its place, the writers
drain, and the step tries again after a jittered pause.

Steps whose locks do not conflict with ROW EXCLUSIVE (SHARE UPDATE EXCLUSIVE: CREATE INDEX
CONCURRENTLY, VALIDATE CONSTRAINT, ANALYZE) block no writer while they wait, so they wait once for
the whole budget instead (a CONCURRENTLY build also waits for older transactions to end, through
the same lock manager and the same lock_timeout: cancelling it would leave an INVALID index).
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from psycopg import errors as pgerrors

from ..errors import DatabaseError
from ..render.sessions import timeout_settings
from ..sqlfiles import query_text
from .blockers import Blocker, BlockerWatch, Sample

LOCK_NOT_AVAILABLE = "55P03"
POLL_SECONDS = 0.2  # the watcher samples pg_blocking_pids this often while a statement runs
REPORT_WEAK_AFTER = 1.0  # a step that blocks no writer is reported once it has waited this long


@dataclass(frozen=True)
class LockWait:
    """One observed wait: what we wanted, who was in the way, what happens next."""

    relation: str  # `public.orders`, or the lock type (`virtualxid`) when it is not a relation
    mode: str  # `ACCESS EXCLUSIVE`
    blockers: tuple[Blocker, ...]
    attempt: int = 1  # the attempt that waited (1-based)
    retry_in: float | None = None  # seconds until the next attempt; None: no retry follows
    blocks_writers: bool = True
    locktype: str = "relation"

    def what(self) -> str:
        """The lock waited for, in words."""
        if self.relation:
            return f"a lock on {self.relation} ({self.mode})"
        if self.locktype in ("virtualxid", "transactionid"):
            return "older transactions to end"  # CREATE INDEX CONCURRENTLY waits for them
        return "a lock"

    def who(self) -> str:
        if not self.blockers:
            return "the blocking session ended before it could be seen"
        return "blocked by " + ", ".join(b.describe() for b in self.blockers)

    def line(self) -> str:
        """The one line the CLI prints for this wait."""
        head = f"waiting for {self.what()}"
        if not self.blocks_writers:
            head += ", writers are not blocked"
        tail = f"; retry {self.attempt} in {self.retry_in:.1f} s" if self.retry_in is not None else ""
        return f"{head}: {self.who()}{tail}"


LockWaitReport = Callable[[LockWait], None]


@dataclass(frozen=True)
class Timeouts:
    """How long a step may wait for its locks, and how apply retries when it cannot get them."""

    lock_timeout: str = "1s"  # for steps whose wait stalls writers (see the module docstring)
    statement_timeout: str = "0"  # 0 = none; long validations and concurrent builds are expected
    retry_budget: float = 60.0  # seconds one step may spend on its locks, retries included
    retries: int | None = None  # a cap on retries (the proof uses 0); None: what the budget allows
    backoff_base: float = 0.5
    backoff_cap: float = 10.0
    on_wait: LockWaitReport | None = field(default=None, compare=False, repr=False)

    def settings(self) -> tuple[str, ...]:
        return timeout_settings(self.lock_timeout, self.statement_timeout)


_UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0}


def parse_seconds(text: str) -> float:
    """`60`, `60s`, `500ms`, `2min`, `1h` as seconds (a bare number is seconds)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*", text)
    if m is None:
        raise ValueError(f"{text!r} is not a duration: use e.g. 60s, 500ms, 2min")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


def next_delay(attempt: int, elapsed: float, attempt_cost: float, timeouts: Timeouts,
               rng: random.Random) -> float | None:
    """The pause before retry `attempt` (1-based), or None when it would not fit the budget.

    Full jitter (uniform over 0..min(cap, base * 2**(attempt-1))) spreads concurrent deploys apart;
    the retry must fit whole, its own wait (`attempt_cost`) included, in what is left of the budget."""
    if timeouts.retries is not None and attempt > timeouts.retries:
        return None
    delay = rng.uniform(0.0, min(timeouts.backoff_cap, timeouts.backoff_base * 2 ** (attempt - 1)))
    return delay if elapsed + delay + attempt_cost <= timeouts.retry_budget else None


def schedule(timeouts: Timeouts, attempt_cost: float, rng: random.Random) -> list[float]:
    """Every pause of a step whose attempts all time out after `attempt_cost` s (for tests, docs)."""
    delays: list[float] = []
    elapsed = attempt_cost
    while (d := next_delay(len(delays) + 1, elapsed, attempt_cost, timeouts, rng)) is not None:
        delays.append(d)
        elapsed += d + attempt_cost
    return delays


def _with_retries(action: Callable[[], None], timeouts: Timeouts) -> None:
    """Run `action` under the retry policy, without a watcher (kept for callers of the old API)."""
    LockWaits(None, timeouts).run(action, blocks_writers=True)


class LockWaits:
    """Runs steps on one autocommit connection under the lock policy, naming whoever blocks them."""

    def __init__(self, conn: psycopg.Connection | None, timeouts: Timeouts,
                 rng: random.Random | None = None) -> None:
        self.conn, self.timeouts = conn, timeouts
        self.rng = rng or random.Random()
        self._watch: BlockerWatch | None = None
        self._short_ms = 0  # lock_timeout as the server reads it, in ms (0: no timeout)
        self._current_ms: int | None = None

    def __enter__(self) -> LockWaits:
        if self.conn is not None:
            self._configure(self.conn)
            self._watch = BlockerWatch.of(self.conn, self._poll_seconds())
        return self

    def __exit__(self, *exc) -> None:
        if self._watch is not None:
            self._watch.close()

    def _poll_seconds(self) -> float:
        """Sample at least four times within lock_timeout, so a timed-out wait was always seen."""
        if self._short_ms == 0:
            return POLL_SECONDS
        return max(0.02, min(POLL_SECONDS, self._short_ms / 4000))

    def _configure(self, conn: psycopg.Connection) -> None:
        try:
            for s in self.timeouts.settings():
                conn.execute(s)
            row = conn.execute(query_text(__package__, "lock_timeout_ms")).fetchone()
        except psycopg.Error as exc:
            raise DatabaseError(f"invalid timeout setting: {str(exc).strip().splitlines()[0]}",
                                hint="use a PostgreSQL duration such as 1s, 500ms or 2min") from None
        self._short_ms = self._current_ms = int(row[0])

    def run(self, action: Callable[[], None], *, blocks_writers: bool = True) -> None:
        """Run `action`; on a lock timeout retry it with backoff until the budget is spent."""
        self._set_timeout(self._timeout_ms(blocks_writers))
        start, attempt = time.monotonic(), 1
        while (timed_out := self._attempt(action, blocks_writers)) is not None:
            delay = None
            if blocks_writers:
                delay = next_delay(attempt, time.monotonic() - start, self._short_ms / 1000,
                                   self.timeouts, self.rng)
            wait = _wait_of(timed_out.sample, attempt, delay, blocks_writers)
            if delay is None:
                raise gave_up(wait, time.monotonic() - start, self.timeouts.retry_budget)
            self._report(wait)
            time.sleep(delay)
            attempt += 1

    def _attempt(self, action: Callable[[], None], blocks_writers: bool) -> _TimedOut | None:
        """Run once: None when it ran, else what the watcher last saw us waiting for."""
        if self._watch is not None:
            self._watch.begin(None if blocks_writers else self._long_wait_reporter())
        try:
            action()
            return None
        except pgerrors.LockNotAvailable:
            return _TimedOut(self._watch.end() if self._watch is not None else None)
        finally:
            if self._watch is not None:
                self._watch.end()

    def _timeout_ms(self, blocks_writers: bool) -> int:
        """Writer-blocking steps: the short lock_timeout. Others wait once for the whole budget."""
        if blocks_writers or self._short_ms == 0:
            return self._short_ms
        return max(self._short_ms, int(self.timeouts.retry_budget * 1000))

    def _set_timeout(self, ms: int) -> None:
        if self.conn is not None and ms != self._current_ms:
            self.conn.execute(query_text(__package__, "lock_timeout_set"), (f"{ms}ms",))
            self._current_ms = ms

    def _long_wait_reporter(self) -> Callable[[Sample], None]:
        """Report a step that blocks no writer once, when it has waited REPORT_WEAK_AFTER."""
        reported = threading.Event()

        def on_sample(sample: Sample) -> None:
            if not reported.is_set() and time.monotonic() - sample.since >= REPORT_WEAK_AFTER:
                reported.set()
                self._report(_wait_of(sample, 1, None, False))

        return on_sample

    def _report(self, wait: LockWait) -> None:
        if self.timeouts.on_wait is not None:
            self.timeouts.on_wait(wait)


@dataclass(frozen=True)
class _TimedOut:
    sample: Sample | None


def _wait_of(seen: Sample | None, attempt: int, delay: float | None, blocks_writers: bool) -> LockWait:
    if seen is None:
        return LockWait("", "", (), attempt, delay, blocks_writers)
    relation = seen.relation if seen.locktype == "relation" else ""
    return LockWait(relation, seen.mode, seen.blockers, attempt, delay, blocks_writers, seen.locktype)


def gave_up(wait: LockWait, elapsed: float, budget: float) -> DatabaseError:
    """The error when a step's retry budget is spent: names the lock and whoever held it."""
    tries = f"{wait.attempt} attempt{'s' if wait.attempt != 1 else ''} in {elapsed:.1f} s"
    message = (f"could not get {wait.what()} within the lock retry budget ({budget:g} s; {tries}): "
               f"{wait.who()}")
    first = wait.blockers[0].pid if wait.blockers else None
    hint = ("wait for that session to finish or end it (SELECT pg_terminate_backend("
            f"{first})), then run apply again; --lock-retry-budget waits longer" if first is not None
            else "a long-running transaction holds the table; run apply again, or raise --lock-retry-budget")
    return DatabaseError(message, hint=hint)
