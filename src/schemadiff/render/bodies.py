"""The statements that check a function body's embedded statements in the scratch database
(canonical/bodies.py): each is PREPAREd with the PL/pgSQL variables as typed parameters, so
PostgreSQL's own analysis reads it, then deallocated. Composed: the statement is the body's own
text and the types are format_type()'s, already quoted by PostgreSQL."""

from __future__ import annotations

from ..quoting import ident


def prepare(name: str, parameter_types: list[str], statement: str) -> str:
    params = f"({', '.join(parameter_types)})" if parameter_types else ""  # PREPARE x() is a syntax error
    return f"PREPARE {ident(name)}{params} AS {statement}"


def deallocate(name: str) -> str:
    return f"DEALLOCATE {ident(name)}"
