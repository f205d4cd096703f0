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
# nodes ("billion laughs"). Without aliases a file holds fewer values than bytes, so the walk
# stops at twice that (merge keys reuse a few small maps) plus room for a small file.
_NODES_PER_CHAR = 2
_MIN_NODE_LIMIT = 100_000
# A real schema nests about 8 levels (schemas > tables > t > columns > c > references > ...);
# PyYAML's composer recurses per level and would hit Python's recursion limit near 300.
MAX_DEPTH = 100


class _Bounded:
    """Composition is bounded: nesting deeper than MAX_DEPTH and an alias to a node that contains
    it (`a: &x [*x]`, a cycle no walk would finish) are errors at the line they occur."""

    def _bound(self) -> None:
        self.depth = 0
        self.open_anchors: set[str] = set()

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) and event.anchor in self.open_anchors:
            raise yaml.composer.ComposerError(
                None, None, f"the alias *{event.anchor} refers to a node that contains it",
                event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
        anchor = None if isinstance(event, yaml.AliasEvent) else event.anchor
        self.depth += 1
        if anchor is not None:
            self.open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1
            self.open_anchors.discard(anchor)


class LineLoader(_Bounded, yaml.SafeLoader):
    """The safe loader; only its parser, composer and resolver are used (no constructors)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._bound()


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class FastLoader(_Bounded, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor,
                     yaml.resolver.Resolver):
        """LineLoader's Python composer and resolver over libyaml's scanner and parser (which
        are nine tenths of the time): the same nodes, with the same line marks. Its error
        messages are libyaml's, so on any error the text is read again by LineLoader."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._bound()
else:  # PyYAML built without libyaml: the pure-Python loader alone
    FastLoader = None


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
    root, loader = _compose(text, file)
    lines = LineMap()
    if root is None:
        return {}, lines
    if not isinstance(root, yaml.MappingNode):
        raise SpecError("the file must be a map (extensions:, schemas:)", file, _line(root))
    try:
        limit = max(_MIN_NODE_LIMIT, _NODES_PER_CHAR * len(text))
        return _Walker(loader, file, lines, limit).node(root, ()), lines
    except yaml.MarkedYAMLError as exc:  # a `<<` merge of something that is not a map
        raise _syntax_error(exc, file) from None


def _compose(text: str, file: str) -> tuple[yaml.Node | None, LineLoader]:
    """The node tree of the single document in `text`; every YAML problem is a SpecError."""
    if FastLoader is not None:
        try:
            return _fast_compose(text)
        except yaml.YAMLError:
            pass  # read again below: the error the user sees is the pure-Python loader's
    try:
        loader = LineLoader(text)  # its reader rejects control characters here, before parsing
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, file) from None
    try:
        return loader.get_single_node(), loader
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, file) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {' '.join(str(exc).split())}", file) from None
    finally:
        loader.dispose()


def _fast_compose(text: str) -> tuple[yaml.Node | None, LineLoader]:
    loader = FastLoader(text)
    try:
        return loader.get_single_node(), loader
    finally:
        loader.dispose()


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> SpecError:
    mark = exc.problem_mark or exc.context_mark
    message = f"invalid YAML: {exc.problem or exc}"
    if exc.context and exc.context_mark is not None:  # where the unfinished construct began
        message += f" ({exc.context} started on line {exc.context_mark.line + 1})"
    hint = "YAML indents with spaces, never tabs" if "'\\t'" in message else ""
    return SpecError(" ".join(message.split()), file, mark.line + 1 if mark else None, hint=hint)


def _reader_error(exc: yaml.reader.ReaderError, text: str, file: str) -> SpecError:
    """A character YAML forbids (a control character, NUL): PyYAML gives only its offset."""
    where = exc.position if isinstance(exc.position, int) else 0
    line, column = text.count("\n", 0, where) + 1, where - text.rfind("\n", 0, where)
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return SpecError(f"character U+{char:04X} at column {column} is not allowed in YAML (a control "
                     "character: remove it, or write it as an escape in a double-quoted string)",
                     file, line)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


@dataclass
class _Walker:
    loader: LineLoader
    file: str
    lines: LineMap
    limit: int
    count: int = 0

    def node(self, node: yaml.Node, path: Path) -> object:
        self.count += 1
        if self.count > self.limit:
            raise SpecError("the file expands to too many values (nested aliases?)", self.file,
                            _line(node))
        if len(path) > MAX_DEPTH:  # aliases nest without nesting the text
            raise SpecError(f"nesting deeper than {MAX_DEPTH} levels (through aliases)",
                            self.file, _line(node))
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


