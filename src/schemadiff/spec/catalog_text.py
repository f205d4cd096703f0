"""Read back the fixed layouts of pg_get_constraintdef() for dump (indexes: spec/dump_tables.py).

Only the layouts those functions print are accepted; anything else (INCLUDE on a constraint,
storage parameters, ON DELETE SET NULL (col)) has no place in schema.yaml yet and is refused
with the text shown, rather than dumped into something that means less.
"""

from __future__ import annotations

from ..errors import SchemaDiffError
from ..sqltree import is_name, is_word, matching, name_value, split_top_level, tokens

_ACTIONS = (("NO", "ACTION"), ("RESTRICT",), ("CASCADE",), ("SET", "NULL"), ("SET", "DEFAULT"))


class DumpError(SchemaDiffError):
    """Something in the database that schema.yaml cannot express."""


class Cursor:
    """A read position in one catalog text, with the errors naming that text."""

    def __init__(self, text: str) -> None:
        self.text = _without_not_valid(text)
        self.toks = tokens(self.text)
        self.i = 0

    def fail(self, why: str) -> DumpError:
        return DumpError(f"cannot write {self.text!r} to schema.yaml: {why}")

    def accept(self, *words: str) -> bool:
        ahead = self.toks[self.i : self.i + len(words)]
        if len(ahead) == len(words) and all(is_word(t, w) for t, w in zip(ahead, words)):
            self.i += len(words)
            return True
        return False

    def accept_dot(self) -> bool:
        if self.i < len(self.toks) and self.toks[self.i].text == ".":
            self.i += 1
            return True
        return False

    def expect(self, *words: str) -> None:
        if not self.accept(*words):
            raise self.fail(f"expected {' '.join(words)}")

    def group(self) -> str:
        """The text inside the parenthesised group at the cursor."""
        if self.i >= len(self.toks) or self.toks[self.i].text != "(":
            raise self.fail("expected (")
        end = matching(self.toks, self.i)
        if end >= len(self.toks):
            raise self.fail("unbalanced parentheses")
        inner = self.text[self.toks[self.i].end : self.toks[end].start]
        self.i = end + 1
        return inner.strip()

    def name(self) -> str:
        if self.i >= len(self.toks) or not is_name(self.toks[self.i]):
            raise self.fail("expected a name")
        self.i += 1
        return name_value(self.toks[self.i - 1])

    def rest(self) -> str:
        text = self.text[self.toks[self.i].start :] if self.i < len(self.toks) else ""
        self.i = len(self.toks)
        return text.strip()

    def done(self) -> None:
        if self.i < len(self.toks):
            raise self.fail(f"unsupported clause {self.rest()!r}")


def _without_not_valid(text: str) -> str:
    # A NOT VALID constraint is the same constraint; validity is not part of the schema.
    toks = tokens(text)
    if len(toks) >= 2 and is_word(toks[-2], "NOT") and is_word(toks[-1], "VALID"):
        return text[: toks[-2].start].rstrip()
    return text


def names(cursor: Cursor) -> list[str]:
    """A parenthesised list of plain names: `(a, "B")` -> ['a', 'B']."""
    out = []
    for part in split_top_level(cursor.group()):
        toks = tokens(part)
        if len(toks) != 1 or not is_name(toks[0]):
            raise cursor.fail(f"{part!r} is not a column name")
        out.append(name_value(toks[0]))
    return out


def _deferral(c: Cursor, block: dict) -> dict:
    if c.accept("DEFERRABLE"):
        block["deferrable"] = True
    if c.accept("INITIALLY", "DEFERRED"):
        block["initially_deferred"] = True
    c.done()
    return block


def parse_key(definition: str) -> dict:
    """`PRIMARY KEY (a)` / `UNIQUE [NULLS NOT DISTINCT] (a, b) [DEFERRABLE ...]`."""
    c, block = Cursor(definition), {}
    if not c.accept("PRIMARY", "KEY"):
        c.expect("UNIQUE")
        if c.accept("NULLS", "NOT", "DISTINCT"):
            block["nulls_not_distinct"] = True
    block = {"columns": names(c), **block}
    return _deferral(c, block)


def parse_check(definition: str) -> str:
    """`CHECK ((a > 0))` -> `(a > 0)`: the expression exactly as the catalog printed it."""
    c = Cursor(definition)
    c.expect("CHECK")
    expression = c.group()
    c.done()  # NO INHERIT is split off first (dump_tables.split_no_inherit)
    return expression


def parse_foreign_key(definition: str) -> dict:
    """`FOREIGN KEY (a) REFERENCES s.t(b) [MATCH FULL] [ON UPDATE x] [ON DELETE y] [...]`."""
    c = Cursor(definition)
    c.expect("FOREIGN", "KEY")
    block: dict = {"columns": names(c)}
    c.expect("REFERENCES")
    first = c.name()
    target = {"schema": first, "table": c.name()} if c.accept_dot() else {"table": first}
    target["columns"] = names(c)
    block["references"] = target
    if c.accept("MATCH", "FULL"):
        block["match"] = "full"
    for event in ("update", "delete"):
        action = _action(c, event.upper())
        if action:
            block[f"on_{event}"] = action
    return _deferral(c, block)


def _action(c: Cursor, event: str) -> str | None:
    if not c.accept("ON", event):
        return None
    for words in _ACTIONS:
        if c.accept(*words):
            if c.i < len(c.toks) and c.toks[c.i].text == "(":
                raise c.fail("SET NULL / SET DEFAULT with a column list")
            return " ".join(words).lower()
    raise c.fail(f"unknown ON {event} action")
