"""Documents for triggers (under a table's `triggers:`), and their CREATE TRIGGER text."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from ..quoting import ident, ident_list, literal, qualified
from ..sqltree import wrap
from .fields import Name, Spec, SqlText, SqlWhen, Words, short_str

EVENTS = ("insert", "update", "delete", "truncate")


class TriggerFunctionSpec(Spec):
    """The trigger function; `function: name` is one in the table's schema."""

    schema_: Name | None = Field(None, alias="schema")
    name: Name

    model_config = Spec.model_config | {"populate_by_name": True}


class TriggerSpec(Spec):
    timing: Annotated[Literal["before", "after", "instead of"], Words]
    events: list[SqlText] = Field(min_length=1)  # insert, update, "update of a, b", delete, truncate
    for_each: Annotated[Literal["row", "statement"], Words]
    when: SqlWhen | None = None
    function: Annotated[TriggerFunctionSpec, short_str("name", "a function name or a map")]
    args: list[SqlText] = []  # passed as text literals (TG_ARGV)
    comment: SqlText | None = None

    @field_validator("events")
    @classmethod
    def _known_events(cls, events: list[str]) -> list[str]:
        for event in events:
            verb, _ = split_event(event)
            if verb not in EVENTS:
                raise ValueError(f"unknown event {event!r}: expected insert, update, "
                                 "\"update of col, ...\", delete or truncate")
        return events


def split_event(event: str) -> tuple[str, tuple[str, ...]]:
    """`update of status, amount` -> ('update', ('status', 'amount')); columns are raw names."""
    words = event.strip().split(None, 2)
    if len(words) == 3 and words[0].lower() == "update" and words[1].lower() == "of":
        return "update", tuple(c.strip() for c in words[2].split(",") if c.strip())
    return event.strip().lower(), ()


def trigger_definition(schema: str, table: str, name: str, t: TriggerSpec) -> str:
    """CREATE TRIGGER as Postgres takes it; the catalog's text replaces it once built."""
    function = qualified(t.function.schema_ or schema, t.function.name)
    args = ", ".join(literal(a) for a in t.args)
    parts = [f"CREATE TRIGGER {ident(name)} {t.timing.upper()} {_events(t.events)}",
             f"ON {qualified(schema, table)} FOR EACH {t.for_each.upper()}"]
    if t.when is not None:
        parts.append(f"WHEN {wrap(t.when)}")
    parts.append(f"EXECUTE FUNCTION {function}({args})")
    return " ".join(parts)


def _events(events: list[str]) -> str:
    out = []
    for event in events:
        verb, columns = split_event(event)
        out.append(f"UPDATE OF {ident_list(columns)}" if columns else verb.upper())
    return " OR ".join(out)
