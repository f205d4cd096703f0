"""The only place catalog SQL text is read: through PostgreSQL's own parser (pglast, libpg_query).

quoting.py is where a name or value becomes SQL text; this module is the way back, for the few
decisions diff, plan and render take from a definition the catalog printed, and for the index keys
of schema.yaml, read as CREATE INDEX reads them (index_key). A column reference
is a node of the tree, never a word that happens to match (STYLE.md rule 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

import pglast
import pglast.enums
import pglast.parser
from pglast import parser, visitors
from pglast import ast


# pg_constraint's letters as the parser keeps them, in schema.yaml's words.
_ACTIONS = {"a": "no action", "r": "restrict", "c": "cascade", "n": "set null", "d": "set default"}
_MATCHES = {"s": "simple", "f": "full"}  # MATCH PARTIAL: "not yet implemented" by PostgreSQL
_CONSTRAINT_TYPES = pglast.enums.ConstrType


@lru_cache(maxsize=4096)
def constraint_fields(definition: str) -> dict:
    """The typed fields of a table constraint's definition (`pg_get_constraintdef()` text, or
    schema.yaml's exclusion text): keyword arguments of model.Constraint besides its identity,
    its validity and the columns the catalog lists (conkey, confkey). Exclusion elements are
    (IndexKey.of keyword arguments, operator name parts) pairs."""
    node = _constraint_node(definition)
    fields: dict = {"deferrable": bool(node.deferrable),
                    "initially_deferred": bool(node.initdeferred)}
    kind = node.contype
    if kind in (_CONSTRAINT_TYPES.CONSTR_PRIMARY, _CONSTRAINT_TYPES.CONSTR_UNIQUE,
                _CONSTRAINT_TYPES.CONSTR_EXCLUSION):
        fields |= {"include": tuple(s.sval for s in node.including or ()),
                   "parameters": tuple((d.defname, _value(d.arg)) for d in node.options or ())}
    if kind == _CONSTRAINT_TYPES.CONSTR_UNIQUE:
        fields["nulls_not_distinct"] = bool(node.nulls_not_distinct)
    if kind in (_CONSTRAINT_TYPES.CONSTR_PRIMARY, _CONSTRAINT_TYPES.CONSTR_UNIQUE):
        fields["without_overlaps"] = bool(node.without_overlaps)
    if kind == _CONSTRAINT_TYPES.CONSTR_FOREIGN:
        fields |= _foreign_key_fields(node)
    if kind == _CONSTRAINT_TYPES.CONSTR_CHECK:
        fields |= {"expression": _group_after(definition, "CHECK"),
                   "no_inherit": bool(node.is_no_inherit)}
    if kind == _CONSTRAINT_TYPES.CONSTR_EXCLUSION:
        fields |= _exclusion_fields(definition, node)
    return fields


def not_valid(definition: str) -> bool:
    """Whether a constraint's definition ends in NOT VALID (a domain's check: its only record)."""
    return bool(_constraint_node(definition).skip_validation)


def _constraint_node(definition: str) -> ast.Constraint:
    # Catalog output for a constraint that exists is always one valid clause; schema.yaml's
    # exclusion text was checked as one when it was loaded.
    stmt = pglast.parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
    return stmt.cmds[0].def_


def _foreign_key_fields(node: ast.Constraint) -> dict:
    return {
        "on_update": _ACTIONS[(node.fk_upd_action or "a").strip() or "a"],
        "on_delete": _ACTIONS[(node.fk_del_action or "a").strip() or "a"],
        "on_delete_columns": tuple(s.sval for s in node.fk_del_set_cols or ()),
        "match": _MATCHES[(node.fk_matchtype or "s").strip() or "s"],
        "period": bool(node.fk_with_period),
    }


def _exclusion_fields(definition: str, node: ast.Constraint) -> dict:
    # The element expressions and the predicate are kept as written (the catalog's spelling is
    # what the scratch database settles), so they are cut from the text along the tokens; the
    # tree says which element has which operator.
    toks = tokens(definition)
    start = next(i for i, t in enumerate(toks) if t.kind == "punct" and t.text == "(")
    inner = definition[toks[start].end:toks[matching(toks, start)].start]
    texts = split_top_level(inner)
    elements = tuple((_element_key(_before_last_with(text)), tuple(s.sval for s in operator))
                     for text, (_, operator) in zip(texts, node.exclusions))
    predicate = _group_after(definition, "WHERE") if node.where_clause is not None else None
    return {"method": node.access_method or "btree", "elements": elements, "predicate": predicate}


def _element_key(text: str) -> dict:
    found = index_key(text)
    if found is None:  # cannot happen for text the parser read as an element; kept whole
        return {"expression": f"({text})"}
    return {k: v for k, v in found.items() if k != "checked"}


def _before_last_with(element: str) -> str:
    """`room WITH =` -> `room`: the operator follows the last WITH outside brackets."""
    depth, cut = 0, len(element)
    for tok in tokens(element):
        depth += _depth_step(tok)
        if depth == 0 and is_word(tok, "WITH"):
            cut = tok.start
    return element[:cut].strip()


def _group_after(definition: str, word: str) -> str:
    """The text inside the parenthesised group that follows the first `word` outside brackets
    (`CHECK (<expr>)`, an exclusion's `WHERE (<predicate>)`: the grammar requires the group)."""
    toks, depth = tokens(definition), 0
    for i, tok in enumerate(toks):
        if depth == 0 and is_word(tok, word):
            return definition[toks[i + 1].end:toks[matching(toks, i + 1)].start].strip()
        depth += _depth_step(tok)
    raise ValueError(f"no {word} group in {definition!r}")


@lru_cache(maxsize=4096)
def exclusion_columns(definition: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The plain columns among the elements of `EXCLUDE USING gist (room WITH =, (a + b) WITH &&)`
    (conkey keeps only those; an expression element has no column number). () when the text is
    no exclusion constraint (schema.yaml's: its check reports why)."""
    try:
        node = _constraint_node(definition)
    except (parser.ParseError, AttributeError, IndexError):
        return ()
    elements = [pair[0] for pair in node.exclusions or ()]
    return tuple(e.name for e in elements if e.name is not None and e.name in columns)


def _value(arg) -> str:
    if isinstance(arg, ast.TypeName):  # a bare word as an option value: `deduplicate_items = off`
        return arg.names[-1].sval
    for attr in ("ival", "fval", "sval", "boolval"):
        if hasattr(arg, attr):
            return str(getattr(arg, attr))
    return str(arg)


# --- names a piece of SQL mentions -----------------------------------------------------------
# For objects built from schema.yaml, which have no pg_depend edges yet, the relations, functions
# and types their SQL names stand in for them (plan/dependencies.py). Read from the tree: a word
# inside a string, a comment or a column alias is not a name, but a sequence in
# `nextval('s'::regclass)` and a relation in `'t'::regclass` are.

# How each form of text becomes one statement the parser accepts.
_WRAPPERS = {
    "expression": "SELECT ({})",
    "query": "{}",
    "type": "SELECT NULL::{}",
    "arguments": "CREATE FUNCTION f({}) RETURNS pg_catalog.void LANGUAGE sql AS ''",
    "result": "CREATE FUNCTION f() RETURNS {} LANGUAGE sql AS ''",
    "standard_body": "CREATE FUNCTION f() RETURNS pg_catalog.void LANGUAGE sql {}",
}
COMMENT_TOKENS = frozenset({"SQL_COMMENT", "C_COMMENT"})  # what pglast's scan() calls comments
_REGCLASS_ARGUMENT = frozenset({"nextval", "currval", "setval"})
_REG_TYPES = frozenset({"regclass", "regtype", "regproc", "regprocedure"})


@lru_cache(maxsize=8192)
def referenced_names(text: str, form: str) -> frozenset[str]:
    """Unqualified names of the relations, functions and types `text` refers to.

    Text that does not parse names nothing: it is schema.yaml's, and the scratch build then
    reports PostgreSQL's own error for it, naming the object."""
    try:
        tree = pglast.parse_sql(_WRAPPERS[form].format(text))
    except parser.ParseError:
        return frozenset()
    collector = _NameCollector()
    collector(tree)
    return frozenset(collector.names)


class _NameCollector(visitors.Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_RangeVar(self, ancestors, node) -> None:
        self.names.add(node.relname)

    def visit_FuncCall(self, ancestors, node) -> None:
        name = node.funcname[-1].sval
        self.names.add(name)
        if name in _REGCLASS_ARGUMENT and node.args:
            self._literal_name(node.args[0])

    def visit_TypeName(self, ancestors, node) -> None:
        # The parser spells the SQL-standard types pg_catalog.int4 and so on: never a user's
        # object; an unqualified built-in (`text`) is kept and matches nothing declared.
        if node.names[0].sval != "pg_catalog" and node.names[-1].sval not in _REG_TYPES:
            self.names.add(node.names[-1].sval)

    def visit_TypeCast(self, ancestors, node) -> None:
        if node.typeName.names[-1].sval in _REG_TYPES:
            self._literal_name(node.arg)

    def _literal_name(self, node) -> None:
        """The object a string literal names (`'public."Seq"'`), parsed as a qualified name."""
        if isinstance(node, ast.TypeCast):
            node = node.arg
        value = getattr(getattr(node, "val", None), "sval", None)
        if value:
            self.names |= referenced_names(value.split("(")[0], "type")


@dataclass(frozen=True)
class TypeShape:
    """A type name as the parser reads it: `character varying(20)` is varchar with (20,)."""

    name: str  # the parser's own spelling: varchar, numeric, int4, text, ...
    modifiers: tuple[int, ...]
    array: bool
    schema: str | None = None  # as written (pg_catalog for the SQL-standard spellings)


@lru_cache(maxsize=4096)
def type_shape(text: str) -> TypeShape | None:
    """The shape of a column type as format_type() prints it; None when it is not one type name."""
    try:
        node = pglast.parse_sql(f"SELECT NULL::{text}")[0].stmt.targetList[0].val.typeName
    except (parser.ParseError, AttributeError, IndexError):
        return None
    mods = tuple(m.val.ival for m in node.typmods or () if isinstance(getattr(m, "val", None),
                                                                        ast.Integer))
    schema = node.names[-2].sval if len(node.names) > 1 else None
    return TypeShape(node.names[-1].sval, mods, bool(node.arrayBounds), schema)


@lru_cache(maxsize=4096)
def nextval_sequence(default: str) -> tuple[str | None, str] | None:
    """`nextval('public."T_id_seq"'::regclass)` -> ('public', 'T_id_seq'): the sequence a default
    that is exactly one nextval() call draws from (a serial's), else None."""
    try:
        stmts = pglast.parse_sql(f"SELECT {default}")
    except parser.ParseError:
        return None
    target = stmts[0].stmt.targetList if len(stmts) == 1 else ()
    call = target[0].val if len(target) == 1 else None
    if not isinstance(call, ast.FuncCall) or len(call.funcname) != 1:
        return None
    arg = call.args[0] if call.funcname[0].sval == "nextval" and len(call.args or ()) == 1 else None
    if not (isinstance(arg, ast.TypeCast) and arg.typeName.names[-1].sval == "regclass"
            and isinstance(arg.arg, ast.A_Const) and isinstance(arg.arg.val, ast.String)):
        return None
    return _qualified_name(arg.arg.val.sval)


def _qualified_name(text: str) -> tuple[str | None, str] | None:
    """`public."T"` -> ('public', 'T'), `t` -> (None, 't'), parsed as PostgreSQL reads regclass."""
    try:
        stmt = pglast.parse_sql(f"SELECT * FROM {text}")
        target = stmt[0].stmt.fromClause
    except (parser.ParseError, AttributeError):
        return None
    if len(stmt) != 1 or len(target) != 1 or not isinstance(target[0], ast.RangeVar) \
            or target[0].alias is not None or target[0].catalogname:
        return None
    return target[0].schemaname, target[0].relname


@lru_cache(maxsize=4096)
def is_standard_sql_body(body: str) -> bool:
    """Whether a SQL function's body is SQL-standard (`RETURN expr`, `BEGIN ATOMIC ... END`, 14+)
    rather than a string: by its first words to PostgreSQL's lexer, past comments and spaces."""
    try:
        words = [tok.name for tok in parser.scan(body) if tok.name not in COMMENT_TOKENS][:2]
    except parser.ParseError:
        return False
    return words[:1] == ["RETURN"] or words == ["BEGIN_P", "ATOMIC"]


@dataclass(frozen=True)
class IndexParts:
    """What `CREATE INDEX` text says, key by key (`keys`: keyword arguments of IndexKey.of)."""

    method: str
    keys: tuple[dict, ...]
    include: tuple[str, ...] = ()
    nulls_not_distinct: bool = False
    unique: bool = False
    has_predicate: bool = False


@lru_cache(maxsize=4096)
def index_parts(definition: str) -> IndexParts:
    """Parse one `CREATE INDEX` statement (pg_get_indexdef() output, or a wrapped spec key)."""
    stmt = pglast.parse_sql(definition)[0].stmt
    return IndexParts(
        method=stmt.accessMethod or "btree",
        keys=tuple(key_modifiers(e) for e in stmt.indexParams),
        include=tuple(e.name for e in stmt.indexIncludingParams or ()),
        nulls_not_distinct=bool(stmt.nulls_not_distinct), unique=bool(stmt.unique),
        has_predicate=stmt.whereClause is not None,
    )


def key_modifiers(elem: ast.IndexElem) -> dict:
    """One key's column (None for an expression), collation, opclass and its options, order."""
    ordering = elem.ordering == pglast.enums.SortByDir.SORTBY_DESC
    nulls = {pglast.enums.SortByNulls.SORTBY_NULLS_FIRST: True,
             pglast.enums.SortByNulls.SORTBY_NULLS_LAST: False}.get(elem.nulls_ordering)
    return {
        "column": elem.name,
        "collation": tuple(s.sval for s in elem.collation or ()),
        "opclass": tuple(s.sval for s in elem.opclass or ()),
        "opclass_options": tuple((d.defname, _value(d.arg)) for d in elem.opclassopts or ()),
        "descending": ordering, "nulls_first": nulls,
    }


def _outer_group(text: str):
    """(open, close) tokens when the whole text is one parenthesised group, else None."""
    tokens = [t for t in pglast.parser.scan(text) if t.name not in ("SQL_COMMENT", "C_COMMENT")]
    if not tokens or tokens[0].name != "ASCII_40":
        return None
    depth = 0
    for n, token in enumerate(tokens):
        depth += (token.name == "ASCII_40") - (token.name == "ASCII_41")
        if depth == 0:
            return (tokens[0], token) if n == len(tokens) - 1 else None
    return None


def wrapped(text: str) -> bool:
    """True when the whole text is one parenthesised group: `(a + b)`, not `(a) + (b)`."""
    return _outer_group(text) is not None


def unwrapped(text: str) -> str:
    """The text without one pair of parentheses around all of it, if it has one."""
    group = _outer_group(text)
    return text[group[0].end + 1:group[1].start].strip() if group else text.strip()


def _single_key(key_list: str) -> dict | None:
    """The modifiers of `CREATE INDEX ON t (<key_list>)` when that is exactly one key, and
    nothing else slipped in (a WHERE, INCLUDE or second statement); else None."""
    try:
        stmts = pglast.parse_sql(f"CREATE INDEX ON t ({key_list})")
    except pglast.parser.ParseError:
        return None
    stmt = stmts[0].stmt if len(stmts) == 1 else None
    if not isinstance(stmt, ast.IndexStmt) or len(stmt.indexParams) != 1 or stmt.whereClause \
            or stmt.indexIncludingParams or stmt.options:
        return None
    elem = stmt.indexParams[0]
    return {**key_modifiers(elem), "bare_expression": elem.expr is not None and not (
        elem.collation or elem.opclass or elem.ordering or elem.nulls_ordering)}


def index_key(text: str) -> dict | None:
    """One index key as written in schema.yaml, read the way CREATE INDEX reads it: a column
    (`a DESC`, `"My Col" text_pattern_ops`) or an expression with the words after it
    (`lower(a) DESC`, `a + b`, `(a || b) COLLATE "C"`). For an expression, `expression` is its
    text as the key list can hold it (a call, or parenthesised). None when it is no one key."""
    whole = _single_key(text)
    if whole is not None and whole["column"] is not None:
        return _without_flag(whole)
    for cut in _balanced_cuts(text):
        expr, rest = text[:cut].strip(), text[cut:]
        found = _single_key(f"({expr}) {rest}")
        if found is not None and expr:
            bare = _single_key(expr)
            ready = expr if bare is not None and bare["bare_expression"] else f"({expr})"
            return {**_without_flag(found), "column": None, "expression": ready,
                    "checked": f"({expr}) {rest}"}
    return None


def _without_flag(key: dict) -> dict:
    return {k: v for k, v in key.items() if k != "bare_expression"}


def _balanced_cuts(text: str) -> list[int]:
    """Offsets between tokens where every parenthesis opened before is closed (and the end)."""
    try:
        tokens = pglast.parser.scan(text)
    except pglast.parser.ParseError:
        return []
    cuts, depth = [], 0
    for token in tokens:
        if depth == 0 and token.start > 0:
            cuts.append(token.start)
        depth += (token.name == "ASCII_40") - (token.name == "ASCII_41")
    return cuts + [len(text)] if depth == 0 else []


def index_column_name(expression: str) -> str:
    """The name PostgreSQL gives an index expression's column (FigureIndexColname, which a
    partition's copy of an index is named after): a function's name, a cast's type or inner name,
    a column's name, else `expr`."""
    try:
        node = pglast.parse_sql(f"SELECT {expression}")[0].stmt.targetList[0].val
    except (pglast.parser.ParseError, AttributeError, IndexError, TypeError):
        return "expr"
    return _figure_name(node) or "expr"


def _figure_name(node) -> str | None:
    if isinstance(node, ast.FuncCall):
        return node.funcname[-1].sval
    if isinstance(node, ast.ColumnRef) and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    if isinstance(node, ast.TypeCast):
        return _figure_name(node.arg) or node.typeName.names[-1].sval
    return None


# --- tokens, from PostgreSQL's own lexer ------------------------------------------------------
# For the few readers that walk a fixed layout token by token (pg_get_triggerdef() for dump, an
# argument list split into arguments kept verbatim): the text must stay as written, which a tree
# does not keep, so these read scan()'s tokens, never a regex. Comments are dropped.

class Token(NamedTuple):
    kind: str  # ident (quoted), word (unquoted name or keyword), string, number, op, punct
    text: str
    start: int
    end: int  # exclusive


_STRINGS = frozenset({"SCONST", "USCONST", "BCONST", "XCONST"})
_NUMBERS = frozenset({"ICONST", "FCONST", "PARAM"})
_PUNCTUATION = "()[],.;:"


def tokens(text: str) -> list[Token]:
    """The tokens of `text` as PostgreSQL's lexer reads them, without comments. Raises
    parser.ParseError for text the lexer rejects (an unterminated string or quoted name)."""
    return [_token(text, t) for t in parser.scan(text) if t.name not in COMMENT_TOKENS]


def _token(text: str, t) -> Token:
    value = text[t.start:t.end + 1]  # scan()'s end is the last character, inclusive
    if t.name in ("IDENT", "UIDENT"):
        kind = "ident" if value[:1] == '"' or t.name == "UIDENT" else "word"
    elif t.kind != "NO_KEYWORD":
        kind = "word"
    elif t.name in _STRINGS:
        kind = "string"
    elif t.name in _NUMBERS:
        kind = "number"
    else:
        kind = "punct" if len(value) == 1 and value in _PUNCTUATION else "op"
    return Token(kind, value, t.start, t.end + 1)


def is_name(tok: Token) -> bool:
    return tok.kind in ("ident", "word")


def is_word(tok: Token | None, *words: str) -> bool:
    return tok is not None and tok.kind == "word" and tok.text.upper() in words


def name_value(tok: Token) -> str:
    """The raw name a name token stands for, exactly as the catalog printed it."""
    if tok.kind == "ident" and tok.text[:1] == '"':
        return tok.text[1:-1].replace('""', '"')
    return tok.text


def folded_name(tok: Token) -> str:
    """The name a token means in user SQL: unquoted words fold to lower case."""
    return name_value(tok) if tok.kind == "ident" else tok.text.lower()


def matching(toks: list[Token], i: int) -> int:
    """Index of the bracket closing the one at `i` (len(toks) when it is never closed)."""
    depth = 0
    for j in range(i, len(toks)):
        depth += _depth_step(toks[j])
        if depth == 0:
            return j
    return len(toks)


def _depth_step(tok: Token) -> int:
    if tok.kind != "punct":
        return 0
    return 1 if tok.text in "([" else -1 if tok.text in ")]" else 0


def split_top_level(text: str) -> list[str]:
    """Split on commas outside brackets, quotes and strings; parts are stripped. Text the lexer
    rejects stays one part: whoever reads it next reports PostgreSQL's own error."""
    try:
        toks = tokens(text)
    except parser.ParseError:
        return [text.strip()] if text.strip() else []
    parts, start, depth = [], 0, 0
    for tok in toks:
        depth += _depth_step(tok)
        if tok.kind == "punct" and tok.text == "," and depth == 0:
            parts.append(text[start:tok.start].strip())
            start = tok.end
    parts.append(text[start:].strip())
    return parts if parts != [""] else []


def wrap(text: str) -> str:
    """Parenthesise an expression unless it already is one group."""
    text = text.strip()
    try:
        return text if wrapped(text) else f"({text})"
    except parser.ParseError:  # not SQL: PostgreSQL reports it where the text is used
        return f"({text})"


@lru_cache(maxsize=4096)
def referenced_columns(expr: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The columns among `columns` an expression mentions, in order of first mention (conkey's
    order for a CHECK: StoreRelCheck keeps pull_var_clause's order without duplicates). A column
    is an unqualified column reference of the tree: a keyword, function, type or collation name
    that happens to be spelled like a column is not one. Text that does not parse names none
    (the scratch build reports PostgreSQL's error for it)."""
    try:
        tree = pglast.parse_sql(f"SELECT ({expr})")
    except parser.ParseError:
        return ()
    collector = _ColumnCollector()
    collector(tree)
    found = [name for _, name in sorted(collector.refs) if name in columns]
    return tuple(dict.fromkeys(found))


class _ColumnCollector(visitors.Visitor):
    def __init__(self) -> None:
        self.refs: list[tuple[int, str]] = []

    def visit_ColumnRef(self, ancestors, node) -> None:
        if len(node.fields) == 1 and isinstance(node.fields[0], ast.String):
            self.refs.append((node.location, node.fields[0].sval))


# --- a varchar column's IN list, as PostgreSQL stores it (PITFALLS.md: deparsing is no fixed point)

_LIST_OPERATORS = {(pglast.enums.A_Expr_Kind.AEXPR_OP_ANY, "="): False,  # negated?
                   (pglast.enums.A_Expr_Kind.AEXPR_OP_ALL, "<>"): True}


class InList(NamedTuple):
    """`column IN (values)`, or NOT IN when `negated`."""

    column: str
    negated: bool
    values: tuple[str, ...]


def varchar_in_list(expression: str, varchar_columns) -> InList | None:
    """The `col IN ('a', 'b')` (or NOT IN) whose text PostgreSQL stores on a varchar column, None
    when `expression` is not that over one of `varchar_columns` as a whole.

    `code IN ('a', 'b')` on varchar is kept as
    `((code)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))`, and
    that text, run again, is kept differently: `ARRAY[('a'::character varying)::text, ...]`. A
    migration written from the first text cannot give a database the catalog of the one it was
    read from, and a database restored from pg_dump holds the second. Both read as the IN list,
    which stores the first again. Only over a bare column the caller knows is varchar (not a
    domain over it, not char(n), whose comparisons differ), and only string literals."""
    if not varchar_columns:
        return None  # most checks: no parse on every catalog read
    node = expression_node(expression)
    if not isinstance(node, ast.A_Expr) or not node.name or len(node.name) != 1:
        return None
    negated = _LIST_OPERATORS.get((node.kind, node.name[0].sval))
    column = _cast_to(node.lexpr, "text", array=False)
    if negated is None or not (isinstance(column, ast.ColumnRef) and len(column.fields) == 1
                            and isinstance(column.fields[0], ast.String)
                            and column.fields[0].sval in varchar_columns):
        return None
    values = _varchar_literals(node.rexpr)
    if not values:
        return None
    return InList(column.fields[0].sval, negated, tuple(values))


def expression_node(text: str):
    """The one expression node of `text`, or None when it is not exactly one expression."""
    try:
        stmts = parser.parse_sql(f"SELECT ({text})")
    except parser.ParseError:
        return None
    targets = stmts[0].stmt.targetList if len(stmts) == 1 and stmts[0].stmt.targetList else ()
    return targets[0].val if len(targets) == 1 else None


def _cast_to(node, type_name: str, *, array: bool):
    """The argument of `(arg)::type_name` (`::type_name[]` with array), else None."""
    if not isinstance(node, ast.TypeCast) or node.typeName.typmods:
        return None
    names = [n.sval for n in node.typeName.names]
    if names[0] == "pg_catalog":
        names = names[1:]
    return node.arg if names == [type_name] and bool(node.typeName.arrayBounds) == array else None


def _varchar_literals(node) -> list[str] | None:
    """The strings of `(ARRAY['a'::character varying, ...])::text[]` or of
    `ARRAY[('a'::character varying)::text, ...]`."""
    array = _cast_to(node, "text", array=True)
    if isinstance(array, ast.A_ArrayExpr):
        elements = [_cast_to(e, "varchar", array=False) for e in array.elements or ()]
    elif isinstance(node, ast.A_ArrayExpr):
        elements = [_cast_to(_cast_to(e, "text", array=False), "varchar", array=False)
                    for e in node.elements or ()]
    else:
        return None
    if not all(isinstance(e, ast.A_Const) and isinstance(e.val, ast.String) for e in elements):
        return None
    return [e.val.sval for e in elements]
