"""pg_cron jobs: cron.alter_job changes any field in place (the name is the identity)."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("cron_job", Comparer())
