"""Documents for collations (`collations:` in a schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from ..model import Collation
from .fields import Spec, SqlText


class CollationSpec(Spec):
    provider: Literal["libc", "icu", "builtin"] = "libc"
    locale: SqlText | None = None  # libc: sets lc_collate and lc_ctype together
    lc_collate: SqlText | None = None
    lc_ctype: SqlText | None = None
    deterministic: bool = True
    comment: SqlText | None = None

    @model_validator(mode="after")
    def _settings(self):
        split = self.lc_collate is not None or self.lc_ctype is not None
        if self.provider != "libc" and split:
            raise ValueError(f"lc_collate / lc_ctype are libc settings; provider {self.provider} takes locale")
        if self.locale is not None and split:
            raise ValueError("give either locale or lc_collate and lc_ctype, not both")
        if self.locale is None and (self.lc_collate is None or self.lc_ctype is None):
            raise ValueError("a collation needs locale (or, for libc, both lc_collate and lc_ctype)")
        if not self.deterministic and self.provider != "icu":
            raise ValueError("only an icu collation can be non-deterministic")
        return self


def collation(schema: str, name: str, c: CollationSpec) -> Collation:
    """The model of one `collations:` entry: libc's locale becomes lc_collate and lc_ctype."""
    if c.provider == "libc":
        collate, ctype = (c.locale, c.locale) if c.locale is not None else (c.lc_collate, c.lc_ctype)
        return Collation(schema, name, "libc", None, collate, ctype, c.deterministic, c.comment)
    return Collation(schema, name, c.provider, c.locale, None, None, c.deterministic, c.comment)


def dump_collation(c: Collation) -> dict:
    """The `collations:` entry of a model collation, in its shortest form."""
    block: dict = {"provider": c.provider if c.provider != "libc" else None}
    if c.provider != "libc" or c.lc_collate == c.lc_ctype:
        block["locale"] = c.locale if c.provider != "libc" else c.lc_collate
    else:
        block.update(lc_collate=c.lc_collate, lc_ctype=c.lc_ctype)
    block.update(deterministic=None if c.deterministic else False, comment=c.comment)
    return {k: v for k, v in block.items() if v is not None}
