"""pg_cron's schedule syntax, checked when schema.yaml is loaded (pg_cron checks it only when the job
is scheduled, that is during apply).

Accepted, as pg_cron accepts them: five cron fields (minute hour day-of-month month day-of-week;
each a list of `*`, `n` or `n-m`, with `/step` after `*` or a range; month and weekday names
in any case), the lower-case keywords below, and `N seconds` (1-59; pg_cron 1.5 and later).
"""

from __future__ import annotations

import re

KEYWORDS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
            "@reboot")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
# (field name, lowest, highest, names numbered from `lowest`)
_FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _DAYS),  # 0 and 7 are both Sunday
)
SECONDS = re.compile(r"^([0-9]{1,2}) seconds$")
_ITEM = re.compile(r"^(\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/([0-9]+))?$")

FORMS = "five cron fields (`0 3 * * *`), @hourly/@daily/@weekly/@monthly/@yearly/@reboot, or `N seconds`"


def schedule_problem(schedule: str) -> str | None:
    """Why pg_cron would refuse `schedule`, or None when it is valid."""
    text = schedule.strip()
    if text.startswith("@"):
        return None if text in KEYWORDS else f"unknown keyword {text!r} (lower case: {', '.join(KEYWORDS)})"
    seconds = SECONDS.match(text)
    if seconds:
        return None if 1 <= int(seconds.group(1)) <= 59 else "an interval in seconds must be 1 to 59"
    fields = text.split()
    if len(fields) != 5:
        return f"expected {FORMS}; got {len(fields)} field(s)"
    for value, spec in zip(fields, _FIELDS):
        problem = _field_problem(value, *spec)
        if problem:
            return problem
    return None


def _field_problem(value: str, name: str, low: int, high: int, names: tuple[str, ...]) -> str | None:
    for item in value.split(","):
        match = _ITEM.match(item.lower())  # names in any case, as pg_cron reads them
        if match is None:
            return f"{name} field {value!r}: {item!r} is not `*`, `n`, `n-m` or one of those with `/step`"
        span, step = match.groups()
        if step is not None and (int(step) == 0 or (span != "*" and "-" not in span)):
            return f"{name} field {value!r}: a step needs `*` or a range before it and must be at least 1"
        for bound in ([] if span == "*" else span.split("-")):
            number = _number(bound, low, names)
            if number is None or not low <= number <= high:
                shown = item.split("/")[0]
                return f"{name} field {value!r}: {shown!r} is not in {low}-{high}" + _named(names)
    return None


def _number(text: str, low: int, names: tuple[str, ...]) -> int | None:
    if text.isdigit():
        return int(text)
    return names.index(text) + low if text in names else None


def _named(names: tuple[str, ...]) -> str:
    return f" or one of {', '.join(n.upper() for n in names)}" if names else ""
