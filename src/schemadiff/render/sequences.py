"""SQL for sequences."""

from __future__ import annotations

from ..model import Sequence
from ..plan import ops
from ..quoting import ident, qualified
from .registry import renders
from .comments import COMMENT_TARGETS, by_qualified_name


def _options(seq: Sequence) -> str:
    parts = [f"AS {seq.data_type}", f"INCREMENT BY {seq.increment}"]
    parts.append(f"MINVALUE {seq.min_value}" if seq.min_value is not None else "NO MINVALUE")
    parts.append(f"MAXVALUE {seq.max_value}" if seq.max_value is not None else "NO MAXVALUE")
    parts += [f"START WITH {seq.start}", f"CACHE {seq.cache}", "CYCLE" if seq.cycle else "NO CYCLE"]
    return " ".join(parts)


def _owner(seq: Sequence) -> str:
    if seq.owned_by is None:
        return "NONE"
    return f"{qualified(seq.schema, seq.owned_by[0])}.{ident(seq.owned_by[1])}"


@renders(ops.CreateSequence)
def _create_sequence(op: ops.CreateSequence) -> list[str]:
    unlogged = "UNLOGGED " if op.sequence.unlogged else ""
    return [f"CREATE {unlogged}SEQUENCE {qualified(op.sequence.schema, op.sequence.name)} {_options(op.sequence)}"]


@renders(ops.SetSequenceLogged)
def _set_sequence_logged(op: ops.SetSequenceLogged) -> list[str]:
    word = "UNLOGGED" if op.unlogged else "LOGGED"
    return [f"ALTER SEQUENCE {qualified(op.sequence.schema, op.sequence.name)} SET {word}"]


@renders(ops.DropSequence)
def _drop_sequence(op: ops.DropSequence) -> list[str]:
    return [f"DROP SEQUENCE {qualified(op.sequence.schema, op.sequence.name)}"]


@renders(ops.AlterSequence)
def _alter_sequence(op: ops.AlterSequence) -> list[str]:
    # START WITH only changes what RESTART would use; the current value is left alone on purpose.
    return [f"ALTER SEQUENCE {qualified(op.new.schema, op.new.name)} {_options(op.new)}"]


@renders(ops.SetSequenceOwner)
def _set_sequence_owner(op: ops.SetSequenceOwner) -> list[str]:
    name = qualified(op.sequence.schema, op.sequence.name)
    return [f"ALTER SEQUENCE {name} OWNED BY {_owner(op.sequence)}"]


COMMENT_TARGETS.register("sequence", by_qualified_name("SEQUENCE"))
