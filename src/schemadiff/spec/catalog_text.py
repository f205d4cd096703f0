"""Read back the fixed layouts the catalog prints, for dump: a domain's `CHECK (...)` and
pg_get_triggerdef() (spec/dump_routines.py). Table constraints are typed fields already
(model/constraints.py). The layouts are walked along PostgreSQL's own tokens (sqltree.tokens):
the expressions must come back as the catalog wrote them, which a parse tree does not keep.
Anything outside the layout is refused with the text shown.
"""

from __future__ import annotations

from ..errors import SchemaDiffError
from ..sqltree import is_name, is_word, matching, name_value, tokens

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


def parse_check(definition: str) -> str:
    """`CHECK ((a > 0))` -> `(a > 0)`: the expression exactly as the catalog printed it."""
    c = Cursor(definition)
    c.expect("CHECK")
    expression = c.group()
    c.done()
    return expression
