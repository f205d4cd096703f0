"""Reading back what the catalog prints for dump: a CHECK's expression as written (texts taken
from PostgreSQL 15), and the constraint clauses schema.yaml has no key for, refused by name."""

from __future__ import annotations

import pytest
import yaml

from schemadiff.model import Column, Database, Table
from schemadiff.spec import DumpError, dump
from schemadiff.spec.catalog_text import parse_check
from constraint_models import sql_constraint


def test_not_valid_is_ignored():
    assert parse_check("CHECK ((a > 0)) NOT VALID") == "(a > 0)"


def test_check_keeps_the_catalog_expression():
    assert parse_check("CHECK ((a = ANY (ARRAY[1, 2])))") == "(a = ANY (ARRAY[1, 2]))"
    assert parse_check("CHECK (active)") == "active"
    assert parse_check("CHECK ((lower(nick) <> ''::text))") == "(lower(nick) <> ''::text)"


def test_foreign_key_with_every_clause_is_dumped():
    db = Database.of([
        Table("public", "Order", (Column("id", "int"), Column("pid", "int"))),
        sql_constraint("public", "Order", "f", "f", 'FOREIGN KEY (pid) REFERENCES public."Order"(id) '
                       "MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE",
                       ("pid",), ("public", "Order"), ("id",)),
    ])
    block = yaml.safe_load(dump(db))["schemas"]["public"]["tables"]["Order"]["foreign_keys"]["f"]
    assert block == {"columns": ["pid"], "references": {"table": "Order", "columns": ["id"]},
                     "match": "full", "on_update": "cascade", "on_delete": "set null",
                     "deferrable": True}


@pytest.mark.parametrize("kind, text, what", [
    ("f", "FOREIGN KEY (a) REFERENCES public.t(a) ON DELETE SET NULL (a)", "SET DEFAULT \\(columns\\)"),
    ("p", "PRIMARY KEY (a) INCLUDE (x)", "INCLUDE"),
])
def test_what_schema_yaml_cannot_say_is_refused(kind, text, what):
    ref = ("public", "t") if kind == "f" else None
    db = Database.of([Table("public", "t", (Column("a", "int"), Column("x", "int"))),
                      sql_constraint("public", "t", "c", kind, text, ("a",), ref, ("a",) if ref else ())])
    with pytest.raises(DumpError, match=f"cannot write constraint 'c'.*{what}"):
        dump(db)
