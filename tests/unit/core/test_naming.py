"""Generated names follow Postgres's makeObjectName, including its truncation rule."""

from schemadiff.model.naming import default_constraint_name, default_index_name, make_object_name


def test_simple_names():
    assert default_constraint_name("orders", (), "p") == "orders_pkey"
    assert default_constraint_name("orders", ("customer_id",), "f") == "orders_customer_id_fkey"
    assert default_constraint_name("orders", ("a", "b"), "u") == "orders_a_b_key"
    assert default_constraint_name("orders", ("qty",), "c") == "orders_qty_check"
    assert default_index_name("orders", ("email",)) == "orders_email_idx"


def test_truncation_shortens_the_longer_part_first():
    table, column = "t" * 40, "c" * 40
    name = make_object_name(table, column, "fkey")
    assert len(name.encode()) == 63
    # 63 - len("_fkey") - 1 = 57 bytes for both parts, split as evenly as Postgres does.
    assert name == "t" * 29 + "_" + "c" * 28 + "_fkey"
