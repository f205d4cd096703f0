"""Helpers for the spec layer's tests: YAML text in, model or error out."""

from __future__ import annotations

import textwrap

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec import parse_spec, to_model


def spec_error(text: str) -> SpecError:
    """The SpecError that loading `text` raises (fails the test if it loads)."""
    with pytest.raises(SpecError) as err:
        parse_spec(textwrap.dedent(text))
    return err.value


def model(text: str):
    return to_model(parse_spec(textwrap.dedent(text)))


def table_yaml(body: str, extra: str = "") -> str:
    """A one-table schema.yaml (`public.t`), `body` being the table block."""
    block = textwrap.indent(textwrap.dedent(body), " " * 8)
    return f"schemas:\n  public:\n{extra}    tables:\n      t:\n{block}"
