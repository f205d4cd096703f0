"""The model -> schema.yaml text: `schemadiff dump`, for adopting an existing database."""

from __future__ import annotations

import yaml

from .collations import dump_collation
from .default_privileges import dump_default_privileges
from .aggregates import dump_aggregate, dump_key
from ..model import Database, EnumType, Extension, Sequence
from ..model.ids import table_id
from .catalog_text import DumpError
from .cron import cron_block
from .documents import default_start
from .dump_tables import FlowList, FlowMap, table_block
from .dump_views import schema_blocks, table_security
from .dump_routines import routine_blocks, trigger_blocks
from .serials import identity_sequences, serial_columns

__all__ = ["DumpError", "dump"]


def dump(db: Database) -> str:
    """schema.yaml text for `db`: keys in a stable order, shorthands where they are exact."""
    doc: dict = {}
    extensions = {e.name: _extension(e) for e in db.of_kind("extension")}
    if extensions:
        doc["extensions"] = extensions
    schemas = _schemas(db)
    if schemas:
        doc["schemas"] = schemas
    cron = cron_block(db)  # pg_cron jobs (spec/cron.py)
    if cron:
        doc["cron"] = cron
    defaults = dump_default_privileges(db.of_kind("default_privilege"))
    if defaults:
        doc["default_privileges"] = defaults
    # width: one line per value (libyaml's width is a C int, so not 2**31)
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=2**30)


def _extension(e: Extension) -> dict:
    return FlowMap() if e.schema == "public" else FlowMap(schema=e.schema)


def _schemas(db: Database) -> dict:
    declared = {s.name: s for s in db.of_kind("schema")}
    used = {o.schema for o in db if getattr(o, "schema", None) and o.id.kind != "extension"}
    serials = serial_columns(db)
    skipped = {(s.schema, s.name) for s in serials.values()} | identity_sequences(db)
    out = {}
    for name in sorted(set(declared) | used):
        block = _schema_block(db, name, declared.get(name), serials, skipped)
        if block or name != "public":  # public exists anyway; an empty one says nothing
            out[name] = block
    return out


def _schema_block(db: Database, name: str, schema, serials: dict, skipped: set) -> dict:
    block: dict = {}
    if schema is not None and schema.comment is not None:
        block["comment"] = schema.comment
    collations = {c.name: dump_collation(c) for c in db.of_kind("collation") if c.schema == name}
    enums = {e.name: _enum(e) for e in db.of_kind("enum") if e.schema == name}
    sequences = {s.name: _sequence(s, _owner_unlogged(db, s)) for s in db.of_kind("sequence")
                 if s.schema == name and (s.schema, s.name) not in skipped}
    tables = {t.name: table_block(db, t, serials) | table_security(db, t)  # + rls, policies
              for t in db.tables() if t.schema == name}
    for key, value in (("collations", collations), ("enums", enums), ("sequences", sequences), ("tables", tables)):
        if value:
            block[key] = value
    block.update(schema_blocks(db, name))  # domains, views, grants (spec/dump_views.py)
    block.update(routine_blocks(db, name))  # functions, procedures (spec/dump_routines.py)
    aggregates = {dump_key(a): dump_aggregate(a) for a in db.of_kind("aggregate") if a.schema == name}
    if aggregates:
        block["aggregates"] = aggregates
    for t in db.tables():
        triggers = trigger_blocks(db, t) if t.schema == name else {}
        if triggers:
            block["tables"][t.name]["triggers"] = triggers
    return block


def _enum(e: EnumType):
    values = FlowList(e.values)
    return values if e.comment is None else {"values": values, "comment": e.comment}


def _owner_unlogged(db: Database, s: Sequence) -> bool:
    """What `unlogged:` means when left out: the owning table's persistence (else logged)."""
    table = db.get(table_id(s.schema, s.owned_by[0])) if s.owned_by else None
    return bool(table is not None and table.unlogged)


def _sequence(s: Sequence, implied_unlogged: bool = False) -> dict:
    fields = {
        "type": s.data_type if s.data_type != "bigint" else None,
        "start": s.start if s.start != default_start(s.increment, s.min_value, s.max_value)
        else None,
        "increment": s.increment if s.increment != 1 else None,
        "min_value": s.min_value, "max_value": s.max_value,
        "cache": s.cache if s.cache != 1 else None,
        "cycle": s.cycle or None,
        "owned_by": f"{s.owned_by[0]}.{s.owned_by[1]}" if s.owned_by else None,
        "comment": s.comment,
        "unlogged": s.unlogged if s.unlogged != implied_unlogged else None,
    }
    return {k: v for k, v in fields.items() if v is not None}


# libyaml's emitter when PyYAML has it: the same text (checked byte for byte on the 2,000-table
# benchmark database's 1.8 MB dump) in about half the time of the pure-Python one.
_BASE = yaml.CSafeDumper if getattr(yaml, "__with_libyaml__", False) else yaml.SafeDumper


class _Dumper(_BASE):
    """SafeDumper that writes multi-line text as `|` blocks and column lists inline."""

    def ignore_aliases(self, data) -> bool:
        return True  # never `&id001`: every block is written where it belongs


# Unicode line breaks that allow_unicode would write raw and YAML would read back as a newline
# (or fold into a space); in double quotes they are escaped.
_UNICODE_BREAKS = ("\x85", "\u2028", "\u2029")


def _text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None  # PyYAML falls back to quotes when `|` cannot hold it
    if any(ch in data for ch in _UNICODE_BREAKS):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _flow(dumper: yaml.SafeDumper, data: FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(str, _text)
def _flow_map(dumper: yaml.SafeDumper, data: FlowMap) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


_Dumper.add_representer(FlowList, _flow)
_Dumper.add_representer(FlowMap, _flow_map)
