"""Operations on functions, procedures and triggers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...model import Function, ObjectId, Trigger
from .base import SECURITY, LockMode, Op
from .tables import SetColumnDefault

PINNED_PATH = "pg_catalog, public, pg_temp"


def security_hazards(fn: Function) -> tuple:
    """SECURITY DEFINER runs with the owner's rights: a caller who can put objects earlier on the
    search_path (pg_temp is searched first unless listed) can make it run their code."""
    if not fn.security_definer:
        return ()
    path = fn.setting("search_path")
    what = f"{_kind(fn)} {fn.schema}.{fn.name} is SECURITY DEFINER"
    if path is None:
        return ((SECURITY, f"{what} without a pinned search_path: set search_path: "
                           f"\"{PINNED_PATH}\" (pg_temp last)"),)
    if [p.strip().strip('"') for p in path.split(",")][-1] != "pg_temp":
        return ((SECURITY, f"{what} and its search_path ({path}) does not end with pg_temp, so "
                           f"temporary objects are searched first: use \"{PINNED_PATH}\""),)
    return ()


def _kind(fn: Function) -> str:
    return "procedure" if fn.is_procedure else "function"


@dataclass(frozen=True)
class CreateFunction(Op):
    lock_mode = LockMode.NONE
    function: Function
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.function.id

    def hazards(self):
        return security_hazards(self.function)

    def describe(self) -> str:
        return f"create {_kind(self.function)} {self.function.schema}.{self.function.name}({self.function.signature})"


@dataclass(frozen=True)
class ReplaceFunction(Op):
    """CREATE OR REPLACE: same arguments and result, new body or attributes. Dependent triggers,
    defaults and views keep working, and its grants are kept."""

    lock_mode = LockMode.NONE
    old: Function
    new: Function

    @property
    def target(self) -> ObjectId:
        return self.new.id

    def hazards(self):
        return security_hazards(self.new)

    def describe(self) -> str:
        return f"replace {_kind(self.new)} {self.new.schema}.{self.new.name}({self.new.signature})"


@dataclass(frozen=True)
class AlterFunction(ReplaceFunction):
    """ALTER FUNCTION/PROCEDURE: only attributes changed (volatility, STRICT, SECURITY DEFINER,
    LEAKPROOF, PARALLEL, COST, ROWS, SET parameters), so the body is not sent again."""

    def describe(self) -> str:
        return f"alter {_kind(self.new)} {self.new.schema}.{self.new.name}({self.new.signature})"


@dataclass(frozen=True)
class DropFunction(Op):
    lock_mode = LockMode.NONE
    function: Function
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.function.id

    def describe(self) -> str:
        return f"drop {_kind(self.function)} {self.function.schema}.{self.function.name}({self.function.signature})"


@dataclass(frozen=True)
class _OnTrigger(Op):
    """An operation on one trigger, which locks its table."""

    trigger: Trigger

    @property
    def target(self) -> ObjectId:
        return self.trigger.id

    @property
    def table(self) -> ObjectId:
        return self.trigger.table_id


@dataclass(frozen=True)
class CreateTrigger(_OnTrigger):
    lock_mode = LockMode.SHARE_ROW_EXCLUSIVE
    action = "create"


@dataclass(frozen=True)
class DropTrigger(_OnTrigger):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    action = "drop"


@dataclass(frozen=True)
class ReleaseColumnDefault(SetColumnDefault):
    """DROP DEFAULT on a column whose default calls a function that is dropped and created again;
    a plain SET DEFAULT puts it back after. It ends the use of the old function, so it runs
    before that function's drop even though the table still needs the function in the end."""

    releases: ClassVar[bool] = True

    def describe(self) -> str:
        return f"drop default on {self.table_name}.{self.column} until its function is recreated"


@dataclass(frozen=True)
class RestoreColumnDefault(SetColumnDefault):
    """SET DEFAULT again, the same text, once its function exists in its new form. The text is
    resolved again when it runs, so it runs after the old function (another overload it could
    still bind to) is gone: `rebinds`."""

    rebinds: ClassVar[bool] = True

    def describe(self) -> str:
        return f"set default {self.default} on {self.table_name}.{self.column} again"
