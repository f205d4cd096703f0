"""SQL-text fields are read by PostgreSQL's parser as exactly what they claim to be (issue 6)."""

from __future__ import annotations

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec import parse_spec, to_model
from schemadiff.spec import sql_checks as checks
from schemadiff.spec.paths import RuleError

from sql_payloads import EVIL_ROLE, payload_line, payloads

ALL = payloads()


@pytest.mark.parametrize("kind", sorted(ALL))
def test_every_payload_is_refused_at_its_line(kind):
    text = ALL[kind]
    with pytest.raises(SpecError) as err:
        to_model(parse_spec(text))
    assert err.value.line == payload_line(text)
    assert str(err.value).startswith(f"schema.yaml:{payload_line(text)} at ")
    assert "must be" in err.value.message or "closes a parenthesis" in err.value.message


LEGITIMATE = {
    checks.expression: [
        "coalesce(a, 'x)y')", "now()", "'{}'::jsonb", "ARRAY['a','b']", "lower(email)", "E'\\n'",
        "E'it\\'s'", "$$a)b$$", "$tag$ ' ) ; $tag$", "a IS NOT DISTINCT FROM b", "VALUE > 0", "0",
        "status IN ('a', 'b')", "x /* ) ; */ > 1", "total >= 0 -- never negative\n",
        "(ts AT TIME ZONE 'UTC')::date", "CASE WHEN a THEN 1 ELSE 2 END", "gen_random_uuid()",
        "\"Odd Column\" <> ''", "E'\\'); CREATE ROLE x; --'", "-1", "true", "nextval('public.s'::regclass)",
    ],
    checks.type_name: [
        "numeric(15,4)", "timestamp with time zone", "character varying(255)[]", '"Quoted Type"',
        "public.status", '"my schema"."My Enum"', "int", "double precision", "interval",
        "bit varying(3)", "serial", "int[][]", "timestamptz(3)", "text[]", "public.geometry(Point, 4326)",
    ],
    checks.index_element: [
        "created_at DESC NULLS LAST", "(lower(email))", "(a + b)", "email text_pattern_ops",
        '"name" COLLATE "C"', '"my col"', "(payload ->> 'k') DESC",
    ],
    checks.query: [
        "SELECT 1", "SELECT a FROM t WHERE x IN (SELECT 1)", "VALUES (1)", "SELECT 1 UNION SELECT 2",
        "WITH x AS (SELECT 1) SELECT * FROM x", "SELECT 1;", "SELECT ';' AS semi -- note\n",
    ],
    checks.returns: ["jsonb", "SETOF uuid", "TABLE(id uuid, n integer)", "trigger", "void"],
    checks.argument: ["p_email varchar DEFAULT NULL", "OUT n int", "p int = 0", "VARIADIC a int[]",
                      "text", "p_at timestamp with time zone DEFAULT now()"],
    checks.argument_types: ["integer, integer", "text", "", "timestamp with time zone"],
    checks.exclusion: ["EXCLUDE USING gist (room WITH =, during WITH &&)",
                       "EXCLUDE USING gist (r WITH =) WHERE (active)"],
}


@pytest.mark.parametrize("check, text", [(c, t) for c, ts in LEGITIMATE.items() for t in ts])
def test_legitimate_text_passes(check, text):
    check(text)


REFUSED = {
    checks.expression: [
        ("0) FROM (SELECT 1", "closes a parenthesis"), ("1), (2", "closes a parenthesis"),
        ("(SELECT 1)", "sub-select"), ("0 /*", "not valid SQL"), ("'abc", "not valid SQL"),
        ("1; 2", "found ';'"), ("0) UNION SELECT (1", "closes a parenthesis"),
        ("0 -- hides the rest", "`--` comment"), ("(1", "parenthesis open"), ("", "empty"),
        ("0 /* */ ); CREATE ROLE x; SELECT ( 1", "closes a parenthesis"),
    ],
    checks.type_name: [("int, 1", "one type name"), ("int FROM t", "more than that"),
                       ("int)::int; CREATE ROLE x; --", "closes a parenthesis")],
    checks.index_element: [("a, b", "one index key"), ("a) WHERE (true", "closes a parenthesis")],
    checks.query: [
        ("SELECT 1; CREATE ROLE x", "found 2 statements"),
        ("WITH x AS (INSERT INTO t VALUES (1) RETURNING 1) SELECT * FROM x", "cannot change data"),
        ("SELECT 1 INTO t", "SELECT INTO"), ("CREATE ROLE x", "found CreateRoleStmt"),
        ("DELETE FROM t", "found DeleteStmt"),
    ],
    checks.returns: [("int LANGUAGE c AS 'x'", "function options")],
    checks.argument: [("a int, b int", "found 2")],
    checks.argument_types: [("int DEFAULT 1", "without defaults")],
    checks.exclusion: [("CHECK (true)", "one EXCLUDE"),
                       ("EXCLUDE USING gist (r WITH =), ADD CHECK (true)", "one EXCLUDE")],
}


@pytest.mark.parametrize("check, text, says", [(c, *p) for c, ps in REFUSED.items() for p in ps])
def test_text_that_is_not_what_it_claims_is_refused(check, text, says):
    with pytest.raises(RuleError) as err:
        check(text)
    assert says in err.value.message


def test_a_cron_command_is_one_statement_of_any_kind():
    for command in ("VACUUM public.events", "CALL public.tidy()", "DELETE FROM t WHERE x < now()",
                    "DO $$BEGIN PERFORM 1; END$$", "REFRESH MATERIALIZED VIEW CONCURRENTLY v",
                    "SELECT 1 -- a literal to cron.schedule: nothing follows it"):
        checks.statement(command)
    with pytest.raises(RuleError, match="one SQL statement; found 2"):
        checks.statement(f"SELECT 1; CREATE ROLE {EVIL_ROLE}")


def test_a_sql_standard_body_must_end_the_create_function():
    header = "CREATE FUNCTION f() RETURNS int LANGUAGE sql"
    checks.standard_body(header, "RETURN 1")
    checks.standard_body(header, "BEGIN ATOMIC SELECT 1; SELECT 2; END")
    with pytest.raises(RuleError):
        checks.standard_body(header, "BEGIN ATOMIC SELECT 1; END; CREATE ROLE x")


def test_a_templated_cron_command_is_checked_after_rendering(tmp_path):
    (tmp_path / "cron").mkdir()
    (tmp_path / "cron" / "two.sql.j2").write_text("SELECT 1; SELECT {{ vars.n }}\n")
    text = "templates: [.]\ncron:\n  jobs:\n    j:\n      schedule: '@daily'\n" \
           "      command_template: cron/two\n      vars: {n: 2}\n"
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    from schemadiff.spec import load_spec
    with pytest.raises(SpecError) as err:
        to_model(load_spec(path))
    assert err.value.line == 6 and "one SQL statement" in err.value.message


@pytest.mark.parametrize("body", ["SELECT 1", "x $body$ y", "ends in $body", "$body1$ and $body$", "$"])
def test_a_dollar_quoted_body_is_one_string_constant_holding_the_body(body):
    from pglast import parser

    from schemadiff.quoting import dollar_quoted

    quoted = dollar_quoted(body)
    [token] = parser.scan(quoted)  # PostgreSQL's lexer sees one string constant, nothing after
    assert token.name == "SCONST" and token.end == len(quoted) - 1
    assert quoted[len(quoted.split("$")[1]) + 2:].startswith(body)
