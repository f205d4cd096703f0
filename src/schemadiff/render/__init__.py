"""The only SQL writer: operations to statements, plans to files and reports."""

from . import comments, constraints, indexes, namespaces, sequences, tables, types  # noqa: F401 (registration)
from .batches import Batch, batches
from .registry import registered, statements
from .sql_file import sql_text

__all__ = ["Batch", "batches", "registered", "sql_text", "statements"]
