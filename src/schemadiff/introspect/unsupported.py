"""Refusing what the model cannot hold: every such (object, feature) of queries/unsupported.sql."""

from __future__ import annotations

import psycopg

from ..errors import UnsupportedFeature
from .catalog import fetch


def unsupported(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(object, feature) pairs the model would silently drop, sorted; empty when all is modelled."""
    return [(r["object"], r["feature"]) for r in fetch(conn, "unsupported")]


def refuse_unsupported(conn: psycopg.Connection) -> None:
    """Raise UnsupportedFeature naming every object and feature, if there is any."""
    found = unsupported(conn)
    if found:
        raise UnsupportedFeature(found)
