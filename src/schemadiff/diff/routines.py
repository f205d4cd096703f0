"""What a function that is dropped, or dropped and created again, takes with it.

Postgres refuses to drop a function while a trigger, a column default, a view, a policy, a
check, an index or another (SQL-standard) function uses it (PITFALLS). Those users come from the
current model's pg_depend edges: each is dropped before the function and created again after it
in its desired form; a column default is removed and set again, since its table stays.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Column, Database, DbObject, ObjectId, Table
from .changes import Alter, Change, Create, Drop, Replace
from .identifiers import catalog_ident
from .objects import COMPARERS, Comparer


@dataclass(frozen=True)
class RebuildDefaults:
    """Column defaults that call a function being dropped and created again: removed before the
    drop, set again (unchanged) after the create."""

    table: Table  # the desired table
    columns: tuple[Column, ...]  # desired columns whose default is set again

    @property
    def id(self) -> ObjectId:
        return self.table.id


def rebuild_function_users(changes: list[Change], current: Database, desired: Database) -> list:
    """`changes` plus the rebuilds that dropped or replaced functions need."""
    gone = [ch.id for ch in changes if isinstance(ch, (Drop, Replace)) and ch.id.kind == "function"]
    if not gone:
        return changes
    by_id = {ch.id: ch for ch in changes if not isinstance(ch, RebuildDefaults)}
    out, todo, seen = list(changes), list(gone), set(gone)
    while todo:
        used = todo.pop()
        for user in _users(current, used):
            rebuilt = _rebuild(user, used, by_id, desired, out)
            if rebuilt and user.id not in seen:
                seen.add(user.id)
                todo.append(user.id)
    return _regranted(out, current, desired)


def _regranted(changes: list, current: Database, desired: Database) -> list:
    """A function dropped (and maybe created again) loses its grants with it: no REVOKE of its
    own for the old ones, and the desired ones granted again on the new function."""
    dropped = {ch.id for ch in changes if isinstance(ch, (Drop, Replace)) and ch.id.kind == "function"}
    old = {g.id for g in current.of_kind("grant") if g.object_id in dropped}
    new = [g for g in desired.of_kind("grant") if g.object_id in dropped]
    if not old and not new:
        return changes
    touched = old | {g.id for g in new}
    return [ch for ch in changes if ch.id not in touched] + [Create(g) for g in new]


def _users(current: Database, used: ObjectId) -> list[DbObject]:
    return [obj for obj in current if used in obj.depends_on]


def _rebuild(user: DbObject, used: ObjectId, by_id: dict, desired: Database, out: list) -> bool:
    """Add what rebuilding `user` takes to `out`; True when the user itself is dropped."""
    change = by_id.get(user.id)
    new = desired.get(user.id)
    if isinstance(user, Table):
        if not isinstance(change, Drop) and isinstance(new, Table):
            _rebuild_defaults(user, new, used, out)
        return False
    if isinstance(change, (Drop, Replace)) or new is None:
        return True
    if isinstance(change, Alter):
        out.remove(change)
    out += [Drop(user), Create(new)]
    by_id[user.id] = out[-2]
    return True


def _rebuild_defaults(old: Table, new: Table, used: ObjectId, out: list) -> None:
    columns = tuple(
        col for col in new.columns
        if col.default is not None and _calls(col.default, used)
        and (before := old.column(col.name)) is not None and before.default == col.default
    )
    if columns:
        out.append(RebuildDefaults(new, columns))


def _calls(expression: str, function: ObjectId) -> bool:
    """Whether a default (catalog text, names qualified) mentions the function by name."""
    return f"{catalog_ident(function.schema)}.{catalog_ident(function.name)}(" in expression


def renamed_trigger(trigger, new_table: ObjectId):
    """A trigger moved to its table's declared new name, its text as Postgres will print it."""
    old_on = f" ON {catalog_ident(trigger.schema)}.{catalog_ident(trigger.table)} "
    new_on = f" ON {catalog_ident(new_table.schema)}.{catalog_ident(new_table.name)} "
    return replace(trigger, table=new_table.name, definition=trigger.definition.replace(old_on, new_on, 1))


# CREATE OR REPLACE cannot change the result type, rename an argument, drop a default or turn a
# function into a procedure; anything else it can.
COMPARERS.register("function", Comparer(frozenset({"arguments", "result", "kind"}), settles_text=True))
