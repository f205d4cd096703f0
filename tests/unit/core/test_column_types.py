"""Which type changes rewrite or narrow (PITFALLS: locks and rewrites)."""

import pytest

from schemadiff.plan.strategies.column_types import narrowing, rewrites, volatile_default


@pytest.mark.parametrize("old, new, rewrite", [
    ("character varying(10)", "character varying(20)", False),
    ("character varying(10)", "text", False),
    ("character varying(20)", "character varying(10)", True),
    ("numeric(10,2)", "numeric(12,2)", False),
    ("numeric(10,2)", "numeric(12,3)", True),
    ("integer", "bigint", True),
    ("text", "character varying(5)", True),
])
def test_rewrites(old, new, rewrite):
    assert rewrites(old, new) is rewrite


@pytest.mark.parametrize("old, new, narrow", [
    ("bigint", "integer", True),
    ("integer", "bigint", False),
    ("text", "character varying(5)", True),
    ("character varying(10)", "character varying(20)", False),
    ("numeric(12,2)", "numeric(10,2)", True),
])
def test_narrowing(old, new, narrow):
    assert narrowing(old, new) is narrow


def test_volatile_defaults():
    assert volatile_default("gen_random_uuid()")
    assert not volatile_default("now()")
    assert not volatile_default("'x'::text")
    assert not volatile_default(None)
