"""The only SQL writer: operations to statements, plans to files and reports."""

from . import comments, constraints, cron, domains, grants, indexes, namespaces  # noqa: F401 (registration)
from . import aggregates, collations, policies, routines, sequences, tables, triggers, types, views  # noqa: F401 (registration)
from . import data_steps, default_privileges, partitions  # noqa: F401 (registration)
from .batches import Batch, batches
from .comments import COMMENT_TARGETS
from .registry import registered, statements
from .sql_file import sql_text

COMMENT_TARGETS.require_complete()  # a kind that does not say how COMMENT ON names it fails here

__all__ = ["Batch", "batches", "registered", "sql_text", "statements"]
