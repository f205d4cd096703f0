"""`apply` and `rollback` --lock-timeout/--lock-retry-budget end to end: wait lines on stderr, a clean exit 1 naming the blocker."""

from __future__ import annotations

from pathlib import Path

import psycopg

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


def test_apply_behind_a_blocker_prints_each_wait_and_fails_naming_it(server, make_db, tmp_path: Path, capsys):
    url = make_db(server, "CREATE TABLE public.notes (id bigint PRIMARY KEY);")
    schema = tmp_path / "schema.yaml"
    schema.write_text(SCHEMA)
    with psycopg.connect(url, application_name="cli-blocker") as blocker:
        blocker.execute("SELECT * FROM public.notes")
        code = main(["apply", "-s", str(schema), "-d", url, "--yes", "--lock-timeout", "300ms",
                     "--lock-retry-budget", "2s"])
        pid = blocker.info.backend_pid
    err = capsys.readouterr().err
    assert code == 1
    assert f"waiting for a lock on public.notes (ACCESS EXCLUSIVE): blocked by pid {pid} (cli-blocker" in err
    assert "retry 1 in" in err
    # one error line: the failed migration, then the lock it could not get and who holds it
    error = next(line for line in err.splitlines() if line.startswith("error: "))
    assert "could not get a lock on public.notes" in error and f"pg_terminate_backend({pid})" in err
    with psycopg.connect(url) as conn:  # the column was not added
        assert conn.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'notes' "
                            "AND column_name = 'body'").fetchone()[0] == 0


def test_a_bad_budget_is_one_line_and_exit_1(tmp_path: Path, capsys):
    assert main(["apply", "-s", str(tmp_path / "schema.yaml"), "--lock-retry-budget", "soon"]) == 1
    assert "'soon' is not a duration" in capsys.readouterr().err


def test_rollback_behind_a_blocker_prints_each_wait_as_apply_does(server, make_db, tmp_path: Path, capsys):
    url = make_db(server, "CREATE TABLE public.notes (id bigint PRIMARY KEY);")
    schema = tmp_path / "schema.yaml"
    schema.write_text(SCHEMA)
    assert main(["apply", "-s", str(schema), "-d", url, "--yes", "--quiet"]) == 0
    capsys.readouterr()
    with psycopg.connect(url, application_name="rollback-blocker") as blocker:
        blocker.execute("SELECT * FROM public.notes")
        code = main(["rollback", "-s", str(schema), "-d", url, "--yes", "--lock-timeout", "300ms",
                     "--lock-retry-budget", "2s"])
        pid = blocker.info.backend_pid
    err = capsys.readouterr().err
    assert code == 1
    assert f"waiting for a lock on public.notes (ACCESS EXCLUSIVE): blocked by pid {pid} (rollback-blocker" in err
    assert "retry 1 in" in err
    error = next(line for line in err.splitlines() if line.startswith("error: "))
    assert "could not get a lock on public.notes" in error and f"pg_terminate_backend({pid})" in err
    with psycopg.connect(url) as conn:  # the rollback did not drop the column
        assert conn.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'notes' "
                            "AND column_name = 'body'").fetchone()[0] == 1
    # and once the blocker is gone the same rollback goes through
    assert main(["rollback", "-s", str(schema), "-d", url, "--yes", "--quiet"]) == 0


def test_rollback_quiet_behind_a_blocker_prints_only_the_final_error(server, make_db, tmp_path: Path, capsys):
    url = make_db(server, "CREATE TABLE public.notes (id bigint PRIMARY KEY);")
    schema = tmp_path / "schema.yaml"
    schema.write_text(SCHEMA)
    assert main(["apply", "-s", str(schema), "-d", url, "--yes", "--quiet"]) == 0
    capsys.readouterr()
    with psycopg.connect(url) as blocker:
        blocker.execute("SELECT * FROM public.notes")
        code = main(["rollback", "-d", url, "--yes", "--quiet", "--lock-timeout", "200ms",
                     "--lock-retry-budget", "1s"])
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 1 and lines[0].startswith("error: ") and "could not get a lock on public.notes" in lines[0]
    assert not [line for line in lines if line.startswith("waiting for")]
