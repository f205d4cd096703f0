"""The only SQL writer: operations to statements, plans to files and reports."""

from . import comments, constraints, indexes, namespaces, sequences, tables, types  # noqa: F401 (registration)
from . import cron  # noqa: F401 (registration: pg_cron jobs)
from . import domains, security, views  # noqa: F401 (registration: views, security, domains)
from . import routines  # noqa: F401 (registration: functions, procedures, triggers)
from .batches import Batch, batches
from .comments import COMMENT_TARGETS
from .registry import registered, statements
from .sql_file import sql_text

COMMENT_TARGETS.require_complete()  # a kind that does not say how COMMENT ON names it fails here

__all__ = ["Batch", "batches", "registered", "sql_text", "statements"]
