"""Table constraints: primary key, unique, check, foreign key, exclusion."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..sqltree import constraint_fields
from .ids import ObjectId, constraint_id, table_id
from .indexes import IndexKey, parameters_of
from .kinds import register_kind

PRIMARY_KEY = "p"
UNIQUE = "u"
CHECK = "c"
FOREIGN_KEY = "f"
EXCLUSION = "x"

KIND_NAMES = {
    PRIMARY_KEY: "primary key",
    UNIQUE: "unique",
    CHECK: "check",
    FOREIGN_KEY: "foreign key",
    EXCLUSION: "exclusion",
}


def key_parameters(pairs) -> tuple[tuple[str, str], ...]:
    """Storage parameters of a constraint's index in the one order the model keeps."""
    return tuple(sorted(parameters_of(pairs)))


def definition_fields(definition: str) -> dict:
    """Constraint keyword arguments from a definition's text (`pg_get_constraintdef()`, or
    schema.yaml's exclusion), read by PostgreSQL's parser (sqltree.constraint_fields). A ` NOT
    VALID` suffix, printed when !convalidated, is read and ignored: `validated` holds it."""
    fields = dict(constraint_fields(definition))
    if "parameters" in fields:
        fields["parameters"] = key_parameters(fields["parameters"])
    if "elements" in fields:
        fields["elements"] = tuple(ExclusionElement(IndexKey.of(**key), operator)
                                   for key, operator in fields["elements"])
    return fields


@dataclass(frozen=True, slots=True)
class ExclusionElement:
    """One element of EXCLUDE (...): a key as an index has it, and the operator it is compared
    with (qualified name parts: ('&&',), or ('myschema', '&&') for OPERATOR(myschema.&&))."""

    key: IndexKey
    operator: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Constraint:
    """A table constraint as typed fields, each read from the catalog (introspect/constraints.py,
    through pglast) or schema.yaml; render/constraints.py writes its definition from them."""

    schema: str
    table: str
    name: str
    kind: str  # one of p u c f x
    # Key columns (conkey): a key's, a foreign key's own, a check's and exclusion's plain columns.
    columns: tuple[str, ...] = ()
    ref_table: tuple[str, str] | None = None  # (schema, table) of a foreign key
    ref_columns: tuple[str, ...] = ()
    comment: str | None = None
    # False for NOT VALID (pg_constraint.convalidated): enforced for new rows, existing rows not
    # checked. Part of the state: a NOT VALID constraint where a valid one is wanted is a
    # difference (it is validated), and the other way round (dropped and added NOT VALID).
    validated: bool = True
    deferrable: bool = False  # keys, foreign keys, exclusions
    initially_deferred: bool = False
    # The index of a primary key, unique or exclusion constraint: INCLUDE columns, and WITH
    # (storage parameters) as (name, value) pairs, normalised as Index.parameters are and sorted
    # (key_parameters: reloptions keep the order they were set in, which means nothing); the one
    # part that changes in place (ALTER INDEX ... SET / RESET).
    include: tuple[str, ...] = ()
    parameters: tuple[tuple[str, str], ...] = ()
    nulls_not_distinct: bool = False  # unique, PostgreSQL 15+
    without_overlaps: bool = False  # primary key, unique: the last column WITHOUT OVERLAPS (18+)
    # Foreign keys: actions in schema.yaml's words, SET NULL / SET DEFAULT (cols) on delete (15+),
    # MATCH, and PERIOD on the last column pair (18+).
    on_update: str = "no action"
    on_delete: str = "no action"
    on_delete_columns: tuple[str, ...] = ()
    match: str = "simple"
    period: bool = False
    # Checks: the expression as written inside CHECK ( ), and NO INHERIT.
    expression: str | None = None
    no_inherit: bool = False
    # Exclusions: the index method, the elements, the WHERE predicate as written inside ( ).
    method: str | None = None
    elements: tuple[ExclusionElement, ...] = ()
    predicate: str | None = None
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)

    @property
    def id(self) -> ObjectId:
        return constraint_id(self.schema, self.table, self.name)

    @property
    def table_id(self) -> ObjectId:
        return table_id(self.schema, self.table)

    @property
    def ref_table_id(self) -> ObjectId | None:
        return table_id(*self.ref_table) if self.ref_table else None

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


register_kind("constraint", Constraint, family="constraints", rank=80)
