"""The JSON Schema of schema.yaml, generated from the documents, for editor completion."""

from __future__ import annotations

from .documents import SpecDocument

SCHEMA_FILE_NAME = "schemadiff.schema.json"  # the name the CLI writes it under


def json_schema() -> dict:
    """A draft 2020-12 JSON Schema accepting exactly what load_spec accepts (shape only)."""
    schema = SpecDocument.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_FILE_NAME,
        "title": "schemadiff schema.yaml",
        **schema,
    }


if __name__ == "__main__":  # python -m schemadiff.spec.json_schema > schemadiff.schema.json
    import json

    print(json.dumps(json_schema(), indent=2))
