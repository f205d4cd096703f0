"""schema.yaml grants beyond the whole-object form (issue 8): column privileges, USAGE on enums
and domains, revoked defaults (`PUBLIC: []`); the rules, to_model, and dump."""

from __future__ import annotations

import pytest

from conftest import model, spec_error
from schemadiff.model import PUBLIC, Column, Database, Domain, Grant, Schema, Table
from schemadiff.model.types import EnumType
from schemadiff.spec import dump, parse_spec, to_model

SCHEMA = """\
schemas:
  public:
    enums: {mood: [sad, happy]}
    domains: {email: text}
    tables:
      orders:
        columns: {id: integer, total: numeric, status: text}
    functions:
      transfer: {args: a uuid, returns: void, language: sql, body: SELECT 1}
    grants:
      tables:
        orders:
          app:
            privileges: [insert]
            columns: {select: [id, total], update: [status, total]}
      functions:
        "transfer(uuid)": {PUBLIC: [], authenticated: [execute]}
        "other(integer)": {PUBLIC: [execute]}
      types:
        mood: {PUBLIC: []}
        email: {app: [usage]}
"""


def _grants(text: str) -> dict[str, Grant]:
    return {g.id.name: g for g in model(text).of_kind("grant")}


def test_column_grants_are_one_grant_per_column_beside_the_table_grant():
    grants = _grants(SCHEMA)
    assert grants["table orders:app"].privileges == ("INSERT",)
    assert grants["column orders(total):app"].privileges == ("SELECT", "UPDATE")
    assert grants["column orders(status):app"].privileges == ("UPDATE",)
    assert grants["column orders(id):app"].object_id == grants["table orders:app"].object_id


def test_public_listed_with_nothing_revokes_its_default():
    grants = _grants(SCHEMA)
    transfer = grants["function transfer(uuid):PUBLIC"]
    assert (transfer.privileges, transfer.revoked) == ((), ("EXECUTE",))
    assert grants["function other(integer):PUBLIC"].revoked == ()  # the default, said aloud
    assert grants["function transfer(uuid):authenticated"].privileges == ("EXECUTE",)
    assert grants["enum mood:PUBLIC"].revoked == ("USAGE",)
    assert grants["domain email:app"].privileges == ("USAGE",)


@pytest.mark.parametrize("text, where, message", [
    ("schemas: {public: {tables: {t: {columns: {a: text}}}, "
     "grants: {tables: {t: {app: {columns: {select: [b]}}}}}}}",
     "schemas.public.grants.tables.t.app.columns.select[0]", "column 'b' is not declared"),
    ("schemas: {public: {tables: {t: {columns: {a: text}}}, "
     "grants: {tables: {t: {app: {columns: {delete: [a]}}}}}}}",
     "schemas.public.grants.tables.t.app.columns.delete", "'delete' is not a column privilege"),
    ("schemas: {public: {views: {v: SELECT 1 AS a}, "
     "grants: {views: {v: {app: {columns: {select: [a]}}}}}}}",
     "schemas.public.grants.views.v.app.columns", "column privileges are modelled on tables"),
    ("schemas: {public: {enums: {mood: [a]}, grants: {types: {mod: {app: [usage]}}}}}",
     "schemas.public.grants.types.mod", "type 'mod' is not declared"),
    ("schemas: {public: {enums: {mood: [a]}, grants: {types: {mood: {app: [select]}}}}}",
     "schemas.public.grants.types.mood.app.privileges[0]", "'select' is not a privilege on types"),
])
def test_grant_rules(text, where, message):
    err = spec_error(text)
    assert message in str(err) and where in str(err), str(err)


P = "public"
CATALOG = Database.of([
    Schema(P),
    EnumType(P, "mood", ("sad", "happy")),
    Domain(P, "email", "text"),
    Table(P, "orders", (Column("id", "integer"), Column("status", "text"))),
    Grant(P, "table", "orders", "app", ("INSERT",)),
    Grant(P, "column", "orders", "app", ("SELECT", "UPDATE"), column="id"),
    Grant(P, "column", "orders", "app", ("SELECT",), column="status"),
    Grant(P, "column", "orders", PUBLIC, ("SELECT",), column="id"),
    Grant(P, "function", "f", PUBLIC, (), signature="integer", revoked=("EXECUTE",)),
    Grant(P, "function", "f", "app", ("EXECUTE",), signature="integer"),
    Grant(P, "enum", "mood", PUBLIC, (), revoked=("USAGE",)),
    Grant(P, "domain", "email", "app", ("USAGE",), True),
    Grant(P, "schema", P, PUBLIC, ("CREATE",)),  # beside the USAGE every database gives PUBLIC
])


def test_dump_round_trip():
    text = dump(CATALOG)
    assert "PUBLIC: [create, usage]" in text and "f(integer):\n          PUBLIC: []\n" in text
    assert "columns: {select: [id, status], update: [id]}" in text
    back = {oid: g for oid, g in to_model(parse_spec(text)).objects.items() if oid.kind == "grant"}
    wanted = {oid: g for oid, g in CATALOG.objects.items() if oid.kind == "grant"}
    assert back == wanted, text
