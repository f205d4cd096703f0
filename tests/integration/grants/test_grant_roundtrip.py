"""Column grants, grants on types and domains, and revoked defaults (issue 8): dump, plan
against the source (empty), apply to an empty database (identical catalog: attacl, typacl,
proacl, nspacl), dump again (a fixed point), roll back (the empty database again)."""

from __future__ import annotations

import psycopg
import pytest
import yaml

from schemadiff.pipeline import Settings, apply, compute_plan, dump, rollback
from tests.catalog import catalog_differences, catalog_fingerprint

ROLES = ("sd_app", "sd_authenticated")

SOURCE = """
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO sd_app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.email AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE app.open_type AS ENUM ('x');
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO sd_app;
REVOKE USAGE ON DOMAIN app.email FROM PUBLIC;
GRANT USAGE ON TYPE app.open_type TO sd_app WITH GRANT OPTION;
CREATE TABLE app.orders (id integer PRIMARY KEY, total numeric NOT NULL, status text,
                         "Odd Col" text, feeling app.mood, contact app.email);
GRANT INSERT ON app.orders TO sd_app;
GRANT SELECT (id, total, "Odd Col"), UPDATE (status) ON app.orders TO sd_app;
GRANT REFERENCES (id) ON app.orders TO sd_authenticated WITH GRANT OPTION;
GRANT SELECT (id) ON app.orders TO PUBLIC;
CREATE FUNCTION app.transfer(account uuid, amount numeric) RETURNS void LANGUAGE sql
    SECURITY DEFINER SET search_path = pg_catalog, app, pg_temp
    AS $$ UPDATE app.orders SET total = total + amount WHERE id = 1 $$;
REVOKE EXECUTE ON FUNCTION app.transfer(uuid, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.transfer(uuid, numeric) TO sd_authenticated;
CREATE FUNCTION app.private() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON FUNCTION app.private() FROM PUBLIC;
"""


@pytest.fixture
def roles(server) -> tuple[str, ...]:
    """The grantees exist on `server` (roles are cluster-wide and outlive the databases)."""
    with server.admin() as conn:
        for name in ROLES:
            conn.execute(f"DO $$ BEGIN CREATE ROLE {name}; "
                         "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    return ROLES


def _dump(url: str, tmp_path) -> str:
    return dump(Settings(schema=tmp_path / "unused.yaml", database=url, project_dir=tmp_path))


def test_dump_says_what_each_grantee_holds(server, make_db, roles, tmp_path):
    grants = yaml.safe_load(_dump(make_db(server, SOURCE), tmp_path))["schemas"]["app"]["grants"]
    assert grants["functions"]["transfer(uuid, numeric)"] == {
        "PUBLIC": [], "sd_authenticated": ["execute"]}
    assert grants["functions"]["private()"] == {"PUBLIC": []}
    assert grants["tables"]["orders"] == {
        "PUBLIC": {"columns": {"select": ["id"]}},
        "sd_app": {"privileges": ["insert"],
                   "columns": {"select": ["Odd Col", "id", "total"], "update": ["status"]}},
        "sd_authenticated": {"columns": {"references": ["id"]}, "with_grant_option": True},
    }
    assert grants["types"] == {
        "email": {"PUBLIC": []}, "mood": {"PUBLIC": [], "sd_app": ["usage"]},
        "open_type": {"sd_app": {"privileges": ["usage"], "with_grant_option": True}},
    }


def test_dump_rebuilds_the_same_privileges_and_rolls_back(server, make_db, roles, tmp_path):
    source = make_db(server, SOURCE)
    text = _dump(source, tmp_path)
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    plan = compute_plan(Settings(schema=schema, database=source, project_dir=tmp_path)).forward
    assert plan.empty, [op.describe() for op in plan.ops]
    target = make_db(server, "")
    empty = catalog_fingerprint(target)
    settings = Settings(schema=schema, database=target, project_dir=tmp_path)
    apply(settings, allow_destructive=True, confirm=lambda r: True)
    diff = catalog_differences(catalog_fingerprint(source), catalog_fingerprint(target))
    assert diff == {}, repr(diff)
    assert _dump(target, tmp_path) == text, "dumping the rebuilt database is not a fixed point"
    rollback(settings, confirm=lambda r: True)
    assert catalog_differences(empty, catalog_fingerprint(target)) == {}


def test_public_never_holds_a_new_definer_function(server, make_db, roles, tmp_path):
    """The REVOKE runs in the CREATE FUNCTION's transaction: a role that is only PUBLIC cannot
    execute it at any point after apply (checked with has_function_privilege)."""
    source = make_db(server, SOURCE)
    schema = tmp_path / "schema.yaml"
    schema.write_text(_dump(source, tmp_path))
    target = make_db(server, "")
    result = compute_plan(Settings(schema=schema, database=target, project_dir=tmp_path))
    batches = result.forward.batches()
    creating = [ops for in_tx, ops in batches
                if any(op.describe().startswith("create function app.transfer") for op in ops)]
    assert len(creating) == 1 and any(
        op.describe() == "revoke default EXECUTE on function app.transfer(uuid, numeric) from PUBLIC"
        for op in creating[0]), [[op.describe() for op in ops] for _, ops in batches]
    apply(Settings(schema=schema, database=target, project_dir=tmp_path),
          allow_destructive=True, confirm=lambda r: True)
    with psycopg.connect(target) as conn:
        can = conn.execute("SELECT has_function_privilege('sd_app', "
                           "'app.transfer(uuid, numeric)', 'EXECUTE'), "
                           "has_function_privilege('sd_authenticated', "
                           "'app.transfer(uuid, numeric)', 'EXECUTE')").fetchone()
    assert can == (False, True)
