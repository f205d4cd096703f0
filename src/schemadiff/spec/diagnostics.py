"""A pydantic ValidationError turned into one SpecError a person can act on."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import SpecError
from .paths import Path, RuleError, display_path
from .yaml_lines import LineMap

_EXPECTED = {
    "bool_type": "true or false", "bool_parsing": "true or false",
    "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "string_type": "text",
    "dict_type": "a map", "model_type": "a map", "model_attributes_type": "a map",
    "list_type": "a list",
}


def to_spec_error(exc: ValidationError, root: type[BaseModel], file: str,
                  lines: LineMap) -> SpecError:
    """The first problem in the file (by line), located and explained."""
    errors = exc.errors()
    # A misspelt key also makes the right one "missing": report the misspelling.
    unknown_in = {tuple(e["loc"][:-1]) for e in errors if e["type"] == "extra_forbidden"}
    errors = [e for e in errors
              if not (e["type"] == "missing" and tuple(e["loc"][:-1]) in unknown_in)]
    found = [_one(err, root, file, lines) for err in errors]
    return min(found, key=lambda e: e.line if e.line is not None else 1 << 30)


def _one(err: dict, root: type[BaseModel], file: str, lines: LineMap) -> SpecError:
    loc = tuple(err["loc"])
    cause = (err.get("ctx") or {}).get("error")
    on_key = bool(loc) and loc[-1] == "[key]"
    path: Path = loc[:-1] if on_key else loc
    if isinstance(cause, RuleError):
        path = path + cause.path
    message, hint = _explain(err, cause, root, path)
    key_line = on_key or err["type"] == "extra_forbidden"
    line = lines.line(path, value=not key_line)
    return SpecError(message, file, line, display_path(path), hint)


def _explain(err: dict, cause: Any, root: type[BaseModel], path: Path) -> tuple[str, str]:
    kind = err["type"]
    if isinstance(cause, RuleError):
        return cause.message, cause.hint
    if kind == "extra_forbidden":
        return _unknown_key(str(path[-1]), _keys_at(root, path[:-1]))
    if kind == "missing":
        return f"missing required key {path[-1]!r}", ""
    if kind == "literal_error":
        return _not_an_option(err["ctx"]["expected"], err["input"])
    if kind == "too_short":
        return "expected at least one item", ""
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {_describe(err['input'])}", ""
    if kind == "value_error" and cause is not None:
        return str(cause), ""
    return err["msg"], ""


def _unknown_key(key: str, valid: list[str]) -> tuple[str, str]:
    close = difflib.get_close_matches(key, valid, n=1)
    if close:
        return f"unknown key {key!r}; did you mean {close[0]!r}?", ""
    return f"unknown key {key!r}", f"valid keys here: {', '.join(valid)}" if valid else ""


def _not_an_option(expected: str, value: Any) -> tuple[str, str]:
    options = re.findall(r"'((?:[^'\\]|\\.)*)'", expected)  # pydantic: "'a', 'b' or 'c'"
    close = difflib.get_close_matches(str(value), options, n=1) if isinstance(value, str) else []
    hint = f"did you mean {close[0]!r}?" if close else ""
    return f"expected one of {expected}, got {_describe(value)}", hint


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a map"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else repr(value)


def _keys_at(root: type[BaseModel], path: Path) -> list[str]:
    """The keys the document accepts at `path`, found by walking the model classes."""
    node: Any = root
    for part in path:
        node = _step(node, part)
        if node is None:
            return []
    model = _model_in(node)
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _step(node: Any, part: str | int) -> Any:
    model = _model_in(node)
    if model is not None:
        field = next((f for n, f in model.model_fields.items() if (f.alias or n) == part), None)
        return field.annotation if field else None
    origin, args = typing.get_origin(node), typing.get_args(node)
    if origin in (dict, list) and args:
        return args[-1]
    return None


def _model_in(node: Any) -> type[BaseModel] | None:
    """The model class inside `X`, `Annotated[X, ...]` or `X | None`."""
    if isinstance(node, type) and issubclass(node, BaseModel):
        return node
    origin = typing.get_origin(node)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(node)[0])
    if origin in (typing.Union, types.UnionType):
        found = [_model_in(a) for a in typing.get_args(node)]
        return next((m for m in found if m is not None), None)
    return None
