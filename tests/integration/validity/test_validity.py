"""Validity is state the plan sees: INVALID indexes and NOT VALID constraints (issue 6 item 4).

Every check reads the catalog (pg_index.indisvalid, pg_constraint.convalidated) or the behaviour
(a duplicate INSERT refused), never schemadiff's own model.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from schemadiff.cli import main

SCHEMA = """
schemas:
  public:
    domains:
      positive: {type: integer, checks: {positive_check: VALUE > 0}}
    tables:
      customers:
        columns:
          id: {type: integer, not_null: true}
          email: {type: text, not_null: true}
        primary_key: [id]
        unique:
          customers_email_key: [email]
        checks:
          customers_id_check: id > 0
        indexes:
          customers_lower_email_uidx: {columns: [lower(email)], unique: true}
      orders:
        columns:
          id: {type: integer, not_null: true}
          customer_id: {type: integer, not_null: true, references: customers}
          quantity: public.positive
        primary_key: [id]
"""


@pytest.fixture
def schema(tmp_path: Path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(SCHEMA)
    return path


def _plan_exit(schema: Path, url: str) -> int:
    return main(["plan", "-s", str(schema), "-d", url, "--exit-code"])


def _index_valid(conn, name: str) -> bool:
    return conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = %s::regclass",
                        (name,)).fetchone()[0]


def _convalidated(conn, name: str) -> bool:
    return conn.execute("SELECT convalidated FROM pg_constraint WHERE conname = %s", (name,)).fetchone()[0]


UNIQUE_SCHEMA = """
schemas:
  public:
    tables:
      users:
        columns:
          id: {type: bigint, not_null: true}
          email: text
        primary_key: [id]
        indexes:
          users_email_uidx: {columns: [email], unique: true}
"""


def test_a_failed_unique_build_is_seen_rebuilt_and_enforced(db_conn, db_url, tmp_path, capsys):
    """The issue's scenario: CREATE UNIQUE INDEX CONCURRENTLY fails on a duplicate, the duplicate
    is removed; the INVALID index left behind must be a pending change, and apply must rebuild it."""
    schema = tmp_path / "schema.yaml"
    schema.write_text(UNIQUE_SCHEMA)
    db_conn.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)")
    db_conn.execute("INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x')")
    with pytest.raises(psycopg.errors.UniqueViolation):
        db_conn.execute("CREATE UNIQUE INDEX CONCURRENTLY users_email_uidx ON users (email)")
    db_conn.execute("DELETE FROM users WHERE id = 2")
    assert not _index_valid(db_conn, "users_email_uidx")
    capsys.readouterr()
    assert _plan_exit(schema, db_url) == 2
    assert "users_email_uidx" in capsys.readouterr().out
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert _index_valid(db_conn, "users_email_uidx")
    with pytest.raises(psycopg.errors.UniqueViolation):
        db_conn.execute("INSERT INTO users VALUES (3, 'a@x')")
    assert _plan_exit(schema, db_url) == 0


def test_a_not_valid_foreign_key_left_behind_is_proven_and_validated(db_conn, db_url, schema, capsys):
    """A failed apply can leave an FK NOT VALID; the plan must prove itself and validate it."""
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    db_conn.execute("INSERT INTO customers VALUES (1, 'a@x'); INSERT INTO orders VALUES (1, 1)")
    db_conn.execute("ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey")
    db_conn.execute("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) "
                    "REFERENCES customers NOT VALID")
    capsys.readouterr()
    assert _plan_exit(schema, db_url) == 2  # proven: a failed proof would exit 1
    out = capsys.readouterr().out
    assert "validate foreign key orders.orders_customer_id_fkey" in out, out
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert _convalidated(db_conn, "orders_customer_id_fkey")
    assert db_conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1


# Each a change behind schemadiff's back to one piece of validity state, on an applied schema.
BLIND = {
    "foreign key made NOT VALID": [
        "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) "
        "REFERENCES customers NOT VALID",
    ],
    "check made NOT VALID": [
        "ALTER TABLE customers DROP CONSTRAINT customers_id_check",
        "ALTER TABLE customers ADD CONSTRAINT customers_id_check CHECK (id > 0) NOT VALID",
    ],
    "domain check made NOT VALID": [
        "ALTER DOMAIN positive DROP CONSTRAINT positive_check",
        "ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID",
    ],
    "index made INVALID": [
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'customers_lower_email_uidx'::regclass",
    ],
    "unique constraint's index made INVALID": [
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'customers_email_key'::regclass",
    ],
    "primary key's index made INVALID": [
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_pkey'::regclass",
    ],
}


@pytest.mark.parametrize("change", list(BLIND), ids=list(BLIND))
def test_no_blind_mismatch_on_validity(db_conn, db_url, schema, change):
    """Validity changed behind schemadiff's back makes `plan --exit-code` exit 2, and apply
    restores it (catalog checked)."""
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert _plan_exit(schema, db_url) == 0
    for statement in BLIND[change]:
        db_conn.execute(statement)
    assert _plan_exit(schema, db_url) == 2
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    invalid = db_conn.execute("SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid "
                              "WHERE c.relnamespace = 'public'::regnamespace AND NOT x.indisvalid").fetchone()[0]
    not_valid = db_conn.execute("SELECT count(*) FROM pg_constraint "
                                "WHERE connamespace = 'public'::regnamespace AND NOT convalidated").fetchone()[0]
    assert (invalid, not_valid) == (0, 0)
    assert _plan_exit(schema, db_url) == 0


def test_valid_false_kept_both_ways(db_conn, db_url, schema):
    """`valid: false` makes a valid FK NOT VALID (drop and add, no scan), and back."""
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    relaxed = SCHEMA.replace("references: customers}", "references: {table: customers, valid: false}}")
    assert relaxed != SCHEMA
    schema.write_text(relaxed)
    assert _plan_exit(schema, db_url) == 2
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert not _convalidated(db_conn, "orders_customer_id_fkey")
    db_conn.execute("INSERT INTO customers VALUES (1, 'a@x')")
    with pytest.raises(psycopg.errors.ForeignKeyViolation):  # NOT VALID still checks new rows
        db_conn.execute("INSERT INTO orders VALUES (1, 2)")
    schema.write_text(SCHEMA)
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert _convalidated(db_conn, "orders_customer_id_fkey")


def test_dump_keeps_not_valid_and_plans_empty(db_url, tmp_path, make_db, server):
    """dump writes `valid: false`; planning the dump against the same database changes nothing."""
    url = make_db(server, """
        CREATE TABLE p (id int PRIMARY KEY);
        CREATE TABLE c (id int PRIMARY KEY, p_id int, n int);
        INSERT INTO c VALUES (1, 99, -1);
        ALTER TABLE c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p NOT VALID;
        ALTER TABLE c ADD CONSTRAINT c_n_check CHECK (n > 0) NOT VALID;
    """)
    out = tmp_path / "dumped.yaml"
    assert main(["dump", "-d", url, "--out", str(out)]) == 0
    text = out.read_text()
    assert text.count("valid: false") == 2, text
    assert main(["plan", "-s", str(out), "-d", url, "--exit-code"]) == 0


def test_a_failed_validate_leaves_a_state_the_next_plan_recognises(db_conn, db_url, schema, capsys):
    """Issue 6 item 3: VALIDATE fails on a violating row; the failed migration drops the NOT VALID
    key it added (its own helper), the next plan proves itself (exit 2, not a proof failure), and
    declaring `valid: false` adds the key NOT VALID for the rows to come."""
    without_fk = SCHEMA.replace("customer_id: {type: integer, not_null: true, references: customers}",
                                "customer_id: {type: integer, not_null: true}")
    schema.write_text(without_fk)
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    db_conn.execute("INSERT INTO customers VALUES (1, 'a@x'); INSERT INTO orders VALUES (1, 1), (2, 99)")
    schema.write_text(SCHEMA)
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 1  # VALIDATE meets order 2
    assert db_conn.execute("SELECT count(*) FROM pg_constraint WHERE conname = 'orders_customer_id_fkey'"
                           ).fetchone()[0] == 0
    capsys.readouterr()
    assert _plan_exit(schema, db_url) == 2
    captured = capsys.readouterr()
    assert "validate foreign key orders.orders_customer_id_fkey" in captured.out, captured
    schema.write_text(SCHEMA.replace("references: customers}", "references: {table: customers, valid: false}}"))
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert not _convalidated(db_conn, "orders_customer_id_fkey")
    assert _plan_exit(schema, db_url) == 0
    assert db_conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 2
