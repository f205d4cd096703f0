"""The published schemadiff.schema.json is the one the models generate (no stale copy)."""

import json
from pathlib import Path

from schemadiff.spec import json_schema


def test_published_schema_is_current():
    published = Path(__file__).resolve().parents[3] / "schemadiff.schema.json"
    assert json.loads(published.read_text()) == json_schema(), "regenerate schemadiff.schema.json"
