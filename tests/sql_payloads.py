"""The SQL-injection payloads of issue 6, one schema.yaml per kind of SQL-text field.

Each payload, if it reached a server, would run a program (COPY ... TO PROGRAM touching
`marker`), create the cluster-wide role `sqlguard_evil` and a table `public.zz`. Shared by the
unit tests (spec/sql_checks.py refuses each one, at its line) and the integration tests (nothing
reaches the server).
"""

from __future__ import annotations

import json

EVIL_ROLE = "sqlguard_evil"


def _steps(marker: str) -> str:
    return (f"COPY (SELECT current_user) TO PROGRAM 'touch {marker}'; CREATE ROLE {EVIL_ROLE}; "
            "CREATE TABLE public.zz (y int")


def payloads(marker: str = "/tmp/sqlguard_x") -> dict[str, str]:
    """kind -> schema.yaml text; the line holding the payload is the one naming the role."""
    expr = json.dumps("0); " + _steps(marker))
    typ = json.dumps("int); " + _steps(marker))
    query = json.dumps("SELECT 1; " + _steps(marker) + ")")
    key = json.dumps("id); " + _steps(marker) + "); CREATE INDEX ON public.t (id")
    command = json.dumps("SELECT 1; " + _steps(marker) + ")")
    table = "schemas:\n  public:\n    tables:\n      t:\n        columns:\n          id: bigint\n"
    return {
        "default": table + f"          a: {{type: int, default: {expr}}}\n",
        "check": table + f"          a: {{type: int, check: {expr}}}\n",
        "type": table + f"          a: {typ}\n",
        "generated": table + f"          a: {{type: int, generated: {expr}}}\n",
        "view": f"schemas:\n  public:\n    views:\n      v: {query}\n",
        "policy": table + f"        policies:\n          p: {{using: {expr}}}\n",
        "index": table + f"        indexes:\n          i: {{columns: [{key}]}}\n",
        "cron": f"cron:\n  jobs:\n    j: {{schedule: '@daily', command: {command}}}\n",
        "table check": table + f"        checks:\n          c: {expr}\n",
        "index where": table + f"        indexes:\n          i: {{columns: [id], where: {expr}}}\n",
        "unique where": table + f"        unique:\n          u: {{columns: [id], where: {expr}}}\n",
        "domain type": f"schemas:\n  public:\n    domains:\n      d: {typ}\n",
        "domain default": f"schemas:\n  public:\n    domains:\n      d: {{type: int, default: {expr}}}\n",
        "domain check": f"schemas:\n  public:\n    domains:\n      d: {{type: int, checks: {{c: {expr}}}}}\n",
        "exclusion": table + "        exclusions:\n          x: "
                     + json.dumps("EXCLUDE USING btree (id WITH =); " + _steps(marker) + ")") + "\n",
        "trigger when": table + "        triggers:\n          tr: {timing: before, events: [insert], "
                        f"for_each: row, function: f, when: {expr}}}\n",
        "function args": "schemas:\n  public:\n    functions:\n      f:\n        args: "
                         + json.dumps("a int) RETURNS int LANGUAGE sql AS 'SELECT 1'; " + _steps(marker)
                                      + "); CREATE FUNCTION g(b int") + "\n        returns: int\n        body: SELECT 1\n",
        "function returns": "schemas:\n  public:\n    functions:\n      f:\n        returns: "
                            + json.dumps("int LANGUAGE sql AS 'SELECT 1'; " + _steps(marker) + ")")
                            + "\n        body: SELECT 1\n",
        "argument default": "schemas:\n  public:\n    functions:\n      f:\n        args: "
                            f"[{{name: a, type: int, default: {expr}}}]\n        returns: int\n        body: SELECT 1\n",
        "sql-standard body": "schemas:\n  public:\n    functions:\n      f:\n        language: sql\n"
                             "        returns: int\n        body: " + json.dumps("RETURN 1; " + _steps(marker) + ")") + "\n",
        "grant function": "schemas:\n  public:\n    grants:\n      functions:\n        "
                          + json.dumps("f(int) TO public; " + _steps(marker) + "); GRANT EXECUTE ON FUNCTION f(int)")
                          + ": {public: [execute]}\n",
    }


def payload_line(text: str) -> int:
    """The schema.yaml line holding the payload."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if EVIL_ROLE in line)


# The kinds the issue lists; the integration tests run validate and plan with each one.
ISSUE_KINDS = ("default", "check", "type", "generated", "view", "policy", "index", "cron")
