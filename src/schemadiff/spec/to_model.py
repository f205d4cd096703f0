"""What the user wrote -> the canonical model: shorthands expanded, Postgres's default names."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Column, Database, DbObject, EnumType, Extension, IdentityOptions, Schema, Sequence, Table
from ..model.tables import DEFAULT_IDENTITY, column_option
from .build_constraints import build_constraint
from .build_indexes import build_index
from .columns import ColumnSpec
from .cron import cron_jobs
from . import build_views
from .collations import collation
from .default_privileges import default_privileges
from .aggregates import aggregate
from . import build_routines  # functions, procedures, triggers
from .security import RlsSpec
from .documents import SchemaSpec, SequenceSpec, SpecDocument, default_start
from .expand import constraints, indexes, owned_by_candidates, primary_key_columns
from .tables import TableSpec
from .partitions import key_model, with_parent_columns



def to_model(doc: SpecDocument) -> Database:
    """The Database a validated document describes."""
    objects: list[DbObject] = [
        Extension(name, ext.schema_ or "public") for name, ext in doc.extensions.items()
    ]
    if "public" not in doc.schemas:  # always there in a new database; never dropped by omission
        objects.append(Schema("public"))
    for name, schema in doc.schemas.items():
        objects.append(Schema(name, schema.comment))
        objects.extend(_schema_objects(doc, name, schema))
    objects.extend(cron_jobs(doc))  # pg_cron jobs (spec/cron.py)
    objects.extend(default_privileges(doc.default_privileges))
    return Database.of(objects)


def _schema_objects(doc: SpecDocument, name: str, spec: SchemaSpec) -> Iterator[DbObject]:
    for coll, c in spec.collations.items():
        yield collation(name, coll, c)
    for enum, e in spec.enums.items():
        yield EnumType(name, enum, tuple(e.values), e.comment)
    for seq, s in spec.sequences.items():
        yield _sequence(name, seq, s, spec)
    for table, t in spec.tables.items():
        yield from _table_objects(doc, name, table, t)
    yield from build_views.schema_objects(name, spec)  # domains, views, grants
    yield from build_routines.routine_objects(doc, name, spec)  # functions, procedures
    for key, a in spec.aggregates.items():
        yield aggregate(name, key, a)
    for table, t in spec.tables.items():
        yield from build_routines.trigger_objects(name, table, t.triggers)


def _sequence(schema: str, name: str, s: SequenceSpec, spec: SchemaSpec) -> Sequence:
    owned = owned_by_candidates(s.owned_by, spec.tables)[0] if s.owned_by else None
    return Sequence(schema, name, s.type, _start(s), s.increment, s.min_value, s.max_value,
                    s.cache, s.cycle, owned, s.comment, unlogged=_sequence_unlogged(s, owned, spec))


def _sequence_unlogged(s: SequenceSpec, owned: tuple[str, str] | None, spec: SchemaSpec) -> bool:
    """`unlogged:` as declared; unset, as the owning table, since PostgreSQL makes the sequences
    an unlogged table owns unlogged with it (and SET LOGGED / UNLOGGED on the table, too)."""
    if s.unlogged is not None:
        return s.unlogged
    table = spec.tables.get(owned[0]) if owned else None
    return table is not None and table.unlogged


def _start(s: SequenceSpec) -> int:
    return s.start if s.start is not None else default_start(s.increment, s.min_value, s.max_value)


def _table_objects(doc: SpecDocument, schema: str, name: str, t: TableSpec) -> Iterator[DbObject]:
    columns = tuple(_column(col, c) for col, c in t.columns.items())
    rls = t.rls or RlsSpec(enabled=False)
    parent = t.partition_of.model(schema) if t.partition_of else None
    yield Table(schema, name, columns, t.comment, t.renamed_from,
                rls_enabled=rls.enabled, rls_forced=rls.forced, unlogged=t.unlogged,
                options=t.option_list(), replica_identity=t.replica_kind(),
                replica_index=t.replica_index(), partition_by=key_model(t.partition_by),
                partition_of=parent, inherits=t.parents(schema))
    yield from (build_views.policy(schema, name, p, spec) for p, spec in t.policies.items())
    # a partition's own constraints and indexes read its parent's columns (spec/partitions.py)
    names = tuple(with_parent_columns(t, doc.schemas[schema].tables).columns if parent else t.columns)
    for named in constraints(name, t):
        ref_columns = _ref_columns(doc, schema, named.spec) if named.kind == "f" else ()
        yield build_constraint(schema, name, names, named, ref_columns)
    for named in indexes(t):
        yield build_index(schema, name, names, named)


def _column(name: str, c: ColumnSpec) -> Column:
    return Column(
        name=name, type=c.type, not_null=c.not_null, default=c.default,
        identity=c.identity.generated if c.identity else None,
        identity_options=_identity_options(c), generated=c.generated,
        collation=c.collation, comment=c.comment, renamed_from=c.renamed_from, using=c.using,
        statistics=c.statistics, compression=c.compression, storage=c.storage,
        options=_column_options(c),
    )


def _column_options(c: ColumnSpec) -> tuple[str, ...]:
    given = c.options.model_dump(exclude_none=True) if c.options is not None else {}
    return tuple(sorted(column_option(f"{k}={v!r}") for k, v in given.items()))


def _identity_options(c: ColumnSpec) -> IdentityOptions:
    i = c.identity
    if i is None:
        return DEFAULT_IDENTITY
    options = IdentityOptions(i.start, i.increment, i.min_value, i.max_value, i.cache, i.cycle)
    # A start equal to the one CREATE picks is no option at all (introspect folds it the same way).
    if options.start is not None and options.start == IdentityOptions(
            None, i.increment, i.min_value, i.max_value).start_value():
        return IdentityOptions(None, i.increment, i.min_value, i.max_value, i.cache, i.cycle)
    return options


def _ref_columns(doc: SpecDocument, schema: str, fk) -> tuple[str, ...]:
    """Written columns, else the referenced table's primary key (validated to exist)."""
    target = fk.references
    if target.columns is not None:
        return tuple(target.columns)
    ref_schema = doc.schemas[target.schema_ or schema]
    return primary_key_columns(target.table, ref_schema.tables[target.table])
