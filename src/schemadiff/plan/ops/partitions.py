"""Operations of declarative partitioning: attach and detach a partition, and the pieces of a
partitioned index built without a long lock (ON ONLY the parent, each partition's index, attach).

Locks as pg_locks shows them on PostgreSQL 15 and 18."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Index, ObjectId
from ...model.ids import table_id
from ...model.partitions import PartitionOf
from .base import CHECK_SCAN, Lock, LockMode, Op, Phase


@dataclass(frozen=True)
class _PartitionOp(Op):
    schema: str
    table_name: str  # the partition
    parent: PartitionOf

    @property
    def target(self) -> ObjectId:
        return table_id(self.schema, self.table_name)

    @property
    def table(self) -> ObjectId:
        return self.target


@dataclass(frozen=True)
class AttachPartition(_PartitionOp):
    """ALTER TABLE parent ATTACH PARTITION t FOR VALUES ...: SHARE UPDATE EXCLUSIVE on the parent,
    ACCESS EXCLUSIVE on the table, whose rows are scanned to check the bound (and the default
    partition's, which must not hold rows of the new bound)."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    default_partition: ObjectId | None = None  # the parent's, scanned for rows of the new bound

    def locks(self) -> tuple[Lock, ...]:
        scanned = (Lock(LockMode.ACCESS_EXCLUSIVE, self.default_partition),) if self.default_partition else ()
        return (Lock(LockMode.ACCESS_EXCLUSIVE, self.target), *scanned,
                Lock(LockMode.SHARE_UPDATE_EXCLUSIVE, self.parent.parent_id))

    def hazards(self):
        return ((CHECK_SCAN, f"attaching {self.table_name} scans its rows under ACCESS EXCLUSIVE "
                             f"to check the bound"),)

    def describe(self) -> str:
        return f"attach {self.schema}.{self.table_name} to {self.parent.schema}.{self.parent.table} {self.parent.bound}"


@dataclass(frozen=True)
class AttachPartitionUsingCheck(AttachPartition):
    """ATTACH once a validated CHECK equal to the partition constraint is on the table (added NOT
    VALID, then VALIDATE under SHARE UPDATE EXCLUSIVE): PostgreSQL then skips the scan ("partition
    constraint ... is implied by existing constraints"), so ACCESS EXCLUSIVE on the table is brief.
    The helper check is dropped in the same transaction. The default partition is still scanned."""

    check_name: str = ""
    phase = Phase.AFTER  # after the VALIDATE, which runs outside the main transaction

    def hazards(self):
        if self.default_partition is None:
            return ()
        return ((CHECK_SCAN, f"attaching {self.table_name} scans the default partition "
                             f"{self.default_partition.name} under ACCESS EXCLUSIVE"),)

    def describe(self) -> str:
        return f"{super().describe()} (proved by {self.check_name}, no scan)"


@dataclass(frozen=True)
class DetachPartitionConcurrently(_PartitionOp):
    """DETACH PARTITION ... CONCURRENTLY: two transactions of its own (so alone, in autocommit),
    SHARE UPDATE EXCLUSIVE on the parent (its readers and writers go on) and, in the second one,
    ACCESS EXCLUSIVE on the partition. PostgreSQL adds a CHECK copying the bound unless a valid one
    implies it: the plan adds its own helper (check_name) first and drops it after."""

    lock_mode = LockMode.SHARE_UPDATE_EXCLUSIVE
    phase = Phase.AFTER
    concurrent = True
    check_name: str = ""

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(LockMode.ACCESS_EXCLUSIVE, self.target), Lock(self.lock_mode, self.parent.parent_id))

    def describe(self) -> str:
        return f"detach {self.schema}.{self.table_name} from {self.parent.schema}.{self.parent.table} concurrently"


@dataclass(frozen=True)
class DropPartitionCheck(_PartitionOp):
    """The helper CHECK of a DETACH ... CONCURRENTLY, dropped once the table is detached."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    phase = Phase.AFTER
    check_name: str = ""

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(self.lock_mode, self.target),)

    def describe(self) -> str:
        return f"drop helper check {self.check_name} of {self.schema}.{self.table_name}"


@dataclass(frozen=True)
class DetachPartition(_PartitionOp):
    """DETACH PARTITION: catalog only, ACCESS EXCLUSIVE on the partition and its parent, and on
    the parent's default partition (whose partition constraint changes), as pg_locks shows."""

    lock_mode = LockMode.ACCESS_EXCLUSIVE
    default_partition: ObjectId | None = None

    def locks(self) -> tuple[Lock, ...]:
        default = (Lock(self.lock_mode, self.default_partition),) if self.default_partition else ()
        return (Lock(self.lock_mode, self.target), *default, Lock(self.lock_mode, self.parent.parent_id))

    def describe(self) -> str:
        return f"detach {self.schema}.{self.table_name} from {self.parent.schema}.{self.parent.table}"


@dataclass(frozen=True)
class CreateIndexOnOnly(Op):
    """CREATE INDEX ... ON ONLY parent: the partitioned index alone, INVALID until every
    partition's index is attached; no build, SHARE on the parent for a moment."""

    index: Index
    lock_mode = LockMode.SHARE
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.index.id

    @property
    def table(self) -> ObjectId:
        return self.index.table_id

    def describe(self) -> str:
        return f"create index {self.index.name} on only {self.index.table} (partitions attach theirs)"


@dataclass(frozen=True)
class AttachIndex(Op):
    """ALTER INDEX parent_index ATTACH PARTITION partition_index: catalog only (ACCESS SHARE on
    both tables); the last one makes the partitioned index valid."""

    index: Index  # the partitioned index
    partition_index: Index
    lock_mode = LockMode.ACCESS_SHARE
    phase = Phase.AFTER  # after the partition's index is built concurrently

    @property
    def target(self) -> ObjectId:
        return self.partition_index.id

    @property
    def table(self) -> ObjectId:
        return self.partition_index.table_id

    def locks(self) -> tuple[Lock, ...]:
        return (Lock(LockMode.ACCESS_SHARE, self.partition_index.table_id),
                Lock(LockMode.ACCESS_SHARE, self.index.table_id))

    def describe(self) -> str:
        return f"attach index {self.partition_index.name} to {self.index.name}"
