"""The documents: the reference's example, shorthands, the JSON Schema for editors."""

from __future__ import annotations

import json

import pytest

from schemadiff.model.ids import constraint_id, index_id
from schemadiff.spec import SCHEMA_FILE_NAME, json_schema, parse_spec, to_model
from schemadiff.render.constraints import constraint_definition
from schemadiff.spec.documents import (
    CheckSpec, ColumnReferenceSpec, ColumnSpec, EnumSpec, IndexSpec, PrimaryKeySpec, UniqueSpec,
)

# The example of docs_schema_reference.md, with two changes so that it is valid on its own:
# an `organizations` table for `references: organizations`, and `key` without
# `primary_key: true` (the table already has `primary_key: [id]`; a table has one).
REFERENCE = """\
extensions:
  pgcrypto: {}
  citext: {schema: public}
schemas:
  public:
    comment: Application data
    enums:
      subscription_status: [active, trialing, canceled]
      plan_tier: {values: [free, pro], comment: Plan tiers}
    sequences:
      invoice_number_seq:
        type: bigint
        start: 1000
        increment: 1
        min_value: 1
        max_value: 9223372036854775807
        cache: 1
        cycle: false
        owned_by: invoices.number
    tables:
      invoices:
        columns: {number: bigint}
      organizations:
        columns: {id: uuid}
        primary_key: [id]
      customers:
        comment: One row per customer
        renamed_from: clients
        columns:
          id: uuid
          email: {type: varchar(255), not_null: true}
          plan: {type: plan_tier, not_null: true, default: "'free'"}
          n: {type: bigint, identity: always}
          total: {type: "numeric(15,4)", generated: "price * qty"}
          tags: {type: "text[]", default: "ARRAY['card']"}
          nick: {type: text, collation: C}
          created_at: {type: timestamptz, not_null: true, default: now()}
          full_name: {type: text, renamed_from: name}
          org_id: {type: uuid, references: organizations}
          parent_id: {type: uuid, references: {table: customers, column: id, on_delete: set null}}
          code: {type: text, unique: true}
          age: {type: integer, check: "age >= 0"}
          key: {type: uuid}
          deleted_at: timestamptz
        primary_key: [id]
        unique:
          customers_org_email_key: [org_id, email]
          customers_code_uq: {columns: [code], nulls_not_distinct: true, deferrable: false}
          one_active_email: {columns: [email], where: "deleted_at IS NULL"}
        checks:
          customers_email_check: "email <> ''"
          positive_total: {expression: "total >= 0", comment: Never negative}
        foreign_keys:
          customers_org_fk:
            columns: [org_id]
            references: {schema: public, table: organizations, columns: [id]}
            on_delete: cascade
            on_update: no action
            match: simple
            deferrable: false
            initially_deferred: false
        indexes:
          idx_customers_email: [email]
          idx_customers_lower_email:
            columns: ["lower(email)", "created_at DESC NULLS LAST"]
            unique: false
            method: btree
            include: [plan]
            where: "deleted_at IS NULL"
            nulls_not_distinct: false
            comment: Login lookups
"""


def test_the_reference_example_loads():
    db = to_model(parse_spec(REFERENCE))
    kinds = [o.id.kind for o in db]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "extension": 2, "schema": 1, "enum": 2, "sequence": 1, "table": 3,
        "constraint": 11, "index": 3,
    }
    assert constraint_definition(db.get(constraint_id("public", "customers", "customers_org_id_fkey"))) \
        == "FOREIGN KEY (org_id) REFERENCES public.organizations(id)"
    assert db.get(index_id("public", "one_active_email")).unique is True


def test_the_reference_as_written_has_two_primary_keys():
    text = REFERENCE.replace("key: {type: uuid}", "key: {type: uuid, primary_key: true}")
    with pytest.raises(Exception, match="more than one primary key"):
        parse_spec(text)


def test_shorthands_expand_to_the_full_form():
    doc = parse_spec("""\
schemas:
  public:
    enums: {e: [a, b]}
    tables:
      t:
        columns:
          id: bigint
          r: {type: bigint, references: t}
        primary_key: [id]
        unique: {u: [id, r]}
        checks: {c: id > 0}
        indexes: {i: [id]}
""")
    schema = doc.schemas["public"]
    table = schema.tables["t"]
    assert schema.enums["e"] == EnumSpec(values=["a", "b"])
    assert table.columns["id"] == ColumnSpec(type="bigint")
    assert table.columns["r"].references == ColumnReferenceSpec(table="t")
    assert table.primary_key == PrimaryKeySpec(columns=["id"])
    assert table.unique["u"] == UniqueSpec(columns=["id", "r"])
    assert table.checks["c"] == CheckSpec(expression="id > 0")
    assert table.indexes["i"] == IndexSpec(columns=["id"])


def test_options_are_read_in_any_spelling():
    doc = parse_spec("""\
schemas:
  public:
    tables:
      t:
        columns:
          id: {type: bigint, identity: BY_DEFAULT, primary_key: yes}
          r: {type: bigint, references: {table: t, on_delete: SET_NULL, match: FULL}}
""")
    columns = doc.schemas["public"].tables["t"].columns
    assert columns["id"].identity.generated == "by default" and columns["id"].primary_key is True
    assert columns["r"].references.on_delete == "set null"
    assert columns["r"].references.match == "full"


def test_json_schema_describes_the_documents():
    schema = json_schema()
    assert schema["$id"] == SCHEMA_FILE_NAME == "schemadiff.schema.json"
    json.dumps(schema)  # plain JSON
    defs = schema["$defs"]
    assert {"extensions", "schemas", "cron"} <= set(schema["properties"])  # and issue 3's blocks
    assert schema["additionalProperties"] is False
    columns = defs["TableSpec"]["properties"]["columns"]["additionalProperties"]
    assert columns == {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/ColumnSpec"}]}
    assert "schema" in defs["ForeignKeyTarget"]["properties"]  # the alias, not `schema_`
    method = defs["IndexSpec"]["properties"]["method"]  # any access method of the server
    assert (method["type"], method["default"], method["pattern"]) == ("string", "btree", "^[a-z_][a-z0-9_]*$")
    assert "with" in defs["IndexSpec"]["properties"]  # the alias, not `with_`
    assert all(d.get("additionalProperties") is False for d in defs.values()
               if d.get("type") == "object")
