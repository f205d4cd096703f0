"""Plan presentations: text (terminal), markdown (PR comment), json, sql files."""

from .json_plan import batches_from, plan_document
from .markdown import markdown
from .text import plan_lines

__all__ = ["batches_from", "markdown", "plan_document", "plan_lines"]
