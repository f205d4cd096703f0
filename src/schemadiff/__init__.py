"""schemadiff: declarative schema-as-code for PostgreSQL."""

from importlib import metadata

try:  # one source of truth: the version pyproject.toml gave the installed package
    __version__ = metadata.version("schemadiff")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
