"""The "before" schema of tests/lint/test_squawk.py, its rows, and the standard changes to it.

BASE is a schema.yaml document (tables with rows, a view, a materialized view, a function, an
enum, a domain, a sequence); each case is a function editing a deep copy of it in place, so a
case's schema.yaml is BASE plus exactly one change.
"""

from __future__ import annotations

from typing import Any

BASE: dict[str, Any] = {
    "schemas": {"public": {
        "enums": {"status": ["active", "canceled"]},
        "domains": {"quantity": {"type": "integer", "checks": {"quantity_positive": "VALUE >= 0"}}},
        "tables": {
            "customers": {
                "columns": {
                    "id": {"type": "bigint", "not_null": True},
                    "email": {"type": "text", "not_null": True},
                    "name": "varchar(50)",
                    "nickname": "text",
                    "age": "integer",
                    "status": {"type": "status", "not_null": True, "default": "'active'"},
                },
                "primary_key": ["id"],
                "indexes": {"customers_name_idx": ["name"]},
            },
            "orders": {
                "columns": {
                    "id": {"type": "bigint", "not_null": True},
                    "customer_id": "bigint",
                    "qty": "integer",
                    "note": "text",
                    "amount": "quantity",
                },
                "primary_key": ["id"],
                "checks": {"orders_note_check": "note <> ''"},
            },
            "audit": {"columns": {"id": {"type": "bigint", "not_null": True}, "msg": "text"}},
        },
        "views": {
            "big_orders": "SELECT id, qty FROM public.orders WHERE qty > 10",
            "order_totals": {"materialized": True, "query": (
                "SELECT customer_id, sum(qty) AS qty FROM public.orders GROUP BY customer_id")},
        },
        "sequences": {"ticket_seq": {"start": 100}},
        "functions": {"order_count": {
            "args": "p_customer bigint", "returns": "bigint", "language": "sql",
            "volatility": "stable",
            "body": "SELECT count(*) FROM public.orders WHERE customer_id = p_customer",
        }},
    }},
}

ROWS = """
INSERT INTO customers (id, email, name, nickname, age)
  SELECT g, 'c' || g || '@example.com', 'name ' || g, 'nick ' || g, 20 + g % 50
  FROM generate_series(1, 200) AS g;
INSERT INTO orders (id, customer_id, qty, note)
  SELECT g, 1 + g % 200, g % 20, 'note ' || g FROM generate_series(1, 500) AS g;
INSERT INTO audit SELECT g, 'msg ' || g FROM generate_series(1, 100) AS g;
REFRESH MATERIALIZED VIEW order_totals;
"""


def _public(doc: dict) -> dict:
    return doc["schemas"]["public"]


def _table(doc: dict, name: str) -> dict:
    return _public(doc)["tables"][name]


def _add_column(table: str, name: str, column: Any):
    return lambda d: _table(d, table)["columns"].__setitem__(name, column)


def _set(table: str, column: str, **fields: Any):
    def edit(d: dict) -> None:
        columns = _table(d, table)["columns"]
        current = columns[column]
        full = {"type": current} if isinstance(current, str) else dict(current)
        columns[column] = {**full, **fields}
    return edit


def _drop_column(table: str, column: str):
    return lambda d: _table(d, table)["columns"].pop(column)


def _put(table: str, key: str, name: str, value: Any):
    return lambda d: _table(d, table).setdefault(key, {}).__setitem__(name, value)


def _rename_column(d: dict) -> None:
    columns = _table(d, "customers")["columns"]
    renamed = {("handle" if k == "nickname" else k): v for k, v in columns.items()}
    renamed["handle"] = {"type": "text", "renamed_from": "nickname"}
    _table(d, "customers")["columns"] = renamed


def _drop_index(d: dict) -> None:
    del _table(d, "customers")["indexes"]


def _add_primary_key(d: dict) -> None:
    _table(d, "audit")["primary_key"] = ["id"]


def _add_enum_value(d: dict) -> None:
    _public(d)["enums"]["status"] = ["active", "trialing", "canceled"]


def _create_table(d: dict) -> None:
    _public(d)["tables"]["invoices"] = {
        "columns": {"id": {"type": "bigint", "not_null": True},
                    "customer_id": {"type": "bigint", "not_null": True, "references": "customers"},
                    "total": {"type": "numeric(12,2)", "not_null": True, "default": "0"},
                    "issued_at": {"type": "timestamptz", "not_null": True, "default": "now()"}},
        "primary_key": ["id"],
        "indexes": {"invoices_customer_idx": ["customer_id"]},
    }


def _add_view(d: dict) -> None:
    _public(d)["views"]["customer_emails"] = "SELECT id, email FROM public.customers"


def _change_view(d: dict) -> None:
    _public(d)["views"]["big_orders"] = "SELECT id, qty, note FROM public.orders WHERE qty > 10"


def _change_function(d: dict) -> None:
    _public(d)["functions"]["order_count"]["body"] = (
        "SELECT count(*) FROM public.orders WHERE customer_id = p_customer AND qty > 0")


def _drop_table(d: dict) -> None:
    del _public(d)["tables"]["audit"]


def _rename_table(d: dict) -> None:
    tables = _public(d)["tables"]
    tables["audit_log"] = {**tables.pop("audit"), "renamed_from": "audit"}


def _remove_enum_value(d: dict) -> None:
    _public(d)["enums"]["status"] = ["active"]


def _drop_check(d: dict) -> None:
    del _table(d, "orders")["checks"]


def _add_domain_check(d: dict) -> None:
    _public(d)["domains"]["quantity"]["checks"]["quantity_bounded"] = "VALUE < 1000000"


def _change_return_type(d: dict) -> None:
    _public(d)["functions"]["order_count"]["returns"] = "integer"
    _public(d)["functions"]["order_count"]["body"] = (
        "SELECT count(*)::integer FROM public.orders WHERE customer_id = p_customer")


def _drop_view(d: dict) -> None:
    del _public(d)["views"]["big_orders"]


def _add_policy(d: dict) -> None:
    _table(d, "orders")["rls"] = {"enabled": True}
    _table(d, "orders")["policies"] = {"small_orders": {"command": "select", "using": "qty < 100"}}


def _add_materialized_view(d: dict) -> None:
    _public(d)["views"]["customer_ages"] = {
        "query": "SELECT age, count(*) AS n FROM public.customers GROUP BY age", "materialized": True,
        "indexes": {"customer_ages_age": {"columns": ["age"], "unique": True}}}


def _index_materialized_view(d: dict) -> None:
    _public(d)["views"]["order_totals"]["indexes"] = {
        "order_totals_customer": {"columns": ["customer_id"], "unique": True}}


def _change_materialized_view(d: dict) -> None:
    _public(d)["views"]["order_totals"]["query"] = (
        "SELECT customer_id, sum(qty) AS qty, count(*) AS n FROM public.orders GROUP BY customer_id")


def _create_domain(d: dict) -> None:
    _public(d)["domains"]["email_address"] = {"type": "text", "checks": {"email_has_at": "VALUE ~ '@'"}}


def _drop_sequence(d: dict) -> None:
    del _public(d)["sequences"]


def _drop_primary_key(d: dict) -> None:
    del _table(d, "orders")["primary_key"]


def _create_schema(d: dict) -> None:
    d["schemas"]["billing"] = {"tables": {"ledger": {
        "columns": {"id": {"type": "bigint", "not_null": True}, "entry": "text"}, "primary_key": ["id"]}}}


def _add_trigger(d: dict) -> None:
    _public(d)["functions"]["touch"] = {
        "returns": "trigger", "body": "BEGIN\n  NEW.note := coalesce(NEW.note, '');\n  RETURN NEW;\nEND;\n"}
    _table(d, "orders")["triggers"] = {"orders_touch": {
        "timing": "before", "events": ["insert", "update"], "for_each": "row", "function": "touch"}}


CASES = {
    # columns
    "add_nullable_column": _add_column("customers", "phone", "text"),
    "add_column_constant_default": _add_column("customers", "score", {"type": "integer", "default": "0"}),
    "add_column_volatile_default": _add_column("customers", "token", {"type": "uuid", "default": "gen_random_uuid()"}),
    "add_not_null_column_with_default": _add_column(
        "customers", "credits", {"type": "integer", "not_null": True, "default": "0"}),
    "add_required_column": _add_column("orders", "region", {"type": "text", "not_null": True}),
    "add_serial_column": _add_column("orders", "seq", "bigserial"),
    "add_generated_column": _add_column("orders", "double_qty", {"type": "bigint", "generated": "qty * 2"}),
    "add_timestamp_column": _add_column("customers", "seen_at", "timestamp"),
    "add_column_references": _add_column("orders", "referrer_id", {"type": "bigint", "references": "customers"}),
    "set_not_null": _set("customers", "nickname", not_null=True),
    "drop_not_null": _set("customers", "email", not_null=False),
    "change_default": _set("customers", "age", default="18"),
    "add_identity": _set("audit", "id", identity="by default"),
    "drop_column": _drop_column("customers", "age"),  # apply would need --allow-destructive
    "rename_column": _rename_column,
    # column types
    "int_to_bigint": _set("orders", "qty", type="bigint"),
    "widen_varchar": _set("customers", "name", type="varchar(100)"),
    "narrow_text_to_varchar": _set("orders", "note", type="varchar(40)"),
    "change_collation": _set("customers", "nickname", collation="C"),
    # indexes
    "add_index": _put("orders", "indexes", "orders_customer_id_idx", ["customer_id"]),
    "change_index": _put("customers", "indexes", "customers_name_idx", ["name", "email"]),
    "drop_index": _drop_index,
    "add_unique_partial_index": _put("customers", "unique", "customers_active_name",
                                     {"columns": ["name"], "where": "status = 'active'"}),
    # constraints
    "add_unique": _put("customers", "unique", "customers_email_key", ["email"]),
    "add_primary_key": _add_primary_key,
    "drop_primary_key": _drop_primary_key,
    "add_foreign_key": _put("orders", "foreign_keys", "orders_customer_id_fkey",
                            {"columns": ["customer_id"], "references": {"table": "customers", "columns": ["id"]}}),
    "add_check": _put("orders", "checks", "orders_qty_check", "qty >= 0"),
    "drop_check": _drop_check,
    "add_exclusion": _put("orders", "exclusions", "orders_id_excl", "EXCLUDE USING btree (id WITH =)"),
    # types, domains, sequences
    "add_enum_value": _add_enum_value,
    "remove_enum_value": _remove_enum_value,
    "create_domain": _create_domain,
    "add_domain_check": _add_domain_check,
    "drop_sequence": _drop_sequence,
    # tables and schemas
    "create_table": _create_table,
    "create_schema": _create_schema,
    "rename_table": _rename_table,
    "drop_table": _drop_table,
    "add_policy": _add_policy,
    "add_trigger": _add_trigger,
    # views and functions
    "add_view": _add_view,
    "change_view": _change_view,
    "drop_view": _drop_view,
    "add_materialized_view": _add_materialized_view,
    "index_materialized_view": _index_materialized_view,
    "change_materialized_view": _change_materialized_view,
    "change_function": _change_function,
    "change_return_type": _change_return_type,
}
