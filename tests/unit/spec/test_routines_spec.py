"""functions:, procedures: and triggers: in schema.yaml: forms, errors, to_model, dump."""

from __future__ import annotations

import textwrap

from schemadiff.model import Column, Database, Function, Table, Trigger
from schemadiff.model.routines import function_id
from schemadiff.model.triggers import trigger_id
from schemadiff.spec import dump, parse_spec, to_model
from schemadiff.spec.routines import parse_args, routine_name, signature

from conftest import model, spec_error


def fn_yaml(body: str, tables: str = "") -> str:
    """A schema.yaml with `body` under schemas.public.functions."""
    block = textwrap.indent(textwrap.dedent(body), " " * 6)
    return f"schemas:\n  public:\n{tables}    functions:\n{block}"


def test_string_and_list_args_are_the_same_function():
    one = model(fn_yaml("""\
        f:
          args: p_id uuid, p_email varchar DEFAULT NULL
          returns: jsonb
          body: BEGIN RETURN NULL; END
        """))
    two = model(fn_yaml("""\
        f:
          args: [{name: p_id, type: uuid}, {name: p_email, type: varchar, mode: in, default: "NULL"}]
          returns: jsonb
          body: BEGIN RETURN NULL; END
        """))
    a, b = one.get(function_id("public", "f", "uuid, varchar")), two.get(function_id("public", "f", "uuid, varchar"))
    assert b.arguments == "p_id uuid, IN p_email varchar DEFAULT NULL"
    assert (a.signature, a.result, a.language, a.volatility) == ("uuid, varchar", "jsonb", "plpgsql", "v")
    assert a.signature == b.signature


def test_full_form_attributes():
    db = model(fn_yaml("""\
        g:
          args: n integer
          returns: SETOF integer
          language: SQL
          volatility: stable
          strict: true
          security_definer: true
          search_path: pg_catalog, public, pg_temp
          config: {statement_timeout: 5s}
          body: SELECT n
          comment: one row
        """))
    g = db.get(function_id("public", "g", "integer"))
    assert (g.language, g.volatility, g.strict, g.security_definer) == ("sql", "s", True, True)
    assert g.config == ("search_path=pg_catalog, public, pg_temp", "statement_timeout=5s")
    assert g.comment == "one row" and g.result == "SETOF integer"


def test_procedures_and_overload_keys():
    db = model("schemas:\n  public:\n    functions:\n"
               "      add(integer):\n        args: a integer\n        returns: integer\n        body: x\n"
               "      add(text):\n        args: a text\n        returns: text\n        body: x\n"
               "    procedures:\n      p:\n        args: IN a int, OUT b int\n        body: x\n")
    assert {f.id for f in db.of_kind("function")} == {
        function_id("public", "add", "integer"), function_id("public", "add", "text"),
        function_id("public", "p", "int")}
    assert db.get(function_id("public", "p", "int")).is_procedure


def test_argument_reading():
    args = parse_args("a integer, OUT b int, INOUT c text DEFAULT 'x', VARIADIC d int[] = '{}', "
                      "double precision, timestamp with time zone, \"Odd\" text")
    assert [(a.mode, a.name, a.type, a.default) for a in args] == [
        ("in", "a", "integer", None), ("out", "b", "int", None), ("inout", "c", "text", "'x'"),
        ("variadic", "d", "int[]", "'{}'"), ("in", None, "double precision", None),
        ("in", None, "timestamp with time zone", None), ("in", "Odd", "text", None)]
    assert signature("a integer, OUT b int, INOUT c text") == "integer, text"
    assert routine_name("add(integer, integer)") == "add" and routine_name("add") == "add"


def test_body_or_template_exactly_once():
    err = spec_error(fn_yaml("f: {returns: int}\n"))
    assert "exactly one of body: and template:" in err.message and err.line == 4
    err = spec_error(fn_yaml("f: {returns: int, body: x, template: t}\n"))
    assert "exactly one" in err.message


def test_function_needs_a_result_and_vars_need_a_template():
    assert "needs returns:" in spec_error(fn_yaml("f: {body: x}\n")).message
    model(fn_yaml("f: {args: OUT a int, body: x}\n"))  # OUT arguments make the result
    assert "vars: only" in spec_error(fn_yaml("f: {returns: int, body: x, vars: {a: 1}}\n")).message


def test_misspelt_key_is_located():
    err = spec_error(fn_yaml("f:\n  returns: int\n  bdy: x\n"))
    assert "did you mean 'body'" in err.message and err.line == 6


def test_same_overload_twice_is_refused():
    err = spec_error(fn_yaml("a(x): {args: n int, returns: int, body: x}\n"
                             "a(y): {args: m INT, returns: int, body: x}\n"))
    assert "same name and argument types" in err.message


TABLE = """\
    tables:
      t:
        columns:
          id: integer
          status: text
        triggers:
          t_audit:
%s
"""


def trigger_yaml(trigger: str, functions: str = "stamp: {returns: trigger, body: x}\n") -> str:
    return fn_yaml(functions, TABLE % textwrap.indent(textwrap.dedent(trigger), " " * 12))


def test_trigger_definition():
    db = model(trigger_yaml("""\
        timing: after
        events: [insert, "update of status, id", delete]
        for_each: row
        when: NEW.status <> 'x'
        function: stamp
        args: [a, "it's"]
        comment: audit
        """))
    trig = db.get(trigger_id("public", "t", "t_audit"))
    assert trig.definition == (
        'CREATE TRIGGER "t_audit" AFTER INSERT OR UPDATE OF "status", "id" OR DELETE '
        'ON "public"."t" FOR EACH ROW WHEN (NEW.status <> \'x\') '
        'EXECUTE FUNCTION "public"."stamp"(\'a\', \'it\'\'s\')')
    assert trig.function == ("public", "stamp") and trig.comment == "audit"


def test_trigger_errors():
    base = "timing: before\nfor_each: row\nfunction: stamp\n"
    assert "unknown event 'upsert'" in spec_error(trigger_yaml(base + "events: [upsert]\n")).message
    err = spec_error(trigger_yaml(base + "events: [\"update of stauts\"]\n"))
    assert "column 'stauts' does not exist" in err.message and "did you mean 'status'" in err.hint
    err = spec_error(trigger_yaml("timing: before\nfor_each: row\nfunction: stmp\nevents: [insert]\n"))
    assert "trigger function 'stmp' is not declared" in err.message and "'stamp'" in err.hint
    err = spec_error(trigger_yaml("timing: during\nfor_each: row\nfunction: stamp\nevents: [insert]\n"))
    assert "expected one of" in err.message


def test_trigger_function_in_another_schema_is_not_checked():
    db = model(trigger_yaml("timing: before\nfor_each: statement\nevents: [truncate]\n"
                            "function: {schema: audit, name: refuse}\n"))
    assert db.get(trigger_id("public", "t", "t_audit")).function == ("audit", "refuse")


def test_dump_writes_functions_and_triggers_back():
    f = Function("public", "add", "integer, integer", arguments="a integer, b integer",
                 result="integer", language="sql", body="SELECT a + b\n", volatility="i",
                 config=("search_path=pg_catalog, pg_temp", "work_mem=64MB"), comment="sum")
    g = Function("public", "add", "text", arguments="a text", result="text", body="x")
    p = Function("public", "p", "", kind="p", security_definer=True, body="BEGIN END")
    t = Table("public", "t", (Column("a", "integer"), Column("B", "text")))
    trig = Trigger("public", "t", "tr", "CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF a, \"B\" "
                   "ON public.t FOR EACH ROW WHEN ((new.a > 0)) EXECUTE FUNCTION audit.f('x', 'y''z')")
    text = dump(Database.of([f, g, p, t, trig]))
    doc = parse_spec(text)
    public = doc.schemas["public"]
    assert set(public.functions) == {"add(integer, integer)", "add(text)"}
    assert public.functions["add(integer, integer)"].body == "SELECT a + b\n"
    assert public.functions["add(integer, integer)"].config == {"work_mem": "64MB"}
    assert public.procedures["p"].security_definer
    tr = public.tables["t"].triggers["tr"]
    assert (tr.timing, tr.events, tr.for_each, tr.when) == ("before", ["insert", "update of a, B"], "row", "new.a > 0")
    assert (tr.function.schema_, tr.function.name, tr.args) == ("audit", "f", ["x", "y'z"])
    assert "  body: |\n" in text or "body: |" in text


def test_a_mistake_in_the_list_form_is_located():
    err = spec_error(fn_yaml("f:\n  args:\n    - {name: a, typ: int}\n  returns: int\n  body: x\n"))
    assert err.line == 6 and err.key == "schemas.public.functions.f.args[0].typ"
    assert "did you mean 'type'" in err.message
    assert "missing required key 'type'" in spec_error(fn_yaml("f: {args: [{name: a}], returns: int, body: x}\n")).message
