"""Preflight on a real server with seeded rows: each kind of step that existing rows make fail (or
lose data) is counted, with sample primary keys, before the plan is shown; apply refuses the plan
and runs nothing (the catalog fingerprint is unchanged); --no-preflight skips it; timeouts and
sampling are bounded."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from schemadiff.apply.preflight import Limits, preflight
from schemadiff.errors import UnsafePlanError
from schemadiff.pipeline import Settings, apply, compute_plan
from schemadiff.render.formats import markdown, plan_document, plan_lines
from tests.catalog import catalog_fingerprint

BEFORE = """
schemas:
  public:
    enums:
      mood: [happy, sad, meh]
    tables:
      plans:
        columns:
          id: {type: integer, not_null: true}
        primary_key: [id]
      subscriptions:
        columns:
          id: {type: integer, not_null: true}
          plan_id: {type: integer}
          email: {type: text}
          qty: {type: integer}
          code: {type: text}
          feeling: {type: mood}
          legacy: {type: text}
        primary_key: [id]
      old_events:
        columns:
          note: {type: text}
"""

# Every change below meets rows that make it fail (or that it deletes).
AFTER = """
schemas:
  public:
    enums:
      mood: [happy, meh]
    tables:
      plans:
        columns:
          id: {type: integer, not_null: true}
        primary_key: [id]
      subscriptions:
        columns:
          id: {type: integer, not_null: true}
          plan_id: {type: integer, not_null: true, references: plans}
          email: {type: text, unique: true}
          qty: {type: integer, check: "qty > 0"}
          code: {type: integer}
          feeling: {type: mood}
          region: {type: text, not_null: true}
        primary_key: [id]
"""

SEED = """
INSERT INTO plans VALUES (1);
INSERT INTO subscriptions (id, plan_id, email, qty, code, feeling, legacy) VALUES
  (1, 1,    'a@x', 1,  '10',  'happy', 'x'),
  (2, NULL, 'a@x', 0,  'ten', 'sad',   'y'),
  (3, NULL, 'b@x', -1, '30',  'sad',   NULL),
  (4, 9,    'b@x', 2,  'x4',  'meh',   NULL),
  (5, NULL, 'c@x', 3,  '50',  NULL,    'z');
INSERT INTO old_events SELECT 'e' || g FROM generate_series(1, 7) g;
"""


def _settings(tmp_path: Path, url: str, text: str, **kw) -> Settings:
    schema = tmp_path / "schema.yaml"
    schema.write_text(text)
    return Settings(schema=schema, database=url, project_dir=tmp_path, **kw)


def _yes(_):
    return True


def _applied_and_seeded(db_url, tmp_path, schema: str, rows: str) -> str:
    """The database at `schema`, applied by schemadiff, then holding `rows`."""
    apply(_settings(tmp_path, db_url, schema), allow_destructive=False, confirm=_yes)
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(rows)
    return db_url


@pytest.fixture
def seeded(db_url, tmp_path) -> str:
    return _applied_and_seeded(db_url, tmp_path, BEFORE, SEED)


def _by_step(findings, fragment: str):
    found = [f for f in findings if fragment in f.step]
    assert found, f"no preflight finding for a step with {fragment!r}: {[f.step for f in findings]}"
    return found[0]


def _by_what(findings, what: str):
    found = [f for f in findings if f.what == what]
    assert len(found) == 1, f"expected one finding {what!r}: {[f.line() for f in findings]}"
    return found[0]


def test_every_kind_is_counted_with_sample_keys(seeded, tmp_path):
    before = catalog_fingerprint(seeded)
    plan = compute_plan(_settings(tmp_path, seeded, AFTER)).forward
    nulls = _by_what(plan.preflight, "have NULL in plan_id")
    assert (nulls.fails, nulls.count, set(nulls.samples)) == (True, 3, {"2", "3", "5"})
    assert nulls.line().startswith("will fail: 3 rows of subscriptions have NULL in plan_id")
    dup = _by_step(plan.preflight, "subscriptions_email_key")
    assert (dup.fails, dup.count, len(dup.samples)) == (True, 4, 3)  # at most 3 sample keys
    assert set(dup.samples) <= {"1", "2", "3", "4"}
    check = _by_step(plan.preflight, "subscriptions_qty_check")
    assert (check.fails, check.count, set(check.samples)) == (True, 2, {"2", "3"})
    fk = _by_step(plan.preflight, "subscriptions_plan_id_fkey")
    assert (fk.fails, fk.count, fk.samples) == (True, 1, ("4",))
    cast = _by_step(plan.preflight, "change type of subscriptions.code")
    assert (cast.fails, cast.count, set(cast.samples)) == (True, 2, {"2", "4"})
    enum = _by_step(plan.preflight, "recreate")
    assert (enum.fails, enum.count, set(enum.samples)) == (True, 2, {"2", "3"})
    added = _by_step(plan.preflight, "add column subscriptions.region")
    assert (added.fails, added.count) == (True, 5)
    dropped_col = _by_step(plan.preflight, "drop column subscriptions.legacy")
    assert (dropped_col.fails, dropped_col.count) == (False, 3)
    assert dropped_col.line().startswith("drops 3 non-NULL values of subscriptions.legacy")
    dropped = _by_step(plan.preflight, "old_events")
    assert (dropped.fails, dropped.count) == (False, 7) and dropped.line().startswith("drops 7 rows of old_events")
    assert set(dropped.samples) <= {f"(0,{i})" for i in range(1, 8)}  # no primary key: ctid
    assert catalog_fingerprint(seeded) == before  # planning, preflight included, wrote nothing


def test_sample_keys_are_primary_keys_never_other_values(seeded, tmp_path):
    plan = compute_plan(_settings(tmp_path, seeded, AFTER)).forward
    shown = json.dumps([f.to_json() for f in plan.preflight])
    for value in ("a@x", "b@x", "ten", "x4", "sad"):  # column values of the violating rows
        assert f'"{value}"' not in shown


def test_the_plan_formats_show_the_findings(seeded, tmp_path):
    result = compute_plan(_settings(tmp_path, seeded, AFTER))
    text = "\n".join(plan_lines(result.forward, "plan"))
    assert "will fail: 3 rows of subscriptions have NULL in plan_id" in text
    assert "drops 7 rows of old_events" in text
    md = markdown(result.forward, result.rollback, "plan")
    assert "**Preflight**" in md and "**will fail: 1 rows of subscriptions reference no row" in md
    doc = plan_document(result.forward, result.rollback, result.schema_hash, result.scratch)
    assert doc["certain_to_fail"] is True
    assert any(f["certain_to_fail"] and f["count"] == 2 for f in doc["preflight"])


def test_apply_refuses_and_runs_nothing(seeded, tmp_path):
    before = catalog_fingerprint(seeded)
    with pytest.raises(UnsafePlanError, match=r"preflight: step '.*' is certain to fail: will fail: \d+ rows"):
        apply(_settings(tmp_path, seeded, AFTER), allow_destructive=True, confirm=_yes)
    assert catalog_fingerprint(seeded) == before
    with psycopg.connect(seeded) as conn:
        assert conn.execute("SELECT count(*) FROM schemadiff.history").fetchone()[0] == 1  # BEFORE's apply only


def test_no_preflight_skips_the_checks(seeded, tmp_path):
    plan = compute_plan(_settings(tmp_path, seeded, AFTER, preflight=False)).forward
    assert plan.preflight == () and not plan.empty


def test_a_clean_table_passes_and_the_fixed_rows_apply(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("UPDATE subscriptions SET plan_id = 1")
    only_not_null = BEFORE.replace("plan_id: {type: integer}", "plan_id: {type: integer, not_null: true}")
    settings = _settings(tmp_path, seeded, only_not_null)
    finding = _by_what(compute_plan(settings).forward.preflight, "have NULL in plan_id")
    assert (finding.fails, finding.count, finding.line()) == (False, 0, "checked: no rows of subscriptions have NULL in plan_id")
    apply(settings, allow_destructive=False, confirm=_yes)
    assert compute_plan(settings).forward.empty


def test_a_timeout_is_not_checked_rather_than_failing(seeded, tmp_path):
    result = compute_plan(_settings(tmp_path, seeded, AFTER, preflight=False))
    with psycopg.connect(seeded) as holder:  # a lock the preflight query waits on until its timeout
        holder.execute("LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE")
        found = preflight(seeded, result.forward, result.current, Limits(statement_timeout_ms=200))
        holder.rollback()
    on_subs = [f for f in found if f.table == "subscriptions"]
    assert on_subs and all(f.unchecked == "timed out" and not f.fails for f in on_subs)
    assert "not checked: timed out" in on_subs[0].line()
    assert _by_step(found, "old_events").count == 7  # the other table was still checked


def test_a_large_table_is_sampled_and_reported_as_an_estimate(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("ANALYZE old_events")  # reltuples = 7
    result = compute_plan(_settings(tmp_path, seeded, AFTER, preflight=False))
    found = preflight(seeded, result.forward, result.current, Limits(sample_above=5, sample_percent=100))
    dropped = _by_step(found, "old_events")
    assert dropped.estimate and dropped.count == 7 and dropped.line().startswith("drops about 7 rows")


def test_new_tables_have_no_rows_to_check_and_renamed_ones_are_read_under_their_old_name(seeded, tmp_path):
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("INSERT INTO old_events VALUES (NULL)")
    text = BEFORE.replace("      old_events:\n        columns:\n          note: {type: text}\n",
                          "      events:\n        renamed_from: old_events\n        columns:\n"
                          "          note: {type: text, not_null: true}\n"
                          "      extras:\n        columns:\n          id: {type: integer, not_null: true}\n"
                          "        primary_key: [id]\n")
    found = compute_plan(_settings(tmp_path, seeded, text)).forward.preflight
    assert all(not f.unchecked for f in found), [f.line() for f in found]
    nulls = _by_what(found, "have NULL in note")
    assert (nulls.table, nulls.count, nulls.fails) == ("old_events", 1, True)


# Keys with their own semantics: a collation, an operator class, an expression, INCLUDE, ordering,
# a partial predicate, NULLS NOT DISTINCT, an exclusion constraint, a foreign key to a new table.
KEYS_BEFORE = """
schemas:
  public:
    tables:
      people:
        columns:
          id: {type: integer, not_null: true}
          email: {type: text}
          nick: {type: text}
          a: {type: integer}
          b: {type: integer}
          tag: {type: text}
          note: {type: text}
          team: {type: integer}
        primary_key: [id]
      bookings:
        columns:
          id: {type: integer, not_null: true}
          during: {type: int4range}
          cancelled: {type: boolean, not_null: true}
        primary_key: [id]
"""

KEYS_SEED = """
INSERT INTO people (id, email, nick, a, b, tag, note, team) VALUES
  (1, 'A@x', 'Bob', 1,    NULL, 't1', 'n1', 1),
  (2, 'a@x', 'bob', 1,    NULL, 't1', 'n2', 1),
  (3, 'b@x', 'BOB', 2,    2,    'T1', 'n3', NULL),
  (4, 'c@x', 'al',  2,    2,    'x',  'n4', 7),
  (5, NULL,  NULL,  NULL, NULL, NULL, 'n5', NULL),
  (6, NULL,  NULL,  NULL, NULL, NULL, 'n6', NULL);
INSERT INTO bookings VALUES
  (1, '[1,5)', false), (2, '[3,8)', false), (3, '[4,6)', true),
  (4, '[10,12)', false), (5, '[11,13)', false), (6, NULL, false), (7, NULL, false);
"""


KEYS_AFTER = KEYS_BEFORE.replace("          team: {type: integer}\n",
                                 "          team: {type: integer, references: teams}\n").replace(
    "      bookings:", """        unique:
          people_ab_key: {columns: [a, b], nulls_not_distinct: true}
        indexes:
          people_lower_email: {columns: ["lower(email)"], unique: true, include: [note]}
          people_nick_plain: {columns: ["nick DESC NULLS LAST"], unique: true}
          people_tag_pattern: {columns: [tag text_pattern_ops], unique: true}
          people_b_partial: {columns: ["b DESC"], unique: true, where: "a > 1"}
      teams:
        columns:
          id: {type: integer, not_null: true}
        primary_key: [id]
      bookings:""") + """        exclusions:
          bookings_no_overlap: "EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled)"
"""


@pytest.fixture
def keyed(db_url, tmp_path) -> str:
    return _applied_and_seeded(db_url, tmp_path, KEYS_BEFORE, KEYS_SEED)


def _named(findings, name: str):
    found = [f for f in findings if f"({name})" in f.what or f"under {name}" in f.what]
    assert len(found) == 1, f"expected one finding for {name}: {[f.line() for f in findings]}"
    return found[0]


def test_keys_are_compared_with_their_own_semantics(keyed, tmp_path):
    before = catalog_fingerprint(keyed)
    found = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER)).forward.preflight
    counts = {name: (_named(found, name).count, set(_named(found, name).samples)) for name in (
        "people_lower_email", "people_nick_plain", "people_tag_pattern",
        "people_b_partial")}
    assert counts == {
        "people_lower_email": (2, {"1", "2"}),  # the expression; notes (INCLUDE) differ; NULLs distinct
        "people_nick_plain": (0, set()),  # Bob, bob, BOB: apart under the column's deterministic collation
        "people_tag_pattern": (2, {"1", "2"}),  # text_pattern_ops' equality: t1 = t1, T1 apart
        "people_b_partial": (2, {"3", "4"}),  # only rows with a > 1 are in the index
    }
    assert catalog_fingerprint(keyed) == before


def test_nulls_not_distinct_counts_nulls_as_equal(keyed, tmp_path):
    found = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER)).forward.preflight
    nnd = _named(found, "people_ab_key")
    # (1, NULL) twice, (2, 2) twice, (NULL, NULL) twice: all six rows collide; plain UNIQUE: two
    assert (nnd.fails, nnd.count, len(nnd.samples)) == (True, 6, 3)
    assert set(nnd.samples) <= {"1", "2", "3", "4", "5", "6"}
    plain = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER.replace(", nulls_not_distinct: true", ""))).forward
    assert (_named(plain.preflight, "people_ab_key").count, set(_named(plain.preflight, "people_ab_key").samples)) \
        == (2, {"3", "4"})


def test_exclusion_constraints_count_conflicting_pairs(keyed, tmp_path):
    found = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER)).forward.preflight
    excl = _named(found, "bookings_no_overlap")
    # [1,5) && [3,8), [10,12) && [11,13); booking 3 is cancelled (outside the WHERE); NULL never conflicts
    assert (excl.fails, excl.count, set(excl.samples)) == (True, 2, {"1 with 2", "4 with 5"})
    assert excl.line().startswith("will fail: 2 pairs of rows of bookings conflict under bookings_no_overlap")
    whole = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER.replace(" WHERE (NOT cancelled)", ""))).forward
    assert _named(whole.preflight, "bookings_no_overlap").count == 4  # 3 overlaps 1 and 2 as well


def test_a_foreign_key_to_a_table_the_plan_creates_fails_on_every_keyed_row(keyed, tmp_path):
    found = compute_plan(_settings(tmp_path, keyed, KEYS_AFTER)).forward.preflight
    fk = _named(found, "people_team_fkey")
    assert (fk.fails, fk.unchecked, fk.count, set(fk.samples)) == (True, "", 3, {"1", "2", "4"})
    assert "teams is created empty by this plan" in fk.line()


def test_a_key_collation_decides_which_rows_are_equal(keyed, tmp_path):
    with psycopg.connect(keyed) as conn:
        try:  # a probe, rolled back
            conn.execute("CREATE COLLATION preflight_icu_probe (provider = icu, locale = 'und')")
        except psycopg.errors.FeatureNotSupported:
            # every deterministic collation compares bytes: only a non-deterministic (ICU) one changes equality
            pytest.skip("this server is built without ICU (the embedded PG 18 wheel); PG 15 runs it")
        conn.rollback()
    collation = "    collations:\n      ci: {provider: icu, locale: und-u-ks-level2, deterministic: false}\n"
    # the collation exists on the target first: one the plan creates is not there for the query to use
    apply(_settings(tmp_path, keyed, KEYS_BEFORE.replace("    tables:\n", collation + "    tables:\n", 1)),
          allow_destructive=False, confirm=_yes)
    text = KEYS_AFTER.replace("    tables:\n", collation + "    tables:\n", 1).replace(
        "        indexes:\n", '        indexes:\n          people_nick_ci: {columns: ["nick COLLATE public.ci DESC"], '
        "unique: true}\n", 1)
    found = compute_plan(_settings(tmp_path, keyed, text)).forward.preflight
    ci = _named(found, "people_nick_ci")
    assert (ci.fails, ci.count, set(ci.samples)) == (True, 3, {"1", "2", "3"})  # Bob = bob = BOB
    assert _named(found, "people_nick_plain").count == 0


def test_the_cli_options_bound_each_query_and_choose_what_is_sampled(seeded, tmp_path, capsys):
    from schemadiff.cli import main

    (tmp_path / "schema.yaml").write_text(AFTER)
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("ANALYZE old_events")  # reltuples = 7: above a threshold of 5
    with psycopg.connect(seeded) as holder:  # subscriptions' queries wait on this lock until their timeout
        holder.execute("LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE")
        code = main(["plan", "-s", str(tmp_path / "schema.yaml"), "-d", seeded, "--format", "json",
                     "--preflight-timeout", "300ms", "--preflight-sample-above", "5"])
        holder.rollback()
    assert code == 0
    found = json.loads(capsys.readouterr().out)["preflight"]
    on_subs = [f for f in found if f["table"] == "subscriptions"]
    assert on_subs and all(f["not_checked"] == "timed out" for f in on_subs)
    dropped = [f for f in found if f["table"] == "old_events"]
    assert dropped and all(f["estimate"] and f["line"].startswith("drops about") for f in dropped)


@pytest.mark.parametrize("option, value, message", [
    ("--preflight-timeout", "0", "give between 1ms and 24h"),
    ("--preflight-timeout", "soon", "'soon' is not a duration"),
    ("--preflight-sample-above", "-1", "'-1' is not a row count"),
    ("--preflight-sample-above", "lots", "'lots' is not a row count"),
])
def test_a_bad_preflight_option_is_one_line_and_exit_1(tmp_path, capsys, option, value, message):
    from schemadiff.cli import main

    for command in ("plan", "apply"):
        assert main([command, "-s", str(tmp_path / "schema.yaml"), option, value]) == 1
        err = capsys.readouterr().err
        assert message in err and option in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
