"""Schemas and extensions, and everything introspection must leave out."""

from __future__ import annotations

from schemadiff.model import Extension, ObjectId, Schema
from schemadiff.model.ids import extension_id, schema_id


def test_empty_database_has_only_public(inspect):
    db = inspect()
    # PostgreSQL 15 changed public's comment and owner; both servers print this comment.
    assert list(db) == [Schema("public", comment="standard public schema")]


def test_schema_with_comment(inspect):
    db = inspect("""
        CREATE SCHEMA app;
        COMMENT ON SCHEMA app IS 'the application''s tables';
    """)
    assert db.get(schema_id("app")) == Schema("app", comment="the application's tables")


def test_extension_adds_only_the_extension(inspect):
    """citext brings a type, functions, operators: all members (deptype 'e'), none reported."""
    before = inspect()
    after = inspect("CREATE EXTENSION citext")
    added = {oid: obj for oid, obj in after.objects.items() if oid not in before.objects}
    assert list(added) == [extension_id("citext")]
    ext = added[extension_id("citext")]
    assert ext == Extension("citext", schema="public")
    assert ext.version  # not compared, but read


def test_extension_in_its_own_schema(inspect):
    db = inspect("CREATE SCHEMA ext; CREATE EXTENSION hstore SCHEMA ext")
    assert db.get(extension_id("hstore")) == Extension("hstore", schema="ext")
    assert db.get(extension_id("hstore")).depends_on == {schema_id("ext")}


def test_plpgsql_is_baseline_not_an_object(inspect):
    assert extension_id("plpgsql") not in inspect().objects


def test_history_and_cron_schemas_are_skipped(inspect):
    db = inspect("""
        CREATE SCHEMA schemadiff;
        CREATE TABLE schemadiff.history (id int PRIMARY KEY);
        CREATE SCHEMA cron;
        CREATE TABLE cron.job (jobid int PRIMARY KEY);
        CREATE TYPE cron.t AS ENUM ('a');
    """)
    assert {o.id for o in db} == {schema_id("public")}


def test_extension_owned_schema_is_skipped(inspect):
    """An extension script may create a schema; it is a member, like its other objects."""
    db = inspect("""
        CREATE SCHEMA owned;
        CREATE TABLE owned.t (id int);
        CREATE EXTENSION citext;
        ALTER EXTENSION citext ADD SCHEMA owned;
        ALTER EXTENSION citext ADD TABLE owned.t;
    """)
    assert {o.id for o in db} == {schema_id("public"), extension_id("citext")}


def test_temporary_and_toast_schemas_are_skipped(inspect):
    # A temp table creates pg_temp_N and pg_toast_temp_N for this session.
    db = inspect("CREATE TEMP TABLE scratch (payload text)")
    assert [o.id for o in db] == [schema_id("public")]
    assert all(isinstance(o, Schema) for o in db)


def test_server_version_is_recorded(inspect, server):
    assert inspect().server_version == server.version_num


def test_ids_are_typed(inspect):
    db = inspect("CREATE SCHEMA a")
    assert ObjectId("schema", "", "a") in db.objects
