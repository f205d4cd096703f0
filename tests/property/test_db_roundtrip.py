"""Random schemas A and B, built from SQL on a real server: dump B, apply it on A, and the catalog
is B's; the rollback gives A back; dump then plan on the same database is empty."""

from __future__ import annotations

import psycopg
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemadiff import spec
from schemadiff.introspect import introspect
from schemadiff.pipeline import Settings, apply, compute_plan, rollback
from schemadiff.plan import make_plan

# Each column name keeps to one family of types that cast into each other (tables are empty, so
# every existing cast succeeds); a change with no cast at all is a separate, explicit error case.
FAMILIES = {
    "id": ["integer", "bigint", "numeric(12,2)"], "total": ["integer", "bigint", "numeric(12,2)"], "paid": ["boolean", "integer"],
    "email": ["text", "varchar(20)", "varchar(40)"], "Name": ["text", "varchar(40)", "inet"],
    "select": ["jsonb", "text"], "a.b": ["uuid", "text"], "created_at": ["timestamptz"],
    "status": ["text[]", "text"],
}
DEFAULTS = {"integer": "0", "bigint": "1", "text": "'x'", "boolean": "false", "timestamptz": "now()",
            "jsonb": "'{}'::jsonb", "uuid": "gen_random_uuid()", "text[]": "ARRAY['card']"}
NAMES = list(FAMILIES)


@st.composite
def column(draw, name):
    typ = draw(st.sampled_from(FAMILIES[name]))
    parts = [f'"{name}" {typ}']
    if typ in DEFAULTS and draw(st.booleans()):
        parts.append(f"DEFAULT {DEFAULTS[typ]}")
    if draw(st.booleans()):
        parts.append("NOT NULL")
    return typ, " ".join(parts)


@st.composite
def table_sql(draw, table):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    cols = [draw(column(n)) for n in names]
    lines = [c for _, c in cols]
    statements = []
    first, first_type = names[0], cols[0][0]
    if first_type not in ("jsonb", "text[]") and draw(st.booleans()):
        lines.append(f'PRIMARY KEY ("{first}")')
    if draw(st.booleans()) and first_type in ("integer", "bigint", "numeric(12,2)"):
        check = f'CONSTRAINT "{table}_{first}_check" CHECK ("{first}" >= 0)'
        if draw(st.booleans()):  # NOT VALID: kept as declared, both ways (issue 8)
            statements.append(f'ALTER TABLE "{table}" ADD {check} NOT VALID')
        else:
            lines.append(check)
    if draw(st.booleans()) and first_type not in ("jsonb", "text[]"):
        statements.append(f'CREATE INDEX "{table}_i" ON "{table}" ("{first}")')
    statements += draw(table_options(table, first))
    statements += draw(table_grants(table, names))
    return [f'CREATE TABLE "{table}" ({", ".join(lines)})', *statements]


# Roles are cluster-wide: created idempotently (two workers may race on the same name).
ROLE = "sd_prop"
CREATE_ROLE = (f"DO $$ BEGIN CREATE ROLE {ROLE}; "
               "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")


@st.composite
def table_grants(draw, table, names):
    """A table grant and column grants for the same grantees, never mistaken for each other."""
    out = []
    privileges = draw(st.sampled_from([None, "SELECT", "SELECT, INSERT", "ALL"]))
    if privileges:
        out.append(f'GRANT {privileges} ON "{table}" TO {draw(st.sampled_from([ROLE, "PUBLIC"]))}')
    for privilege in ("SELECT", "UPDATE"):
        columns = draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
        if columns:
            quoted = ", ".join(f'"{c}"' for c in columns)
            grantee = draw(st.sampled_from([ROLE, "PUBLIC"]))
            out.append(f'GRANT {privilege} ({quoted}) ON "{table}" TO {grantee}')
    return out


@st.composite
def routine_grants(draw):
    """A function with PUBLIC's default EXECUTE revoked or kept, granted to a role or not."""
    out = []
    if draw(st.booleans()):
        out.append("CREATE FUNCTION \"rpc\"(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n'")
        if draw(st.booleans()):
            out.append('REVOKE EXECUTE ON FUNCTION "rpc"(integer) FROM PUBLIC')
        if draw(st.booleans()):
            out.append(f'GRANT EXECUTE ON FUNCTION "rpc"(integer) TO {ROLE}')
    return out


@st.composite
def table_options(draw, table, first):
    """Storage parameters, a statistics target, replica identity and an identity column with
    sequence options (issue 8)."""
    out = []
    params = [p for p in (draw(st.sampled_from([None, "fillfactor = 70", "fillfactor = 90"])),
                          draw(st.sampled_from([None, "autovacuum_enabled = off", "toast.autovacuum_enabled = false",
                                                "autovacuum_vacuum_scale_factor = .05"]))) if p]
    if params:
        out.append(f'ALTER TABLE "{table}" SET ({", ".join(params)})')
    statistics = draw(st.sampled_from([None, 0, 500, 10000]))
    if statistics is not None:
        out.append(f'ALTER TABLE "{table}" ALTER COLUMN "{first}" SET STATISTICS {statistics}')
    # a column's storage (PLAIN: the one every type takes, the type's own for fixed-length ones)
    # and attribute options
    if draw(st.booleans()):
        out.append(f'ALTER TABLE "{table}" ALTER COLUMN "{first}" SET STORAGE PLAIN')
    options = draw(st.sampled_from([None, "n_distinct = -1", "n_distinct = 50, n_distinct_inherited = -0.5"]))
    if options:
        out.append(f'ALTER TABLE "{table}" ALTER COLUMN "{first}" SET ({options})')
    identity = draw(st.sampled_from([None, "FULL", "NOTHING"]))
    if identity:
        out.append(f'ALTER TABLE "{table}" REPLICA IDENTITY {identity}')
    sequence = draw(st.sampled_from([None, "", "START WITH 100", "INCREMENT BY 5 CACHE 10", "MAXVALUE 1000 CYCLE"]))
    if sequence is not None:
        kind = draw(st.sampled_from(["ALWAYS", "BY DEFAULT"]))
        options = f" ({sequence})" if sequence else ""
        out.append(f'ALTER TABLE "{table}" ADD COLUMN "seq" bigint GENERATED {kind} AS IDENTITY{options}')
    return out


# Partitioned tables (issue 8): each name keeps one strategy (a key change is refused, not planned);
# partitions come and go, one range bound moves (detach + attach), a default partition, a key and a
# partitioned index come and go.
PARTITIONS = {
    "events": ("RANGE", {"events_0": ["FROM (0) TO (10)"], "events_1": ["FROM (10) TO (20)", "FROM (10) TO (30)"],
                         "events_2": ["FROM (40) TO (100)"]}),
    "Buckets": ("HASH", {f"Buckets {r}": [f"WITH (MODULUS 4, REMAINDER {r})"] for r in range(4)}),
    "regions": ("LIST", {"regions_a": ["IN (1, 2)"], "regions_b": ["IN (3)"]}),
}


@st.composite
def partitioned_sql(draw, table):
    strategy, candidates = PARTITIONS[table]
    key = draw(st.booleans()) and strategy != "HASH"
    pk = f', PRIMARY KEY ("at", "id")' if key else ""
    out = [f'CREATE TABLE "{table}" ("at" integer NOT NULL, "id" bigint NOT NULL, "v" text{pk}) '
           f'PARTITION BY {strategy} ("at")']
    if draw(st.booleans()):
        out.append(f'CREATE INDEX "{table}_v" ON "{table}" ("v")')
    for name in draw(st.lists(st.sampled_from(sorted(candidates)), unique=True)):
        bound = draw(st.sampled_from(candidates[name]))
        out.append(f'CREATE TABLE "{name}" PARTITION OF "{table}" FOR VALUES {bound}')
    if strategy != "HASH" and draw(st.booleans()):
        out.append(f'CREATE TABLE "{table}_other" PARTITION OF "{table}" DEFAULT')
    return out


@st.composite
def extras_sql(draw):
    """A standalone sequence, logged or not, with a grant or not, and a materialized view with
    storage parameters, populated or not (issue 8)."""
    out = []
    persistence = draw(st.sampled_from([None, "", "UNLOGGED "]))
    if persistence is not None:
        out.append(f'CREATE {persistence}SEQUENCE "counter"')
        privileges = draw(st.sampled_from([None, "USAGE", "SELECT, UPDATE"]))
        if privileges:
            out.append(f'GRANT {privileges} ON SEQUENCE "counter" TO {ROLE}')
    params = draw(st.sampled_from([None, "", " WITH (fillfactor = 70)",
                                   " WITH (autovacuum_enabled = off, toast.autovacuum_enabled = false)"]))
    if params is not None:
        data = draw(st.sampled_from(["WITH DATA", "WITH NO DATA"]))
        out.append(f'CREATE MATERIALIZED VIEW "report"{params} AS SELECT 1 AS n, \'x\'::text AS t {data}')
    return out


# Table inheritance (issue 8), only in shapes schemadiff plans in both directions (README "Table
# inheritance"), so that a refusal here is a failure. "notes" always inherits "base" and declares
# only its own column (its inherited ones cannot become its own and back); "ledger" has no
# parent, or inherits "base" (and "tagged", always in that order: reordering is refused)
# declaring every parent column and check itself (merged), so that INHERIT and NO INHERIT are
# both possible.
# base's columns, their NOT NULL and its check come and go, reaching both children.
BASE_COLUMNS = {"id": "bigint", "created": "timestamptz", "note": "text"}


@st.composite
def inheritance_sql(draw):
    names = draw(st.lists(st.sampled_from(sorted(BASE_COLUMNS)), min_size=1, max_size=3, unique=True))
    columns = [f'"{n}" {BASE_COLUMNS[n]}' + (" NOT NULL" if draw(st.booleans()) else "") for n in names]
    check = ['CHECK ("id" > 0)'] if "id" in names and draw(st.booleans()) else []
    notes = draw(st.booleans())
    ledger = draw(st.sampled_from([None, (), ("base",), ("base", "tagged")]))
    out = []
    if notes or ledger or draw(st.booleans()):
        out.append(f'CREATE TABLE "base" ({", ".join(columns + check)})')
    if ledger and "tagged" in ledger:
        out.append('CREATE TABLE "tagged" ("tag" text)')
    if notes:
        out.append('CREATE TABLE "notes" ("body" text) INHERITS ("base")')
    if ledger is not None:
        own = columns + (['"tag" text'] if "tagged" in ledger else []) + ['"amount" integer']
        if check and ledger:  # merged with base's (its name): INHERIT needs it, and it stays ledger's own
            own.append('CONSTRAINT "base_id_check" CHECK ("id" > 0)')
        quoted = ", ".join(f'"{p}"' for p in ledger)
        parents = f" INHERITS ({quoted})" if ledger else ""
        out.append(f'CREATE TABLE "ledger" ({", ".join(own)}){parents}')
    return out


@st.composite
def schema_sql(draw):
    tables = draw(st.lists(st.sampled_from(["accounts", "Orders", "line items"]), min_size=0, max_size=3, unique=True))
    statements = [CREATE_ROLE] + [s for t in tables for s in draw(table_sql(t))]
    parted = draw(st.lists(st.sampled_from(sorted(PARTITIONS)), max_size=2, unique=True))
    statements += [s for t in parted for s in draw(partitioned_sql(t))]
    statements += draw(inheritance_sql())
    return ";\n".join(statements + draw(routine_grants()) + draw(extras_sql()))


def _model(url):
    with psycopg.connect(url, autocommit=True) as conn:
        return introspect(conn)


_GRANT_SECTIONS = {"table": "tables", "view": "views", "matview": "views", "sequence": "sequences",
                   "function": "functions", "enum": "types", "domain": "types"}


def _managing_every_grant(text: str, model) -> str:
    """B's dump with `{}` under grants: for each object B grants nothing on. A dumped file names
    only objects with grants, and an object not named keeps the grants it has (README, "Grants
    are managed per object"): without this, A's grants on such an object would rightly stay and
    A would not be B."""
    doc = yaml.safe_load(text)
    granted = {g.object_id for g in model.of_kind("grant")}
    for kind, section in _GRANT_SECTIONS.items():
        for obj in model.of_kind(kind):
            if obj.id in granted:
                continue
            name = f"{obj.name}({obj.id.signature})" if kind == "function" else obj.name
            block = doc["schemas"].setdefault(obj.schema, {}).setdefault("grants", {})
            block.setdefault(section, {})[name] = {}
    return yaml.safe_dump(doc, sort_keys=False)


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(a=schema_sql(), b=schema_sql())
def test_dump_b_apply_on_a_then_rollback(server, make_db, tmp_path_factory, a, b):
    url_a, url_b = make_db(server, a), make_db(server, b)
    work = tmp_path_factory.mktemp("rt")
    schema = work / "schema.yaml"
    model_b = _model(url_b)
    schema.write_text(_managing_every_grant(spec.dump(model_b), model_b))
    settings_b = Settings(schema=schema, database=url_b, project_dir=work)
    assert compute_plan(settings_b).forward.empty, "dump then plan on the same database is not empty"
    start = _model(url_a)
    settings_a = Settings(schema=schema, database=url_a, project_dir=work)
    result = apply(settings_a, allow_destructive=True, confirm=lambda r: True)
    assert make_plan(_model(url_a), _model(url_b)).empty
    if not result.forward.empty:
        rollback(settings_a, confirm=lambda e: True)
    assert make_plan(_model(url_a), start).empty
