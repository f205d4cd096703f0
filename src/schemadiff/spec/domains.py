"""Documents for domains (`domains:` in a schema)."""

from __future__ import annotations

from .fields import Name, Spec, SqlCheck, SqlDefault, SqlText, SqlType


class DomainSpec(Spec):
    type: SqlType  # the base type
    not_null: bool = False
    default: SqlDefault | None = None
    checks: dict[Name, SqlCheck] = {}  # constraint name -> expression over VALUE
    comment: SqlText | None = None
