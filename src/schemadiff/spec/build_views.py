"""Views, domains, policies and grants of one schema block -> model objects."""

from __future__ import annotations

from collections.abc import Iterator

from pglast.parser import ParseError

from ..model import PUBLIC, Domain, Grant, Index, Policy, View
from ..model.domains import check_definition
from ..model.grants import default_privileges
from ..sqltree import folded_name, is_name, tokens
from .build_indexes import build_index
from .expand import Named
from .security import GrantSpec, GrantsSpec, PolicySpec
from .view_rules import function_key
from .views import ViewSpec


def view_objects(schema: str, name: str, v: ViewSpec) -> Iterator[View | Index]:
    yield View(schema, name, v.materialized, v.query, options=v.option_list(),
               populated=v.populated, comment=v.comment)
    columns = _index_columns(v)
    for index, spec in v.indexes.items():
        yield build_index(schema, name, columns, Named(index, spec, ("indexes", index)))


def _index_columns(v: ViewSpec) -> tuple[str, ...]:
    """Column names the index entries use. A view's columns are only known once Postgres has
    parsed its query, so a leading name is taken as a column (`a DESC`, but not `lower(a)`)."""
    out = []
    for spec in v.indexes.values():
        for entry in [*spec.columns, *spec.include]:
            try:
                toks = tokens(entry)
            except ParseError:  # not SQL: the scratch build reports it, naming the index
                continue
            if toks and is_name(toks[0]) and (len(toks) == 1 or toks[1].text != "("):
                out.append(folded_name(toks[0]))
    return tuple(dict.fromkeys(out))


def domain(schema: str, name: str, d) -> Domain:
    checks = tuple(sorted((n, check_definition(c.expression, c.valid)) for n, c in d.checks.items()))
    return Domain(schema, name, d.type, d.not_null, d.default, checks, d.comment)


def role(name: str) -> str:
    """`public` in any case is the PUBLIC pseudo-role (no role can take that name)."""
    return PUBLIC if name.lower() == "public" else name


def policy(schema: str, table: str, name: str, p: PolicySpec) -> Policy:
    roles = tuple(sorted({role(r) for r in p.roles}))
    if PUBLIC in roles:  # Postgres keeps only PUBLIC when it is listed with others
        roles = (PUBLIC,)
    return Policy(schema, table, name, p.command.upper(), p.permissive, roles, p.using,
                  p.with_check, p.comment)


def grant_objects(schema: str, g: GrantsSpec, spec) -> Iterator[Grant]:
    """One Grant per (object, grantee), and per (column, grantee) for a table's column
    privileges. An object listed with no grantee (`orders: {}`) yields a Grant with no grantee
    and no privileges: it only marks the object's grants as managed."""
    for kind, path, grantees in g.blocks():
        object_kind, name, signature = _target(schema, kind, path, spec)
        base = dict(schema=schema, object_kind=object_kind, object_name=name, signature=signature)
        if not grantees:
            yield Grant(grantee="", privileges=(), **base)
        for grantee, grant in grantees.items():
            whole = _grant(role(grantee), grant, base)
            if whole.privileges or whole.revoked or not grant.columns:  # else columns only
                yield whole
            yield from _column_grants(role(grantee), grant, base)


def _grant(grantee: str, grant: GrantSpec, base: dict) -> Grant:
    """The listed privileges are all the grantee holds: the defaults it does not list are
    revoked (`PUBLIC: []` on a function), and only what goes beyond them is granted."""
    listed = {p.upper() for p in grant.privileges}
    defaults = default_privileges(base["object_kind"], base["object_name"], grantee)
    revoked = () if "ALL" in listed else tuple(sorted(defaults - listed))
    return Grant(grantee=grantee, privileges=tuple(sorted(listed - defaults)),
                 with_grant_option=grant.with_grant_option, revoked=revoked, **base)


def _column_grants(grantee: str, grant: GrantSpec, base: dict) -> Iterator[Grant]:
    by_column: dict[str, set[str]] = {}
    for privilege, columns in grant.columns.items():
        for column in columns:
            by_column.setdefault(column, set()).add(privilege.upper())
    for column, privileges in sorted(by_column.items()):
        yield Grant(grantee=grantee, privileges=tuple(sorted(privileges)),
                    with_grant_option=grant.with_grant_option, column=column,
                    **(base | {"object_kind": "column"}))


def _target(schema: str, kind: str, path, spec) -> tuple[str, str, str]:
    if kind == "schema":
        return "schema", schema, ""
    if kind == "functions":
        name, signature = function_key(path[1])
        return "function", name, signature
    if kind == "views":
        return ("matview" if spec.views[path[1]].materialized else "view"), path[1], ""
    if kind == "types":
        return ("domain" if path[1] in spec.domains else "enum"), path[1], ""
    return kind[:-1], path[1], ""  # tables -> table, sequences -> sequence


def schema_objects(schema: str, spec) -> Iterator[Domain | View | Index | Grant]:
    """The domains, views (with their indexes) and grants of one schema block."""
    for name, d in spec.domains.items():
        yield domain(schema, name, d)
    for name, v in spec.views.items():
        yield from view_objects(schema, name, v)
    if spec.grants is not None:
        yield from grant_objects(schema, spec.grants, spec)
