"""Names Postgres generates, computed the way Postgres computes them (makeObjectName)."""

from __future__ import annotations

from ..quoting import NAMEDATALEN


def _clip(text: str, nbytes: int) -> str:
    raw = text.encode("utf-8")[:nbytes]
    return raw.decode("utf-8", errors="ignore")


def make_object_name(name1: str, name2: str, label: str) -> str:
    """Postgres's makeObjectName: `name1_name2_label`, shortening the longer part first.

    Mirrors src/backend/commands/indexcmds.c: the label is kept whole; name1 and name2 are
    truncated, always the longer of the two, until the result fits in NAMEDATALEN - 1 bytes.
    """
    overhead = len(label.encode()) + 1 if label else 0
    if name2:
        overhead += 1
    avail = NAMEDATALEN - 1 - overhead
    len1, len2 = len(name1.encode()), len(name2.encode()) if name2 else 0
    while len1 + len2 > avail:
        if len1 > len2:
            len1 -= 1
        else:
            len2 -= 1
    parts = [_clip(name1, len1)]
    if name2:
        parts.append(_clip(name2, len2))
    if label:
        parts.append(label)
    return "_".join(parts)


def default_constraint_name(table: str, columns: tuple[str, ...], kind: str) -> str:
    """The name Postgres gives an unnamed constraint: orders_pkey, orders_a_b_key, ..._fkey, ..._check."""
    if kind == "p":
        return make_object_name(table, "", "pkey")
    label = {"u": "key", "f": "fkey", "c": "check", "x": "excl"}[kind]
    # ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition join columns with "_".
    return make_object_name(table, "_".join(columns) if columns else "", label)


def default_index_name(table: str, columns: tuple[str, ...]) -> str:
    """The name CREATE INDEX without a name would choose (before collision numbering)."""
    return make_object_name(table, "_".join(columns) if columns else "expr", "idx")
