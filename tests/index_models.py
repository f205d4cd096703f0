"""Index models written the way pg_get_indexdef() prints them, for tests that build models by hand.

`body_index(schema, name, table, unique, "USING btree (lower(email)) WHERE (x > 0)")` reads the
text after `ON table` into the typed fields (method, keys, include, predicate) with the same
parsers schemadiff uses, so a test states an index in one familiar line.
"""

from __future__ import annotations

from schemadiff.model import Index
from schemadiff.spec.build_indexes import parse_key
from schemadiff.sqltree import index_parts, is_word, matching, split_top_level, tokens, unwrapped


def body_index(schema: str, name: str, table: str, unique: bool, body: str, **fields) -> Index:
    """An Index from `USING m (keys) [INCLUDE (...)] [NULLS NOT DISTINCT] [WHERE p]`."""
    parts = index_parts(f"CREATE INDEX x ON t {body}")
    toks = tokens(body)
    start = next(i for i, t in enumerate(toks) if t.text == "(")
    end = matching(toks, start)
    keys = tuple(parse_key(k, ())[0] for k in split_top_level(body[toks[start].end:toks[end].start]))
    where = next((t for t in toks[end:] if is_word(t, "WHERE")), None)
    predicate = unwrapped(body[where.end:]) if where is not None else None
    return Index(schema, name, table, unique, keys, method=parts.method, include=parts.include,
                 predicate=predicate, nulls_not_distinct=parts.nulls_not_distinct, **fields)
