"""Reading schema.yaml from disk: only a regular file, of bounded size, as text.

Whatever the path names, reading it must end quickly with the text or one clear SpecError: a
FIFO would block forever, /dev/zero would grow without end, and a directory or a device is
never a schema. So the path is checked before it is opened, opened non-blocking, checked again
(it may have been swapped in between), and read up to a limit.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from ..errors import SpecError

# The shipped schema.yaml (28 tables of a SaaS database) is 72 KiB; 4 MiB is fifty times that. The
# pure-Python YAML loader needs about 130 MB of memory and 3-20 s (by machine load) per MiB
# (measured with benchmarks/bench_yaml_load.py), so the limit is what bounds the time and memory of reading any file.
MAX_BYTES = 4 * 1024 * 1024

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def read_text(path: Path) -> str:
    """The text of the schema file at `path`, or a SpecError naming the file (and the line)."""
    file = str(path)
    try:
        data = _read_regular(path, file)
    except OSError as exc:
        raise SpecError(f"cannot read the file: {exc.strerror or exc}", file) from None
    if len(data) > MAX_BYTES:
        raise SpecError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB: is it really "
                        "a schema?", file)
    return decode(data, file)


def _read_regular(path: Path, file: str) -> bytes:
    _check_regular(os.stat(path).st_mode, file)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        _check_regular(os.fstat(fd).st_mode, file)  # the path may have changed since the stat
        return handle.read(MAX_BYTES + 1)


def _check_regular(mode: int, file: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "neither a file nor a directory")
        raise SpecError(f"not a regular file but {kind}: give the path of schema.yaml", file)


def decode(data: bytes, file: str) -> str:
    """UTF-8 text (or UTF-16/32 with a byte order mark, as editors on Windows save it)."""
    encoding, start = next(((enc, len(bom)) for bom, enc in _BOMS if data.startswith(bom)),
                           ("utf-8", 0))
    if encoding == "utf-8" and b"\x00" in data:
        line = _line_at(data, data.index(b"\x00"))
        raise SpecError("a NUL byte: the file is not UTF-8 text (UTF-16 without a byte order "
                        "mark, or a binary file?)", file, line)
    try:
        return data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        before = data[start:start + exc.start].decode(encoding)  # valid up to the bad byte
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        raise SpecError(f"the file is not {encoding.upper()} text: byte 0x{data[start + exc.start]:02x} "
                        f"at column {column}", file, line) from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
