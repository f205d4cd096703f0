"""Views and materialized views."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId
from .kinds import register_kind

# (schema, relation, column): a column a view's query reads, from pg_depend on its rewrite rule.
ColumnRef = tuple[str, str, str]


def view_id(schema: str, name: str, materialized: bool = False) -> ObjectId:
    return ObjectId("matview" if materialized else "view", schema, name)


@dataclass(frozen=True, slots=True)
class View:
    schema: str
    name: str
    materialized: bool
    # pg_get_viewdef(oid, true) with search_path='' (no trailing semicolon); from schema.yaml,
    # the query as written until the scratch database has deparsed it.
    definition: str
    # (name, format_type) of each output column, in order. CREATE OR REPLACE VIEW may only append
    # columns: the old list must stay a prefix of the new one, names and types alike.
    columns: tuple[tuple[str, str], ...] = ()
    # reloptions as sorted `k=v` text. A view's: security_invoker=true, security_barrier=true,
    # check_option=local|cascaded (booleans normalised, false ones left out). A materialized
    # view's: its storage parameters, the TOAST table's prefixed `toast.`, normalised like a
    # table's (model.tables.storage_options).
    options: tuple[str, ...] = ()
    comment: str | None = None
    # a materialized view created WITH NO DATA (or refreshed WITH NO DATA) is not populated:
    # reading it fails until REFRESH MATERIALIZED VIEW. Always True for a plain view.
    populated: bool = True
    reads: frozenset[ColumnRef] = field(default=frozenset(), compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return view_id(self.schema, self.name, self.materialized)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    @property
    def query_fields(self) -> frozenset[str]:
        """The fields only CREATE (OR REPLACE) can change. A materialized view's storage
        parameters and populated state change in place (ALTER ... SET, REFRESH)."""
        return _MATVIEW_QUERY_FIELDS if self.materialized else _VIEW_QUERY_FIELDS

    def replaceable_by(self, new: View) -> bool:
        """CREATE OR REPLACE VIEW can turn self into new: plain views, columns only appended."""
        if self.materialized or new.materialized:
            return False
        return new.columns[: len(self.columns)] == self.columns


_VIEW_QUERY_FIELDS = frozenset({"definition", "columns", "options"})
_MATVIEW_QUERY_FIELDS = frozenset({"definition", "columns"})

register_kind("view", View, family="views", rank=100)
register_kind("matview", View, family="views", rank=110)
