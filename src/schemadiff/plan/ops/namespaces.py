"""Operations on schemas and extensions."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Extension, ObjectId, Schema
from .base import LockMode, Op


@dataclass(frozen=True)
class CreateSchema(Op):
    lock_mode = LockMode.NONE
    schema: Schema
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.schema.id


@dataclass(frozen=True)
class DropSchema(Op):
    lock_mode = LockMode.NONE
    schema: Schema
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.schema.id


@dataclass(frozen=True)
class CreateExtension(Op):
    lock_mode = LockMode.NONE
    extension: Extension
    action = "create"

    @property
    def target(self) -> ObjectId:
        return self.extension.id


@dataclass(frozen=True)
class DropExtension(Op):
    lock_mode = LockMode.NONE
    extension: Extension
    action = "drop"

    @property
    def target(self) -> ObjectId:
        return self.extension.id


@dataclass(frozen=True)
class SetExtensionSchema(Op):
    lock_mode = LockMode.NONE
    extension: Extension

    @property
    def target(self) -> ObjectId:
        return self.extension.id
