"""Field types shared by the documents: names, SQL text, shorthands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, GetCoreSchemaHandler,
    GetJsonSchemaHandler,
)
from pydantic_core import PydanticCustomError, core_schema

from ..quoting import NAMEDATALEN
from . import sql_checks


class Spec(BaseModel):
    """Base of every document block: unknown keys are errors, objects are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_name(name: str) -> str:
    # Postgres truncates a longer name to 63 bytes without an error, so two long names could
    # silently become one, and the catalog would never match the file again.
    size = len(name.encode("utf-8"))
    if size >= NAMEDATALEN:
        raise ValueError(
            f"name {name!r} is {size} bytes; PostgreSQL silently truncates names to "
            f"{NAMEDATALEN - 1} bytes"
        )
    if not name or "\x00" in name:
        raise ValueError("a name must be non-empty and contain no NUL character")
    return name


def _scalar_text(value: Any) -> Any:
    """SQL text may be written as a YAML number or bool (`default: 0`); keep it as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (int, float)) else value


def _words(value: Any) -> Any:
    """`set_null`, `SET NULL` and `set null` are the same option."""
    return " ".join(value.replace("_", " ").lower().split()) if isinstance(value, str) else value


Name = Annotated[str, BeforeValidator(_scalar_text), AfterValidator(_check_name)]
SqlText = Annotated[str, BeforeValidator(_scalar_text)]
Words = BeforeValidator(_words)


def _checked(check: Callable[..., Any], what: str, **options: Any) -> Any:
    """SQL text that PostgreSQL's parser must read as exactly one `what` (spec/sql_checks.py)."""
    return Annotated[str, BeforeValidator(_scalar_text),
                     AfterValidator(lambda text: check(text, what, **options) and text)]


# Every field formatted into DDL has one of these types, so nothing unparsed reaches a server.
SqlDefault = _checked(sql_checks.expression, "a default")
SqlCheck = _checked(sql_checks.expression, "a check")
SqlGenerated = _checked(sql_checks.expression, "a generated expression")
SqlUsing = _checked(sql_checks.expression, "a `using` conversion")
SqlWhere = _checked(sql_checks.expression, "a `where` predicate")
SqlWhen = _checked(sql_checks.expression, "a trigger's `when`")
SqlPolicy = _checked(sql_checks.expression, "a policy expression", subqueries=True)
SqlType = _checked(sql_checks.type_name, "a type")
SqlQuery = _checked(sql_checks.query, "a view query")
SqlExclusion = _checked(sql_checks.exclusion, "an exclusion definition")
SqlReturns = _checked(sql_checks.returns, "returns")
SqlArgument = _checked(sql_checks.argument, "an argument")
SqlPartitionKey = _checked(sql_checks.partition_key, "a partition key")


@dataclass(frozen=True, eq=False)  # eq=False: hashable although it holds a dict
class Shorthand:
    """Accept a short form (`email: text`) by expanding it before validation.

    Expanding first keeps one model per block, so errors carry clean locations; the JSON
    schema still offers both forms to editors.
    """

    short: tuple[type, ...]
    expand: Callable[[Any], dict]
    short_schema: dict
    expected: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_before_validator_function(self._before, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: GetJsonSchemaHandler) -> dict:
        return {"anyOf": [self.short_schema, handler(schema)]}

    def _before(self, value: Any) -> Any:
        if isinstance(value, self.short) or (value is None and type(None) in self.short):
            return self.expand(value)
        if isinstance(value, (dict, BaseModel)):
            return value
        raise PydanticCustomError("shorthand", "expected {expected}", {"expected": self.expected})


def short_str(key: str, expected: str) -> Shorthand:
    """A block that may be written as one string: `email: text` is `{type: text}`."""
    return Shorthand((str,), lambda v: {key: v}, {"type": "string"}, expected)


def short_list(key: str, expected: str) -> Shorthand:
    """A block that may be written as a list: `[id]` is `{columns: [id]}`."""
    schema = {"type": "array", "items": {"type": "string"}}
    return Shorthand((list,), lambda v: {key: v}, schema, expected)


def empty_ok(expected: str) -> Shorthand:
    """A block that may be left empty (`pgcrypto:`), meaning all defaults."""
    return Shorthand((type(None),), lambda v: {}, {"type": "null"}, expected)
