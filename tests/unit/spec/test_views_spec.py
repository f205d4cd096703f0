"""schema.yaml for views, domains, row-level security, policies and grants: shapes, rules,
to_model and dump."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import model, spec_error
from schemadiff.model import PUBLIC, Column, Database, Domain, Grant, Index, Policy, Schema, Table, View
from schemadiff.spec import dump, parse_spec, to_model
from index_models import body_index
from schemadiff.model.indexes import IndexKey

SCHEMA = """\
schemas:
  public:
    domains:
      qty: {type: integer, not_null: true, default: "1", checks: {positive: VALUE > 0}}
      email: text
    tables:
      t:
        columns: {id: integer, owner: text}
        rls: {enabled: true, forced: true}
        policies:
          mine: {command: select, roles: [app, PUBLIC], using: owner = current_user}
          writers: {roles: [app], permissive: false, using: "true", with_check: "true"}
    views:
      v: SELECT id FROM t
      w: {query: "SELECT id FROM v", security_barrier: true, check_option: local, comment: W}
      m:
        query: SELECT owner, count(*) AS n FROM t GROUP BY owner
        materialized: true
        indexes: {m_owner: {columns: [owner], unique: true}, m_n: [n DESC, lower(owner)]}
    grants:
      schema: {app: [usage]}
      tables: {t: {app: [select, insert], public: [select]}}
      views: {v: {app: {privileges: [select], with_grant_option: true}}, m: {}}
      functions: {"f(integer,  text)": {app: [execute]}}
"""


def test_to_model():
    db = model(SCHEMA)
    t = db.get(Table("public", "t").id)
    assert t.rls_enabled and t.rls_forced
    assert db.get(Policy("public", "t", "mine").id).roles == (PUBLIC,)  # PUBLIC takes in all
    assert db.get(Policy("public", "t", "writers").id).command == "ALL"
    w = db.get(View("public", "w", False, "").id)
    assert w.options == ("check_option=local", "security_barrier=true") and w.comment == "W"
    m = db.get(View("public", "m", True, "").id)
    assert m.materialized and m.definition.startswith("SELECT owner")
    assert {i.name: i.keys for i in db.of_kind("index")} == {
        "m_owner": (IndexKey.of("owner"),), "m_n": (IndexKey.of("n", descending=True), IndexKey.of(expression="lower(owner)"))}
    assert db.get(Domain("public", "qty", "").id).checks == (("positive", "CHECK (VALUE > 0)"),)
    grants = {g.id.name: g for g in db.of_kind("grant")}
    assert grants["table t:PUBLIC"].privileges == ("SELECT",)
    assert grants["view v:app"].with_grant_option
    assert grants["matview m:"].privileges == ()  # `{}`: managed, nothing granted
    assert grants["function f(integer, text):app"].signature == "integer, text"


@pytest.mark.parametrize("text, key, message", [
    ("schemas: {public: {views: {v: {query: SELECT 1, indexes: {i: [a]}}}}}",
     "schemas.public.views.v.indexes", "only a materialized view can have indexes"),
    ("schemas: {public: {views: {v: {query: SELECT 1, materialized: true, security_invoker: true}}}}",
     "schemas.public.views.v.security_invoker", "security_invoker applies to plain views"),
    ("schemas: {public: {tables: {t: {policies: {p: {command: insert, using: x}}}}}}",
     "schemas.public.tables.t.policies.p.using", "an insert policy cannot have `using`"),
    ("schemas: {public: {tables: {t: {policies: {p: {command: selekt}}}}}}",
     "schemas.public.tables.t.policies.p.command", "expected one of"),
    ("schemas: {public: {tables: {t: {}}, grants: {tables: {t: {app: [execute]}}}}}",
     "schemas.public.grants.tables.t.app.privileges[0]", "'execute' is not a privilege on tables"),
    ("schemas: {public: {tables: {orders: {}}, grants: {tables: {order: {app: [select]}}}}}",
     "schemas.public.grants.tables.order", "table 'order' is not declared in this schema"),
    ("schemas: {public: {grants: {functions: {f: {app: [execute]}}}}}",
     "schemas.public.grants.functions.f", "'f' does not name a function"),
    ("schemas: {public: {tables: {t: {}}, views: {t: SELECT 1}}}",
     "schemas.public.views.t", "has the same name as"),
    ("schemas: {public: {enums: {e: [a]}, domains: {e: text}}}",
     "schemas.public.domains.e", "domain 'e' has the same name as enum 'e'"),
])
def test_rules_name_the_key(text, key, message):
    err = spec_error(text)
    assert err.key == key and message in err.message, (err.key, err.message)
    assert err.line == 1


def test_an_error_points_at_its_line():
    err = spec_error("""\
        schemas:
          public:
            views:
              v:
                query: SELECT 1
                materialzed: true
        """)
    assert err.line == 6 and "did you mean 'materialized'" in err.message


P = "public"
CATALOG = Database.of([
    Schema(P),
    Domain(P, "qty", "integer", True, "1", (("positive", "CHECK ((VALUE > 0))"),), "Quantity"),
    Table(P, "t", (Column("id", "integer"), Column("owner", "text")), rls_enabled=True),
    Policy(P, "t", "mine", "SELECT", True, ("app",), "(owner = CURRENT_USER)"),
    Policy(P, "t", "strict", "ALL", False, (PUBLIC,), "(id > 0)", "(id < 10)", "c"),
    View(P, "v", False, "SELECT t.id\n   FROM public.t", (("id", "integer"),),
         ("security_barrier=true",), "V"),
    View(P, "m", True, "SELECT t.owner\n   FROM public.t", (("owner", "text"),)),
    View(P, "m2", True, "SELECT t.id\n   FROM public.t", (("id", "integer"),),
         ("autovacuum_enabled=false", "fillfactor=70", "toast.autovacuum_vacuum_threshold=100"),
         populated=False),
    body_index(P, "m_owner", "m", True, 'USING btree ("owner")'),
    Grant(P, "schema", P, "app", ("CREATE", "USAGE"), True),
    Grant(P, "view", "v", PUBLIC, ("SELECT",)),
    Grant(P, "function", "f", "app", ("EXECUTE",), signature="integer, text"),
])


def test_dump_round_trip():
    text = dump(CATALOG)
    back = to_model(parse_spec(text))
    assert set(back.objects) == set(CATALOG.objects), text
    for oid, obj in CATALOG.objects.items():
        if isinstance(obj, View):  # a view's columns are only known once Postgres parsed it
            obj = replace(obj, columns=())
        if isinstance(obj, Domain):  # checks are dumped without their outer parentheses
            obj = replace(obj, checks=(("positive", "CHECK (VALUE > 0)"),))
        assert back.get(oid) == obj, (oid, text)
