"""Views, domains, policies, row-level security and grants of the model as schema.yaml blocks."""

from __future__ import annotations

from ..model import PUBLIC, Database, Domain, Grant, Policy, Table, View
from ..model.domains import check_parts
from .catalog_text import parse_check
from .readable import check_text, default_text, type_text
from .dump_tables import FlowList, FlowMap, _index, inline, storage_block


def schema_blocks(db: Database, schema: str) -> dict:
    """`domains:`, `views:` and `grants:` of one schema, each only when it has entries."""
    domains = {d.name: _domain(d) for d in db.of_kind("domain") if d.schema == schema}
    views = {v.name: _view(db, v) for v in _views(db) if v.schema == schema}
    grants = _grants([g for g in db.of_kind("grant") if g.schema == schema])
    blocks = {"domains": domains, "views": views, "grants": grants}
    return {k: v for k, v in blocks.items() if v}


def table_security(db: Database, table: Table) -> dict:
    """`rls:` and `policies:` of one table."""
    out: dict = {}
    if table.rls_enabled or table.rls_forced:
        out["rls"] = FlowMap(enabled=table.rls_enabled, **({"forced": True} if table.rls_forced else {}))
    policies = {p.name: _policy(p) for p in db.of_kind("policy") if p.table_id == table.id}
    if policies:
        out["policies"] = policies
    return out


def _views(db: Database) -> list[View]:
    return sorted(db.of_kind("view") + db.of_kind("matview"), key=lambda v: (v.schema, v.name))


def _view(db: Database, v: View):
    block = {
        "query": v.definition,
        "materialized": v.materialized or None,
        **({"with": storage_block(v.options) if v.options else None,
            "populated": None if v.populated else False} if v.materialized else
           {k: _option(v, k) for k in ("security_invoker", "security_barrier", "check_option")}),
        "comment": v.comment,
    }
    indexes = {i.name: _index(i, v.column_names) for i in db.of_kind("index")
               if i.schema == v.schema and i.table == v.name and v.materialized}
    block = {k: val for k, val in block.items() if val is not None}
    if indexes:
        block["indexes"] = indexes
    return block["query"] if len(block) == 1 else block


def _option(v: View, key: str):
    for entry in v.options:
        name, _, value = entry.partition("=")
        if name == key:
            return True if value == "true" else value
    return None


def _domain(d: Domain):
    block = {"type": type_text(d.base_type), "not_null": d.not_null or None,
             "default": default_text(d.default, d.base_type) if d.default is not None else None,
             "checks": {name: _domain_check(text) for name, text in d.checks} or None,
             "comment": d.comment}
    block = {k: v for k, v in block.items() if v is not None}
    return block["type"] if len(block) == 1 else inline(block)


def _domain_check(text: str):
    """The expression, or `{expression, valid: false}` for a NOT VALID check."""
    definition, valid = check_parts(text)
    expression = check_text(parse_check(definition), {})
    return expression if valid else FlowMap(expression=expression, valid=False)


def _policy(p: Policy) -> dict:
    block = {
        "command": p.command.lower() if p.command != "ALL" else None,
        "permissive": None if p.permissive else False,
        "roles": None if p.roles == (PUBLIC,) else FlowList(p.roles),
        "using": p.using, "with_check": p.with_check, "comment": p.comment,
    }
    return inline({k: v for k, v in block.items() if v is not None})


_SECTIONS = {"table": "tables", "column": "tables", "view": "views", "matview": "views",
             "sequence": "sequences", "function": "functions", "enum": "types", "domain": "types"}


def _grants(grants: list[Grant]) -> dict:
    """`grants:` of one schema: per object, per grantee, all it holds (PUBLIC's defaults too,
    so a revoked default reads `PUBLIC: []`) and its column privileges."""
    out: dict = {}
    for g in sorted(grants, key=lambda g: g.id):
        grantees = _grantees(out, g)
        grantees[g.grantee] = _merged(grantees.get(g.grantee), g)
    order = ("schema", "tables", "views", "sequences", "functions", "types")
    return {k: _written(out[k], k == "schema") for k in order if k in out}


def _grantees(out: dict, g: Grant) -> dict:
    if g.object_kind == "schema":
        return out.setdefault("schema", {})
    key = f"{g.object_name}({g.signature})" if g.object_kind == "function" else g.object_name
    return out.setdefault(_SECTIONS[g.object_kind], {}).setdefault(key, {})


def _merged(entry: dict | None, g: Grant) -> dict:
    entry = entry or {"privileges": set(), "columns": {}, "with_grant_option": None}
    if g.object_kind == "column":
        for privilege in g.privileges:
            entry["columns"].setdefault(privilege.lower(), []).append(g.column)
    else:
        entry["privileges"] |= {p.lower() for p in g.held}
    if g.privileges:  # one flag for the grantee's table and column privileges: all must have it
        entry["with_grant_option"] = g.with_grant_option and entry["with_grant_option"] is not False
    return entry


def _written(section: dict, is_schema: bool) -> dict:
    if is_schema:
        return {grantee: _grant(e) for grantee, e in section.items()}
    return {name: {grantee: _grant(e) for grantee, e in grantees.items()}
            for name, grantees in section.items()}


def _grant(entry: dict):
    """The short form (a list) when the grantee holds whole-object privileges only."""
    privileges = FlowList(sorted(entry["privileges"]))
    if not entry["columns"] and not entry["with_grant_option"]:
        return privileges
    block: dict = {"privileges": privileges} if privileges else {}
    if entry["columns"]:
        block["columns"] = FlowMap({p: FlowList(cols) for p, cols in sorted(entry["columns"].items())})
    if entry["with_grant_option"]:
        block["with_grant_option"] = True
    return block
