"""Functions, procedures and triggers of the model -> their schema.yaml blocks (dump)."""

from __future__ import annotations

from ..model import Database, Function, Table, Trigger
from ..model.routines import PARALLEL, VOLATILITY
from ..sqltree import split_top_level, tokens, unwrapped
from .catalog_text import Cursor
from .dump_tables import FlowList, FlowMap

_EVENT_WORDS = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")


def routine_blocks(db: Database, schema: str) -> dict:
    """`functions:` and `procedures:` of one schema (whichever has entries)."""
    out = {}
    for key, procedure in (("functions", False), ("procedures", True)):
        found = [f for f in db.of_kind("function") if f.schema == schema and f.is_procedure == procedure]
        if found:
            out[key] = {_key(f, found): _routine(f) for f in found}
    return out


def _key(fn: Function, same_kind: list[Function]) -> str:
    """The name; `name(types)` where overloads share it (the parenthesised part is a label)."""
    overloaded = sum(1 for f in same_kind if f.name == fn.name) > 1
    return f"{fn.name}({fn.signature})" if overloaded else fn.name


def _routine(fn: Function) -> dict:
    settings = dict(entry.partition("=")[::2] for entry in fn.config)
    block: dict = {"args": fn.arguments or None}
    if not fn.is_procedure:
        block["returns"] = fn.result
    block["language"] = fn.language
    if not fn.is_procedure:
        block.update(volatility=None if fn.volatility == "v" else VOLATILITY[fn.volatility],
                     strict=fn.strict or None, parallel=None if fn.parallel == "u" else PARALLEL[fn.parallel],
                     cost=_number(fn.cost), rows=_number(fn.rows), leakproof=fn.leakproof or None)
    block.update(security_definer=fn.security_definer or None,
                 search_path=settings.pop("search_path", None),
                 config=FlowMap(settings) if settings else None, body=fn.body, comment=fn.comment)
    return {k: v for k, v in block.items() if v is not None}


def _number(value: float | None) -> int | float | None:
    return int(value) if value is not None and float(value).is_integer() else value


def trigger_blocks(db: Database, table: Table) -> dict:
    """`triggers:` of one table."""
    found = [t for t in db.of_kind("trigger") if t.table_id == table.id]
    return {t.name: _trigger(t) for t in found}


def _trigger(t: Trigger) -> dict:
    """Read pg_get_triggerdef()'s fixed layout back into the block that writes it."""
    c = Cursor(t.definition)
    c.expect("CREATE")
    constraint = c.accept("CONSTRAINT")
    c.expect("TRIGGER")
    c.name()
    block: dict = {"timing": _timing(c), "events": FlowList(_events(c))}
    c.expect("ON")
    c.name()
    if c.accept_dot():  # the table, always qualified by pg_get_triggerdef with search_path=''
        c.name()
    if constraint:
        block.update(_constraint_clauses(c, t.schema))
    if c.accept("FOR", "EACH", "ROW"):
        block["for_each"] = "row"
    else:
        c.expect("FOR", "EACH", "STATEMENT")
        block["for_each"] = "statement"
    if c.accept("WHEN"):
        block["when"] = unwrapped(c.group())
    block.update(_function(c, t.schema))
    c.done()
    if t.comment is not None:
        block["comment"] = t.comment
    return block


def _timing(c: Cursor) -> str:
    for words in (("BEFORE",), ("AFTER",), ("INSTEAD", "OF")):
        if c.accept(*words):
            return " ".join(words).lower()
    raise c.fail("expected BEFORE, AFTER or INSTEAD OF")


def _constraint_clauses(c: Cursor, schema: str) -> dict:
    """`[FROM s.t] [NOT] DEFERRABLE INITIALLY DEFERRED|IMMEDIATE` of a CONSTRAINT TRIGGER; the
    defaults (not deferrable, immediate) are left out."""
    out: dict = {"constraint": True}
    if c.accept("FROM"):
        first = c.name()
        from_schema, table = (first, c.name()) if c.accept_dot() else (schema, first)
        out["from"] = table if from_schema == schema else FlowMap({"schema": from_schema, "table": table})
    if not c.accept("NOT", "DEFERRABLE"):
        c.expect("DEFERRABLE")
        out["deferrable"] = True
    if c.accept("INITIALLY", "DEFERRED"):
        out["initially_deferred"] = True
    else:
        c.expect("INITIALLY", "IMMEDIATE")
    return out


def _events(c: Cursor) -> list[str]:
    events = []
    while True:
        verb = next((w for w in _EVENT_WORDS if c.accept(w)), None)
        if verb is None:
            raise c.fail("expected INSERT, UPDATE, DELETE or TRUNCATE")
        events.append(_update_of(c) if verb == "UPDATE" and c.accept("OF") else verb.lower())
        if not c.accept("OR"):
            return events


def _update_of(c: Cursor) -> str:
    columns = [c.name()]
    while c.i < len(c.toks) and c.toks[c.i].text == ",":
        c.i += 1
        columns.append(c.name())
    if any("," in col for col in columns):
        raise c.fail("a column name with a comma cannot be written in `update of`")
    return "update of " + ", ".join(columns)


def _function(c: Cursor, schema: str) -> dict:
    c.expect("EXECUTE")
    if not c.accept("FUNCTION"):
        c.expect("PROCEDURE")
    first = c.name()
    fn_schema, name = (first, c.name()) if c.accept_dot() else (schema, first)
    args = [_string(a, c) for a in split_top_level(c.group())]
    out: dict = {"function": name if fn_schema == schema else {"schema": fn_schema, "name": name}}
    if args:
        out["args"] = FlowList(args)
    return out


def _string(text: str, c: Cursor) -> str:
    toks = tokens(text)
    if len(toks) != 1 or toks[0].kind != "string" or not toks[0].text.startswith("'"):
        raise c.fail(f"trigger argument {text!r} is not a plain string")
    return toks[0].text[1:-1].replace("''", "'")
