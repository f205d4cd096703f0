"""Property: dump -> load -> to_model gives back what the catalog described.

Each random table is generated as a structure, then written twice: once the way the catalog
prints it (what introspection produces, minimal quoting, bare function calls) and once the way
to_model must write it (every name quoted, expressions parenthesised). The round trip of the
first must equal the second, object by object; a serial column's owned sequence is the one
documented loss, and is generated separately.
"""

from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass, field

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from schemadiff.model import Column, Constraint, Database, Index, Schema, Sequence, Table
from schemadiff.model.indexes import IndexKey
from schemadiff.quoting import ident, ident_list, literal
from schemadiff.spec import dump, parse_spec, to_model
from schemadiff.spec.readable import check_text, default_text, type_text
from constraint_models import sql_constraint

# Names a YAML file, a SQL lexer or a quoting helper could get wrong.
POOL = ["id", "email", "order", "user", "select", "null", "yes", "on", "1", "Name", "CamelCase",
        "my col", "a.b", 'we"ird', "it's", "ünï", "名前", "x: y", "#hash", "- dash", "é" * 31]
KEYWORDS = {"order", "user", "select", "null", "on"}  # quote_ident quotes these
NAME_CHARS = st.sampled_from(list("abcXYZ_09 .\"'é名:-#"))


def catalog_ident(name: str) -> str:
    """What quote_ident prints: bare when it is a plain lower-case non-keyword."""
    plain = re.fullmatch(r"[a-z_][a-z0-9_$]*", name) and name not in KEYWORDS
    return name if plain else ident(name)


def valid_name(name: str) -> bool:
    return name == name.strip() and 0 < len(name.encode()) < 64 and "\x00" not in name


names = st.one_of(st.sampled_from(POOL), st.text(NAME_CHARS, min_size=1, max_size=10)).filter(
    valid_name)
texts = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
                max_size=20)
comments = st.none() | texts | st.sampled_from(["two\nlines", "yes", "a: b", "  padded ", "#"])


@dataclass
class Pair:
    """One piece of SQL text as the catalog prints it and as to_model writes it."""

    catalog: str
    expected: str


@dataclass
class Built:
    catalog: list = field(default_factory=list)
    expected: list = field(default_factory=list)

    def add(self, catalog_obj, expected_obj=None) -> None:
        self.catalog.append(catalog_obj)
        if expected_obj is not False:
            self.expected.append(catalog_obj if expected_obj is None else expected_obj)


@st.composite
def columns(draw, names_: list[str]) -> list[Column]:
    out = []
    for name in names_:
        sql_type = draw(st.sampled_from(["integer", "bigint", "text", "character varying(20)",
                                         "numeric(10,2)", "timestamp with time zone",
                                         '"char"', "text[]", "public.tier"]))
        kind = draw(st.sampled_from(["plain", "default", "identity", "generated"]))
        extra = {}
        if kind == "default":
            extra["default"] = draw(st.sampled_from(["0", "'x'::text", "now()", "'a''b'::text",
                                                     "'free'::public.tier", "ARRAY['a'::text]"]))
        elif kind == "identity" and sql_type in ("integer", "bigint"):
            extra["identity"] = draw(st.sampled_from(["always", "by default"]))
        elif kind == "generated":
            extra["generated"] = "(1 + 1)"
        out.append(Column(name, sql_type, not_null=draw(st.booleans()),
                          collation=draw(st.none() | st.just("C")),
                          comment=draw(comments), **extra))
    return out


def deferral(draw) -> tuple[str, str]:
    mode = draw(st.sampled_from(["", " DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED"]))
    return mode, mode


@st.composite
def key_constraint(draw, schema, table, cols, name, kind) -> tuple[Constraint, Constraint]:
    chosen = draw(st.lists(st.sampled_from(cols), min_size=1, max_size=3, unique=True))
    head = "PRIMARY KEY" if kind == "p" else draw(
        st.sampled_from(["UNIQUE", "UNIQUE NULLS NOT DISTINCT"]))
    tail, _ = deferral(draw)
    comment = draw(comments)
    make = lambda text: sql_constraint(schema, table, name, kind, text, tuple(chosen), comment=comment)
    return (make(f"{head} ({', '.join(map(catalog_ident, chosen))}){tail}"),
            make(f"{head} ({ident_list(chosen)}){tail}"))


@st.composite
def check(draw, schema, table, cols, name) -> tuple[Constraint, Constraint]:
    a, b = draw(st.sampled_from(cols)), draw(st.sampled_from(cols))
    qa, qb = catalog_ident(a), catalog_ident(b)
    expr, refs = draw(st.sampled_from([
        (f"({qa} > {qb})", (a, b)), (f"({qa} IS NOT NULL)", (a,)), (qa, (a,)),
        (f"(lower({qa}) <> ''::text)", (a,)), ("(1 > 0)", ()),
    ]))
    refs = tuple(dict.fromkeys(refs))
    c = sql_constraint(schema, table, name, "c", f"CHECK ({expr})", refs, comment=draw(comments),
                   validated=draw(st.booleans()))  # false: NOT VALID, dumped as `valid: false`
    return c, c  # `CHECK (` + the catalog's own expression text + `)`: nothing to requote


@st.composite
def foreign_key(draw, schema, table, cols, name, targets) -> tuple[Constraint, Constraint]:
    ref_schema, ref_table, ref_cols = draw(st.sampled_from(targets))
    n = draw(st.integers(1, min(len(cols), len(ref_cols), 2)))
    local = draw(st.lists(st.sampled_from(cols), min_size=n, max_size=n, unique=True))
    remote = draw(st.lists(st.sampled_from(ref_cols), min_size=n, max_size=n, unique=True))
    clauses = draw(st.sampled_from(["", " MATCH FULL"]))
    for event in ("UPDATE", "DELETE"):
        action = draw(st.sampled_from(["", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"]))
        clauses += f" ON {event} {action}" if action else ""
    clauses += deferral(draw)[0]
    target = f"{catalog_ident(ref_schema)}.{catalog_ident(ref_table)}"
    catalog = (f"FOREIGN KEY ({', '.join(map(catalog_ident, local))}) REFERENCES {target}"
               f"({', '.join(map(catalog_ident, remote))}){clauses}")
    expected = (f"FOREIGN KEY ({ident_list(local)}) REFERENCES {ident(ref_schema)}."
                f"{ident(ref_table)}({ident_list(remote)}){clauses}")
    make = lambda text: sql_constraint(schema, table, name, "f", text, tuple(local),
                                   (ref_schema, ref_table), tuple(remote), comment=comment,
                                   validated=validated)
    comment, validated = draw(comments), draw(st.booleans())
    return make(catalog), make(expected)


@st.composite
def index_key(draw, cols) -> Pair:
    """(catalog key, the key to_model reads back from its dump)."""
    c, d = draw(st.sampled_from(cols)), draw(st.sampled_from(cols))
    qc, qd = catalog_ident(c), catalog_ident(d)
    if draw(st.booleans()):
        mods = draw(st.sampled_from([{}, {"descending": True}, {"descending": True, "nulls_first": False},
                                     {"nulls_first": True}, {"opclass": ("text_pattern_ops",)},
                                     {"collation": ("C",)}, {"collation": ("C",), "descending": True}]))
        key = IndexKey.of(c, **mods)
        return Pair(key, key)
    catalog, expected = draw(st.sampled_from([
        (f"lower({qc})", f"lower({qc})"), (f"(({qc} + 1))", f"({qc} + 1)"),
        (f"COALESCE({qc}, {qd})", f"COALESCE({qc}, {qd})"),
        (f"(({qc})::text)", f"(({qc})::text)"),
    ]))
    mods = draw(st.sampled_from([{}, {"descending": True}, {"descending": True, "nulls_first": False}]))
    return Pair(IndexKey.of(expression=catalog, **mods), IndexKey.of(expression=expected, **mods))


@st.composite
def index(draw, schema, table, cols, name) -> tuple[Index, Index]:
    keys = draw(st.lists(index_key(cols), min_size=1, max_size=3))
    method = draw(st.sampled_from(["btree", "btree", "hash", "gist", "gin", "brin", "spgist", "bloom"]))
    include = tuple(draw(st.lists(st.sampled_from(cols), max_size=2, unique=True)))
    nulls_not_distinct = draw(st.booleans())
    qc = catalog_ident(draw(st.sampled_from(cols)))
    where = draw(st.sampled_from([None, Pair(f"({qc} IS NULL)", f"{qc} IS NULL"), Pair(qc, qc),
                                  Pair(f"(({qc} > 0) AND ({qc} < 2))", f"({qc} > 0) AND ({qc} < 2)")]))
    parameters = draw(st.sampled_from([(), (("fillfactor", "70"),), (("fastupdate", "false"),
                                                                        ("gin_pending_list_limit", "128")),
                                       (("buffering", "off"),), (("m", "16"), ("ratio", "0.5"))]))
    unique, comment = draw(st.booleans()), draw(comments)

    def make(side: int) -> Index:
        return Index(schema, name, table, unique, tuple((k.catalog, k.expected)[side] for k in keys), method=method,
                     include=include, predicate=(where.catalog, where.expected)[side] if where else None,
                     nulls_not_distinct=nulls_not_distinct, parameters=parameters, comment=comment)
    return make(0), make(1)


def no_prefix_clash(cols: list[str]) -> bool:
    """`a` and `a DESC` as two columns make `a DESC` ambiguous in an index entry."""
    return not any(b.startswith(a + " ") for a in cols for b in cols if a != b)


@st.composite
def table(draw, schema: str, name: str, rel_names: list[str], targets: list, built: Built):
    cols = draw(st.lists(names, min_size=1, max_size=5, unique=True))
    assume(no_prefix_clash(cols))
    column_objs = draw(columns(cols))
    built.add(Table(schema, name, tuple(column_objs), comment=draw(comments)))
    targets.append((schema, name, cols))
    con_names = draw(st.lists(names, min_size=4, max_size=4, unique=True))
    pairs = []
    if draw(st.booleans()):
        pk_name = draw(st.sampled_from([f"{name}_pkey"[:63], con_names[0]]))
        assume(valid_name(pk_name) and pk_name not in rel_names)
        rel_names.append(pk_name)
        pairs.append(draw(key_constraint(schema, name, cols, pk_name, "p")))
    if draw(st.booleans()) and con_names[1] not in rel_names:
        rel_names.append(con_names[1])
        pairs.append(draw(key_constraint(schema, name, cols, con_names[1], "u")))
    if draw(st.booleans()):
        pairs.append(draw(check(schema, name, cols, con_names[2])))
    if draw(st.booleans()):
        pairs.append(draw(foreign_key(schema, name, cols, con_names[3], targets)))
    assume(len({p[0].name for p in pairs}) == len(pairs))
    if draw(st.booleans()) and con_names[1] not in rel_names:
        rel_names.append(con_names[1])
        excl_col = draw(st.sampled_from(cols))
        text = f"EXCLUDE USING gist ({catalog_ident(excl_col)} WITH =)"
        pairs.append((sql_constraint(schema, name, con_names[1], "x", text, (excl_col,)),) * 2)
    for index_name in draw(st.lists(names, max_size=2, unique=True)):
        if index_name not in rel_names:
            rel_names.append(index_name)
            pairs.append(draw(index(schema, name, cols, index_name)))
    for catalog_obj, expected_obj in pairs:
        built.add(catalog_obj, expected_obj)
    return column_objs


@st.composite
def databases(draw) -> tuple[Database, Database]:
    built, targets = Built(), []
    schemas = draw(st.lists(st.sampled_from(["public", "Sales.EU", "app"]), min_size=1,
                            max_size=2, unique=True))
    for schema in schemas:
        built.add(Schema(schema, draw(comments)))
        rel_names = draw(st.lists(names, min_size=1, max_size=3, unique=True))
        for table_name in list(rel_names):
            draw(table(schema, table_name, rel_names, targets, built))
    if draw(st.booleans()):
        add_serial(draw, built, schemas[0])
    return Database.of(built.catalog), Database.of(built.expected)


def add_serial(draw, built: Built, schema: str) -> None:
    tables = [t for t in built.catalog if isinstance(t, Table) and t.schema == schema]
    target = tables[0]
    assume("serial_id" not in target.column_names and "." not in target.name)
    seq = f"{target.name}_serial_id_seq"
    relations = {getattr(o, "name", None) for o in built.catalog if o.id.kind != "constraint"}
    assume(valid_name(seq) and seq not in relations)
    folded = draw(st.booleans())
    default = f"nextval({literal(f'{catalog_ident(schema)}.{catalog_ident(seq)}')}::regclass)"
    column = Column("serial_id", "integer", not_null=True, default=default)
    sequence = Sequence(schema, seq, "integer", 1, 1, 1, 2**31 - 1,
                        cache=1 if folded else 20, owned_by=(target.name, "serial_id"))
    catalog_table = Table(schema, target.name, target.columns + (column,), target.comment)
    expected_column = Column("serial_id", "serial") if folded else column
    expected_table = Table(schema, target.name, target.columns + (expected_column,),
                           target.comment)
    built.catalog[built.catalog.index(target)] = catalog_table
    built.expected[built.expected.index(target)] = expected_table
    built.add(sequence, False if folded else None)


def _as_dumped(db):
    """The model with its column types and defaults in the readable spelling dump writes
    (`varchar(20)`, `timestamptz`, `'x'` on text, checks without
    their outer parentheses): schema.yaml keeps the user's text and the
    scratch build settles it, so without a database the two spellings are different text.
    That they mean the same is proven on real servers by test_dump_readable.py and
    test_db_roundtrip.py."""
    for table in db.of_kind("table"):
        columns = tuple(dataclasses.replace(
            c, type=type_text(c.type),
            default=default_text(c.default, c.type) if c.default is not None else None)
            for c in table.columns)
        db = db.replace(dataclasses.replace(table, columns=columns))
        types = {c.name: c.type for c in table.columns}
        for con in db.of_kind("constraint"):
            if con.kind == "c" and (con.schema, con.table) == (table.schema, table.name):
                readable = check_text(con.expression or "", types)
                db = db.replace(dataclasses.replace(con, expression=readable))
    return db


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.filter_too_much])
@given(databases())
def test_dump_load_to_model_round_trip(pair):
    catalog, expected = pair
    text = dump(catalog)
    back = to_model(parse_spec(text))
    if "public" not in {s.name for s in expected.of_kind("schema")}:
        expected = expected.replace(Schema("public"))  # to_model always has public
    assert sorted(back.objects) == sorted(expected.objects), text
    expected = _as_dumped(expected)
    for oid, obj in expected.objects.items():
        assert back.get(oid) == obj, f"{oid}\n{text}"
    # And the text is stable: dumping what came back reads back to the same model.
    assert to_model(parse_spec(dump(back))) == back
