"""Documents for views and materialized views (`views:` in a schema)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .fields import Name, Spec, SqlQuery, SqlText, Words, short_list
from .indexes import IndexSpec
from .paths import RuleError
from .tables import StorageValue, known_storage_parameters, storage_option_list

ShortIndex = Annotated[IndexSpec, short_list("columns", "a list of columns or a map")]


class ViewSpec(Spec):
    query: SqlQuery  # the SELECT, as written; Postgres stores and prints its own form
    materialized: bool = False
    # materialized views only: storage parameters as for a table (ALTER MATERIALIZED VIEW
    # SET/RESET, no rewrite), and `populated: false` for WITH NO DATA (REFRESH when made true)
    with_: dict[str, StorageValue] = Field({}, alias="with")
    populated: bool = True
    security_invoker: bool = False  # PostgreSQL 15+; plain views only
    security_barrier: bool = False
    check_option: Annotated[Literal["local", "cascaded"], Words] | None = None
    comment: SqlText | None = None
    indexes: dict[Name, ShortIndex] = {}  # materialized views only

    model_config = Spec.model_config | {"populate_by_name": True}

    @field_validator("with_")
    @classmethod
    def _known_parameters(cls, value: dict) -> dict:
        return known_storage_parameters(value)

    @model_validator(mode="after")
    def _materialized_rules(self):
        if not self.materialized and self.indexes:
            raise RuleError("only a materialized view can have indexes", ("indexes",),
                            "add materialized: true, or index the tables it reads")
        if not self.materialized and self.with_:
            raise RuleError("only a materialized view has storage parameters", ("with",),
                            "add materialized: true (a view's options are security_invoker, "
                            "security_barrier and check_option)")
        if not self.materialized and not self.populated:
            raise RuleError("only a materialized view can be left unpopulated", ("populated",),
                            "add materialized: true, or remove populated: false")
        if self.materialized:
            for key in ("security_invoker", "security_barrier", "check_option"):
                if getattr(self, key):
                    raise RuleError(f"{key} applies to plain views, not materialized ones", (key,))
        return self

    def option_list(self) -> tuple[str, ...]:
        """The options as the catalog reports them (see introspect.views.options)."""
        if self.materialized:
            return storage_option_list(self.with_)
        out = [f"{k}=true" for k in ("security_barrier", "security_invoker") if getattr(self, k)]
        if self.check_option:
            out.append(f"check_option={self.check_option}")
        return tuple(sorted(out))
