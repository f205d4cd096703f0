"""Every complete schema.yaml example in the README loads: a reader copies them first.

A block counts as a complete document when all its top-level keys are schema.yaml keys and it
holds no `"..."` placeholder; the other blocks are fragments (a table body, a CI workflow) and are
read by the tests of their own family. The first block, the full reference, did not load for a
while (`owned_by` named a table it did not declare): nothing checked it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from schemadiff.spec import SpecDocument, parse_spec, to_model

README = Path(__file__).resolve().parents[3] / "README.md"
_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.S | re.M)


def _documents() -> list[tuple[int, str]]:
    text = README.read_text()
    keys = set(SpecDocument.model_fields) | {f.alias for f in SpecDocument.model_fields.values() if f.alias}
    found = []
    for match in _BLOCK.finditer(text):
        body = match.group(1)
        data = yaml.safe_load(body)
        if not isinstance(data, dict) or not set(data) <= keys or "..." in body:
            continue
        found.append((text[: match.start()].count("\n") + 2, body))
    return found


def test_the_readme_has_complete_examples():
    """The selection above must not quietly select nothing (the full reference is one)."""
    assert len(_documents()) >= 4


@pytest.mark.parametrize("line, body", _documents(), ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_a_complete_readme_example_loads(line, body):
    to_model(parse_spec(body, f"README.md:{line}"))
