"""YAML in, plain data out, with the line of every key and value kept for error messages.

Every scalar is kept as the text the user wrote (or None for a YAML null): keys are names, and
`on`, `yes` or `1.50` must stay the names and SQL text they were typed as, not a bool or a float.
Pydantic turns `true` or `1000` into a bool or an int where the document asks for one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from ..errors import SpecError
from .paths import Path, display_path

_NULL = "tag:yaml.org,2002:null"
# Aliases are expanded while walking; a small file of nested aliases can expand to billions of
# nodes ("billion laughs"), so the walk stops far above any real schema's size.
_MAX_NODES = 1_000_000


class LineLoader(yaml.SafeLoader):
    """The safe loader; only its parser, composer and resolver are used (no constructors)."""


@dataclass
class LineMap:
    """1-based line of each key (and of each value) by key path."""

    keys: dict[Path, int] = field(default_factory=dict)
    values: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Path, value: bool = False) -> int | None:
        """The line of the deepest known prefix of `path`."""
        table = self.values if value else self.keys
        for n in range(len(path), 0, -1):
            found = table.get(path[:n]) or self.keys.get(path[:n])
            if found:
                return found
        return None


def load_yaml(text: str, file: str = "schema.yaml") -> tuple[dict, LineMap]:
    """Parse YAML text into plain dicts, lists, str and None, with a LineMap."""
    loader = LineLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", file) from None
    finally:
        loader.dispose()
    lines = LineMap()
    if root is None:
        return {}, lines
    if not isinstance(root, yaml.MappingNode):
        raise SpecError("the file must be a map (extensions:, schemas:)", file, _line(root))
    try:
        return _Walker(loader, file, lines).node(root, ()), lines
    except yaml.MarkedYAMLError as exc:  # a `<<` merge of something that is not a map
        raise _syntax_error(exc, file) from None


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> SpecError:
    mark = exc.problem_mark or exc.context_mark
    message = f"invalid YAML: {exc.problem or exc}"
    if exc.context and exc.context_mark is not None:  # where the unfinished construct began
        message += f" ({exc.context} started on line {exc.context_mark.line + 1})"
    return SpecError(message, file, mark.line + 1 if mark else None)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


@dataclass
class _Walker:
    loader: LineLoader
    file: str
    lines: LineMap
    count: int = 0

    def node(self, node: yaml.Node, path: Path) -> object:
        self.count += 1
        if self.count > _MAX_NODES:
            raise SpecError("the file expands to too many values (nested aliases?)", self.file,
                            _line(node))
        self.lines.values[path] = _line(node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.node(item, path + (i,)) for i, item in enumerate(node.value)]
        return None if node.tag == _NULL else node.value

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict:
        explicit = len(node.value)
        self.loader.flatten_mapping(node)  # `<<: *anchor` pairs are put before the explicit ones
        first_explicit = len(node.value) - explicit
        out: dict = {}
        seen: set[str] = set()
        for i, (key_node, value_node) in enumerate(node.value):
            key = self.key(key_node, path)
            if i >= first_explicit:  # an explicit key may override a merged one, not another
                if key in seen:
                    self.duplicate(key, key_node, path)
                seen.add(key)
            self.lines.keys[path + (key,)] = _line(key_node)
            out[key] = self.node(value_node, path + (key,))
        return out

    def key(self, node: yaml.Node, path: Path) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise SpecError("a key must be a name, not a list or a map", self.file, _line(node),
                            display_path(path))
        return node.value

    def duplicate(self, key: str, node: yaml.Node, path: Path) -> None:
        # PyYAML keeps the last value silently; a repeated name is almost always a paste error.
        first = self.lines.keys[path + (key,)]
        raise SpecError(f"duplicate key {key!r} (first defined on line {first})", self.file,
                        _line(node), display_path(path + (key,)),
                        hint="each name may appear once in a map; remove or rename one")


