"""The commands that need no database: --version and json-schema."""

import json
import tomllib
from pathlib import Path

from schemadiff.cli import main

ROOT = Path(__file__).resolve().parents[3]


def test_version_is_the_packages(capsys):
    assert main(["--version"]) == 0
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert capsys.readouterr().out.strip() == f"schemadiff {expected}"


def test_json_schema_prints_the_published_file(capsys):
    assert main(["json-schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((ROOT / "schemadiff.schema.json").read_text())
