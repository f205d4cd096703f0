"""Jinja2 templates for function bodies and cron commands.

The loader looks in the user's folders first (`templates:` at the top of schema.yaml, relative to
the file), then in the library shipped inside the package (`schemadiff/templates/`, which the
repository's `templates/` points at). Undefined variables are errors (StrictUndefined): a typo in
`vars` must fail the plan, not render an empty string into a function body.

A template sees `vars` (what schema.yaml gives it), `spec` (the whole document), `schema` (the
schema the object lives in), `function` (the function being rendered, when it is one), the
helpers `table(name)` (its columns), `primary_key(name)` and `qualified(schema, name)`, and the
filters `ident` and `literal`, which quote through quoting.py like every other name and value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import Undefined

from ..errors import SpecError
from ..quoting import ident, literal, qualified
from .expand import primary_key_columns
from .paths import Path as KeyPath
from .paths import display_path

if TYPE_CHECKING:
    from .documents import SpecDocument

SHIPPED = Path(__file__).resolve().parent.parent / "templates"
SUFFIX = ".sql.j2"


@dataclass(frozen=True)
class TemplateColumn:
    """A column as a template sees it (from schema.yaml, before canonicalisation)."""

    name: str
    type: str
    not_null: bool
    default: str | None
    identity: str | None
    generated: str | None


class HelperError(jinja2.TemplateError):
    """A helper was called with something the document does not have."""


def template_file(name: str) -> str:
    """`rpc/upsert_atomic` and `rpc/upsert_atomic.sql.j2` name the same file."""
    return name if name.endswith(".j2") else name + SUFFIX


def folders(doc: SpecDocument) -> tuple[Path, ...]:
    """The user's template folders, relative to the schema.yaml they are declared in."""
    base = Path(doc.file).resolve().parent
    return tuple((base / folder).resolve() for folder in getattr(doc, "templates", ()) or ())


@lru_cache(maxsize=16)
def environment(user_folders: tuple[Path, ...]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*map(str, user_folders), str(SHIPPED)]),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["ident"] = _checked(ident, "ident", (str,))
    env.filters["literal"] = _checked(literal, "literal", (str, int, float, bool, type(None)))
    env.globals["qualified"] = _checked(qualified, "qualified", (str,))
    return env


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a map"
    return "a list" if isinstance(value, (list, tuple)) else f"a {type(value).__name__}"


def _checked(helper, name: str, accepted: tuple[type, ...]):
    """`helper` refusing what it cannot quote (a list or map where a template expects text),
    as a template error, so the message carries the template's line and the object."""
    def call(*values: Any) -> str:
        for value in values:
            if not isinstance(value, accepted) or isinstance(value, Undefined):
                shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
                raise HelperError(f"{name} expects text, got {_kind(value)}: {shown} (a variable "
                                  "under vars: that should be text is a list or a map?)")
        return helper(*values)
    return call


def render(doc: SpecDocument, template: str, variables: Mapping[str, Any], *, what: str,
           path: KeyPath, schema: str, extra: Mapping[str, Any] | None = None) -> str:
    """Render one template for the object `what` (its schema.yaml key is `path`); every failure
    is a SpecError naming the object, the schema.yaml line and the template's own file and line."""
    env = environment(folders(doc))
    name = template_file(template)
    context = {"vars": dict(variables), "spec": doc, "schema": schema, **(extra or {}),
               "table": lambda t, s=None: table_columns(doc, s or schema, t),
               "primary_key": lambda t, s=None: primary_key(doc, s or schema, t)}
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise _error(doc, path, f"{what}: template {exc.name!r} not found",
                     f"looked in {', '.join(map(str, env.loader.searchpath))}") from None
    except jinja2.TemplateSyntaxError as exc:
        where = f"{shown(exc.filename) if exc.filename else exc.name}:{exc.lineno}"
        raise _error(doc, path, f"{what}: template {where}: {exc.message}") from None
    except jinja2.TemplateError as exc:
        where = _template_line(exc.__traceback__, env) or name
        raise _error(doc, path, f"{what}: template {where}: {exc.message}",
                     "give it under vars:" if isinstance(exc, jinja2.UndefinedError) else "") from None
    except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        # Template code applied to a value of the wrong shape (`key + columns` with a text key,
        # a map where a list of names is expected): the user's vars, not a schemadiff bug.
        where = _template_line(exc.__traceback__, env) or name
        raise _error(doc, path, f"{what}: template {where}: {' '.join(str(exc).split())}",
                     "check each variable under vars: against the template's header "
                     "(text, a list of names, ...)") from None


def _error(doc: SpecDocument, path: KeyPath, message: str, hint: str = "") -> SpecError:
    return SpecError(message, doc.file, doc.line_of(path), display_path(path), hint)


def _template_line(tb: TracebackType | None, env: jinja2.Environment) -> str | None:
    """`file:line` of the innermost template frame (Jinja rewrites tracebacks so that template
    code appears under the template's file name and line)."""
    roots = tuple(map(str, env.loader.searchpath))
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.startswith(roots):
            found = f"{shown(filename)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def shown(filename: str) -> str:
    """A template file as errors show it: shipped ones by their library name."""
    path = Path(filename)
    if path.is_relative_to(SHIPPED):
        return f"{path.relative_to(SHIPPED)} (shipped)"
    return filename


def _table_spec(doc: SpecDocument, schema: str, name: str):
    tables = doc.schemas[schema].tables if schema in doc.schemas else {}
    if name not in tables:
        raise HelperError(f"table {name!r} is not declared in schema {schema!r}")
    return tables[name]


def table_columns(doc: SpecDocument, schema: str, name: str) -> list[TemplateColumn]:
    """The columns of a table declared in schema.yaml, in table order."""
    spec = _table_spec(doc, schema, name)
    return [TemplateColumn(col, c.type, c.not_null or c.primary_key, c.default,
                           c.identity.generated if c.identity else None, c.generated) for col, c in spec.columns.items()]


def primary_key(doc: SpecDocument, schema: str, name: str) -> list[str]:
    """The primary key columns of a table declared in schema.yaml (empty when it has none)."""
    return list(primary_key_columns(name, _table_spec(doc, schema, name)))
