"""Reading pg_cron's jobs from cron.job, and what the target says about pg_cron where it is not."""

from __future__ import annotations

import psycopg

from schemadiff.introspect import introspect
from schemadiff.model import CronJob


def _read(url: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


def test_jobs_are_read_with_every_field(cron_url):
    with psycopg.connect(cron_url, autocommit=True) as conn:
        conn.execute("SELECT cron.schedule_in_database('purge', '0 3 * * *', $$DELETE FROM t;$$, "
                     "'postgres', 'postgres', true)")
        conn.execute("SELECT cron.schedule_in_database('paused', '@daily', 'SELECT 1', 'template1', "
                     "'postgres', false)")
        conn.execute("SELECT cron.schedule('*/5 * * * *', 'SELECT 2')")  # no name
    db = _read(cron_url)
    assert db.of_kind("cron_job") == [
        CronJob("paused", "@daily", "SELECT 1", "template1", "postgres", False),
        CronJob("purge", "0 3 * * *", "DELETE FROM t", "postgres", "postgres", True),
    ]
    assert db.cron.available and (db.cron.database, db.cron.username) == ("postgres", "postgres")
    assert db.cron.database_name == "postgres" and db.cron.version.startswith("1.")
    [unnamed] = db.cron.unmanaged
    assert unnamed.startswith("pg_cron job #") and unnamed.endswith("(*/5 * * * *: SELECT 2) has no name")


def test_one_name_per_owner(cron_url):
    with psycopg.connect(cron_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS cron_other; CREATE ROLE cron_other LOGIN")
        try:
            conn.execute("SELECT cron.schedule_in_database('j', '@daily', 'SELECT 1', 'postgres', 'cron_other')")
            conn.execute("SELECT cron.schedule_in_database('j', '@hourly', 'SELECT 2', 'postgres', 'postgres')")
            db = _read(cron_url)
            conn.execute("SELECT cron.unschedule(jobid) FROM cron.job")
        finally:
            conn.execute("DROP ROLE cron_other")
    assert [j.username for j in db.of_kind("cron_job")] == ["postgres"]  # the connected role's
    assert "shares its name with the job of postgres" in db.cron.unmanaged[0]


def test_pg_cron_is_an_extension_but_its_schema_and_members_are_not_user_objects(cron_url):
    db = _read(cron_url)
    [ext] = db.of_kind("extension")
    assert (ext.name, ext.schema) == ("pg_cron", "public")  # schema.yaml may declare it (issue 9)
    assert {s.name for s in db.of_kind("schema")} == {"public"}
    assert [o.id for o in db if o.id.kind not in ("extension", "schema")] == []
    assert db.cron.preloaded and db.cron.default_version == db.cron.version


def test_where_pg_cron_is_not(server, db_url):
    info = _read(db_url).cron
    assert not info.available and info.version is None
    assert info.preloaded == server.has_pg_cron
    assert (info.default_version is not None) == server.has_pg_cron
    assert info.database_name == ("postgres" if server.has_pg_cron else None)
    assert info.database == db_url.split("/")[-1].split("?")[0]
