"""One table of the model as its schema.yaml block, using shorthands where they are exact."""

from __future__ import annotations

from ..model import Column, Constraint, Database, Index, Table
from ..model.naming import default_constraint_name
from ..quoting import ident
from .catalog_text import DumpError, parse_check, parse_foreign_key, parse_index_body, parse_key
from .elements import Element, parse_element, split_expression, sql_key_column
from .readable import check_text, default_text, type_text
from .serials import SERIAL_TYPES
from .sqltext import wrap

_MAPS = {"p": "primary_key", "u": "unique", "c": "checks", "f": "foreign_keys", "x": "exclusions"}


class FlowList(list):
    """A list written inline, `[a, b]`: columns and enum values read better that way."""


class FlowMap(dict):
    """A map written inline, `{type: text, not_null: true}`, as the reference writes columns."""


def inline(block: dict) -> dict:
    """Inline a small map, unless a multi-line value would turn into an escaped string."""
    flat = all(not isinstance(v, str) or "\n" not in v for v in block.values())
    return FlowMap(block) if flat else block


def table_block(db: Database, table: Table, serials: dict) -> dict:
    block: dict = {}
    if table.comment is not None:
        block["comment"] = table.comment
    if table.unlogged:
        block["unlogged"] = True
    if table.options:
        block["with"] = FlowMap((k, _option_value(v)) for k, _, v in (e.partition("=") for e in table.options))
    if table.replica_identity != "default":
        block["replica_identity"] = (FlowMap(index=table.replica_index)
                                     if table.replica_identity == "index" else table.replica_identity)
    block["columns"] = {
        c.name: _column(c, (table.schema, table.name, c.name) in serials) for c in table.columns
    }
    for key in _MAPS.values():  # the reference's order; each map sorted by name
        block[key] = {}
    for constraint in db.constraints_of(table.id):
        _add_constraint(block, table, constraint)
    block = {k: v for k, v in block.items() if v != {} or k == "columns"}
    indexes = {i.name: _index(i, table.column_names) for i in db.indexes_of(table.id)}
    if indexes:
        block["indexes"] = indexes
    return block


def _column(c: Column, serial: bool) -> str | dict:
    if serial:  # NOT NULL and the default come with the serial type
        fields = {"type": SERIAL_TYPES[c.type], "collation": c.collation, "comment": c.comment}
    else:
        default = default_text(c.default, c.type) if c.default is not None else None
        fields = {"type": type_text(c.type), "not_null": c.not_null or None, "default": default,
                  "identity": _identity(c), "generated": c.generated,
                  "collation": c.collation, "comment": c.comment}
    fields = {k: v for k, v in fields.items() if v is not None}
    return fields["type"] if len(fields) == 1 else inline(fields)


def _option_value(text: str) -> bool | int | float | str:
    """A storage parameter's value as YAML would type it: `70`, `0.05`, `false`."""
    if text in ("true", "false"):
        return text == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _identity(c: Column) -> str | dict | None:
    """`always` alone, or the full form with the sequence options that differ from the defaults."""
    if c.identity is None:
        return None
    o = c.identity_options
    options = {"start": o.start, "increment": o.increment if o.increment != 1 else None,
               "min_value": o.min_value, "max_value": o.max_value,
               "cache": o.cache if o.cache != 1 else None, "cycle": o.cycle or None}
    options = {k: v for k, v in options.items() if v is not None}
    return FlowMap(generated=c.identity, **options) if options else c.identity


def _add_constraint(block: dict, table: Table, c: Constraint) -> None:
    if c.kind not in _MAPS:
        raise DumpError(f"constraint {c.name!r} on {table.name!r} has unknown kind {c.kind!r}")
    entry = _BUILDERS[c.kind](c, table)
    if c.kind == "p":
        block["primary_key"] = entry
    else:
        block.setdefault(_MAPS[c.kind], {})[c.name] = entry


def _primary_key(c: Constraint, table: Table):
    parts = parse_key(c.definition)
    if c.name != default_constraint_name(table.name, (), "p"):
        parts["name"] = c.name
    return _short_or_full(parts, c.comment)


def _unique(c: Constraint, table: Table):
    return _short_or_full(parse_key(c.definition), c.comment)


def _short_or_full(parts: dict, comment: str | None):
    parts["columns"] = FlowList(parts["columns"])
    if comment is not None:
        parts["comment"] = comment
    return parts["columns"] if len(parts) == 1 else parts


_NO_INHERIT = " NO INHERIT"


def split_no_inherit(definition: str) -> tuple[str, bool]:
    """`CHECK ((a > 0)) NO INHERIT` -> (`CHECK ((a > 0))`, True): the suffix ruleutils prints."""
    if definition.endswith(_NO_INHERIT):
        return definition.removesuffix(_NO_INHERIT), True
    return definition, False


def _check(c: Constraint, table: Table):
    definition, no_inherit = split_no_inherit(c.definition)
    expression = check_text(parse_check(definition), {col.name: col.type for col in table.columns})
    block = {"expression": expression, "valid": _valid(c), "no_inherit": no_inherit or None,
             "comment": c.comment}
    block = {k: v for k, v in block.items() if v is not None}
    return expression if len(block) == 1 else block


def _valid(c: Constraint) -> bool | None:
    """`valid: false` for a NOT VALID constraint, so dump -> plan keeps it as it is."""
    return None if c.validated else False


def _foreign_key(c: Constraint, table: Table) -> dict:
    parts = parse_foreign_key(c.definition)
    parts["columns"] = FlowList(parts["columns"])
    ref = parts["references"]
    ref["columns"] = FlowList(ref["columns"])
    if ref.get("schema") == table.schema:  # the default; written only when it differs
        del ref["schema"]
    parts["references"] = inline(ref)
    if not c.validated:
        parts["valid"] = False
    if c.comment is not None:
        parts["comment"] = c.comment
    return parts


def _exclusion(c: Constraint, table: Table):
    return c.definition if c.comment is None else {"definition": c.definition,
                                                    "comment": c.comment}


_BUILDERS = {"p": _primary_key, "u": _unique, "c": _check, "f": _foreign_key, "x": _exclusion}


def _index(index: Index, columns: tuple[str, ...]):
    parts = parse_index_body(index.body)
    block = {
        "columns": FlowList(index_entry(key, columns) for key in parts["keys"]),
        "unique": index.unique or None,
        "method": parts["method"] if parts["method"] != "btree" else None,
        "include": FlowList(parts["include"]) or None,
        "where": parts["where"],
        "nulls_not_distinct": parts["nulls_not_distinct"] or None,
        "comment": index.comment,
    }
    block = {k: v for k, v in block.items() if v is not None}
    return block["columns"] if len(block) == 1 else block


def index_entry(key: str, columns: tuple[str, ...]) -> str:
    """A catalog index key as a schema.yaml entry that to_model reads back as the same key."""
    found = sql_key_column(key, columns)
    if found is not None:
        column, rest = found
        entry = f"{column} {rest}".strip()
        if parse_element(entry, columns) == Element(column=column, modifiers=rest):
            return entry
        # Read as another column (names with spaces): a lone column in parentheses is the
        # same index key to Postgres.
        return f"({ident(column)}) {rest}".strip()
    if parse_element(key, columns).column is None:
        return key
    element = split_expression(key)
    return f"{wrap(element.expression)} {element.modifiers}".strip()
