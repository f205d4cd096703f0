"""Declared conversions (`using:` on a column) carried from schema.yaml onto the desired model.

The desired model is what the scratch catalog printed, and a catalog holds no conversion: like
`renamed_from`, `using` is an instruction for the plan that changes the column's type, read from
the spec's own model. It is used only when the type changes (AlterColumnType renders it)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Database


def carry_conversions(desired: Database, spec_model: Database) -> Database:
    """`desired` with each column's `using` taken from the same column of `spec_model`."""
    changed = []
    for spec_table in spec_model.tables():
        using = {c.name: c.using for c in spec_table.columns if c.using}
        table = desired.get(spec_table.id) if using else None
        if table is None:
            continue
        columns = tuple(replace(c, using=using[c.name]) if c.name in using else c
                        for c in table.columns)
        changed.append(replace(table, columns=columns))
    return desired.replace(*changed) if changed else desired
