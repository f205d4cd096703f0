"""Whatever the --schema path holds, the CLI answers with one line naming the file (and the line),
exit 1, quickly: never a traceback, an "internal error", a hang or unbounded memory."""

from __future__ import annotations

import codecs
import os
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemadiff.cli import main
from schemadiff.errors import SchemaDiffError
from schemadiff.spec import load_spec
from schemadiff.spec.source import MAX_BYTES
from schemadiff.spec.yaml_lines import MAX_DEPTH

# Never reached: a file that loads would go on to the scratch server; these must fail before.
NOWHERE = "postgresql://nobody@127.0.0.1:1/x?connect_timeout=1"

GOOD = "schemas:\n  public:\n    tables:\n      t:\n        columns:\n          id: bigint\n"


def validate(path: Path, capsys) -> str:
    """Run `schemadiff validate`; return its one error line (asserting exit 1, nothing else)."""
    assert main(["validate", "--schema", str(path), "--database", NOWHERE]) == 1
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "internal error" not in text and "Traceback" not in text and "cannot connect" not in text
    assert captured.out == ""
    lines = [line for line in text.splitlines() if not line.startswith("  hint:")]
    assert len(lines) == 1, text
    return lines[0]


def write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def at_line(message: str, path: Path, line: int) -> str:
    assert message.startswith(f"error: {path}:{line}"), message
    return message


@pytest.mark.parametrize("data, line, words", [
    (b"schemas:\n  public:\x01\n", 2, "U+0001"),
    (b"schemas:\n  pub\x1blic: {}\n", 2, "U+001B"),
    (b"schemas:\n  pu\x00blic: {}\n", 2, "NUL byte"),
    ("schemas:\n  public: {}\n".encode("utf-16-be"), 1, "NUL byte"),  # UTF-16 without a BOM
    (b"schemas:\n  public: {}\n  x: \xc3\x28\n", 3, "not UTF-8 text: byte 0xc3 at column 6"),
    (b"schemas:\n\tpublic: {}\n", 2, "'\\t'"),
    (b"schemas: &a [*a]\n", 1, "the alias *a refers to a node that contains it"),
    (b"schemas:\n  public: &p\n    comment: x\n    tables: {t: *p}\n", 4, "refers to a node that contains it"),
    (b"schemas: " + b"[" * 500 + b"]" * 500 + b"\n", 1, f"nesting deeper than {MAX_DEPTH} levels"),
    (b"schemas:\n" + b"".join(b"  " * i + b"k:\n" for i in range(1, 150)), MAX_DEPTH, "nesting deeper"),
    (b"schemas: {public: {}}\nschemas: {}\n", 2, "duplicate key 'schemas'"),
    (b"- a\n- b\n", 1, "the file must be a map"),
    (b"just text\n", 1, "the file must be a map"),
    (b"schemas: [unclosed\n", 2, "invalid YAML"),
    (b"a: 1\n---\nb: 2\n", 2, "invalid YAML"),
    (b"schemas: *nowhere\n", 1, "undefined alias"),
])
def test_bad_yaml_is_one_line_with_its_line(tmp_path, capsys, data, line, words):
    path = write(tmp_path, data)
    assert words in at_line(validate(path, capsys), path, line)


def test_a_tab_gets_a_hint(tmp_path, capsys):
    assert main(["validate", "--schema", str(write(tmp_path, "a:\n\tb: 1\n"))]) == 1
    assert "hint: YAML indents with spaces, never tabs" in capsys.readouterr().err


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_a_byte_order_mark_names_the_encoding(tmp_path, bom, encoding):
    path = write(tmp_path, bom + GOOD.encode(encoding))
    assert list(load_spec(path).schemas["public"].tables) == ["t"]


def test_utf16_with_a_bad_surrogate_gives_the_line(tmp_path, capsys):
    data = codecs.BOM_UTF16_LE + "a: 1\nb: ".encode("utf-16-le") + b"\x00\xd8" + b"x\x00"
    assert "not UTF-16-LE text" in at_line(validate(write(tmp_path, data), capsys), tmp_path / "schema.yaml", 2)


def test_not_a_regular_file(tmp_path, capsys):
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading the usual way blocks forever
    for path, kind in ((fifo, "a FIFO (named pipe)"), (tmp_path, "a directory"),
                       (Path("/dev/zero"), "a character device"), (Path("/dev/null"), "a character device")):
        assert validate(path, capsys) == \
            f"error: {path}: not a regular file but {kind}: give the path of schema.yaml"


def test_a_symlink_to_a_regular_file_is_fine_but_not_to_a_device(tmp_path, capsys):
    target = write(tmp_path, GOOD)
    (tmp_path / "link.yaml").symlink_to(target)
    assert "t" in load_spec(tmp_path / "link.yaml").schemas["public"].tables
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    assert "character device" in validate(tmp_path / "zero.yaml", capsys)


def test_missing_and_unreadable(tmp_path, capsys):
    assert "No such file or directory" in validate(tmp_path / "absent.yaml", capsys)


def test_a_file_over_the_size_limit_is_refused_without_parsing(tmp_path, capsys):
    # valid YAML (a comment), so only the limit can refuse it; parsing 4 MiB would take seconds
    path = write(tmp_path, b"schemas: {}\n" + b"#" * MAX_BYTES + b"\n")
    assert "larger than 4 MiB" in validate(path, capsys)
    path.write_bytes(b"#" * (MAX_BYTES - 20) + b"\nschemas: {}\n")
    assert load_spec(path).schemas == {}  # exactly at the limit still loads


def test_an_alias_bomb_stops_early(tmp_path, capsys):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]  # 10^10 values
    path = write(tmp_path, "\n".join(lines) + "\nschemas: {public: {comment: *a9}}\n")
    assert "expands to too many values" in validate(path, capsys)


def test_aliases_nesting_past_the_depth_limit(tmp_path, capsys):
    lines = ["a0: &a0 " + "[" * 60 + "]" * 60, "a1: &a1 " + "[" * 60 + "*a0" + "]" * 60]
    path = write(tmp_path, "\n".join(lines) + "\n")
    assert "nesting deeper than 100 levels (through aliases)" in validate(path, capsys)


def test_plain_aliases_and_merge_keys_still_work(tmp_path):
    path = write(tmp_path, textwrap.dedent("""\
        schemas:
          public:
            tables:
              t:
                columns:
                  a: &col {type: text, not_null: true}
                  b: {<<: *col, type: bigint}
                  c: *col
        """))
    columns = load_spec(path).schemas["public"].tables["t"].columns
    assert (columns["b"].type, columns["b"].not_null, columns["c"].type) == ("bigint", True, "text")


TEMPLATE = """\
schemas:
  public:
    tables:
      customers:
        columns:
          id: {type: uuid, primary_key: true}
          org_id: uuid
    functions:
      upsert_customer:
        args: p_org_id uuid
        returns: jsonb
        template: rpc/upsert_atomic
        vars: %s
"""


@pytest.mark.parametrize("variables, words", [
    ("{table: [customers], key: [org_id]}", "qualified expects text, got a list: ['customers']"),
    ("{table: {name: customers}, key: [org_id]}", "qualified expects text, got a map"),
    ("{table: customers, key: org_id}", 'can only concatenate str (not "list") to str'),
    ("{table: customers, key: [[org_id]]}", "ident expects text, got a list"),
])
def test_a_template_variable_of_the_wrong_shape(tmp_path, capsys, variables, words):
    path = write(tmp_path, TEMPLATE % variables)
    message = at_line(validate(path, capsys), path, 12)
    assert "function public.upsert_customer: template rpc/upsert_atomic.sql.j2 (shipped):" in message
    assert words in message
    assert re.search(r"\(shipped\):\d+: ", message)


# --- fuzzing: load_spec either loads or raises SchemaDiffError --------------------------------

YAMLISH = st.lists(st.sampled_from([
    "schemas:", "  public:", "    tables:", "      t:", "        columns:", "          id: bigint",
    "- ", ": ", "&a ", "*a", "<<: *a", "[", "]", "{", "}", ",", "'", '"', "\t", "\x00", "\x07",
    "\ufeff", "\udcff", "|", ">", "? ", "!!str ", "!tag ", "%YAML 1.1", "---", "...", "#", "\n", " ",
    "extensions:", "  pgcrypto: {}", "functions:", "template: rpc/upsert_atomic", "vars: {table: [x]}",
]), max_size=40).map("".join)


def _loads_or_spec_error(path: Path) -> None:
    try:
        load_spec(path)
    except SchemaDiffError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    _loads_or_spec_error(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(YAMLISH)
def test_fuzz_yamlish_text(tmp_path, text):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _loads_or_spec_error(path)


def test_a_cron_template_variable_of_the_wrong_shape(tmp_path, capsys):
    path = write(tmp_path, textwrap.dedent("""\
        schemas:
          public:
            tables:
              jobs: {columns: {id: bigint, expires_at: timestamptz}}
        cron:
          jobs:
            purge:
              schedule: "@daily"
              command_template: cron/purge_expired
              vars: {table: [jobs], column: expires_at}
        """))
    message = at_line(validate(path, capsys), path, 9)
    assert "cron job 'purge': template cron/purge_expired.sql.j2 (shipped):" in message
    assert "expects text, got a list: ['jobs']" in message
