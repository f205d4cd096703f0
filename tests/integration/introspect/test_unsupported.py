"""What the model cannot hold is refused, naming the object and the feature; never approximated.

Each case builds a database with one feature schemadiff does not model and checks that
introspect() raises UnsupportedFeature listing exactly that (object, feature), and that `dump`
and `plan --exit-code` exit 1 with the message and no traceback.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.cli import main
from schemadiff.errors import UnsupportedFeature
from schemadiff.introspect import introspect
from schemadiff.introspect.unsupported import unsupported

T = "CREATE TABLE t (id int PRIMARY KEY, body text);"

# (id, sql, object, feature fragment)
CASES = [
    # partitioning is modelled; a partition's columns must be its parent's
    ("partition default", "CREATE TABLE m (at date, v int) PARTITION BY LIST (at);"
                          " CREATE TABLE m_1 PARTITION OF m FOR VALUES IN ('2024-01-01');"
                          " ALTER TABLE m_1 ALTER COLUMN v SET DEFAULT 1;",
     "table public.m_1", "columns differ from those of its parent public.m"),
    ("partition column order", "CREATE TABLE m (at date, v int) PARTITION BY LIST (at);"
                               " CREATE TABLE m_1 (v int, at date);"
                               " ALTER TABLE m ATTACH PARTITION m_1 FOR VALUES IN ('2024-01-01');",
     "table public.m_1", "columns differ from those of its parent public.m"),
    ("partition column comment", "CREATE TABLE m (at date) PARTITION BY LIST (at);"
                                 " CREATE TABLE m_1 PARTITION OF m FOR VALUES IN ('2024-01-01');"
                                 " COMMENT ON COLUMN m_1.at IS 'day';",
     "table public.m_1", "comment on partition column at"),
    # a column the child inherits and does not declare is read as the parent's
    ("inherited column default", "CREATE TABLE p (a int); CREATE TABLE c () INHERITS (p);"
                                 " ALTER TABLE c ALTER COLUMN a SET DEFAULT 1;",
     "column public.c.a", "inherited column with its own DEFAULT"),
    ("inherited column not null", "CREATE TABLE p (a int); CREATE TABLE c () INHERITS (p);"
                                  " ALTER TABLE c ALTER COLUMN a SET NOT NULL;",
     "column public.c.a", "inherited column with its own NOT NULL"),
    ("typed table", "CREATE TYPE pair AS (a int, b int); CREATE TABLE tt OF pair;",
     "table public.tt", "OF public.pair (typed table)"),
    ("identity sequence persistence",
     "CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY); ALTER SEQUENCE i_id_seq SET UNLOGGED;",
     "sequence public.i_id_seq", "UNLOGGED identity sequence of a logged table"),
    ("replica identity index dropped", f"{T} ALTER TABLE t REPLICA IDENTITY USING INDEX t_pkey;"
                                       " ALTER TABLE t DROP CONSTRAINT t_pkey;",
     "table public.t", "REPLICA IDENTITY USING INDEX (its index was dropped)"),
    ("cluster", f"{T} ALTER TABLE t CLUSTER ON t_pkey;", "table public.t", "CLUSTER ON t_pkey"),
    ("rule", f"{T} CREATE RULE no_del AS ON DELETE TO t DO INSTEAD NOTHING;",
     "table public.t", "RULE no_del"),
    ("view trigger",
     "CREATE VIEW v AS SELECT 1 AS a; CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql"
     " AS 'BEGIN RETURN NEW; END'; CREATE TRIGGER tg INSTEAD OF INSERT ON v"
     " FOR EACH ROW EXECUTE FUNCTION f();",
     "view public.v", "trigger tg (triggers on views"),
    ("disabled trigger",
     f"{T} CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';"
     " CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();"
     " ALTER TABLE t DISABLE TRIGGER tg;",
     "table public.t", "trigger tg is DISABLED"),
    # a table column's storage and options are modelled, not those of a column the model lacks
    ("matview storage", "CREATE MATERIALIZED VIEW mv AS SELECT 'a'::text AS body;"
                        " ALTER MATERIALIZED VIEW mv ALTER COLUMN body SET STORAGE EXTERNAL;",
     "column public.mv.body", "STORAGE EXTERNAL"),
    ("partition storage", "CREATE TABLE m (at date, v text) PARTITION BY LIST (at);"
                          " CREATE TABLE m_1 PARTITION OF m FOR VALUES IN ('2024-01-01');"
                          " ALTER TABLE m_1 ALTER COLUMN v SET STORAGE MAIN;",
     "table public.m_1", "columns differ from those of its parent public.m"),
    ("inherited column storage", "CREATE TABLE p (a text); CREATE TABLE c () INHERITS (p);"
                                 " ALTER TABLE c ALTER COLUMN a SET STORAGE EXTERNAL;",
     "column public.c.a", "inherited column with its own STORAGE EXTERNAL"),
    ("matview column options", "CREATE MATERIALIZED VIEW mv AS SELECT 'a'::text AS body;"
                               " ALTER MATERIALIZED VIEW mv ALTER COLUMN body SET (n_distinct = 10);",
     "column public.mv.body", "column options n_distinct=10"),
    ("partition column options", "CREATE TABLE m (at date, v text) PARTITION BY LIST (at);"
                                 " CREATE TABLE m_1 PARTITION OF m FOR VALUES IN ('2024-01-01');"
                                 " ALTER TABLE m_1 ALTER COLUMN v SET (n_distinct = -1);",
     "column public.m_1.v", "column options n_distinct=-1"),
    ("inherited column options", "CREATE TABLE p (a text); CREATE TABLE c () INHERITS (p);"
                                 " ALTER TABLE c ALTER COLUMN a SET (n_distinct_inherited = 5);",
     "column public.c.a", "column options n_distinct_inherited=5"),
    ("matview compression", "CREATE MATERIALIZED VIEW mv AS SELECT 'a'::text AS body;"
                            " ALTER MATERIALIZED VIEW mv ALTER COLUMN body SET COMPRESSION pglz;",
     "column public.mv.body", "COMPRESSION pglz"),
    ("index statistics target", f"{T} CREATE INDEX t_lower ON t (lower(body));"
                                " ALTER INDEX t_lower ALTER COLUMN 1 SET STATISTICS 500;",
     "column public.t_lower.lower", "SET STATISTICS 500"),
    ("column privileges on a view",
     f"{T} CREATE VIEW v AS SELECT id, body FROM t; GRANT SELECT (body) ON v TO PUBLIC;",
     "column public.v.body", "column privileges"),
    ("language internal",
     "CREATE FUNCTION my_lower(text) RETURNS text LANGUAGE internal IMMUTABLE AS 'lower';",
     "function public.my_lower(text)", "LANGUAGE internal"),
    ("execute revoked from the owner",
     "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';"
     " REVOKE EXECUTE ON FUNCTION one() FROM CURRENT_USER;",
     "function public.one()", "privileges revoked from its owner"),
    ("select revoked from the owner", f"{T} REVOKE SELECT ON t FROM CURRENT_USER;",
     "table public.t", "privileges revoked from its owner"),
    ("usage revoked from the owner", "CREATE TYPE mood AS ENUM ('a');"
     " REVOKE USAGE ON TYPE mood FROM CURRENT_USER;",
     "type public.mood", "privileges revoked from its owner"),
    ("moving aggregate", "CREATE AGGREGATE my_sum(int) (SFUNC = int4pl, STYPE = int,"
     " MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = int);",
     "aggregate public.my_sum(integer)", "MSFUNC (moving aggregate)"),
    ("composite type", "CREATE TYPE pair AS (a int, b int);",
     "type public.pair", "composite types are not modelled"),
    ("range type", "CREATE TYPE floatrange AS RANGE (subtype = float8);",
     "type public.floatrange", "range types are not modelled"),
    ("operator",
     "CREATE FUNCTION eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';"
     " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq);",
     "operator public.===(integer, integer)", "operators are not modelled"),
    ("cast",
     "CREATE TYPE mood AS ENUM ('a'); CREATE FUNCTION m2i(mood) RETURNS int LANGUAGE sql"
     " IMMUTABLE AS 'SELECT 1'; CREATE CAST (mood AS int) WITH FUNCTION m2i(mood);",
     "cast (public.mood AS integer)", "casts are not modelled"),
    ("text search", "CREATE TEXT SEARCH CONFIGURATION my_cfg (COPY = pg_catalog.english);",
     "text search configuration public.my_cfg", "text search objects are not modelled"),
    ("statistics object", f"{T} CREATE STATISTICS st ON id, body FROM t;",
     "statistics object public.st", "extended statistics"),
    ("publication", f"{T} CREATE PUBLICATION pub FOR TABLE t;",
     "publication pub", "publications are not modelled"),
    ("event trigger",
     "CREATE FUNCTION et() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';"
     " CREATE EVENT TRIGGER no_ddl ON ddl_command_start EXECUTE FUNCTION et();",
     "event trigger no_ddl", "event triggers are not modelled"),
    ("foreign table",
     "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w;"
     " CREATE FOREIGN TABLE ft (a int) SERVER s;",
     "foreign table public.ft", "foreign tables are not modelled"),
    # default privileges are modelled, but not the role's own (implicit, as an owner's are)
    ("default privileges revoked from the role itself",
     "ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM CURRENT_USER;",
     "default privileges for role", "privileges revoked from the role itself"),
    ("default privileges granted to the role itself in a schema",
     "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO CURRENT_USER;",
     "default privileges for role", "privileges granted to the role itself"),
]


def _has(found: list[tuple[str, str]], obj: str, feature: str) -> bool:
    return any(o.startswith(obj) and feature in f for o, f in found)


@pytest.mark.parametrize("sql, obj, feature", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_feature_is_refused_naming_object_and_feature(server, make_db, sql, obj, feature):
    url = make_db(server, sql)
    with psycopg.connect(url, autocommit=True) as conn:
        with pytest.raises(UnsupportedFeature) as raised:
            introspect(conn)
    assert _has(raised.value.found, obj, feature), raised.value.found
    assert f"{obj}" in str(raised.value) and feature in str(raised.value)


def test_refuse_false_reads_past_it_for_schemadiffs_own_scratch_databases(server, make_db):
    """The proof's reads (apply/proof.py) skip the refusal: the same database reads, without it."""
    url = make_db(server, f"{T} CREATE RULE no_del AS ON DELETE TO t DO INSTEAD NOTHING;")
    with psycopg.connect(url, autocommit=True) as conn:
        with pytest.raises(UnsupportedFeature):
            introspect(conn)
        assert [t.name for t in introspect(conn, refuse=False).of_kind("table")] == ["t"]


def test_not_enforced_is_refused_on_18(server, make_db):
    if server.version_num < 180000:
        pytest.skip("NOT ENFORCED exists from PostgreSQL 18")
    url = make_db(server, "CREATE TABLE c (a int, CONSTRAINT pos CHECK (a > 0) NOT ENFORCED);")
    with psycopg.connect(url) as conn:
        assert _has(unsupported(conn), "table public.c", "constraint pos NOT ENFORCED")


def test_not_null_no_inherit_is_refused_on_18(server, make_db):
    """PostgreSQL 18 names NOT NULL constraints; the model keeps NOT NULL on the column only."""
    if server.version_num < 180000:
        pytest.skip("NOT NULL ... NO INHERIT exists from PostgreSQL 18")
    url = make_db(server, "CREATE TABLE c (a int NOT NULL NO INHERIT);")
    with psycopg.connect(url) as conn:
        assert _has(unsupported(conn), "table public.c", "constraint c_a_not_null NO INHERIT")


def test_virtual_generated_column_is_refused_on_18(server, make_db):
    if server.version_num < 180000:
        pytest.skip("virtual generated columns exist from PostgreSQL 18")
    url = make_db(server, "CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);")
    with psycopg.connect(url) as conn:
        assert _has(unsupported(conn), "column public.g.b", "VIRTUAL")


@pytest.mark.parametrize("sql", [
    # the defaults of every refused attribute are modelled, and so accepted
    "CREATE FUNCTION one() RETURNS int LANGUAGE sql PARALLEL SAFE COST 5 LEAKPROOF AS 'SELECT 1';",
    "CREATE FUNCTION many() RETURNS SETOF int LANGUAGE sql ROWS 10 AS 'SELECT 1';",
    "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';",
    "CREATE TABLE i (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, s smallserial);",
    "CREATE TABLE t (a int, b text); ALTER TABLE t REPLICA IDENTITY DEFAULT;"
    " ALTER TABLE t ALTER COLUMN b SET STORAGE EXTENDED;",
    "CREATE TABLE t (v text); CREATE INDEX t_v ON t USING gin (to_tsvector('simple', v));"
    " CREATE INDEX t_h ON t USING hash (v); CREATE INDEX t_b ON t USING brin (v);",
    "CREATE VIEW v WITH (security_barrier) AS SELECT 1 AS a;"
    " CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a;",
    "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT pos CHECK (a > 0) NOT VALID;",
    "CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN pos AS int CHECK (VALUE > 0);"
    " CREATE TABLE t (m mood[], p pos[]);",
    "CREATE UNLOGGED TABLE u (a int PRIMARY KEY, b serial, c int GENERATED ALWAYS AS IDENTITY);"
    " CREATE UNLOGGED SEQUENCE s;",
    f"{T} ALTER TABLE t SET (fillfactor = 70, toast.autovacuum_enabled = false);"
    " ALTER TABLE t ALTER COLUMN body SET STATISTICS 500, ALTER COLUMN body SET COMPRESSION pglz;",
    f"{T} ALTER TABLE t REPLICA IDENTITY FULL; CREATE TABLE n (a int); ALTER TABLE n REPLICA IDENTITY NOTHING;"
    " CREATE TABLE k (a int PRIMARY KEY); ALTER TABLE k REPLICA IDENTITY USING INDEX k_pkey;",
    "CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY (START 100 INCREMENT 5 CACHE 10 CYCLE));",
    "CREATE TABLE c (a int, CONSTRAINT pos CHECK (a > 0) NO INHERIT);",
    "CREATE MATERIALIZED VIEW mv WITH (fillfactor = 50) AS SELECT 'a'::text AS a WITH NO DATA;"
    " ALTER MATERIALIZED VIEW mv SET (toast.autovacuum_enabled = false);",
    # storage and options of a table column; storage set on a parent reaches its partitions and
    # its children's inherited columns alike, so theirs stay their parent's
    f"{T} ALTER TABLE t ALTER COLUMN body SET STORAGE MAIN, ALTER COLUMN id SET (n_distinct = -1);"
    " CREATE TABLE m (at date, v text) PARTITION BY LIST (at);"
    " CREATE TABLE m_1 PARTITION OF m FOR VALUES IN ('2024-01-01');"
    " ALTER TABLE m ALTER COLUMN v SET STORAGE EXTERNAL, ALTER COLUMN v SET (n_distinct_inherited = 3);"
    " CREATE TABLE p (a text); CREATE TABLE c () INHERITS (p); ALTER TABLE p ALTER COLUMN a SET STORAGE MAIN;",
], ids=["function defaults", "set-returning defaults", "procedure", "identity defaults",
        "explicit defaults", "index methods and options", "views", "not valid", "types",
        "unlogged", "storage parameters", "replica identity", "identity options", "no inherit",
        "matview storage and no data", "column storage and options"])
def test_modelled_features_are_not_refused(server, make_db, sql):
    url = make_db(server, sql)
    with psycopg.connect(url) as conn:
        assert unsupported(conn) == []
        introspect(conn)


def test_extension_members_are_never_refused(server, make_db):
    """hstore brings a base type, operators, casts, opclasses: all the extension's."""
    url = make_db(server, "CREATE EXTENSION hstore;")
    with psycopg.connect(url) as conn:
        assert unsupported(conn) == []


def test_index_method_from_an_extension_and_storage_parameters_are_read(server, make_db):
    """bloom stands for pgvector's hnsw: an access method an extension brings, now modelled."""
    with psycopg.connect(make_db(server), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'bloom'").fetchone():
            pytest.skip(f"{server.name} ships without contrib's bloom")
        conn.execute("CREATE EXTENSION bloom; CREATE TABLE t (a int);"
                     " CREATE INDEX t_a ON t USING bloom (a) WITH (length = 64);")
        assert unsupported(conn) == []
        index = next(i for i in introspect(conn).of_kind("index") if i.name == "t_a")
    assert (index.method, index.parameters) == ("bloom", (("length", "64"),))


def test_message_lists_twenty_then_counts_the_rest():
    found = [(f"table public.t{i}", "UNLOGGED") for i in range(25)]
    text = UnsupportedFeature(found).render()
    assert "table public.t19: UNLOGGED" in text and "table public.t20" not in text
    assert "and 5 more" in text and "hint:" in text


@pytest.mark.parametrize("sql, obj, feature", [
    (f"{T} ALTER TABLE t CLUSTER ON t_pkey;", "table public.t", "CLUSTER ON t_pkey"),
    ("CREATE TABLE m (at date, v int) PARTITION BY RANGE (at); CREATE TABLE m_1 PARTITION OF m"
     " FOR VALUES FROM (MINVALUE) TO (MAXVALUE); ALTER TABLE m_1 ALTER COLUMN v SET NOT NULL;",
     "table public.m_1", "columns differ from those of its parent public.m"),
    ("CREATE FUNCTION my_lower(text) RETURNS text LANGUAGE internal IMMUTABLE AS 'lower';",
     "function public.my_lower(text)", "LANGUAGE internal"),
], ids=["cluster", "partition NOT NULL", "language internal"])
def test_dump_and_plan_exit_1_naming_it(server, make_db, tmp_path: Path, capsys, sql, obj, feature):
    url = make_db(server, sql)
    schema = tmp_path / "schema.yaml"
    schema.write_text("schemas:\n  public: {}\n")
    for argv in (["dump", "-d", url], ["plan", "-s", str(schema), "-d", url, "--exit-code"]):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert obj in err and feature in err and "cannot manage" in err, err
        assert "Traceback" not in err
