"""Enum types."""

from __future__ import annotations

from schemadiff.model import EnumType
from schemadiff.model.ids import enum_id, schema_id


def test_enum_values_in_sort_order(inspect):
    db = inspect("""
        CREATE TYPE status AS ENUM ('new', 'shipped');
        ALTER TYPE status ADD VALUE 'paid' BEFORE 'shipped';
        ALTER TYPE status ADD VALUE 'cancelled';
        COMMENT ON TYPE status IS 'order lifecycle';
    """)
    assert db.get(enum_id("public", "status")) == EnumType(
        "public", "status", ("new", "paid", "shipped", "cancelled"), comment="order lifecycle")


def test_enum_without_values(inspect):
    db = inspect("CREATE TYPE nothing AS ENUM ()")
    assert db.get(enum_id("public", "nothing")) == EnumType("public", "nothing", ())


def test_labels_are_raw_text(inspect):
    db = inspect("""CREATE SCHEMA "Odd"; CREATE TYPE "Odd"."a type" AS ENUM ('it''s', 'a,b', '"q"', 'ünï', ' ')""")
    assert db.get(enum_id("Odd", "a type")) == EnumType(
        "Odd", "a type", ("it's", "a,b", '"q"', "ünï", " "))
    assert db.get(enum_id("Odd", "a type")).depends_on == {schema_id("Odd")}


def test_other_types_are_not_enums(inspect):
    db = inspect("""
        CREATE DOMAIN positive AS int CHECK (VALUE > 0);
        CREATE TABLE t (a int);
    """)
    assert db.of_kind("enum") == []


def test_extension_enum_is_skipped(inspect):
    # No contrib extension ships an enum, so adopt one into an extension by hand.
    db = inspect("""
        CREATE EXTENSION citext;
        CREATE TYPE mood AS ENUM ('ok');
        ALTER EXTENSION citext ADD TYPE mood;
    """)
    assert db.of_kind("enum") == []
