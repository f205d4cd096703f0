"""What differs between two models, as typed changes (no SQL, no decisions about safety)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Column, DbObject, ObjectId, Table


@dataclass(frozen=True)
class Create:
    new: DbObject

    @property
    def id(self) -> ObjectId:
        return self.new.id


@dataclass(frozen=True)
class Drop:
    old: DbObject

    @property
    def id(self) -> ObjectId:
        return self.old.id


@dataclass(frozen=True)
class Alter:
    """Same identity, different fields (`fields` names them, for the plan and for reports)."""

    old: DbObject
    new: DbObject
    fields: tuple[str, ...]

    @property
    def id(self) -> ObjectId:
        return self.new.id


@dataclass(frozen=True)
class RenameTable:
    old: Table
    new_name: str

    @property
    def id(self) -> ObjectId:
        return ObjectId("table", self.old.schema, self.new_name)


@dataclass(frozen=True)
class AddColumn:
    table: Table  # the desired table
    column: Column
    existing_table: bool = True

    @property
    def id(self) -> ObjectId:
        return self.table.id


@dataclass(frozen=True)
class DropColumn:
    table: Table  # the current table
    column: Column

    @property
    def id(self) -> ObjectId:
        return self.table.id


@dataclass(frozen=True)
class RenameColumn:
    table: Table  # the desired table
    old_name: str
    new_name: str
    displaced: Column | None = None  # a current column holding new_name, dropped to make room

    @property
    def id(self) -> ObjectId:
        return self.table.id


@dataclass(frozen=True)
class AlterColumn:
    table: Table  # the desired table
    old: Column
    new: Column
    fields: tuple[str, ...]

    @property
    def id(self) -> ObjectId:
        return self.table.id


@dataclass(frozen=True)
class RenameObject:
    """A constraint or index whose definition is unchanged but whose name is (for example the
    `prices_pkey` a table rename leaves behind): renamed in place, never dropped and rebuilt."""

    old: DbObject
    new: DbObject

    @property
    def id(self) -> ObjectId:
        return self.new.id


@dataclass(frozen=True)
class Replace:
    """Same identity, but a change Postgres can only make by dropping and creating again."""

    old: DbObject
    new: DbObject

    @property
    def id(self) -> ObjectId:
        return self.new.id


Change = Replace | RenameObject | Create | Drop | Alter | RenameTable | AddColumn | DropColumn | RenameColumn | AlterColumn
