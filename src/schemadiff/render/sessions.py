"""Session settings the tool's own connections take whose values come from outside: the
timeouts a user passes to apply (also written at the top of migration.sql), the preflight's
per-query limit, the cron check's guard. Every value is a quoted literal: a timeout is the
user's text. Fixed settings with no value to insert are static files (apply/queries/*.sql)."""

from __future__ import annotations

from ..quoting import literal


def timeout_settings(lock_timeout: str, statement_timeout: str) -> tuple[str, str]:
    """The two timeouts of an apply session, in the order apply sets them."""
    return f"SET lock_timeout = {literal(lock_timeout)}", statement_timeout_setting(statement_timeout)


def statement_timeout_setting(value: str | int, *, local: bool = False) -> str:
    """SET [LOCAL] statement_timeout: LOCAL ends with the transaction (the cron check's)."""
    return f"SET {'LOCAL ' if local else ''}statement_timeout = {literal(value)}"
