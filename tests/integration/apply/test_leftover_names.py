"""The drops of what a stopped run left quote every name (render/leftovers.py): a helper in a
schema with a space, on a table with a quote, and a scratch role with a quote, are removed."""

from __future__ import annotations

import uuid

import psycopg
from catalog import catalog_fingerprint
from psycopg import sql

from schemadiff.apply import leftovers
from schemadiff.apply.ownership import Owned
from schemadiff.canonical.leftovers import PREFIX, remove_leftovers

TARGET = """
CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."we""ird" (id int);
CREATE DOMAIN "my schema"."d""om" AS int;
"""
# What an interrupted migration leaves: a NOT VALID check and domain check, a helper index.
LEFT = TARGET + """
ALTER TABLE "my schema"."we""ird" ADD CONSTRAINT "c""k_schemadiff" CHECK (id > 0) NOT VALID;
ALTER DOMAIN "my schema"."d""om" ADD CONSTRAINT "d""c_schemadiff" CHECK (VALUE > 0) NOT VALID;
CREATE UNIQUE INDEX "i""x_schemadiff" ON "my schema"."we""ird" (id);
"""


def test_helpers_with_awkward_names_are_removed(server, make_db):
    url, target = make_db(server, LEFT), make_db(server, TARGET)
    owned = [Owned("constraint", "my schema", 'we"ird', 'c"k_schemadiff', 0, 1),
             Owned("domain_check", "my schema", 'd"om', 'd"c_schemadiff', 0, 1),
             Owned("index", "my schema", "", 'i"x_schemadiff', 0, 1, helper=True)]
    with psycopg.connect(url, autocommit=True) as conn:
        removed, failed = leftovers.remove(conn, owned)
    assert (len(removed), failed) == (3, [])
    assert catalog_fingerprint(url) == catalog_fingerprint(target)


def test_an_orphaned_scratch_role_with_a_quote_is_dropped(server, db_url):
    role = f'{PREFIX}q"uote_{uuid.uuid4().hex[:8]}'
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(role)))
        try:
            assert role in remove_leftovers(conn)
            assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0] == 0
        finally:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
