"""to_model: each construct of the reference, compared with objects written out by hand."""

from __future__ import annotations

from schemadiff.model import (
    Column, Constraint, EnumType, Extension, Index, Schema, Sequence, Table,
)
from schemadiff.model.ids import constraint_id, index_id, sequence_id, table_id
from index_models import body_index
from schemadiff.model.indexes import IndexKey

from conftest import model, table_yaml
from constraint_models import sql_constraint
from schemadiff.render.constraints import constraint_definition


def one(db, kind):
    found = db.of_kind(kind)
    assert len(found) == 1, found
    return found[0]


def constraint(db, name, table="t", schema="public"):
    return db.get(constraint_id(schema, table, name))


def test_empty_document_has_the_public_schema():
    db = model("")
    assert list(db) == [Schema("public")]


def test_listed_schemas_and_extensions():
    db = model("extensions:\n  pgcrypto: {}\n  citext: {schema: ext}\n  uuid-ossp:\n"
               "schemas:\n  app: {comment: Application data}\n  public:\n")
    assert set(db) == {
        Extension("pgcrypto", "public"), Extension("citext", "ext"),
        Extension("uuid-ossp", "public"),
        Schema("app", "Application data"), Schema("public"),
    }


def test_columns_shorthand_and_full_form():
    db = model(table_yaml("""\
        comment: One row per customer
        renamed_from: clients
        columns:
          id: uuid
          email: {type: varchar(255), not_null: true, comment: Login}
          plan: {type: plan_tier, not_null: true, default: "'free'"}
          n: {type: bigint, identity: always}
          m: {type: integer, identity: by default}
          total: {type: "numeric(15,4)", generated: "price * qty"}
          nick: {type: text, collation: C}
          zero: {type: int, default: 0}
          flag: {type: boolean, default: true}
          full_name: {type: text, renamed_from: name}
          id2: serial
        """))
    assert one(db, "table") == Table("public", "t", (
        Column("id", "uuid"),
        Column("email", "varchar(255)", not_null=True, comment="Login"),
        Column("plan", "plan_tier", not_null=True, default="'free'"),
        Column("n", "bigint", identity="always"),
        Column("m", "integer", identity="by default"),
        Column("total", "numeric(15,4)", generated="price * qty"),
        Column("nick", "text", collation="C"),
        Column("zero", "int", default="0"),
        Column("flag", "boolean", default="true"),
        Column("full_name", "text"),
        Column("id2", "serial"),
    ), comment="One row per customer")
    table = one(db, "table")
    assert table.renamed_from == "clients"  # not compared by ==, so checked on its own
    assert table.column("full_name").renamed_from == "name"
    assert db.of_kind("sequence") == []  # serial: the scratch database makes the sequence


def test_column_level_constraints_get_postgres_default_names():
    db = model(table_yaml("""\
        columns:
          key: {type: uuid, primary_key: true}
          code: {type: text, unique: true}
          age: {type: integer, check: "age >= 0"}
          parent_id: {type: uuid, references: {table: t, column: key, on_delete: set null}}
          other_id: {type: uuid, references: t}
        """))
    assert set(db.of_kind("constraint")) == {
        sql_constraint("public", "t", "t_pkey", "p", 'PRIMARY KEY ("key")', ("key",)),
        sql_constraint("public", "t", "t_code_key", "u", 'UNIQUE ("code")', ("code",)),
        sql_constraint("public", "t", "t_age_check", "c", "CHECK (age >= 0)", ("age",)),
        sql_constraint("public", "t", "t_parent_id_fkey", "f",
                   'FOREIGN KEY ("parent_id") REFERENCES "public"."t"("key") ON DELETE SET NULL',
                   ("parent_id",), ("public", "t"), ("key",)),
        sql_constraint("public", "t", "t_other_id_fkey", "f",
                   'FOREIGN KEY ("other_id") REFERENCES "public"."t"("key")',
                   ("other_id",), ("public", "t"), ("key",)),
    }


def test_table_level_primary_key_forms():
    short = model(table_yaml("columns: {a: int, b: int}\nprimary_key: [a, b]\n"))
    assert one(short, "constraint") == sql_constraint(
        "public", "t", "t_pkey", "p", 'PRIMARY KEY ("a", "b")', ("a", "b"))
    full = model(table_yaml("columns: {a: int}\n"
                            "primary_key: {columns: [a], name: t_pk, comment: Key}\n"))
    assert one(full, "constraint") == sql_constraint(
        "public", "t", "t_pk", "p", 'PRIMARY KEY ("a")', ("a",), comment="Key")


def test_unique_constraints():
    db = model(table_yaml("""\
        columns: {a: int, b: text}
        unique:
          u_plain: [a, b]
          u_nnd: {columns: [b], nulls_not_distinct: true, deferrable: false}
          u_deferred: {columns: [a], deferrable: true, initially_deferred: true, comment: Later}
        """))
    assert set(db.of_kind("constraint")) == {
        sql_constraint("public", "t", "u_plain", "u", 'UNIQUE ("a", "b")', ("a", "b")),
        sql_constraint("public", "t", "u_nnd", "u", 'UNIQUE NULLS NOT DISTINCT ("b")', ("b",)),
        sql_constraint("public", "t", "u_deferred", "u",
                   'UNIQUE ("a") DEFERRABLE INITIALLY DEFERRED', ("a",), comment="Later"),
    }


def test_unique_with_where_becomes_a_unique_partial_index():
    db = model(table_yaml("""\
        columns: {email: text, deleted_at: timestamptz}
        unique:
          one_active_email: {columns: [email], where: "deleted_at IS NULL", comment: One}
        """))
    assert db.of_kind("constraint") == []
    assert one(db, "index") == body_index(
        "public", "one_active_email", "t", True,
        'USING btree ("email") WHERE (deleted_at IS NULL)', comment="One")


def test_checks():
    db = model(table_yaml("""\
        columns: {email: text, lo: int, hi: int, "Big": int}
        checks:
          email_check: "email <> ''"
          ordered: {expression: "lo <= hi AND \\"Big\\" > lo", comment: Never negative}
          constant: "true"
        """))
    assert set(db.of_kind("constraint")) == {
        sql_constraint("public", "t", "email_check", "c", "CHECK (email <> '')", ("email",)),
        sql_constraint("public", "t", "ordered", "c", 'CHECK (lo <= hi AND "Big" > lo)',
                   ("lo", "hi", "Big"), comment="Never negative"),
        sql_constraint("public", "t", "constant", "c", "CHECK (true)", ()),
    }


def test_check_columns_skip_functions_types_and_strings():
    db = model(table_yaml("""\
        columns: {lower: text, text: text, a: text, b: int}
        checks:
          c: "lower(a)::text <> 'b' AND b::character varying <> '' COLLATE \\"C\\""
        """))
    assert one(db, "constraint").columns == ("a", "b")


def test_foreign_keys_full_form():
    extra = "    tables:\n      org: {columns: {id: int, k: int}, primary_key: [id, k]}\n"
    text = ("schemas:\n  public:\n" + extra.replace("    tables:\n", "    tables:\n") +
            "      t:\n        columns: {o: int, k: int}\n        foreign_keys:\n"
            "          f_all:\n            columns: [o, k]\n"
            "            references: {schema: public, table: org, columns: [id, k]}\n"
            "            on_delete: cascade\n            on_update: SET_DEFAULT\n"
            "            match: full\n            deferrable: true\n"
            "            initially_deferred: true\n            comment: All of it\n"
            "          f_defaults:\n            columns: [o, k]\n            references: org\n"
            "            on_delete: no action\n            match: simple\n"
            "            deferrable: false\n")
    db = model(text)
    assert constraint(db, "f_all") == sql_constraint(
        "public", "t", "f_all", "f",
        'FOREIGN KEY ("o", "k") REFERENCES "public"."org"("id", "k") MATCH FULL '
        "ON UPDATE SET DEFAULT ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
        ("o", "k"), ("public", "org"), ("id", "k"), comment="All of it")
    assert constraint(db, "f_defaults") == sql_constraint(
        "public", "t", "f_defaults", "f",
        'FOREIGN KEY ("o", "k") REFERENCES "public"."org"("id", "k")',
        ("o", "k"), ("public", "org"), ("id", "k"))


def test_foreign_key_across_schemas_uses_the_other_tables_primary_key():
    text = ("schemas:\n  billing:\n    tables:\n      accounts:\n"
            "        columns: {id: {type: bigint, primary_key: true}}\n"
            "  public:\n    tables:\n      t:\n"
            "        columns: {acc: {type: bigint, references: {schema: billing, table: accounts}}}\n")
    assert constraint(model(text), "t_acc_fkey") == sql_constraint(
        "public", "t", "t_acc_fkey", "f",
        'FOREIGN KEY ("acc") REFERENCES "billing"."accounts"("id")',
        ("acc",), ("billing", "accounts"), ("id",))


def test_exclusions():
    db = model(table_yaml("""\
        columns: {room: int, during: tstzrange}
        exclusions:
          no_overlap: "EXCLUDE USING gist (room WITH =, during WITH &&)"
          no_overlap_expr: {definition: "EXCLUDE USING gist ((room + 1) WITH =, during WITH &&) WHERE (room > 0)", comment: Rooms}
        """))
    assert set(db.of_kind("constraint")) == {
        sql_constraint("public", "t", "no_overlap", "x",
                   "EXCLUDE USING gist (room WITH =, during WITH &&)", ("room", "during")),
        sql_constraint("public", "t", "no_overlap_expr", "x",
                   "EXCLUDE USING gist ((room + 1) WITH =, during WITH &&) WHERE (room > 0)",
                   ("during",), comment="Rooms"),
    }


def test_indexes():
    db = model(table_yaml("""\
        columns: {email: text, created_at: timestamptz, plan: text, deleted_at: timestamptz, "my col": int, Nick: text}
        indexes:
          i_short: [email]
          i_full:
            columns: ["lower(email)", "created_at DESC NULLS LAST"]
            unique: false
            method: btree
            include: [plan]
            where: "deleted_at IS NULL"
            nulls_not_distinct: false
            comment: Login lookups
          i_unique: {columns: [email], unique: true, nulls_not_distinct: true}
          i_gin: {columns: ["to_tsvector('english', email)"], method: gin}
          i_ops: ["email text_pattern_ops", "Nick COLLATE \\"C\\" DESC", "my col", "(a + b)", "email || plan"]
          i_where_wrapped: {columns: [email], where: "(deleted_at IS NULL)"}
        """))
    indexes = {i.name: i for i in db.of_kind("index")}
    assert indexes == {
        "i_short": body_index("public", "i_short", "t", False, 'USING btree ("email")'),
        "i_full": body_index("public", "i_full", "t", False,
                        'USING btree (lower(email), "created_at" DESC NULLS LAST) '
                        'INCLUDE ("plan") WHERE (deleted_at IS NULL)', comment="Login lookups"),
        "i_unique": body_index("public", "i_unique", "t", True,
                          'USING btree ("email") NULLS NOT DISTINCT'),
        "i_gin": body_index("public", "i_gin", "t", False,
                       "USING gin (to_tsvector('english', email))"),
        "i_ops": body_index("public", "i_ops", "t", False,
                       'USING btree ("email" text_pattern_ops, "Nick" COLLATE "C" DESC, '
                       '"my col", (a + b), (email || plan))'),
        "i_where_wrapped": body_index("public", "i_where_wrapped", "t", False,
                                 'USING btree ("email") WHERE (deleted_at IS NULL)'),
    }


def test_enums():
    db = model("schemas:\n  public:\n    enums:\n"
               "      status: [active, 'yes', \"it's\"]\n"
               "      tier: {values: [free, pro], comment: Plan tiers}\n")
    assert set(db.of_kind("enum")) == {
        EnumType("public", "status", ("active", "yes", "it's")),
        EnumType("public", "tier", ("free", "pro"), "Plan tiers"),
    }


def test_sequences():
    text = table_yaml("columns: {number: bigint}\n", extra="""\
    sequences:
      invoice_number_seq:
        type: integer
        start: 1000
        increment: 2
        min_value: 1
        max_value: 2147483647
        cache: 10
        cycle: true
        owned_by: t.number
        comment: Invoice numbers
      plain: {}
      empty:
      down: {increment: -1}
      from_min: {min_value: 50}
""")
    db = model(text)
    seqs = {s.name: s for s in db.of_kind("sequence")}
    assert seqs == {
        "invoice_number_seq": Sequence("public", "invoice_number_seq", "integer", 1000, 2, 1,
                                       2147483647, 10, True, ("t", "number"), "Invoice numbers"),
        "plain": Sequence("public", "plain"),
        "empty": Sequence("public", "empty"),
        "down": Sequence("public", "down", increment=-1, start=-1),
        "from_min": Sequence("public", "from_min", start=50, min_value=50),
    }


def test_adversarial_names_are_quoted_in_definitions():
    text = ('schemas:\n  "Sales.EU":\n    tables:\n      order:\n        columns:\n'
            '          "we\\"ird": {type: int, primary_key: true}\n'
            '          User Name: {type: text, unique: true}\n'
            '          ünïcode: {type: int, references: order}\n'
            '        indexes:\n          "a.b": [User Name, "we\\"ird DESC"]\n')
    db = model(text)
    assert {constraint_definition(c) for c in db.of_kind("constraint")} == {
        'PRIMARY KEY ("we""ird")',
        'UNIQUE ("User Name")',
        'FOREIGN KEY ("ünïcode") REFERENCES "Sales.EU"."order"("we""ird")',
    }
    assert db.get(constraint_id("Sales.EU", "order", "order_User Name_key")) is not None
    assert db.get(index_id("Sales.EU", "a.b")).keys == (IndexKey.of("User Name"), IndexKey.of('we"ird', descending=True))
    assert db.get(table_id("Sales.EU", "order")) is not None
    assert db.get(sequence_id("Sales.EU", "x")) is None


def test_long_table_names_give_postgres_truncated_default_names():
    table = "t" * 60
    db = model(f"schemas:\n  public:\n    tables:\n      {table}:\n"
               f"        columns: {{email_address: {{type: text, unique: true}}}}\n")
    # makeObjectName shortens the longer part so that `_key` still fits in 63 bytes.
    name = one(db, "constraint").name
    assert len(name) == 63 and name.endswith("_email_address_key")
