"""Operations on tables and columns."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Column, IdentityOptions, ObjectId, Table
from ...model.ids import table_id
from ...model.tables import DEFAULT_IDENTITY
from .base import DELETES_DATA, LOCKS_TABLE, TABLE_REWRITE, Lock, LockMode, Op, Phase


@dataclass(frozen=True)
class _TableOp(Op):
    schema: str
    table_name: str

    @property
    def target(self) -> ObjectId:
        return table_id(self.schema, self.table_name)

    @property
    def table(self) -> ObjectId:
        return self.target


@dataclass(frozen=True)
class _WholeTableOp(Op):
    """Creating or dropping a whole table: the table is both the target and what is locked."""

    table_def: Table

    @property
    def target(self) -> ObjectId:
        return self.table_def.id

    @property
    def table(self) -> ObjectId:
        return self.target

    def locks(self) -> tuple[Lock, ...]:
        # CREATE TABLE ... PARTITION OF and DROP TABLE of a partition lock the parent too
        own = super().locks()
        parent = self.table_def.partition_of
        return own + (Lock(LockMode.ACCESS_EXCLUSIVE, parent.parent_id),) if parent else own


@dataclass(frozen=True)
class CreateTable(_WholeTableOp):
    """Columns only: constraints and indexes are their own steps, so cycles never arise."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    action = "create"


@dataclass(frozen=True)
class DropTable(_WholeTableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    action = "drop"

    def hazards(self):
        return ((DELETES_DATA, f"drops table {self.table_def.name} and every row in it"),)


@dataclass(frozen=True)
class RenameTable(_TableOp):
    """Declared with renamed_from; target is the new name."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old_name: str = ""
    action = "rename"

    def describe(self) -> str:
        return f"rename table {self.schema}.{self.old_name} to {self.table_name}"


@dataclass(frozen=True)
class AddColumn(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: Column = None  # type: ignore[assignment]
    rewrites: bool = False  # a volatile default or a stored generated column fills every existing row

    def hazards(self):
        if self.rewrites:
            why = ("stored generated column" if self.column.generated is not None
                   else "identity column" if self.column.identity is not None else "volatile default on")
            return ((TABLE_REWRITE, f"{why} {self.column.name} rewrites the table"),)
        return ()

    def describe(self) -> str:
        return f"add column {self.table_name}.{self.column.name} {self.column.type}"


@dataclass(frozen=True)
class DropColumn(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: Column = None  # type: ignore[assignment]

    def hazards(self):
        return ((DELETES_DATA, f"drops column {self.table_name}.{self.column.name} and its data"),)

    def describe(self) -> str:
        return f"drop column {self.table_name}.{self.column.name}"


@dataclass(frozen=True)
class RenameColumn(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old_name: str = ""
    new_name: str = ""
    displaced: Column | None = None  # dropped first: it holds the name being taken
    action = "rename"

    def hazards(self):
        if self.displaced is not None:
            return ((DELETES_DATA, f"drops column {self.table_name}.{self.new_name} to free its name"),)
        return ()

    def describe(self) -> str:
        return f"rename column {self.table_name}.{self.old_name} to {self.new_name}"


@dataclass(frozen=True)
class AlterColumnType(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    old: Column = None  # type: ignore[assignment]
    new: Column = None  # type: ignore[assignment]
    rewrites: bool = True
    narrowing: bool = False
    using: str | None = None  # schema.yaml's `using:` conversion, when the default cast will not do
    via_text: bool = False  # enum to enum: no cast exists, the label goes through text

    def hazards(self):
        out = []
        if self.rewrites:
            out.append((TABLE_REWRITE, f"{self.old.type} -> {self.new.type} rewrites the table under ACCESS EXCLUSIVE"))
        if self.narrowing:
            out.append((DELETES_DATA, f"{self.old.type} -> {self.new.type} may truncate or reject existing values"))
        return tuple(out)

    def describe(self) -> str:
        return f"change type of {self.table_name}.{self.new.name}: {self.old.type} -> {self.new.type}"


@dataclass(frozen=True)
class SetColumnDefault(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    default: str | None = None  # None drops the default

    def describe(self) -> str:
        what = f"set default {self.default}" if self.default is not None else "drop default"
        return f"{what} on {self.table_name}.{self.column}"


@dataclass(frozen=True)
class SetColumnNotNull(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    not_null: bool = True
    scans: bool = False  # plain SET NOT NULL on a table with rows: full scan under ACCESS EXCLUSIVE

    def hazards(self):
        if self.not_null and self.scans:
            return ((LOCKS_TABLE, f"SET NOT NULL on {self.table_name}.{self.column} scans the table under ACCESS EXCLUSIVE"),)
        return ()

    def describe(self) -> str:
        return f"{'set' if self.not_null else 'drop'} not null on {self.table_name}.{self.column}"


@dataclass(frozen=True)
class SetNotNullUsingCheck(_TableOp):
    """The last step of the safe NOT NULL recipe: with a validated CHECK (col IS NOT NULL) in place,
    SET NOT NULL skips the scan (PostgreSQL 12+); the helper check is then dropped."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    check_name: str = ""
    phase = Phase.AFTER

    def describe(self) -> str:
        return f"set not null on {self.table_name}.{self.column} (proved by {self.check_name}, no scan)"


@dataclass(frozen=True)
class SetColumnIdentity(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    old: str | None = None
    new: str | None = None  # "always" | "by default" | None (drop identity)
    options: IdentityOptions = DEFAULT_IDENTITY  # the sequence's, when identity is added

    def describe(self) -> str:
        return f"identity on {self.table_name}.{self.column}: {self.old or 'none'} -> {self.new or 'none'}"


@dataclass(frozen=True)
class AddIdentityAfterNotNull(SetColumnIdentity):
    """Identity added to a column made NOT NULL by the check recipe in this plan: it must wait for
    SetNotNullUsingCheck, which runs after the main transaction, so it does too."""

    phase = Phase.AFTER


@dataclass(frozen=True)
class SetColumnCollation(_TableOp):
    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: Column = None  # type: ignore[assignment]

    def hazards(self):
        return ((TABLE_REWRITE, f"changing the collation of {self.table_name}.{self.column.name} rebuilds its indexes"),)


@dataclass(frozen=True)
class SetColumnStatistics(_TableOp):
    """ALTER COLUMN ... SET STATISTICS n (-1: back to default_statistics_target): catalog only,
    read by the next ANALYZE; SHARE UPDATE EXCLUSIVE (checked in pg_locks on 15 and 18)."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    column: str = ""
    statistics: int | None = None

    def describe(self) -> str:
        target = "default" if self.statistics is None else str(self.statistics)
        return f"statistics target of {self.table_name}.{self.column}: {target}"


@dataclass(frozen=True)
class SetColumnCompression(_TableOp):
    """ALTER COLUMN ... SET COMPRESSION m | DEFAULT: applies to values stored from now on, rewrites
    nothing; ACCESS EXCLUSIVE for the catalog change (checked in pg_locks on 15 and 18)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    compression: str | None = None

    def describe(self) -> str:
        return f"compression of {self.table_name}.{self.column}: {self.compression or 'default'}"


@dataclass(frozen=True)
class SetColumnStorage(_TableOp):
    """ALTER COLUMN ... SET STORAGE s: how values stored from now on are TOASTed; rewrites nothing
    (existing values stay as they are), but ACCESS EXCLUSIVE, since it may create the TOAST table
    (checked in pg_locks on 15 and 18). `storage` is concrete: back to the type's own names it,
    PostgreSQL 15 has no SET STORAGE DEFAULT."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    storage: str = ""

    def describe(self) -> str:
        return f"storage of {self.table_name}.{self.column}: {self.storage}"


@dataclass(frozen=True)
class SetColumnOptions(_TableOp):
    """ALTER COLUMN ... SET (n_distinct = v) / RESET (...): catalog only, read by the next ANALYZE;
    SHARE UPDATE EXCLUSIVE (checked in pg_locks on 15 and 18)."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    column: str = ""
    set: tuple[str, ...] = ()  # `key=value` entries, as Column.options holds them
    reset: tuple[str, ...] = ()  # keys

    def describe(self) -> str:
        parts = [f"set {', '.join(self.set)}"] if self.set else []
        parts += [f"reset {', '.join(self.reset)}"] if self.reset else []
        return f"options of {self.table_name}.{self.column}: {'; '.join(parts)}"


@dataclass(frozen=True)
class AnalyzeTable(_TableOp):
    """A type change drops the column's statistics; plans go bad until ANALYZE runs."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    phase = Phase.AFTER

    def describe(self) -> str:
        return f"analyze {self.schema}.{self.table_name} (statistics were reset by a type change)"


@dataclass(frozen=True)
class SetLogged(_TableOp):
    """ALTER TABLE SET LOGGED / SET UNLOGGED: both rewrite the table (and its indexes)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    unlogged: bool = False

    def hazards(self):
        word = "UNLOGGED" if self.unlogged else "LOGGED"
        return ((TABLE_REWRITE, f"SET {word} rewrites {self.table_name} under ACCESS EXCLUSIVE"),)

    def describe(self) -> str:
        return f"set {self.table_name} {'unlogged' if self.unlogged else 'logged'}"


# Storage parameters that ALTER TABLE SET/RESET changes under ACCESS EXCLUSIVE; all the others
# (fillfactor, autovacuum_*, toast.*, parallel_workers, vacuum_*) take SHARE UPDATE EXCLUSIVE
# (reloptions.c: each option's lockmode; the statement takes the strongest).
_ACCESS_EXCLUSIVE_OPTIONS = frozenset({"user_catalog_table"})


@dataclass(frozen=True)
class SetStorageParameters(_TableOp):
    """ALTER TABLE SET (k = v, ...) / RESET (k, ...): catalog only, no rewrite; a new fillfactor
    applies to pages written from now on."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    set: tuple[str, ...] = ()  # `key=value` entries, as Table.options holds them
    reset: tuple[str, ...] = ()  # keys

    def locks(self):
        keys = {e.partition("=")[0] for e in self.set} | set(self.reset)
        strong = keys & _ACCESS_EXCLUSIVE_OPTIONS
        mode = LockMode.ACCESS_EXCLUSIVE if strong else self.lock_mode
        return (Lock(mode, self.target),)

    def describe(self) -> str:
        parts = [f"set {', '.join(self.set)}"] if self.set else []
        parts += [f"reset {', '.join(self.reset)}"] if self.reset else []
        return f"storage parameters of {self.table_name}: {'; '.join(parts)}"


@dataclass(frozen=True)
class SetReplicaIdentity(_TableOp):
    """ALTER TABLE REPLICA IDENTITY ...: catalog only, but ACCESS EXCLUSIVE (checked on 15 and 18).

    USING INDEX runs after that index is built, and before the index it replaces is dropped
    (plan/table_edges.py)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    identity: str = "default"  # default | full | nothing | index
    index: str | None = None
    old_index: str | None = None  # the index the current identity uses, if any

    def describe(self) -> str:
        what = f"using index {self.index}" if self.identity == "index" else self.identity
        return f"replica identity of {self.table_name}: {what}"


@dataclass(frozen=True)
class SetIdentityOptions(_TableOp):
    """ALTER COLUMN ... SET START WITH / INCREMENT BY / ...: the identity sequence's own options."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    column: str = ""
    options: IdentityOptions = DEFAULT_IDENTITY

    def describe(self) -> str:
        return f"identity options of {self.table_name}.{self.column}"


@dataclass(frozen=True)
class _ParentLink(_TableOp):
    """A link between a child table and one parent: each direction declares the child's lock
    (`lock_mode`) and the parent's (`parent_lock`)."""

    parent_lock = LockMode.ACCESS_SHARE
    verb = ""
    parent: tuple[str, str] = ("", "")

    @property
    def parent_id(self) -> ObjectId:
        return table_id(*self.parent)

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(self.lock_mode, self.target), Lock(self.parent_lock, self.parent_id))

    def describe(self) -> str:
        return f"make {self.schema}.{self.table_name} {self.verb} {self.parent[0]}.{self.parent[1]}"


@dataclass(frozen=True)
class Inherit(_ParentLink):
    """ALTER TABLE child INHERIT parent: the child must already have every column of the parent
    (same type) and its inheritable CHECKs; SHARE UPDATE EXCLUSIVE on the parent (seen in
    pg_locks on 15 and 18: tests/integration/plan)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    parent_lock = LockMode.SHARE_UPDATE_EXCLUSIVE
    verb = "inherit"


@dataclass(frozen=True)
class NoInherit(_ParentLink):
    """ALTER TABLE child NO INHERIT parent: the columns it inherited stay on it as its own;
    ACCESS SHARE on the parent."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    parent_lock = LockMode.ACCESS_SHARE
    verb = "stop inheriting"
