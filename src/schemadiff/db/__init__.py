"""Connections and servers: which database, connecting safely, the embedded default, facts."""

from .connect import connect, redact, redact_secrets, resolve_url
from .embedded import embedded_url
from .server import ServerFacts, server_facts

__all__ = ["ServerFacts", "connect", "embedded_url", "redact", "redact_secrets", "resolve_url",
           "server_facts"]
