"""schema.yaml `default_privileges:` (issue 8): the rules, to_model against the built-in defaults,
the dump, and the SQL each operation renders."""

from __future__ import annotations

from conftest import model, spec_error
from schemadiff.model import PUBLIC, Database, DefaultPrivilege, Schema
from schemadiff.plan import make_plan
from schemadiff.render import statements
from schemadiff.spec import dump, parse_spec, to_model

DOC = """\
default_privileges:
  - for_role: owner
    on: functions
    grants: {PUBLIC: [], app: [execute]}
  - for_role: owner
    in_schema: app
    on: functions
    grants: {PUBLIC: [], app: [execute]}
  - for_role: owner
    on: tables
    grants: {reporting: {privileges: [select], with_grant_option: true}, app: []}
schemas:
  app: {}
"""


def _entries(text: str) -> dict[str, DefaultPrivilege]:
    return {e.id.display(): e for e in model(text).of_kind("default_privilege")}


def test_a_global_entry_revokes_the_builtin_default_an_in_schema_one_cannot():
    entries = _entries(DOC)
    assert entries["default privilege owner functions:PUBLIC"].revoked == ("EXECUTE",)
    # IN SCHEMA only adds to the global default: PUBLIC: [] there is no entry at all
    assert "default_privilege app.owner functions:PUBLIC" not in entries
    assert entries["default_privilege app.owner functions:app"].privileges == ("EXECUTE",)
    # a grantee listed with nothing beyond the defaults is no entry either
    assert "default privilege owner tables:app" not in entries


def test_grant_option_and_privileges_are_kept():
    e = _entries(DOC)["default privilege owner tables:reporting"]
    assert (e.privileges, e.with_grant_option, e.revoked) == (("SELECT",), True, ())


def test_a_second_entry_for_the_same_role_schema_and_kind_is_refused_at_its_line():
    err = spec_error("""\
        default_privileges:
          - {for_role: owner, on: tables, grants: {app: [select]}}
          - {for_role: owner, on: tables, grants: {app: [insert]}}
        """)
    assert err.line == 3 and "a second entry for role 'owner', on tables" in err.message


def test_in_schema_is_refused_on_schemas_and_privileges_are_checked_per_kind():
    err = spec_error("default_privileges: [{for_role: o, in_schema: s, on: schemas, grants: {}}]\n")
    assert "cannot be IN SCHEMA" in err.message
    err = spec_error("default_privileges: [{for_role: o, on: sequences, grants: {a: [execute]}}]\n")
    assert "'execute' is not a privilege on sequences" in err.message


def test_dump_writes_every_grantee_with_all_it_holds_and_loads_back():
    entries = model(DOC).of_kind("default_privilege")
    text = dump(Database.of(entries))
    again = to_model(parse_spec(text)).of_kind("default_privilege")
    assert sorted(again, key=lambda e: e.id) == sorted(entries, key=lambda e: e.id)
    assert "PUBLIC: []" in text


def test_render_quotes_every_name_and_the_rollback_is_the_inverse():
    e = DefaultPrivilege('o"wner', 'a"pp', "tables", 'g"x', ("SELECT",), with_grant_option=True)
    public = DefaultPrivilege("o", "", "functions", PUBLIC, (), revoked=("EXECUTE",))
    schema = Schema('a"pp')  # kept: a dropped schema takes its IN SCHEMA entries with it
    forward = make_plan(Database.of([schema]), Database.of([schema, e, public]))
    back = make_plan(Database.of([schema, e, public]), Database.of([schema]))
    assert [s for op in forward.ops for s in statements(op)] == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "o" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC',
        'ALTER DEFAULT PRIVILEGES FOR ROLE "o""wner" IN SCHEMA "a""pp" GRANT SELECT ON TABLES '
        'TO "g""x" WITH GRANT OPTION',
    ]
    assert [s for op in back.ops for s in statements(op)] == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "o" GRANT EXECUTE ON FUNCTIONS TO PUBLIC',
        'ALTER DEFAULT PRIVILEGES FOR ROLE "o""wner" IN SCHEMA "a""pp" REVOKE SELECT ON TABLES FROM "g""x"',
    ]
    assert any(h for op in back.ops for h in op.hazards())  # PUBLIC given EXECUTE back: security


def test_an_in_schema_entry_goes_with_its_dropped_schema():
    e = DefaultPrivilege("o", "app", "tables", "g", ("SELECT",))
    ops = make_plan(Database.of([Schema("app"), e]), Database.of([])).ops
    assert [op.target for op in ops] == [Schema("app").id]  # DROP SCHEMA only: no REVOKE first
