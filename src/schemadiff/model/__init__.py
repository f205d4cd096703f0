"""The immutable vocabulary both sides of a diff are written in. No I/O here."""

from .constraints import CHECK, EXCLUSION, FOREIGN_KEY, PRIMARY_KEY, UNIQUE, Constraint
from .database import Database, DbObject
from .fingerprint import fingerprint
from .ids import ObjectId
from .indexes import Index
from .namespaces import Extension, Schema
from .sequences import Sequence
from .tables import Column, Table
from .types import EnumType

__all__ = [
    "CHECK", "EXCLUSION", "FOREIGN_KEY", "PRIMARY_KEY", "UNIQUE",
    "Column", "Constraint", "Database", "DbObject", "EnumType", "Extension", "Index",
    "ObjectId", "Schema", "Sequence", "Table", "fingerprint",
]
