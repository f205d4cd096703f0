"""Documents for domains (`domains:` in a schema)."""

from __future__ import annotations

from .fields import Name, Spec, SqlText


class DomainSpec(Spec):
    type: SqlText  # the base type
    not_null: bool = False
    default: SqlText | None = None
    checks: dict[Name, SqlText] = {}  # constraint name -> expression over VALUE
    comment: SqlText | None = None
