"""Tables and columns: create, drop, rename, and the safe form of every column change."""

from __future__ import annotations

from ...model import Column, Constraint, Table
from ...model.ids import enum_id
from ...model.naming import make_object_name
from ...quoting import ident
from ...sqltree import type_shape
from .. import ops
from ...diff import AddColumn, AlterColumn, DropColumn, RenameColumn, RenameTable
from .column_types import narrowing, rewrites, volatile_default
from .context import Context
from .partitions import partition_ops
from .inheritance import inheritance_ops, refuse_identity_with_children
from .sequences import owned_sequences_after_set_logged
from .registry import STRATEGIES, Strategy, comment_change


def create_table_ops(table: Table) -> list[ops.Op]:
    out: list[ops.Op] = [ops.CreateTable(table)]
    if table.comment is not None:
        out.append(ops.SetComment(table.id, table.comment))
    out += [ops.SetComment(table.id, c.comment, c.name) for c in table.columns if c.comment is not None]
    return out + [op for c in table.columns for op in _attribute_ops(table, c)]


_ATTRIBUTES = ("statistics", "compression", "storage", "options")


def _attribute_ops(t: Table, col: Column, changed: set[str] | None = None,
                   old: Column | None = None) -> list[ops.Op]:
    """SET STATISTICS / COMPRESSION / STORAGE / (options): for a new column (changed None; CREATE
    TABLE and ADD COLUMN have no clause for them) what is declared, else what changed (unset: the
    default again)."""
    if changed is None:
        changed = {f for f in _ATTRIBUTES if getattr(col, f) not in (None, ())}
    out: list[ops.Op] = []
    if "statistics" in changed:
        out.append(ops.SetColumnStatistics(t.schema, t.name, column=col.name, statistics=col.statistics))
    if "compression" in changed:
        out.append(ops.SetColumnCompression(t.schema, t.name, column=col.name, compression=col.compression))
    if "storage" in changed:
        out.append(_storage_op(t, col))
    if "options" in changed:
        out.append(_options_op(t, col, old.options if old is not None else ()))
    return out


def _storage_op(t: Table, col: Column) -> ops.Op:
    storage = col.storage or col.type_storage
    if storage is None:  # only a model read from a catalog says what the type's own storage is
        raise ValueError(f"column {t.schema}.{t.name}.{col.name}: the type's own storage is unknown")
    return ops.SetColumnStorage(t.schema, t.name, column=col.name, storage=storage)


def _options_op(t: Table, col: Column, before: tuple[str, ...]) -> ops.Op:
    keys = {e.partition("=")[0] for e in col.options}
    reset = tuple(k for k in (e.partition("=")[0] for e in before) if k not in keys)
    changed = tuple(e for e in col.options if e not in before)
    return ops.SetColumnOptions(t.schema, t.name, column=col.name, set=changed, reset=reset)


def _retyped_attributes(new: Column, fields: set[str]) -> set[str]:
    """ALTER COLUMN ... TYPE (a type or collation change) gives the column its new type's storage
    and no compression: what is declared is set again after it, even when it did not change."""
    kept = fields & set(_ATTRIBUTES) - {"storage", "compression"}
    return kept | {f for f in ("storage", "compression") if getattr(new, f) is not None}


def rename_table_ops(change: RenameTable) -> list[ops.Op]:
    return [ops.RenameTable(change.old.schema, change.new_name, old_name=change.old.name)]


def rename_column_ops(change: RenameColumn) -> list[ops.Op]:
    t = change.table
    return [ops.RenameColumn(t.schema, t.name, old_name=change.old_name, new_name=change.new_name,
                             displaced=change.displaced)]


def add_column_ops(change: AddColumn, ctx: Context) -> list[ops.Op]:
    t, col = change.table, change.column
    if col.identity is not None:
        refuse_identity_with_children(t, col, ctx)
    # A STORED generated column is computed for every existing row, like a volatile default, and
    # so is an identity column (a sequence value per row: PostgreSQL rewrites the table).
    rewrites = volatile_default(col.default) or col.generated is not None or col.identity is not None
    out: list[ops.Op] = [ops.AddColumn(t.schema, t.name, column=col, rewrites=rewrites)]
    if col.comment is not None:
        out.append(ops.SetComment(t.id, col.comment, col.name))
    return out + _attribute_ops(t, col)


def drop_column_ops(change: DropColumn) -> list[ops.Op]:
    return [ops.DropColumn(change.table.schema, change.table.name, column=change.column)]


def alter_column_ops(change: AlterColumn, ctx: Context) -> list[ops.Op]:
    t, old, new, fields = change.table, change.old, change.new, set(change.fields)
    if "generated" in fields:  # an expression cannot be altered before 17: drop and add (recomputed)
        return [ops.DropColumn(t.schema, t.name, column=old), *add_column_ops(AddColumn(t, new), ctx)]
    out: list[ops.Op] = []
    retype = "type" in fields
    if old.default is not None and (retype or "identity" in fields or "default" in fields and new.default is None):
        out.append(ops.SetColumnDefault(t.schema, t.name, column=old.name, default=None))
    retyped = _retype_op(t, old, new, ctx) if retype else None
    if retyped is not None:
        out.append(retyped)
    elif "collation" in fields:
        out.append(ops.SetColumnCollation(t.schema, t.name, column=new))
    # Identity needs NOT NULL first ("must be declared NOT NULL before identity can be added");
    # otherwise NOT NULL comes last, after the default (an identity column has none).
    not_null = _not_null_ops(t, new, ctx) if "not_null" in fields else []
    adds_identity = new.identity is not None and old.identity is None
    if adds_identity:
        out += not_null
    out += _identity_ops(t, old, new, fields, after=any(isinstance(o, ops.SetNotNullUsingCheck) for o in out))
    if new.default is not None and (retype or "default" in fields or "identity" in fields):
        out.append(ops.SetColumnDefault(t.schema, t.name, column=new.name, default=new.default))
    if not adds_identity:
        out += not_null
    if "comment" in fields:
        out.append(ops.SetComment(t.id, new.comment, new.name))
    retypes = retyped is not None or "collation" in fields
    attributes = _retyped_attributes(new, fields) if retypes else fields & set(_ATTRIBUTES)
    out += _attribute_ops(t, new, attributes, old)
    if retyped is not None and retyped.rewrites:
        out.append(ops.AnalyzeTable(t.schema, t.name))  # last: it runs outside the transaction
    return out


def _identity_ops(t: Table, old: Column, new: Column, fields: set[str], after: bool) -> list[ops.Op]:
    out: list[ops.Op] = []
    if "identity" in fields:  # ADD GENERATED carries the options itself
        kind = ops.AddIdentityAfterNotNull if after else ops.SetColumnIdentity
        out.append(kind(t.schema, t.name, column=new.name, old=old.identity,
                        new=new.identity, options=new.identity_options))
    if old.identity and new.identity and old.identity_options != new.identity_options:
        out.append(ops.SetIdentityOptions(t.schema, t.name, column=new.name, options=new.identity_options))
    return out


def _retype_op(t: Table, old: Column, new: Column, ctx: Context) -> ops.AlterColumnType:
    # PostgreSQL has no cast between two enums, but each casts to and from text: by label.
    via_text = _is_enum(ctx.current, old.type) and _is_enum(ctx.desired, new.type)
    return ops.AlterColumnType(
        t.schema, t.name, old=old, new=new,
        rewrites=rewrites(old.type, new.type), narrowing=narrowing(old.type, new.type),
        using=new.using, via_text=via_text,
    )


def _is_enum(db, type_text: str) -> bool:
    shape = type_shape(type_text)
    return shape is not None and not shape.array and \
        enum_id(shape.schema or "public", shape.name) in db.objects


def _not_null_ops(t: Table, col: Column, ctx: Context) -> list[ops.Op]:
    if not col.not_null or not ctx.is_existing(t.id):
        return [ops.SetColumnNotNull(t.schema, t.name, column=col.name, not_null=col.not_null)]
    # PostgreSQL 12+: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan, and
    # VALIDATE only takes SHARE UPDATE EXCLUSIVE. So: add NOT VALID, validate, set, drop the check.
    # Not `<table>_<col>_not_null`: PostgreSQL 18 gives that name to the NOT NULL constraint itself.
    name = make_object_name(t.name, col.name, "nn_schemadiff")
    check = Constraint(t.schema, t.name, name, "c", (col.name,),
                       expression=f"{ident(col.name)} IS NOT NULL")
    return [
        ops.AddConstraint(check, not_valid=True),
        ops.ValidateConstraint(check),
        ops.SetNotNullUsingCheck(t.schema, t.name, column=col.name, check_name=name),
    ]


def _rls_create_ops(table: Table) -> list[ops.Op]:
    """A new table with row-level security: enable / force it after CREATE TABLE."""
    if not (table.rls_enabled or table.rls_forced):
        return []
    return [ops.SetRowLevelSecurity(table.schema, table.name, enabled=table.rls_enabled or None,
                                    forced=table.rls_forced or None)]


def _alter_table(old: Table, new: Table, fields: tuple[str, ...], ctx: Context) -> list[ops.Op]:
    """Table-level fields; columns are changes of their own (AddColumn, AlterColumn, ...)."""
    enabled = new.rls_enabled if "rls_enabled" in fields else None
    forced = new.rls_forced if "rls_forced" in fields else None
    rls = [] if enabled is None and forced is None else [
        ops.SetRowLevelSecurity(new.schema, new.name, enabled=enabled, forced=forced)]
    logged = ([ops.SetLogged(new.schema, new.name, unlogged=new.unlogged),
               *owned_sequences_after_set_logged(new, ctx)] if "unlogged" in fields else [])
    storage = _storage_ops(old, new) if "options" in fields else []
    replica = _replica_ops(old, new) if {"replica_identity", "replica_index"} & set(fields) else []
    inherits = inheritance_ops(old, new, ctx) if "inherits" in fields else []
    return partition_ops(old, new, fields, ctx) + comment_change(new, fields) + rls + logged + storage + replica + inherits


def _storage_ops(old: Table, new: Table) -> list[ops.Op]:
    """SET the parameters that are new or changed, RESET those no longer declared."""
    keys = {e.partition("=")[0] for e in new.options}
    gone = tuple(sorted(k for k in (e.partition("=")[0] for e in old.options) if k not in keys))
    changed = tuple(e for e in new.options if e not in old.options)
    return [ops.SetStorageParameters(new.schema, new.name, set=changed, reset=gone)]


def _replica_ops(old: Table | None, new: Table) -> list[ops.Op]:
    old_index = old.replica_index if old is not None else None
    return [ops.SetReplicaIdentity(new.schema, new.name, identity=new.replica_identity,
                                   index=new.replica_index, old_index=old_index)]


def _create_extras(table: Table) -> list[ops.Op]:
    """A new table's replica identity: after CREATE TABLE, and (USING INDEX) after its index."""
    return _replica_ops(None, table) if table.replica_identity != "default" else []


STRATEGIES.register("table", Strategy(
    create=lambda table, ctx: create_table_ops(table) + _rls_create_ops(table) + _create_extras(table),
    drop=lambda table, ctx: [ops.DropTable(table)], alter=_alter_table))
