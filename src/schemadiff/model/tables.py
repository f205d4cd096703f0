"""Tables and their columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import ObjectId, table_id
from .kinds import register_kind
from .partitions import PartitionKey, PartitionOf


@dataclass(frozen=True, slots=True)
class IdentityOptions:
    """An identity column's sequence options; None is the default CREATE picks (like Sequence)."""

    start: int | None = None  # None: min_value ascending, max_value descending
    increment: int = 1
    min_value: int | None = None  # None: 1 ascending, the type's minimum descending
    max_value: int | None = None  # None: the type's maximum ascending, -1 descending
    cache: int = 1
    cycle: bool = False

    def start_value(self) -> int:
        """The start PostgreSQL uses; concrete only when the bound it defaults to is given."""
        if self.start is not None:
            return self.start
        if self.increment > 0:
            return self.min_value if self.min_value is not None else 1
        return self.max_value if self.max_value is not None else -1


DEFAULT_IDENTITY = IdentityOptions()


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # as format_type() prints it with search_path='': `character varying(255)`, `public.status`
    not_null: bool = False
    default: str | None = None  # pg_get_expr() text, or the user's text before canonicalisation
    identity: str | None = None  # "always" | "by default"
    identity_options: IdentityOptions = DEFAULT_IDENTITY  # the defaults unless `identity` is set
    generated: str | None = None  # expression of a STORED generated column
    collation: str | None = None  # only when it differs from the type's default
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    # How existing values convert when the type changes (ALTER COLUMN ... TYPE ... USING); like
    # renamed_from, an instruction for this plan, not state: the catalog never holds it.
    using: str | None = field(default=None, compare=False)
    # ALTER COLUMN ... SET STATISTICS n: ANALYZE's sample size for this column (0 to 10000);
    # None is the server's default_statistics_target (attstattarget -1 up to 16, NULL from 17).
    statistics: int | None = None
    # SET COMPRESSION pglz | lz4 for values TOASTed from now on; None: default_toast_compression
    compression: str | None = None
    # SET STORAGE plain | external | extended | main; None: the type's own (pg_type.typstorage)
    storage: str | None = None
    # What None means for this column's type, as the catalog says (introspected models only):
    # PostgreSQL before 16 has no SET STORAGE DEFAULT, so going back names the type's storage.
    type_storage: str | None = field(default=None, compare=False)
    # Attribute options (pg_attribute.attoptions, SET (n_distinct = ...)): sorted `key=value`,
    # values normalised by column_option() (the catalog keeps them as written: -1, -1.0, -1e0).
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...] = ()
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    depends_on: frozenset[ObjectId] = field(default=frozenset(), compare=False)
    rls_enabled: bool = False  # ALTER TABLE ... ENABLE ROW LEVEL SECURITY
    rls_forced: bool = False  # ... FORCE ROW LEVEL SECURITY (applies to the owner too)
    unlogged: bool = False  # CREATE UNLOGGED TABLE: no WAL, emptied after a crash, not replicated
    # Storage parameters as sorted `key=value` text, the TOAST table's prefixed `toast.`; values
    # normalised by storage_option(), since the catalog keeps them as written (`ON`, `.05`).
    options: tuple[str, ...] = ()
    # REPLICA IDENTITY: default | full | nothing | index (then replica_index names it)
    replica_identity: str = "default"
    replica_index: str | None = None
    # Declarative partitioning (model/partitions.py). A partition's columns are its parent's:
    # the model holds none for it (introspect refuses a partition whose columns differ).
    partition_by: PartitionKey | None = None
    partition_of: PartitionOf | None = None
    # INHERITS (parent, ...): (schema, name) of each parent in pg_inherits.inhseqno order (not
    # partitions). `columns` holds only the table's own columns (attislocal): one it inherits
    # and does not declare itself is its parent's, and changes with it.
    inherits: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> ObjectId:
        return table_id(self.schema, self.name)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# pg_class.reloptions of a table whose values are booleans (parse_bool: on/off, yes/no, 1/0, and
# unique prefixes), and the one whose value is auto or a boolean.
_BOOLEAN_OPTIONS = {"autovacuum_enabled", "vacuum_truncate", "user_catalog_table"}
_ON_OFF_AUTO = {"vacuum_index_cleanup"}


def _boolean(value: str) -> bool | None:
    """PostgreSQL's parse_bool: true/false/yes/no and their prefixes, on/off, 1/0; else None."""
    v = value.lower()
    if not v:
        return None
    if "true".startswith(v) or "yes".startswith(v) or v in ("on", "1"):
        return True
    if "false".startswith(v) or "no".startswith(v) or v in ("of", "off", "0"):
        return False
    return None


def option_value(key: str, value: str) -> str:
    """A storage parameter's value in one spelling: booleans true/false, numbers as Python prints them."""
    base = key.removeprefix("toast.")
    flag = _boolean(value) if base in _BOOLEAN_OPTIONS | _ON_OFF_AUTO else None
    if flag is not None:
        if base in _ON_OFF_AUTO:
            return "on" if flag else "off"
        return "true" if flag else "false"
    try:
        return str(int(value))
    except ValueError:
        pass
    try:
        return repr(float(value))
    except ValueError:
        return value.lower()


def storage_option(key: str, value: str) -> str:
    """`key=value` as Table.options holds it."""
    return f"{key}={option_value(key, value)}"


def column_option(entry: str) -> str:
    """`key=value` of a column's attribute option as Column.options holds it: each option is a
    float (n_distinct, n_distinct_inherited), so one number has one spelling (-1.0 and -1: -1)."""
    key, _, value = entry.partition("=")
    number = float(value)
    return f"{key}={int(number) if number.is_integer() else repr(number)}"


def storage_options(table_options: list[str], toast_options: list[str]) -> tuple[str, ...]:
    """Table.options from pg_class.reloptions of the table and of its TOAST table."""
    pairs = [entry.partition("=") for entry in table_options]
    pairs += [("toast." + k, s, v) for k, s, v in (e.partition("=") for e in toast_options)]
    return tuple(sorted(storage_option(k, v) for k, _, v in pairs))


register_kind("table", Table, family="tables", rank=70)
