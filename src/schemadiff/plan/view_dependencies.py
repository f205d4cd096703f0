"""Model-derived requirements of views, policies, grants and domains (see dependencies.py).

Built from schema.yaml, these objects carry no pg_depend edges yet, so the names their SQL
text mentions stand in for them: over-approximate (a word that is also a table's name makes
the view wait for that table). Objects read from a catalog keep pg_depend's exact answer.
"""

from __future__ import annotations

import re

from ..model import Database, Domain, Grant, Index, ObjectId, Policy, View

_WORD = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][\w$]*)')
_RELATIONS = ("table", "view", "matview", "function")
_TYPES = ("enum", "domain")


def words(*texts: str | None) -> set[str]:
    """Identifiers in SQL text: bare words (as written and folded), quoted names unquoted."""
    text = " ".join(t for t in texts if t)
    found = {q.replace('""', '"') or w for q, w in _WORD.findall(text)}
    return found | {w.lower() for _, w in _WORD.findall(text) if w}


def view_requirements(obj, db: Database) -> set[ObjectId]:
    if isinstance(obj, Grant):
        return {obj.object_id} | _function(db, obj)
    if isinstance(obj, Index):  # an index on a materialized view needs the view
        return {ObjectId("matview", obj.schema, obj.table)}
    if obj.depends_on:  # read from a catalog: pg_depend is exact, a name scan could only add noise
        return set()
    if isinstance(obj, View):
        return _named(db, _RELATIONS + _TYPES, words(obj.definition))
    if isinstance(obj, Policy):
        return {obj.table_id} | _named(db, _RELATIONS, words(obj.using, obj.with_check))
    if isinstance(obj, Domain):
        texts = [obj.base_type, obj.default] + [text for _, text in obj.checks]
        return _named(db, _TYPES + ("function",), words(*texts))
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
