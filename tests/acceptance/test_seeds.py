"""The shipped schema.yaml against the seeds' documents: from nothing, and from their "before"
state with rows, without losing a row, and back again.

The seeds declare pg_cron jobs. On a server with pg_cron (PostgreSQL 15 with Debian's
postgresql-15-cron) each test runs in the cron database (`cron_url`), so the jobs are planned,
applied and rolled back too; on the embedded PostgreSQL 18, which has no pg_cron, the run opts out
with `skip_cron=True` (--skip-cron)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import make_plan

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).parent / "seeds"
SEED_JOBS = {"cleanup-expired-sessions", "cleanup-idempotency-keys", "process-reconciliation",
             "update-metrics"}


@dataclass(frozen=True)
class Target:
    url: str
    with_cron: bool

    def settings(self, project_dir: Path) -> Settings:
        return Settings(schema=ROOT / "schema.yaml", database=self.url, project_dir=project_dir,
                        skip_cron=not self.with_cron)


@pytest.fixture
def target(server, request) -> Target:
    """An empty database to apply the seeds in: the cron database where pg_cron is, else a new one."""
    if server.has_pg_cron:
        return Target(request.getfixturevalue("cron_url"), True)
    return Target(request.getfixturevalue("make_db")(server, ""), False)


def _model(url):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


def _run(url, sql_text):
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql_text)


def _jobs(url) -> set[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {r[0] for r in conn.execute("SELECT jobname FROM cron.job")}


def _counts(url) -> dict:
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")]
        return {t: conn.execute(psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(t))
                                ).fetchone()[0] for t in tables}


def _columns(url) -> dict[str, list[str]]:
    """table -> its columns, in order, as the catalog has them."""
    with psycopg.connect(url, autocommit=True) as conn:
        out: dict[str, list[str]] = {}
        for table, column in conn.execute(
                "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                " WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
                " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum"):
            out.setdefault(table, []).append(column)
        return out


def _checksum(url, table: str, columns: list[str]) -> tuple[int, str]:
    """(count, md5) of the rows of `table` over `columns`, each value as text, in a fixed order."""
    sql = psycopg.sql
    values = sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns)
    query = sql.SQL("SELECT count(*), md5(coalesce(string_agg(r, '|' ORDER BY r), '')) FROM "
                    "(SELECT concat_ws(',', {}) AS r FROM {}) s").format(values, sql.Identifier(table))
    with psycopg.connect(url, autocommit=True) as conn:
        return tuple(conn.execute(query).fetchone())


def _kept_columns(before: dict[str, list[str]]) -> dict[str, list[tuple[str, str, str]]]:
    """table -> (new table, old column, new column) for each column the target keeps, through the
    renames schema.yaml declares (a table's or a column's `renamed_from`)."""
    tables = {t.renamed_from or t.name: t for t in _spec_tables() if t.schema == "public"}
    out = {}
    for table, columns in before.items():
        target = tables.get(table)
        if target is None:
            continue
        # A declared rename wins over a new column that reuses the old name (products.metadata
        # becomes stripe_metadata, and a new, empty metadata is added).
        names = {c.name: c.name for c in target.columns if not c.renamed_from}
        names |= {c.renamed_from: c.name for c in target.columns if c.renamed_from}
        out[table] = [(target.name, c, names[c]) for c in columns if c in names]
    return out


def _yes(_):
    return True


def test_from_nothing_and_back(target, tmp_path):
    empty = _model(target.url)
    settings = target.settings(tmp_path)
    result = apply(settings, allow_destructive=False, confirm=_yes)
    assert result.forward.summary()["create"] > 100
    assert compute_plan(settings).forward.empty
    if target.with_cron:
        assert _jobs(target.url) == SEED_JOBS
    rollback(settings, confirm=_yes)
    assert make_plan(_model(target.url), empty).empty
    if target.with_cron:
        assert _jobs(target.url) == set()


def test_from_the_documents_before_state_without_losing_a_row(target, tmp_path):
    _run(target.url, (SEEDS / "before.sql").read_text() + "\n" + (SEEDS / "seed_rows.sql").read_text())
    start, rows_before = _model(target.url), _counts(target.url)
    kept = _kept_columns(_columns(target.url))
    sums_before = {t: _checksum(target.url, t, [old for _, old, _ in cols]) for t, cols in kept.items()}
    settings = target.settings(tmp_path)

    def nothing_deleted(forward) -> None:
        assert not forward.destructive, [m for _, c, m in forward.hazards() if c == "deletes_data"]

    confirm = _checking(nothing_deleted)
    apply(settings, allow_destructive=False, confirm=confirm)
    assert confirm.asked
    assert compute_plan(settings).forward.empty
    after = _counts(target.url)
    renamed = {t.renamed_from: t.name for t in _spec_tables() if t.renamed_from}
    for table, n in rows_before.items():
        assert after[renamed.get(table, table)] == n, table
    # Every value of every kept column is still there, under its new name: checksums per table.
    for table, cols in kept.items():
        assert _checksum(target.url, cols[0][0], [new for _, _, new in cols]) == sums_before[table], table
    rollback(settings, confirm=_yes)
    assert make_plan(_model(target.url), start).empty
    assert _counts(target.url) == rows_before


def _spec_tables():
    from schemadiff import spec

    return spec.to_model(spec.load_spec(ROOT / "schema.yaml")).tables()


def _rows(url, query):
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(query).fetchall()


# What 000 Scripts 2 and 3 give each product that existed before, read back as one checksum each.
_FEATURES = ("SELECT count(*), md5(string_agg(stripe_product_id || '/' || feature_name || '/' || feature_type || '/' "
             "|| default_value::text, ',' ORDER BY stripe_product_id)) FROM product_features "
             "WHERE feature_key = 'quotes_limit'")
_METRICS = ("SELECT count(*), md5(string_agg(stripe_product_id || '/' || metric_name || '/' || unit || '/' "
            "|| unit_label, ',' ORDER BY stripe_product_id)) FROM usage_metrics WHERE metric_key = 'quotes_generated'")


def _expected(products: list[str], row: str) -> list[tuple]:
    """(count, md5) of one row per product, as the checksum query builds it."""
    text = ",".join(f"{p}/{row}" for p in sorted(products))
    return [(len(products), __import__("hashlib").md5(text.encode()).hexdigest())]


def _checking(check):
    """apply's confirmation, running `check` on the very plan apply is about to run (apply plans
    and proves itself: a compute_plan before it would repeat all of that)."""
    def confirm(result) -> bool:
        check(result.forward)
        confirm.asked = True
        return True

    confirm.asked = False
    return confirm


def _steps_after_what_they_need(forward) -> None:
    descs = [op.describe() for op in forward.ops]
    runs = {d: i for i, d in enumerate(descs) if d.startswith("run data step")}
    assert sorted(runs) == ["run data step backfill_users_account_status", "run data step init_product_features",
                            "run data step init_usage_metrics"]
    # each after what its INSERT ... ON CONFLICT needs: the table, its unique key, the column it reads
    for step, needs in (("init_product_features", ("create table public.product_features",
                                                    "add unique product_features.product_features_stripe_product_id",
                                                    "add column products.tier")),
                        ("init_usage_metrics", ("create table public.usage_metrics",
                                                "add unique usage_metrics.usage_metrics_stripe_product_id")),
                        ("backfill_users_account_status", ("add column users.account_status",))):
        for need in needs:
            assert max(i for i, d in enumerate(descs) if d.startswith(need)) < runs[f"run data step {step}"], need


def test_the_data_steps_fill_the_new_tables_once_and_rollback_undoes_them(target, tmp_path):
    _run(target.url, (SEEDS / "before.sql").read_text() + "\n" + (SEEDS / "seed_rows.sql").read_text())
    products = [r[0] for r in _rows(target.url, "SELECT stripe_product_id FROM products")]
    assert len(products) == 3
    settings = target.settings(tmp_path)
    confirm = _checking(_steps_after_what_they_need)
    apply(settings, allow_destructive=False, confirm=confirm)
    assert confirm.asked
    # every product existed before `tier` was added, so each has the column's default, 'standard': 100 quotes
    assert _rows(target.url, _FEATURES) == _expected(products, 'Monthly Quote Limit/limit/{"value": 100}')
    assert _rows(target.url, _METRICS) == _expected(products, "Quotes Generated/count/quotes")
    assert _rows(target.url, "SELECT count(*) FILTER (WHERE account_status = 'active'), count(*) FROM users") == [(4, 4)]
    assert _rows(target.url, "SELECT name FROM schemadiff.data_steps ORDER BY name") == [
        ("backfill_users_account_status",), ("init_product_features",), ("init_usage_metrics",)]
    # a second apply runs nothing: a row removed since is not put back (the step ran once)
    _run(target.url, f"DELETE FROM product_features WHERE stripe_product_id = '{sorted(products)[0]}'")
    history = _rows(target.url, "SELECT count(*) FROM schemadiff.history")
    assert apply(settings, allow_destructive=False, confirm=_yes).forward.empty
    assert _rows(target.url, "SELECT count(*) FROM schemadiff.history") == history
    assert _rows(target.url, _FEATURES)[0][0] == 2
    rollback(settings, confirm=_yes)
    # the undone steps are forgotten; backfill_users_account_status has no rollback and stays recorded
    assert _rows(target.url, "SELECT name FROM schemadiff.data_steps") == [("backfill_users_account_status",)]
