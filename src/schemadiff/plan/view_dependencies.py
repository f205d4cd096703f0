"""Model-derived requirements of views, policies, grants and domains (see dependencies.py).

Built from schema.yaml, these objects carry no pg_depend edges yet, so the names their SQL
names (read from PostgreSQL's parse tree, sqltree.referenced_names) stand in for them: matched
without schemas, so over-approximate (a view naming `app.orders` also waits for `public.orders`).
Objects read from a catalog keep pg_depend's exact answer.
"""

from __future__ import annotations

from ..model import Database, Domain, Grant, Index, ObjectId, Policy, View
from ..sqltree import referenced_names

_RELATIONS = ("table", "view", "matview", "function")
_TYPES = ("enum", "domain")


def names(form: str, *texts: str | None) -> set[str]:
    """What the texts (each of one `form`, see sqltree) refer to, without schemas."""
    return {name for text in texts if text for name in referenced_names(text, form)}


def view_requirements(obj, db: Database) -> set[ObjectId]:
    if isinstance(obj, Grant):
        return {obj.object_id} | _function(db, obj)
    if isinstance(obj, Index):  # an index on a materialized view needs the view
        return {ObjectId("matview", obj.schema, obj.table)}
    if obj.depends_on:  # read from a catalog: pg_depend is exact, a name scan could only add noise
        return set()
    if isinstance(obj, View):
        return _named(db, _RELATIONS + _TYPES, names("query", obj.definition))
    if isinstance(obj, Policy):
        return {obj.table_id} | _named(db, _RELATIONS, names("expression", obj.using, obj.with_check))
    if isinstance(obj, Domain):
        found = names("type", obj.base_type) | names(
            "expression", obj.default, *(text for _, text in obj.checks))
        return _named(db, _TYPES + ("function",), found)
    return set()


def _named(db: Database, kinds: tuple[str, ...], found: set[str]) -> set[ObjectId]:
    return {o.id for kind in kinds for o in db.of_kind(kind) if o.name in found}


def _function(db: Database, grant: Grant) -> set[ObjectId]:
    """A function granted under a signature spelt differently (`int` for `integer`) still
    needs to exist first: any function of that name will do as an edge."""
    if grant.object_kind != "function":
        return set()
    return {f.id for f in db.of_kind("function")
            if (f.schema, f.name) == (grant.schema, grant.object_name)}
