"""schemadiff fmt: schema.yaml in canonical order and style, comments kept.

Canonical order: the keys of every object in the order the documents declare them (the order of
the reference: `type`, `not_null`, `default`, ... for a column); names in the order the user wrote
them (a table's column order is the table's, and grouping tables is the author's choice).
Canonical style: ruamel.yaml's round trip with two-space indentation, quotes and flow style kept.

Block mappings are reordered as whole line spans (an entry with the comments right above it), so
a comment always stays with the key it was written for; flow mappings (`{type: uuid, ...}`) hold
no comments and are reordered in place. The result must load to the same data as the input, or
nothing is written (the check at the end).
"""

from __future__ import annotations

import io
import types
import typing
from typing import Any, Union

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import SpecError
from .documents import SpecDocument


def format_text(text: str, file: str = "schema.yaml") -> str:
    """The canonical text of a valid schema.yaml; SpecError if it is not valid."""
    from . import parse_spec

    parse_spec(text, file)  # never format a file that does not load: its errors come first
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    tree = _round_trip().load(text)
    if isinstance(tree, CommentedMap):
        lines = [lines[i] for i in _order(tree, SpecDocument, 0, len(lines), lines)]
    out = _restyle("".join(lines))
    if yaml.safe_load(out) != yaml.safe_load(text):
        raise SpecError("fmt could not reorder this file without changing its meaning; it is left "
                        "as it is", file, hint="anchors or aliases used out of order can cause this")
    return out


def _round_trip() -> YAML:
    rt = YAML()
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap a long expression
    return rt


def _restyle(text: str) -> str:
    """The same document in the house style; flow mappings in canonical key order."""
    rt = _round_trip()
    tree = rt.load(text)
    if isinstance(tree, CommentedMap):
        _order_flow(tree, SpecDocument)
    buffer = io.StringIO()
    rt.dump(tree, buffer)
    return buffer.getvalue()


# --- which document a node is -----------------------------------------------------------------

def _unwrap(annotation: Any) -> Any:
    """Annotated[X, ...] -> X; X | None -> X (the one BaseModel or container member)."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (Union, types.UnionType):
        members = [_unwrap(a) for a in typing.get_args(annotation) if a is not type(None)]
        structured = [m for m in members if _is_model(m) or typing.get_origin(m) in (dict, list)]
        return structured[0] if len(structured) == 1 else None
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """key as written in schema.yaml (the alias) -> annotation, in declaration order."""
    return {(f.alias or name): f.annotation for name, f in model.model_fields.items()}


def _children(node: Any, annotation: Any) -> list[tuple[Any, Any]]:
    """(key or index, annotation of the child) for the structured children of `node`."""
    annotation = _unwrap(annotation)
    if _is_model(annotation) and isinstance(node, CommentedMap):
        fields = _fields(annotation)
        return [(k, fields.get(k)) for k in node]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is dict and isinstance(node, CommentedMap):
        return [(k, args[1]) for k in node]
    if origin is list and isinstance(node, CommentedSeq):
        return [(i, args[0]) for i in range(len(node))]
    return []


def _canonical_keys(node: CommentedMap, annotation: Any) -> list[Any]:
    """The keys of a document in declaration order (unknown keys keep their place at the end)."""
    annotation = _unwrap(annotation)
    keys = list(node)
    if not _is_model(annotation):
        return keys  # a map keyed by name: the author's order
    rank = {key: n for n, key in enumerate(_fields(annotation))}
    return sorted(keys, key=lambda k: rank.get(k, len(rank)))


# --- block mappings: move whole line spans -----------------------------------------------------

def _is_block_map(node: Any) -> bool:
    return isinstance(node, CommentedMap) and not node.fa.flow_style() and len(node) > 0


def _owned_start(lines: list[str], key_line: int, column: int, floor: int) -> int:
    """The first line of an entry: its key line, or the comments directly above it at its column."""
    start = key_line
    while start - 1 >= floor and lines[start - 1].strip().startswith("#") and \
            len(lines[start - 1]) - len(lines[start - 1].lstrip()) == column:
        start -= 1
    return start


def _entry_spans(node: CommentedMap, start: int, end: int, lines: list[str]) -> list[list]:
    """[key, owned start, key line, span end] of each entry of a block mapping. The comments at
    the top of the file are the file's header, not the first key's."""
    positions = [(k, *node.lc.key(k)) for k in node]
    rows = []
    for n, (key, line, column) in enumerate(positions):
        floor = (line if start == 0 else start) if n == 0 else positions[n - 1][1] + 1
        rows.append([key, _owned_start(lines, line, column, floor), line, end])
    for n in range(len(rows) - 1):
        rows[n][3] = rows[n + 1][1]
    return rows


def _order(node: Any, annotation: Any, start: int, end: int, lines: list[str]) -> list[int]:
    """The line numbers of [start, end) with every block mapping below `node` in canonical order.
    Block sequences keep their lines as they are (their order is meaningful)."""
    if not _is_block_map(node):
        return list(range(start, end))
    children = dict(_children(node, annotation))
    spans = {}
    for key, owned, key_line, span_end in _entry_spans(node, start, end, lines):
        child = children.get(key)
        if child is not None and _is_block_map(node[key]):
            spans[key] = list(range(owned, key_line + 1)) + _order(node[key], child, key_line + 1,
                                                                    span_end, lines)
        else:
            spans[key] = list(range(owned, span_end))
    first = min(spans[k][0] for k in spans)
    return list(range(start, first)) + [i for k in _canonical_keys(node, annotation) for i in spans[k]]


# --- flow mappings: no comments inside, reorder in place ---------------------------------------

def _order_flow(node: Any, annotation: Any) -> None:
    for key, child in _children(node, annotation):
        if child is not None:
            _order_flow(node[key], child)
    if isinstance(node, CommentedMap) and node.fa.flow_style():
        for key in _canonical_keys(node, annotation):
            node.move_to_end(key)
