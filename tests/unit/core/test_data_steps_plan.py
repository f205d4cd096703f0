"""Data steps in a plan, without a database: pending steps, the changed-hash refusal, where each
step lands among the structural operations, and its undo in the rollback."""

from __future__ import annotations

import pytest

from schemadiff import spec
from schemadiff.errors import SpecError
from schemadiff.model import Database
from schemadiff.model.data_steps import Recorded
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan.data_steps import pending
from schemadiff.render import statements

TABLES = """
schemas:
  public:
    tables:
      a: {columns: {id: {type: int, primary_key: true}, v: text}}
      b: {columns: {id: {type: int, primary_key: true}}}
"""
DATA = """
data:
  fill_b:
    sql: INSERT INTO b (id) SELECT id FROM a ON CONFLICT (id) DO NOTHING
    rollback: DELETE FROM b
  touch_a:
    sql: UPDATE a SET v = 'x'
"""


def _load(text: str):
    doc = spec.parse_spec(text)
    return spec.to_model(doc), spec.data_steps(doc)


def test_pending_skips_recorded_steps_and_refuses_a_changed_one():
    _, steps = _load(TABLES + DATA)
    fill, touch = steps
    assert pending(steps, {"fill_b": Recorded("fill_b", fill.sha256, 3)}) == (touch,)
    with pytest.raises(SpecError, match=r"schema.yaml:\d+ at data.fill_b: data step 'fill_b' was changed "
                                        r"after it ran \(migration #3\)"):
        pending(steps, {"fill_b": Recorded("fill_b", "0" * 64, 3)})


def test_a_step_runs_after_the_tables_it_uses_and_its_undo_before_they_go():
    desired, steps = _load(TABLES + DATA)
    forward, backward = plan_pair(Database.of([]), desired, steps=steps)
    descs = [op.describe() for op in forward.ops]
    assert descs.index("run data step fill_b") > max(descs.index("create table public.a"),
                                                     descs.index("create table public.b"),
                                                     descs.index("add primary key b.b_pkey"))
    back = [op.describe() for op in backward.ops]
    assert back.index("undo data step fill_b") < back.index("drop table public.b")
    assert "undo data step touch_a" not in back and any("'touch_a' has no rollback" in n for n in backward.notes)


def test_the_rendered_step_heads_each_statement_and_records_its_hash():
    desired, steps = _load(TABLES + DATA)
    run = next(op for op in make_plan(desired, desired, run=steps[:1]).ops)
    sql = statements(run)
    assert sql[0].startswith("-- data step fill_b (schema.yaml:")
    assert sql[-1].startswith("INSERT INTO schemadiff.data_steps") and f"'{steps[0].sha256}'" in sql[-1]


def test_a_name_with_quotes_is_a_literal_not_sql():
    desired, steps = _load(TABLES + DATA.replace("fill_b:", "\"it's; DROP TABLE a; --\":"))
    run = next(op for op in make_plan(desired, desired, run=steps[:1]).ops)
    assert "'it''s; DROP TABLE a; --'" in statements(run)[-1]
    assert statements(run)[0].splitlines()[0] == "-- data step it's; DROP TABLE a; -- (schema.yaml:10)"


def test_a_name_with_a_new_line_cannot_end_the_heading_comment():
    desired, steps = _load(TABLES + DATA.replace("fill_b:", '"x\\nDROP TABLE a":'))
    run = next(op for op in make_plan(desired, desired, run=steps[:1]).ops)
    heading, body = statements(run)[0].split("\n", 1)
    assert heading == "-- data step x DROP TABLE a (schema.yaml:10)" and body.startswith("INSERT INTO b")


def test_a_copy_between_columns_runs_after_the_add_and_before_the_drop():
    current, _ = _load("schemas:\n  public:\n    tables:\n      a: {columns: {id: int, old: text}}\n")
    desired, steps = _load("schemas:\n  public:\n    tables:\n      a: {columns: {id: int, new: text}}\n"
                           "data:\n  move:\n    sql: UPDATE a SET new = old\n")
    descs = [op.describe() for op in make_plan(current, desired, run=steps).ops]
    assert descs == ["add column a.new text", "run data step move", "drop column a.old"]
