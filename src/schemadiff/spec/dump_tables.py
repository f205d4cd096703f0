"""One table of the model as its schema.yaml block, using shorthands where they are exact."""

from __future__ import annotations

from dataclasses import replace

from ..model import Column, Constraint, Database, Index, Table
from ..model.constraints import ExclusionElement
from ..model.indexes import BOOLEAN_PARAMETERS, IndexKey
from ..model.naming import default_constraint_name
from ..quoting import ident, literal, readable_ident
from ..sqltree import unwrapped
from .build_indexes import parse_key as parse_index_key
from .catalog_text import DumpError
from .readable import check_text, default_text, type_text
from .serials import SERIAL_TYPES
from .partitions import dump_partition_of

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
        block["with"] = storage_block(table.options)
    if table.replica_identity != "default":
        block["replica_identity"] = (FlowMap(index=table.replica_index)
                                     if table.replica_identity == "index" else table.replica_identity)
    if table.partition_of is not None:  # its columns are the parent's: the block lists none
        block["partition_of"] = FlowMap(dump_partition_of(table.partition_of, table.schema))
    if table.partition_by is not None:
        block["partition_by"] = table.partition_by.definition()
    if table.inherits:
        block["inherits"] = FlowList(n if s == table.schema and "." not in n else f"{s}.{n}"
                                     for s, n in table.inherits)
    block["columns"] = {
        c.name: _column(c, (table.schema, table.name, c.name) in serials) for c in table.columns
    }
    for key in _MAPS.values():  # the reference's order; each map sorted by name
        block[key] = {}
    for constraint in db.constraints_of(table.id):
        _add_constraint(block, table, constraint)
    block = {k: v for k, v in block.items() if v != {} or (k == "columns" and table.partition_of is None)}
    indexes = {i.name: _index(i, table.column_names) for i in db.indexes_of(table.id)}
    if indexes:
        block["indexes"] = indexes
    return block


def _column(c: Column, serial: bool) -> str | dict:
    if serial:  # NOT NULL and the default come with the serial type
        fields = {"type": SERIAL_TYPES[c.type], "collation": c.collation, **_attributes(c),
                  "comment": c.comment}
    else:
        default = default_text(c.default, c.type) if c.default is not None else None
        fields = {"type": type_text(c.type), "not_null": c.not_null or None, "default": default,
                  "identity": _identity(c), "generated": c.generated,
                  "collation": c.collation, **_attributes(c), "comment": c.comment}
    fields = {k: v for k, v in fields.items() if v is not None}
    return fields["type"] if len(fields) == 1 else inline(fields)


def _attributes(c: Column) -> dict:
    """statistics, compression, storage (only when not the type's) and options, in the reference's order."""
    options = {k: _number(v) for k, _, v in (e.partition("=") for e in c.options)}
    return {"statistics": c.statistics, "compression": c.compression, "storage": c.storage,
            "options": FlowMap(options) if options else None}


def _number(text: str) -> int | float:
    number = float(text)
    return int(number) if number.is_integer() else number


def storage_block(options: tuple[str, ...]) -> FlowMap:
    """`with:` from `key=value` storage parameters (a table's or a materialized view's)."""
    return FlowMap((k, _option_value(v)) for k, _, v in (e.partition("=") for e in options))


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
    _refuse_unmodelled(c, table)
    entry = _BUILDERS[c.kind](c, table)
    if c.kind == "p":
        block["primary_key"] = entry
    else:
        block.setdefault(_MAPS[c.kind], {})[c.name] = entry


def _refuse_unmodelled(c: Constraint, table: Table) -> None:
    """What schema.yaml has no key for is refused, naming it, rather than dumped into a block
    that means less (the model plans these; only writing them back is missing)."""
    in_text = c.kind == "x"  # an exclusion is written as its definition, INCLUDE too
    unmodelled = {"INCLUDE": c.include and not in_text,
                  "WITHOUT OVERLAPS": c.without_overlaps, "PERIOD": c.period,
                  "ON DELETE SET NULL / SET DEFAULT (columns)": c.on_delete_columns}
    found = [what for what, value in unmodelled.items() if value]
    if found:
        raise DumpError(f"cannot write constraint {c.name!r} on {table.name!r} to schema.yaml: "
                        f"{', '.join(found)} has no place there")


def _key_parts(c: Constraint) -> dict:
    parts: dict = {"columns": list(c.columns)}
    if c.nulls_not_distinct:
        parts["nulls_not_distinct"] = True
    if c.parameters:
        parts["with"] = FlowMap({k: _parameter(k, v) for k, v in c.parameters})
    return parts | _deferral(c)


def _deferral(c: Constraint) -> dict:
    out = {"deferrable": True} if c.deferrable else {}
    return out | ({"initially_deferred": True} if c.initially_deferred else {})


def _primary_key(c: Constraint, table: Table):
    parts = _key_parts(c)
    if c.name != default_constraint_name(table.name, (), "p"):
        parts["name"] = c.name
    return _short_or_full(parts, c.comment)


def _unique(c: Constraint, table: Table):
    return _short_or_full(_key_parts(c), c.comment)


def _short_or_full(parts: dict, comment: str | None):
    parts["columns"] = FlowList(parts["columns"])
    if comment is not None:
        parts["comment"] = comment
    return parts["columns"] if len(parts) == 1 else parts


def _check(c: Constraint, table: Table):
    expression = check_text(c.expression or "", {col.name: col.type for col in table.columns})
    block = {"expression": expression, "valid": _valid(c), "no_inherit": c.no_inherit or None,
             "comment": c.comment}
    block = {k: v for k, v in block.items() if v is not None}
    return expression if len(block) == 1 else block


def _valid(c: Constraint) -> bool | None:
    """`valid: false` for a NOT VALID constraint, so dump -> plan keeps it as it is."""
    return None if c.validated else False


def _foreign_key(c: Constraint, table: Table) -> dict:
    ref_schema, ref_table = c.ref_table or (table.schema, "")
    ref: dict = {"table": ref_table, "columns": FlowList(c.ref_columns)}
    if ref_schema != table.schema:  # the default; written only when it differs
        ref = {"schema": ref_schema, **ref}
    parts: dict = {"columns": FlowList(c.columns), "references": inline(ref)}
    if c.match != "simple":
        parts["match"] = c.match
    for event in ("update", "delete"):
        action = getattr(c, f"on_{event}")
        if action != "no action":
            parts[f"on_{event}"] = action
    parts |= _deferral(c)
    if not c.validated:
        parts["valid"] = False
    if c.comment is not None:
        parts["comment"] = c.comment
    return parts


def _exclusion(c: Constraint, table: Table):
    definition = exclusion_definition(c)
    return definition if c.comment is None else {"definition": definition, "comment": c.comment}


_BUILDERS = {"p": _primary_key, "u": _unique, "c": _check, "f": _foreign_key, "x": _exclusion}


def exclusion_definition(c: Constraint) -> str:
    """The `definition` text of an exclusion, in pg_get_constraintdef()'s order, from the fields."""
    elements = ", ".join(_exclusion_element(e) for e in c.elements)
    sql = f"EXCLUDE USING {readable_ident(c.method or 'btree')} ({elements})"
    if c.include:
        sql += " INCLUDE (" + ", ".join(readable_ident(n) for n in c.include) + ")"
    if c.parameters:
        sql += " WITH (" + ", ".join(f"{readable_ident(k)} = {literal(v)}" for k, v in c.parameters) + ")"
    sql += f" WHERE ({c.predicate})" if c.predicate is not None else ""
    sql += " DEFERRABLE" if c.deferrable else ""
    return sql + (" INITIALLY DEFERRED" if c.initially_deferred else "")


def _exclusion_element(e: ExclusionElement) -> str:
    key = e.key
    head = readable_ident(key.column) if key.column is not None else key.expression or ""
    operator = e.operator[0] if len(e.operator) == 1 else \
        f"OPERATOR({readable_ident(e.operator[0])}.{e.operator[-1]})"
    return " ".join(w for w in (head, _modifiers(key), "WITH", operator) if w)


def _index(index: Index, columns: tuple[str, ...]):
    block = {
        "columns": FlowList(index_entry(key, columns) for key in index.keys),
        "unique": index.unique or None,
        "method": index.method if index.method != "btree" else None,
        "include": FlowList(index.include) or None,
        "where": unwrapped(index.predicate) if index.predicate is not None else None,
        "nulls_not_distinct": index.nulls_not_distinct or None,
        "with": FlowMap((k, _parameter(k, v)) for k, v in index.parameters) or None,
        "comment": index.comment,
    }
    block = {k: v for k, v in block.items() if v is not None}
    return block["columns"] if len(block) == 1 else block


def _parameter(name: str, value: str):
    """A storage parameter as YAML: numbers as numbers, booleans as booleans, words as text."""
    if name in BOOLEAN_PARAMETERS and value in ("true", "false"):
        return value == "true"
    return int(value) if value.isdigit() and str(int(value)) == value else value


def _modifiers(key: IndexKey) -> str:
    """The words after a key, as CREATE INDEX reads them: `COLLATE "C" text_pattern_ops DESC`."""
    words = []
    if key.collation:
        words.append("COLLATE " + ".".join(readable_ident(p) for p in key.collation))
    if key.opclass:
        words.append(".".join(readable_ident(p) for p in key.opclass))
        if key.opclass_options:
            words.append("(" + ", ".join(f"{readable_ident(k)} = {literal(v)}"
                                         for k, v in key.opclass_options) + ")")
    words += ["DESC"] if key.descending else []
    if key.nulls_first != key.descending:
        words.append("NULLS FIRST" if key.nulls_first else "NULLS LAST")
    return " ".join(words)


def index_entry(key: IndexKey, columns: tuple[str, ...]) -> str:
    """A catalog index key as the schema.yaml entry to_model reads back as the same key."""
    rest = _modifiers(key)
    if key.column is not None:
        candidates = [f"{key.column} {rest}".strip(), f"{ident(key.column)} {rest}".strip()]
    else:
        expression = key.expression or ""
        inner = unwrapped(unwrapped(expression))  # `((a + b))` reads best as `a + b`
        candidates = [f"{inner} {rest}".strip(), f"{unwrapped(expression)} {rest}".strip(),
                      f"{expression} {rest}".strip(), f"({expression}) {rest}".strip()]
    for entry in candidates:
        found = parse_index_key(entry, columns)
        if found is not None and _same_key(found[0], key):
            return entry
    return candidates[-1]


def _same_key(read: IndexKey, key: IndexKey) -> bool:
    # an expression's own parentheses may differ: PostgreSQL prints it back the same either way
    if key.column is None:
        return read.column is None and replace(read, expression=None) == replace(key, expression=None)
    return read == key
