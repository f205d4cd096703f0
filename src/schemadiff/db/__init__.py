"""Connections and servers: which database, connecting safely, the embedded default, facts."""

from .connect import connect, redact, resolve_url
from .embedded import embedded_url
from .server import ServerFacts, server_facts

__all__ = ["ServerFacts", "connect", "embedded_url", "redact", "resolve_url", "server_facts"]
