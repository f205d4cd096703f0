"""The only SQL writer: operations to statements, plans to files and reports."""

from . import comments, constraints, indexes, namespaces, sequences, tables, types  # noqa: F401 (registration)
from .registry import registered, statements

__all__ = ["registered", "statements"]
