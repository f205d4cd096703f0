"""The lock retry policy as pure functions: bounded backoff with full jitter, the wait report's words."""

import random

import pytest

from schemadiff.apply.blockers import Blocker, mode_label
from schemadiff.apply.lock_waits import LockWait, Timeouts, next_delay, parse_seconds, schedule


@pytest.mark.parametrize("seed", range(50))
@pytest.mark.parametrize("budget,cost", [(60.0, 1.0), (10.0, 1.0), (120.0, 0.5), (3.0, 1.0)])
def test_the_schedule_fits_the_budget_and_no_pause_exceeds_the_cap(seed, budget, cost):
    t = Timeouts(retry_budget=budget)
    delays = schedule(t, cost, random.Random(seed))
    assert all(0 <= d <= t.backoff_cap for d in delays)
    assert sum(delays) + cost * (len(delays) + 1) <= budget  # every attempt and every pause
    assert all(d <= t.backoff_base * 2 ** n for n, d in enumerate(delays))  # exponential ceiling


def test_the_schedule_uses_the_budget_rather_than_a_fixed_count():
    long = schedule(Timeouts(retry_budget=120.0), 1.0, random.Random(7))
    short = schedule(Timeouts(retry_budget=10.0), 1.0, random.Random(7))
    assert len(long) > len(short) >= 3
    assert schedule(Timeouts(retry_budget=1.0), 1.0, random.Random(7)) == []  # no room for a retry


def test_a_retry_cap_stops_early_and_zero_means_none():
    assert schedule(Timeouts(retries=0), 1.0, random.Random(1)) == []
    assert len(schedule(Timeouts(retries=2), 1.0, random.Random(1))) == 2
    assert next_delay(1, 59.5, 1.0, Timeouts(retry_budget=60.0), random.Random(1)) is None


def test_the_wait_line_names_table_mode_blocker_and_next_retry():
    wait = LockWait("public.orders", "ACCESS EXCLUSIVE",
                    (Blocker(1234, "psql", "idle in transaction", 42.4),), attempt=3, retry_in=2.05)
    assert wait.line() == ("waiting for a lock on public.orders (ACCESS EXCLUSIVE): blocked by pid 1234 "
                           "(psql, idle in transaction, transaction open 42 s); retry 3 in 2.0 s")
    unseen = LockWait("", "", (), blocks_writers=False)
    assert unseen.line() == ("waiting for a lock, writers are not blocked: the blocking session ended "
                             "before it could be seen")
    build = LockWait("", "SHARE", (Blocker(7, "", "idle in transaction", None),), locktype="virtualxid")
    assert build.line().startswith("waiting for older transactions to end: blocked by pid 7 "
                                   "(no application_name, idle in transaction)")


def test_pg_locks_modes_read_as_the_documentation_names_them():
    assert mode_label("AccessExclusiveLock") == "ACCESS EXCLUSIVE"
    assert mode_label("ShareUpdateExclusiveLock") == "SHARE UPDATE EXCLUSIVE"
    assert mode_label("ShareLock") == "SHARE"


@pytest.mark.parametrize("text,seconds", [("60", 60.0), ("60s", 60.0), ("500ms", 0.5), ("2min", 120.0), ("1h", 3600.0)])
def test_durations(text, seconds):
    assert parse_seconds(text) == seconds


def test_a_bad_duration_is_refused():
    with pytest.raises(ValueError, match="not a duration"):
        parse_seconds("soon")
