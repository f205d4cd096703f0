"""Documents for triggers (under a table's `triggers:`), and their CREATE TRIGGER text."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from ..quoting import ident, ident_list, literal, qualified
from ..sqltree import wrap
from .fields import Name, Spec, SqlText, SqlWhen, Words, short_str
from .paths import RuleError

EVENTS = ("insert", "update", "delete", "truncate")


class TriggerFunctionSpec(Spec):
    """The trigger function; `function: name` is one in the table's schema."""

    schema_: Name | None = Field(None, alias="schema")
    name: Name

    model_config = Spec.model_config | {"populate_by_name": True}


class TriggerFromSpec(Spec):
    """A constraint trigger's FROM table (pg_trigger.tgconstrrelid); `from: name` is one in the
    trigger's schema."""

    schema_: Name | None = Field(None, alias="schema")
    table: Name

    model_config = Spec.model_config | {"populate_by_name": True}


class TriggerSpec(Spec):
    timing: Annotated[Literal["before", "after", "instead of"], Words]
    events: list[SqlText] = Field(min_length=1)  # insert, update, "update of a, b", delete, truncate
    for_each: Annotated[Literal["row", "statement"], Words]
    when: SqlWhen | None = None
    function: Annotated[TriggerFunctionSpec, short_str("name", "a function name or a map")]
    args: list[SqlText] = []  # passed as text literals (TG_ARGV)
    comment: SqlText | None = None
    # CREATE CONSTRAINT TRIGGER: an AFTER ... FOR EACH ROW trigger whose firing can be deferred
    # to the end of the transaction like a constraint's check (pg_trigger.tgconstraint <> 0).
    constraint: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    from_: Annotated[TriggerFromSpec, short_str("table", "a table name or a map {schema, table}")] | None = (
        Field(None, alias="from"))

    model_config = Spec.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _constraint_trigger_rules(self):
        if not self.constraint:
            for key, set_ in (("deferrable", self.deferrable), ("initially_deferred", self.initially_deferred),
                              ("from", self.from_ is not None)):
                if set_:
                    raise RuleError(f"`{key}` is only for a constraint trigger", (key,),
                                    "add constraint: true")
            return self
        if self.timing != "after" or self.for_each != "row":
            raise RuleError("a constraint trigger is AFTER ... FOR EACH ROW", ("constraint",))
        if any(split_event(e)[0] == "truncate" for e in self.events):
            raise RuleError("a constraint trigger cannot fire on truncate", ("events",))
        if self.initially_deferred and not self.deferrable:
            raise RuleError("initially_deferred needs deferrable: true", ("initially_deferred",))
        return self

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
    kind = "CONSTRAINT TRIGGER" if t.constraint else "TRIGGER"
    parts = [f"CREATE {kind} {ident(name)} {t.timing.upper()} {_events(t.events)}",
             f"ON {qualified(schema, table)}"]
    if t.constraint:
        parts.extend(_constraint_clauses(schema, t))
    parts.append(f"FOR EACH {t.for_each.upper()}")
    if t.when is not None:
        parts.append(f"WHEN {wrap(t.when)}")
    parts.append(f"EXECUTE FUNCTION {function}({args})")
    return " ".join(parts)


def _constraint_clauses(schema: str, t: TriggerSpec) -> list[str]:
    """FROM and the deferral, in pg_get_triggerdef()'s order."""
    out = []
    if t.from_ is not None:
        out.append(f"FROM {qualified(t.from_.schema_ or schema, t.from_.table)}")
    out.append("DEFERRABLE" if t.deferrable else "NOT DEFERRABLE")
    out.append("INITIALLY DEFERRED" if t.initially_deferred else "INITIALLY IMMEDIATE")
    return out


def _events(events: list[str]) -> str:
    out = []
    for event in events:
        verb, columns = split_event(event)
        out.append(f"UPDATE OF {ident_list(columns)}" if columns else verb.upper())
    return " OR ".join(out)
