"""Indexes that do not back a constraint (those belong to the constraint)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, index_id, table_id
from .kinds import register_kind

# Storage parameters PostgreSQL reads as booleans (parse_bool: on/off, true/false, yes/no, 1/0):
# pg_class.reloptions keeps the word as written, so one meaning has many spellings there.
BOOLEAN_PARAMETERS = frozenset({"fastupdate", "deduplicate_items", "autosummarize"})
_TRUE = frozenset({"on", "true", "yes", "1", "t", "y"})
_FALSE = frozenset({"off", "false", "no", "0", "f", "n"})


def parameter_value(name: str, value: str) -> str:
    """One spelling per meaning: booleans as true/false, every value as PostgreSQL keeps it."""
    word = value.strip().lower()
    if name in BOOLEAN_PARAMETERS and word in _TRUE | _FALSE:
        return "true" if word in _TRUE else "false"
    return word if word in ("on", "off", "auto") else value  # gist's buffering is case-blind


def parameters_of(pairs) -> tuple[tuple[str, str], ...]:
    """Storage parameters as (name, value) pairs in the order given (reloptions keep the order
    they were written in, and a rebuild should too), values normalised (parameter_value)."""
    return tuple((name.lower(), parameter_value(name.lower(), str(v))) for name, v in pairs)


@dataclass(frozen=True, slots=True)
class IndexKey:
    """One key of an index: a column or an expression, with how it is compared and ordered."""

    column: str | None = None  # a plain column (raw name)
    # An expression as it stands in the key list: a function call (`lower((email)::text)`) or
    # parenthesised (`((a + b))`), as pg_get_indexdef() prints it.
    expression: str | None = None
    collation: tuple[str, ...] = ()  # qualified name parts; () = the column's or type's own
    opclass: tuple[str, ...] = ()  # qualified name parts; () = the type's default class
    opclass_options: tuple[tuple[str, str], ...] = ()  # `(siglen = 32)`, as (name, value)
    descending: bool = False
    nulls_first: bool = False  # canonical: True by default for DESC, False for ASC

    @staticmethod
    def of(column: str | None = None, expression: str | None = None, *, collation=(), opclass=(),
           opclass_options=(), descending: bool = False, nulls_first: bool | None = None) -> IndexKey:
        """A key with NULLS ordering defaulted the way PostgreSQL does (FIRST for DESC)."""
        return IndexKey(column, expression, tuple(collation), tuple(opclass), tuple(opclass_options),
                        descending, descending if nulls_first is None else nulls_first)


@dataclass(frozen=True, slots=True)
class Index:
    schema: str
    name: str
    table: str  # in the same schema, as Postgres requires
    unique: bool
    keys: tuple[IndexKey, ...]
    method: str = "btree"  # any access method of pg_am (amtype 'i'): btree, gin, brin, bloom, hnsw
    include: tuple[str, ...] = ()
    predicate: str | None = None  # the WHERE of a partial index, as the catalog prints it
    nulls_not_distinct: bool = False  # PostgreSQL 15+
    # WITH (storage parameters) as (name, value) pairs (pg_class.reloptions, in its order, which
    # the diff ignores); the one part of the definition that changes in place (ALTER INDEX ...
    # SET / RESET), never by a rebuild.
    parameters: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    # False for the leftover of an interrupted CREATE INDEX CONCURRENTLY: it is rebuilt.
    valid: bool = True
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return index_id(self.schema, self.name)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)

    @property
    def definition(self) -> tuple:
        """Everything but the name, comment and validity: what two indexes share to be one."""
        return (self.table, self.unique, self.method, self.keys, self.include, self.predicate,
                self.nulls_not_distinct, tuple(sorted(self.parameters)))

    @property
    def plain_columns(self) -> tuple[str, ...] | None:
        """The key columns when every key is a plain column compared by default; else None."""
        if any(k.column is None or k.collation or k.opclass for k in self.keys):
            return None
        return tuple(k.column for k in self.keys)  # type: ignore[misc]


register_kind("index", Index, family="indexes", rank=90)
