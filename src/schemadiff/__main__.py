"""`python -m schemadiff`."""

from .cli import entry

entry()
