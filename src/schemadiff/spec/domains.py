"""Documents for domains (`domains:` in a schema)."""

from __future__ import annotations

from typing import Annotated

from .constraints import Valid
from .fields import Name, Spec, SqlCheck, SqlDefault, SqlText, SqlType, short_str


class DomainCheckSpec(Spec):
    expression: SqlCheck  # over VALUE
    valid: Valid = True  # false: NOT VALID (values already stored are not checked)


ShortDomainCheck = Annotated[DomainCheckSpec, short_str("expression", "an expression or a map")]


class DomainSpec(Spec):
    type: SqlType  # the base type
    not_null: bool = False
    default: SqlDefault | None = None
    checks: dict[Name, ShortDomainCheck] = {}  # constraint name -> expression over VALUE, or a map
    comment: SqlText | None = None
