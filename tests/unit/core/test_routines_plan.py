"""Functions and triggers through diff, plan and render, from hand-built catalog models."""

from __future__ import annotations

from dataclasses import replace

from schemadiff.model import Column, Database, Function, Schema, Table, Trigger
from schemadiff.model.ids import schema_id, table_id
from schemadiff.model.routines import function_id
from schemadiff.plan import make_plan, plan_pair
from schemadiff.plan import ops
from schemadiff.render import batches, statements
from schemadiff.render.routines import function_sql, list_elements, setting_sql

PUBLIC = schema_id("public")
WEIGHT = Function("public", "weight", "integer", arguments="n integer", result="integer",
                  language="sql", body="SELECT n * 2", depends_on=frozenset({PUBLIC}))
TOUCH = Function("public", "touch", "", result="trigger", body="BEGIN RETURN NEW; END",
                 depends_on=frozenset({PUBLIC}))
ITEMS = Table("public", "items", (Column("id", "integer"), Column("score", "integer", default="public.weight(1)")),
              depends_on=frozenset({PUBLIC, WEIGHT.id}))
TRIGGER = Trigger("public", "items", "items_touch",
                  "CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW "
                  "WHEN ((public.weight(1) > 0)) EXECUTE FUNCTION public.touch()",
                  function=("public", "touch"),
                  depends_on=frozenset({ITEMS.id, TOUCH.id, WEIGHT.id}))


def db(*objs) -> Database:
    return Database.of([Schema("public"), *objs])


def kinds(plan) -> list[str]:
    return [type(op).__name__ for op in plan.ops]


def test_function_sql():
    proc = Function("app", "tidy", "numeric", kind="p", arguments="IN p numeric, OUT n integer",
                    body="BEGIN n := 0; END", security_definer=True,
                    config=('search_path="$user", public, pg_temp', "work_mem=64MB"))
    assert function_sql(proc) == (
        'CREATE PROCEDURE "app"."tidy"(IN p numeric, OUT n integer)\n LANGUAGE "plpgsql"\n'
        ' SECURITY DEFINER\n SET "search_path" TO \'$user\', \'public\', \'pg_temp\'\n'
        ' SET "work_mem" TO \'64MB\'\nAS $body$BEGIN n := 0; END$body$')
    standard = Function("public", "two", "", result="integer", language="sql", body="RETURN (1 + 1)")
    assert function_sql(standard, replace=True).endswith('LANGUAGE "sql"\nRETURN (1 + 1)')
    assert statements(ops.DropFunction(proc)) == ['DROP PROCEDURE "app"."tidy"(numeric)']


def test_settings():
    assert list_elements('"a,b", "x""y" , c') == ["a,b", 'x"y', "c"]
    assert setting_sql("myapp.tenant=a'b") == '"myapp"."tenant" TO \'a\'\'b\''


def test_security_hazards():
    definer = replace(TOUCH, security_definer=True)
    assert "without a pinned search_path" in ops.CreateFunction(definer).hazards()[0][1]
    unpinned = replace(definer, config=("search_path=pg_temp, public",))
    assert "does not end with pg_temp" in ops.ReplaceFunction(TOUCH, unpinned).hazards()[0][1]
    pinned = replace(definer, config=("search_path=pg_catalog, public, pg_temp",))
    assert ops.CreateFunction(pinned).hazards() == () and ops.CreateFunction(TOUCH).hazards() == ()


def test_body_change_is_create_or_replace_and_comment_alone_a_comment():
    current = db(WEIGHT)
    plan = make_plan(current, db(replace(WEIGHT, body="SELECT n * 3", volatility="i")))
    assert kinds(plan) == ["ReplaceFunction"]
    assert statements(plan.ops[0])[0].startswith('CREATE OR REPLACE FUNCTION "public"."weight"(n integer)')
    plan = make_plan(current, db(replace(WEIGHT, comment="doubles")))
    assert kinds(plan) == ["SetComment"]
    assert statements(plan.ops[0]) == ['COMMENT ON ROUTINE "public"."weight"(integer) IS \'doubles\'']


def test_result_change_rebuilds_the_trigger_and_default_around_the_function():
    current = db(WEIGHT, TOUCH, ITEMS, TRIGGER)
    desired = db(replace(WEIGHT, result="bigint"), TOUCH, ITEMS, TRIGGER)
    forward, rollback = plan_pair(current, desired)
    expected = ["DropTrigger", "ReleaseColumnDefault", "DropFunction", "CreateFunction",
                "RestoreColumnDefault", "CreateTrigger"]
    assert kinds(forward) == expected and kinds(rollback) == expected
    assert [b.transactional for b in batches(forward)] == [True]
    assert "SET LOCAL check_function_bodies = off" in batches(forward)[0].statements


def test_renamed_argument_is_a_replace_too():
    plan = make_plan(db(WEIGHT, ITEMS), db(replace(WEIGHT, arguments="m integer", body="SELECT m * 2"), ITEMS))
    assert kinds(plan) == ["ReleaseColumnDefault", "DropFunction", "CreateFunction", "RestoreColumnDefault"]


def test_dropping_a_function_drops_its_trigger_first_and_a_dropped_table_takes_its_triggers():
    plan = make_plan(db(WEIGHT, TOUCH, ITEMS, TRIGGER), db(WEIGHT, ITEMS))
    assert kinds(plan) == ["DropTrigger", "DropFunction"]
    plan = make_plan(db(WEIGHT, TOUCH, ITEMS, TRIGGER), db(WEIGHT, TOUCH))
    assert kinds(plan) == ["DropTable"]


def test_trigger_change_is_drop_and_create_and_new_trigger_waits_for_table_and_function():
    changed = replace(TRIGGER, definition=TRIGGER.definition.replace("BEFORE UPDATE", "BEFORE INSERT"))
    plan = make_plan(db(WEIGHT, TOUCH, ITEMS, TRIGGER), db(WEIGHT, TOUCH, ITEMS, changed))
    assert kinds(plan) == ["DropTrigger", "CreateTrigger"]
    spec_side = [replace(o, depends_on=frozenset()) for o in (WEIGHT, TOUCH, ITEMS, TRIGGER)]
    plan = make_plan(Database.of([]), Database.of([Schema("public"), *spec_side]))
    order = kinds(plan)
    assert order.index("CreateTrigger") > max(order.index("CreateTable"), order.index("CreateFunction"))
    weight_created = next(i for i, op in enumerate(plan.ops)
                          if isinstance(op, ops.CreateFunction) and op.function.name == "weight")
    assert weight_created < order.index("CreateTable")  # the default calls it


def test_new_overload_is_a_new_object():
    other = replace(WEIGHT, signature="text", arguments="s text")
    plan = make_plan(db(WEIGHT), db(WEIGHT, other))
    assert kinds(plan) == ["CreateFunction"] and plan.ops[0].target == function_id("public", "weight", "text")
    assert table_id("public", "items") == ITEMS.id


def test_a_trigger_follows_its_renamed_table():
    from schemadiff.diff import Renames

    old = replace(ITEMS, name="goods")
    trig = replace(TRIGGER, table="goods", definition=TRIGGER.definition.replace("public.items", "public.goods"),
                   depends_on=frozenset({old.id, TOUCH.id, WEIGHT.id}))
    plan = make_plan(db(WEIGHT, TOUCH, old, trig), db(WEIGHT, TOUCH, ITEMS, TRIGGER),
                     Renames({old.id: ITEMS.id}))
    assert kinds(plan) == ["RenameTable"]
