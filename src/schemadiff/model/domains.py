"""Domains: a base type with a default, NOT NULL and checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..sqltree import constraint_fields, not_valid
from .ids import ObjectId
from .kinds import register_kind


def domain_id(schema: str, name: str) -> ObjectId:
    return ObjectId("domain", schema, name)


@dataclass(frozen=True, slots=True)
class Domain:
    schema: str
    name: str
    base_type: str  # format_type() of the base type with search_path=''
    not_null: bool = False
    default: str | None = None  # pg_get_expr() text
    # (name, pg_get_constraintdef text such as `CHECK (VALUE > 0)`, with ` NOT VALID` when
    # !convalidated: the state is part of the text), sorted by name
    checks: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return domain_id(self.schema, self.name)


def check_definition(expression: str, valid: bool = True) -> str:
    """The text a domain's check has in the model: `CHECK (expr)`, ` NOT VALID` when not valid."""
    return f"CHECK ({expression})" + ("" if valid else " NOT VALID")


def check_parts(definition: str) -> tuple[str, bool]:
    """(`CHECK (expr)` without NOT VALID, valid) of a domain check's text, read by the parser."""
    return check_definition(constraint_fields(definition)["expression"]), not not_valid(definition)


register_kind("domain", Domain, family="domains", rank=40)
