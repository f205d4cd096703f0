"""Documents for functions and procedures, and the reading of their argument lists."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, NamedTuple

from dataclasses import dataclass

from pydantic import BeforeValidator, Field, GetCoreSchemaHandler, GetJsonSchemaHandler, model_validator
from pydantic_core import core_schema
from pglast.parser import ParseError

from ..sqltree import is_name, is_word, matching, name_value, split_top_level, tokens
from .fields import Name, Spec, SqlArgument, SqlDefault, SqlReturns, SqlText, SqlType, Words
from .paths import RuleError

Mode = Literal["in", "out", "inout", "variadic"]
Volatility = Literal["immutable", "stable", "volatile"]
Parallel = Literal["safe", "restricted", "unsafe"]
MODES = ("in", "out", "inout", "variadic")

_INT = re.compile(r"^-?\d+$")


def _typed_vars(value: Any) -> Any:
    """schema.yaml keeps every scalar as text; template variables get booleans and whole numbers
    back, so `{% if vars.soft %}` and `{{ vars.batch * 2 }}` mean what they say."""
    if isinstance(value, dict):
        return {k: _typed_vars(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed_vars(v) for v in value]
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if isinstance(value, str) and _INT.match(value):
        return int(value)
    return value


def _lower(value: Any) -> Any:
    """Language names are identifiers that Postgres folds: `SQL` is `sql`."""
    return value.lower() if isinstance(value, str) else value


class ArgSpec(Spec):
    """One argument in the full form: `{name: p_email, type: varchar, mode: in, default: NULL}`."""

    name: Name | None = None
    type: SqlType | None = None  # required, unless the argument was written as text
    mode: Annotated[Mode, Words] | None = None
    default: SqlDefault | None = None
    text: SqlArgument | None = None  # or the whole argument as text: `p_email varchar DEFAULT NULL`

    @model_validator(mode="after")
    def _typed(self):
        if (self.type is None) == (self.text is None):
            raise RuleError("give type: (with name:, mode:, default:) or text:, not both", ()) \
                if self.type is not None else RuleError("missing required key 'type'", ())
        return self


@dataclass(frozen=True)
class _ArgList:
    """`args:` as one string (`p_id uuid, p_email varchar`) or a list of full forms. The string
    is split into its arguments, each kept verbatim, so a mistake in the list form is located
    at its own line (a union of the two forms would blur the error's location)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_before_validator_function(self._split, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: GetJsonSchemaHandler) -> dict:
        return {"anyOf": [{"type": "string"}, handler(schema)]}

    @staticmethod
    def _split(value: Any) -> Any:
        if isinstance(value, str):
            return [{"text": part} for part in split_top_level(value)]
        return value


class RoutineSpec(Spec):
    """What functions and procedures share."""

    # `p_customer_id uuid, p_email varchar DEFAULT NULL` as CREATE FUNCTION takes it, or a list.
    args: Annotated[list[ArgSpec], _ArgList()] = []
    language: Annotated[Name, BeforeValidator(_lower)] = "plpgsql"  # sql, plpgsql, ...
    security_definer: bool = False
    search_path: SqlText | None = None  # SET search_path = ... (pin it with SECURITY DEFINER)
    config: dict[Name, SqlText] = {}  # any other SET parameter = value
    body: str | None = None  # verbatim, dollar-quoted by schemadiff
    template: SqlText | None = None  # instead of body: a template that renders it
    vars: Annotated[dict[str, Any], BeforeValidator(_typed_vars)] = {}
    comment: SqlText | None = None

    @model_validator(mode="after")
    def _one_body(self):
        if (self.body is None) == (self.template is None):
            raise RuleError("give exactly one of body: and template:", (),
                            "body: is the SQL itself; template: names a file that renders it")
        if self.vars and self.template is None:
            raise RuleError("vars: only means something with template:", ("vars",))
        if self.search_path is not None and "search_path" in self.config:
            raise RuleError("search_path is given twice", ("config", "search_path"),
                            "keep the search_path: key")
        return self

    def arg_text(self) -> str:
        """The argument list as CREATE FUNCTION takes it."""
        return ", ".join(_arg_text(a) for a in self.args)

    def config_entries(self) -> tuple[str, ...]:
        """proconfig entries, `name=value`, search_path first."""
        out = [f"search_path={self.search_path}"] if self.search_path is not None else []
        return tuple(out + [f"{k}={v}" for k, v in self.config.items()])


def _arg_text(a: ArgSpec) -> str:
    if a.text is not None:
        return a.text
    parts = [a.mode.upper() if a.mode else "", a.name or "", a.type]
    text = " ".join(p for p in parts if p)
    return f"{text} DEFAULT {a.default}" if a.default is not None else text


class FunctionSpec(RoutineSpec):
    returns: SqlReturns | None = None  # `jsonb`, `SETOF uuid`, `TABLE(id uuid, n integer)`, `trigger`
    volatility: Annotated[Volatility, Words] = "volatile"
    strict: bool = False
    parallel: Annotated[Parallel, Words] = "unsafe"  # PARALLEL SAFE | RESTRICTED | UNSAFE
    cost: Annotated[float, Field(gt=0)] | None = None  # COST, in cpu_operator_cost units (100)
    rows: Annotated[float, Field(gt=0)] | None = None  # ROWS: a set-returning function's estimate (1000)
    leakproof: bool = False  # LEAKPROOF: no side effects, no errors revealing its arguments

    @model_validator(mode="after")
    def _has_result(self):
        if self.returns is None and not any(a.mode in ("out", "inout") for a in parse_args(self.arg_text())):
            raise RuleError("a function needs returns: (or OUT arguments)", (),
                            "for example returns: jsonb, or void when it returns nothing")
        if self.rows is not None and not _returns_set(self.returns):
            raise RuleError("rows: is only for a function that returns SETOF or TABLE(...)", ("rows",))
        return self


def _returns_set(returns: str | None) -> bool:
    return returns is not None and returns.lstrip().upper().startswith(("SETOF ", "SETOF\t", "TABLE"))


class ProcedureSpec(RoutineSpec):
    """A procedure: CALLed, may COMMIT; no result, volatility or strictness."""


# --- reading an argument list ---------------------------------------------------------------

# A first word that starts a multi-word type when followed by one of these (`double precision`,
# `character varying(20)`, `timestamp with time zone`): then it is not a parameter name.
_TYPE_STARTS = {
    "double": {"precision"}, "character": {"varying", "("}, "char": {"varying", "("},
    "bit": {"varying", "("}, "national": {"character", "char"},
    "timestamp": {"with", "without", "("}, "time": {"with", "without", "("},
    "interval": {"year", "month", "day", "hour", "minute", "second", "("},
}


class ParsedArg(NamedTuple):
    mode: str  # in | out | inout | variadic (lower case; `in` when not written)
    name: str | None
    type: str
    default: str | None


def parse_args(text: str) -> list[ParsedArg]:
    """Each argument of an argument list as CREATE FUNCTION (or pg_get_function_arguments) has it."""
    return [_parse_arg(part) for part in split_top_level(text)]


def _parse_arg(arg: str) -> ParsedArg:
    # Read from PostgreSQL's tokens, not its tree: the type and default must stay verbatim (the
    # scratch build settles their spelling), and a tree keeps no text. Text the lexer rejects
    # is one type as written, for PostgreSQL to report.
    try:
        toks = tokens(arg)
    except ParseError:
        return ParsedArg("in", None, arg.strip(), None)
    mode = "in"
    if toks and is_word(toks[0], *(m.upper() for m in MODES)):
        mode, toks = toks[0].text.lower(), toks[1:]
    end = next((i for i, t in enumerate(toks) if is_word(t, "DEFAULT") or t.text == "="), len(toks))
    default = arg[toks[end].end:].strip() if end < len(toks) else None
    toks, name = toks[:end], None
    if len(toks) >= 2 and is_name(toks[0]) and not _starts_type(toks):
        name, toks = name_value(toks[0]) if toks[0].kind == "ident" else toks[0].text.lower(), toks[1:]
    kind = arg[toks[0].start: toks[-1].end] if toks else ""
    return ParsedArg(mode, name, kind, default)


def _starts_type(toks) -> bool:
    first, second = toks[0].text.lower(), toks[1].text.lower()
    return toks[0].kind == "word" and second in _TYPE_STARTS.get(first, ())


def signature(arg_text: str) -> str:
    """The input argument types, comma-separated: the overload's identity as written (the
    catalog's spelling replaces it once the schema is built). OUT arguments are not part of it."""
    return ", ".join(a.type for a in parse_args(arg_text) if a.mode != "out")


def routine_name(key: str) -> str:
    """The name in a `functions:` key: `add` or, to tell overloads apart, `add(integer, integer)`
    (the parenthesised part is a label; the args say what the arguments are)."""
    try:
        toks = tokens(key)
    except ParseError:
        return key
    if len(toks) >= 3 and is_name(toks[0]) and toks[1].text == "(" and matching(toks, 1) == len(toks) - 1:
        return name_value(toks[0])
    return key
