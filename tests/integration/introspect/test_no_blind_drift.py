"""No blind mismatch (issue 8, "Done when"): for every modelled feature, a database changed
behind schemadiff's back makes `plan --exit-code` exit 2.

One database holds a bit of every modelled feature; it is dumped once per server. Each case
changes one feature with plain DDL in a copy, and the plan of the dumped file against the copy
must see a change (exit 2), where a control proves the untouched copy plans empty (exit 0)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import sql

from schemadiff.cli import main

BASE = """
CREATE TYPE status AS ENUM ('new', 'paid');
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE SEQUENCE invoice_no START 100;
CREATE UNLOGGED SEQUENCE scratch_no;
CREATE COLLATION ci (provider = libc, locale = 'C');
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CONSTRAINT customers_email_check CHECK (email <> ''),
    nick text COLLATE ci,
    plan text NOT NULL DEFAULT 'free',
    score integer GENERATED ALWAYS AS (length(email)) STORED,
    CONSTRAINT customers_email_key UNIQUE (email));
COMMENT ON TABLE customers IS 'who pays';
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    state status NOT NULL DEFAULT 'new',
    qty positive,
    total numeric(10,2));
ALTER TABLE orders ALTER COLUMN total SET STATISTICS 800;
ALTER TABLE orders ALTER COLUMN total SET STORAGE EXTERNAL, ALTER COLUMN total SET (n_distinct = -0.5);
CREATE INDEX orders_open ON orders (customer_id) WHERE state = 'new';
CREATE UNLOGGED TABLE sessions (id bigint PRIMARY KEY);
CREATE TABLE notes (body text, at timestamptz DEFAULT now());
CREATE TABLE order_notes (order_id bigint) INHERITS (notes);
CREATE TABLE kept_notes (body text, at timestamptz DEFAULT now(), n int) INHERITS (notes);
CREATE TABLE flags (flag text, body text, at timestamptz DEFAULT now());
CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE state = 'paid';
CREATE MATERIALIZED VIEW totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY 1;
CREATE FUNCTION order_total(o_id bigint) RETURNS numeric LANGUAGE sql STABLE
    AS $$ SELECT total FROM orders WHERE id = o_id $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE CONSTRAINT TRIGGER orders_settled AFTER INSERT ON orders DEFERRABLE
    FOR EACH ROW EXECUTE FUNCTION touch();
CREATE AGGREGATE total_of(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_orders ON orders USING (customer_id > 0);
GRANT SELECT ON orders TO PUBLIC;
GRANT SELECT (email), UPDATE (plan) ON customers TO PUBLIC;
REVOKE EXECUTE ON FUNCTION order_total(bigint) FROM PUBLIC;
DO $$ BEGIN CREATE ROLE sd_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE sd_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner GRANT SELECT ON TABLES TO sd_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner IN SCHEMA public GRANT USAGE ON SEQUENCES TO sd_app;
REVOKE USAGE ON TYPE status FROM PUBLIC;
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL DEFAULT 'x',
    PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    PARTITION BY RANGE (at);
CREATE TABLE events_2026_x PARTITION OF events_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
CREATE TABLE readings (n integer NOT NULL) PARTITION BY HASH (n);
CREATE TABLE readings_0 PARTITION OF readings FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES WITH (MODULUS 2, REMAINDER 1);
"""

DRIFT = {
    "column nullability": "ALTER TABLE customers ALTER COLUMN email DROP NOT NULL",
    "column default": "ALTER TABLE customers ALTER COLUMN plan SET DEFAULT 'pro'",
    "column type": "ALTER TABLE customers ALTER COLUMN plan TYPE varchar(20)",
    "column collation": "ALTER TABLE customers ALTER COLUMN nick TYPE text COLLATE \"C\"",
    "column comment": "COMMENT ON COLUMN customers.email IS 'login'",
    "column statistics": "ALTER TABLE customers ALTER COLUMN email SET STATISTICS 500",
    "column statistics reset": "ALTER TABLE orders ALTER COLUMN total SET STATISTICS -1",
    "column compression": "ALTER TABLE customers ALTER COLUMN nick SET COMPRESSION pglz",
    "column storage": "ALTER TABLE customers ALTER COLUMN nick SET STORAGE MAIN",
    "column storage back to the type's": "ALTER TABLE orders ALTER COLUMN total SET STORAGE MAIN",
    "column options": "ALTER TABLE customers ALTER COLUMN email SET (n_distinct = 100)",
    "column option changed": "ALTER TABLE orders ALTER COLUMN total SET (n_distinct = -1)",
    "column options reset": "ALTER TABLE orders ALTER COLUMN total RESET (n_distinct)",
    "table comment": "COMMENT ON TABLE customers IS 'who pays, monthly'",
    "added column": "ALTER TABLE customers ADD COLUMN extra integer",
    "identity kind": "ALTER TABLE customers ALTER COLUMN id SET GENERATED BY DEFAULT",
    "generated expression": "ALTER TABLE customers DROP COLUMN score; "
                            "ALTER TABLE customers ADD COLUMN score integer "
                            "GENERATED ALWAYS AS (length(nick)) STORED",
    "check expression": "ALTER TABLE customers DROP CONSTRAINT customers_email_check; "
                        "ALTER TABLE customers ADD CONSTRAINT customers_email_check "
                        "CHECK (email <> 'x')",
    "foreign key action": "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey; "
                          "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY "
                          "(customer_id) REFERENCES customers ON DELETE CASCADE",
    "foreign key NOT VALID": "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey; "
                             "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY "
                             "(customer_id) REFERENCES customers NOT VALID",
    "foreign key deferrable": "ALTER TABLE orders ALTER CONSTRAINT orders_customer_id_fkey "
                              "DEFERRABLE INITIALLY DEFERRED",
    "unique key dropped": "ALTER TABLE customers DROP CONSTRAINT customers_email_key",
    "unique key storage parameters": "ALTER INDEX customers_email_key SET (fillfactor = 50)",
    "unique key INCLUDE": "ALTER TABLE customers DROP CONSTRAINT customers_email_key; "
                          "ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email) "
                          "INCLUDE (id)",
    "index predicate": "DROP INDEX orders_open; "
                       "CREATE INDEX orders_open ON orders (customer_id) WHERE state = 'paid'",
    "enum value": "ALTER TYPE status ADD VALUE 'refunded'",
    "domain check": "ALTER DOMAIN positive DROP CONSTRAINT positive_check; "
                    "ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 1)",
    "sequence increment": "ALTER SEQUENCE invoice_no INCREMENT BY 5",
    "sequence unlogged": "ALTER SEQUENCE invoice_no SET UNLOGGED",
    "sequence logged": "ALTER SEQUENCE scratch_no SET LOGGED",
    "view query": "CREATE OR REPLACE VIEW paid_orders AS "
                  "SELECT id, total FROM orders WHERE state = 'new'",
    "materialized view query": "DROP MATERIALIZED VIEW totals; CREATE MATERIALIZED VIEW totals AS "
                               "SELECT customer_id, max(total) AS total FROM orders GROUP BY 1",
    "materialized view storage parameter": "ALTER MATERIALIZED VIEW totals SET (fillfactor = 60)",
    "materialized view emptied": "REFRESH MATERIALIZED VIEW totals WITH NO DATA",
    "function body": "CREATE OR REPLACE FUNCTION order_total(o_id bigint) RETURNS numeric "
                     "LANGUAGE sql STABLE AS $$ SELECT total * 2 FROM orders WHERE id = o_id $$",
    "function volatility": "ALTER FUNCTION order_total(bigint) IMMUTABLE",
    "function parallel": "ALTER FUNCTION order_total(bigint) PARALLEL SAFE",
    "function cost": "ALTER FUNCTION order_total(bigint) COST 500",
    "function strict": "ALTER FUNCTION order_total(bigint) STRICT",
    "function security": "ALTER FUNCTION order_total(bigint) SECURITY DEFINER",
    "function setting": "ALTER FUNCTION order_total(bigint) SET search_path = public",
    "procedure body": "CREATE OR REPLACE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 2 $$",
    "trigger event": "DROP TRIGGER orders_touch ON orders; CREATE TRIGGER orders_touch "
                     "BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
    "constraint trigger deferral": "DROP TRIGGER orders_settled ON orders; CREATE CONSTRAINT TRIGGER "
                                   "orders_settled AFTER INSERT ON orders DEFERRABLE INITIALLY DEFERRED "
                                   "FOR EACH ROW EXECUTE FUNCTION touch()",
    "constraint trigger from": "DROP TRIGGER orders_settled ON orders; CREATE CONSTRAINT TRIGGER "
                               "orders_settled AFTER INSERT ON orders FROM customers DEFERRABLE "
                               "FOR EACH ROW EXECUTE FUNCTION touch()",
    "trigger made a constraint trigger": "DROP TRIGGER orders_touch ON orders; CREATE CONSTRAINT TRIGGER "
                                         "orders_touch AFTER UPDATE ON orders "
                                         "FOR EACH ROW EXECUTE FUNCTION touch()",
    "aggregate initial value": "DROP AGGREGATE total_of(numeric); CREATE AGGREGATE total_of(numeric) "
                               "(SFUNC = numeric_add, STYPE = numeric, INITCOND = '1')",
    "row level security": "ALTER TABLE orders DISABLE ROW LEVEL SECURITY",
    "forced row level security": "ALTER TABLE orders FORCE ROW LEVEL SECURITY",
    "policy expression": "ALTER POLICY own_orders ON orders USING (customer_id > 1)",
    # An object that schema.yaml names under grants: has exactly those; others are not managed.
    "grant added": "GRANT INSERT ON orders TO PUBLIC",
    "grant revoked": "REVOKE SELECT ON orders FROM PUBLIC",
    "column grant added": "GRANT SELECT (plan) ON customers TO PUBLIC",
    "column grant revoked": "REVOKE UPDATE (plan) ON customers FROM PUBLIC",
    "column grant made a table grant": "REVOKE SELECT (email) ON customers FROM PUBLIC; "
                                       "GRANT SELECT ON customers TO PUBLIC",
    "revoked default EXECUTE granted back": "GRANT EXECUTE ON FUNCTION order_total(bigint) TO PUBLIC",
    "revoked default USAGE on a type granted back": "GRANT USAGE ON TYPE status TO PUBLIC",
    # schema.yaml manages all of pg_default_acl (default_privileges:)
    "default privilege added": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner GRANT INSERT ON TABLES TO sd_app",
    "default privilege revoked": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner REVOKE SELECT ON TABLES FROM sd_app",
    "default privilege given the grant option": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner GRANT SELECT "
                                                "ON TABLES TO sd_app WITH GRANT OPTION",
    "revoked built-in default privilege granted back": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner "
                                                       "GRANT EXECUTE ON FUNCTIONS TO PUBLIC",
    "default privilege in a schema revoked": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_owner IN SCHEMA public "
                                             "REVOKE USAGE ON SEQUENCES FROM sd_app",
    "default privilege of another role added": "ALTER DEFAULT PRIVILEGES FOR ROLE sd_app GRANT USAGE "
                                               "ON TYPES TO sd_owner",
    "unlogged": "ALTER TABLE sessions SET LOGGED",
    "parent removed": "ALTER TABLE kept_notes NO INHERIT notes",
    "parent added": "ALTER TABLE flags INHERIT notes",

    "collation": "DROP COLLATION IF EXISTS unused; CREATE COLLATION unused (provider = libc, locale = 'POSIX')",
    "schema": "CREATE SCHEMA reporting",
    "extension": "CREATE EXTENSION IF NOT EXISTS citext",
    "partition bound": "ALTER TABLE events DETACH PARTITION events_2025; ALTER TABLE events ATTACH "
                       "PARTITION events_2025 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')",
    "partition added": "CREATE TABLE events_2027 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')",
    "default partition added": "CREATE TABLE events_other PARTITION OF events DEFAULT",
    "sub-partition dropped": "DROP TABLE events_2026_x",
    "partitioned index dropped": "DROP INDEX events_kind",
    "partitioned index ON ONLY, never attached": "CREATE INDEX events_at ON ONLY events (at)",
    "partition detached, no copies": "ALTER TABLE readings DETACH PARTITION readings_1",
}


@pytest.fixture(scope="module")
def dumped():
    """server name -> (schema.yaml, template database): built once per server for the module."""
    built: dict = {}
    yield built
    for server, name in built.pop("_created", []):
        server.drop_database(name)


def _base(server, dumped, tmp_path_factory):
    if server.name not in dumped:
        name, url = server.create_database()
        dumped.setdefault("_created", []).append((server, name))
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(BASE)
        out = tmp_path_factory.mktemp(f"drift-{server.name}") / "schema.yaml"
        assert main(["dump", "-d", url, "--out", str(out)]) == 0
        dumped[server.name] = (out, name)
    return dumped[server.name]


@pytest.fixture
def copy_of(server):
    """copy_of(template) -> url of a new database copied from it; dropped after the test."""
    made: list[str] = []

    def copy(template: str) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        with server.admin() as admin:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)))
        made.append(name)
        return server.url(name)

    yield copy
    for name in made:
        server.drop_database(name)


def _plan(schema, url) -> int:
    return main(["plan", "-s", str(schema), "-d", url, "--exit-code", "--no-preflight"])


def test_the_untouched_copy_plans_empty(server, dumped, copy_of, tmp_path_factory):
    schema, template = _base(server, dumped, tmp_path_factory)
    assert _plan(schema, copy_of(template)) == 0


# "enum value": dropping the value recreates the enum, whose new type starts from the default
# ACL: the plan revokes PUBLIC's USAGE again (acceptance case grants/enum_recreated_keeps_revoke).
@pytest.mark.parametrize("feature", sorted(DRIFT))
def test_drift_is_seen(feature, server, dumped, copy_of, tmp_path_factory):
    schema, template = _base(server, dumped, tmp_path_factory)
    url = copy_of(template)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(DRIFT[feature])
    assert _plan(schema, url) == 2


# A partition detached behind schemadiff's back keeps the copies of its parent's key and index as
# its own; attaching it again is refused (exit 1, naming them), which is not blind either.
def test_detached_partition_with_copies_is_refused(server, dumped, copy_of, tmp_path_factory, capsys):
    schema, template = _base(server, dumped, tmp_path_factory)
    url = copy_of(template)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE events DETACH PARTITION events_2025")
    assert _plan(schema, url) == 1
    assert "table public.events_2025: attaching it" in capsys.readouterr().err


def test_changed_partition_key_is_refused(server, dumped, copy_of, tmp_path_factory, capsys):
    schema, template = _base(server, dumped, tmp_path_factory)
    url = copy_of(template)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE readings; CREATE TABLE readings (n integer NOT NULL) PARTITION BY LIST (n)")
    assert _plan(schema, url) == 1
    assert "table public.readings: PostgreSQL cannot change a table's partitioning in place" in capsys.readouterr().err
