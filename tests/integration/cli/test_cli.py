"""The CLI end to end: exit codes 0/1/2, one-line errors without tracebacks or passwords, --out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from schemadiff.cli import main

SCHEMA = """
schemas:
  public:
    tables:
      notes:
        columns:
          id: {type: bigint, not_null: true}
          body: text
        primary_key: [id]
"""


@pytest.fixture
def schema(tmp_path: Path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(SCHEMA)
    return path


def test_plan_exit_codes_follow_the_contract(db_url, schema, capsys):
    assert main(["plan", "-s", str(schema), "-d", db_url]) == 0
    assert main(["plan", "-s", str(schema), "-d", db_url, "--exit-code"]) == 2
    assert "2 to create" in capsys.readouterr().out  # the table and its primary key
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes"]) == 0
    assert main(["plan", "-s", str(schema), "-d", db_url, "--exit-code"]) == 0


def test_plan_out_writes_the_three_files(db_url, schema, tmp_path):
    out = tmp_path / "out"
    assert main(["plan", "-s", str(schema), "-d", db_url, "--out", str(out)]) == 0
    assert "CREATE TABLE" in (out / "migration.sql").read_text()
    assert 'DROP TABLE "public"."notes"' in (out / "rollback.sql").read_text()
    doc = json.loads((out / "plan.json").read_text())
    assert doc["summary"]["create"] >= 1 and doc["fingerprint_from"]


@pytest.mark.parametrize("fmt, marker", [("sql", "BEGIN;"), ("json", '"steps"'), ("markdown", "<details>")])
def test_formats(db_url, schema, capsys, fmt, marker):
    assert main(["plan", "-s", str(schema), "-d", db_url, "--format", fmt]) == 0
    assert marker in capsys.readouterr().out


def test_apply_with_a_reviewed_plan_refuses_when_it_no_longer_matches(db_url, schema, tmp_path):
    out = tmp_path / "reviewed"
    assert main(["plan", "-s", str(schema), "-d", db_url, "--out", str(out)]) == 0
    schema.write_text(SCHEMA + "        comment: changed after review\n")
    assert main(["apply", "-s", str(schema), "-d", db_url, "--yes", "--plan", str(out)]) == 1


@pytest.mark.parametrize("text, expected", [
    ("schemas: [", "schema.yaml:1"),
    ("schemas:\n  public:\n    tables:\n      t:\n        columns:\n          a: {type: text, not_nul: true}\n",
     "did you mean 'not_null'"),
    ("schemas:\n  public:\n    tables:\n      t:\n        columns:\n          a: {type: text, not_null: maybe}\n",
     "schema.yaml:6"),
])
def test_bad_yaml_is_one_line_with_file_and_line(tmp_path, capsys, text, expected):
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    assert main(["validate", "-s", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_unreachable_database_never_prints_the_password(schema, capsys):
    url = "postgresql://app:s3cretPassw0rd@127.0.0.1:1/app?connect_timeout=2"
    assert main(["plan", "-s", str(schema), "-d", url]) == 1
    err = capsys.readouterr().err
    assert "s3cretPassw0rd" not in err and "Traceback" not in err and "127.0.0.1" in err


def test_postgres_rejecting_an_object_names_it(db_url, tmp_path, capsys):
    path = tmp_path / "schema.yaml"
    path.write_text(SCHEMA + "        checks:\n          notes_len: \"length(missing_column) > 0\"\n")
    assert main(["plan", "-s", str(path), "-d", db_url]) == 1
    err = capsys.readouterr().err
    assert "notes_len" in err and "missing_column" in err


def test_console_script_runs_as_a_process(schema, db_url):
    proc = subprocess.run([sys.executable, "-m", "schemadiff", "plan", "-s", str(schema), "-d", db_url,
                           "--exit-code"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr


def test_dump_then_plan_is_empty(db_url, tmp_path, make_db, server):
    import psycopg

    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (id serial PRIMARY KEY, s varchar(10) CHECK (s IN ('a','b')), "
                     "n numeric(15,4) DEFAULT 0, tags text[] DEFAULT ARRAY['card'])")
        conn.execute("CREATE INDEX t_s ON t (lower(s)) WHERE n > 0")
    out = tmp_path / "dumped.yaml"
    assert main(["dump", "-d", db_url, "--out", str(out)]) == 0
    assert main(["plan", "-s", str(out), "-d", db_url, "--exit-code"]) == 0


def test_the_project_is_the_working_directory_for_every_command(tmp_path, monkeypatch):
    from schemadiff.cli import options

    monkeypatch.chdir(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "schema.yaml").write_text(SCHEMA)
    with_schema = options.settings(elsewhere / "schema.yaml", None, None)
    without = options.settings(Path("schema.yaml"), None, None)
    assert with_schema.project_dir == without.project_dir == tmp_path


def test_cron_jobs_are_left_alone_on_the_embedded_default_only(monkeypatch):
    from schemadiff.pipeline import Settings

    for var in ("DATABASE_URL", "PGHOST", "PGDATABASE", "PGUSER", "PGPORT", "PGSERVICE"):
        monkeypatch.delenv(var, raising=False)
    assert not Settings().manages_cron  # the embedded sandbox has no pg_cron
    assert Settings(database="postgresql:///app").manages_cron
    assert not Settings(database="postgresql:///app", skip_cron=True).manages_cron
