"""Documents for indexes."""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field, StringConstraints

from .fields import Name, Spec, SqlText, SqlWhere

# Any access method of the server (pg_am, amtype 'i'): the built-in btree, hash, gin, gist, brin,
# spgist, or an extension's (bloom, pgvector's hnsw and ivfflat). Checked against pg_am when the
# scratch database builds the schema (canonical/build.py), with the index named.
Method = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$", max_length=63)]
# A storage parameter's name: `fillfactor`, `fastupdate`, `pages_per_range`, `m`, `col1`.
ParameterName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=63)]
ParameterValue = Union[bool, int, float, Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]]


class IndexSpec(Spec):
    # A column name (optionally followed by COLLATE, an opclass with its options, ASC/DESC,
    # NULLS FIRST/LAST) or an expression: `lower(email)`, `created_at DESC NULLS LAST`,
    # `body jsonb_path_ops`, `name COLLATE "C" text_pattern_ops`, `t gist_trgm_ops (siglen = 32)`.
    columns: Annotated[list[SqlText], Field(min_length=1)]
    unique: bool = False
    method: Method = "btree"
    include: list[Name] = []
    where: SqlWhere | None = None
    nulls_not_distinct: bool = False  # PostgreSQL 15+
    # Storage parameters, `WITH (...)`: fillfactor, fastupdate, gin_pending_list_limit,
    # pages_per_range, autosummarize, deduplicate_items, buffering, an extension's (m, lists...).
    with_: dict[ParameterName, ParameterValue] = Field({}, alias="with")
    comment: SqlText | None = None
