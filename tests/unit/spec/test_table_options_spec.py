"""schema.yaml `with:`, `replica_identity:`, identity options and `no_inherit:` -> the model."""

from __future__ import annotations

import pytest

from schemadiff.errors import SpecError
from schemadiff.model import IdentityOptions
from schemadiff.model.ids import constraint_id, table_id

from conftest import model, table_yaml
from schemadiff.render.constraints import constraint_definition


def test_storage_parameters_become_sorted_catalog_text():
    db = model(table_yaml("""
        with: {toast.autovacuum_enabled: false, fillfactor: 70, autovacuum_vacuum_scale_factor: .05,
               vacuum_index_cleanup: "ON", autovacuum_enabled: "off"}
        columns: {a: int}
    """))
    assert db.get(table_id("public", "t")).options == (
        "autovacuum_enabled=false", "autovacuum_vacuum_scale_factor=0.05", "fillfactor=70",
        "toast.autovacuum_enabled=false", "vacuum_index_cleanup=on")


def test_an_unknown_storage_parameter_suggests_the_closest(tmp_path):
    with pytest.raises(SpecError) as raised:
        model(table_yaml("""
            with: {filfactor: 70}
            columns: {a: int}
        """))
    text = str(raised.value.render() if hasattr(raised.value, "render") else raised.value)
    assert "filfactor" in text and "fillfactor" in text


@pytest.mark.parametrize("written, kind, index", [
    ("default", "default", None), ("FULL", "full", None), ("nothing", "nothing", None),
    ("{index: t_pkey}", "index", "t_pkey")])
def test_replica_identity_forms(written, kind, index):
    t = model(table_yaml(f"""
        replica_identity: {written}
        columns: {{a: {{type: int, not_null: true}}}}
        primary_key: [a]
    """)).get(table_id("public", "t"))
    assert (t.replica_identity, t.replica_index) == (kind, index)


def test_identity_shorthand_and_full_form():
    t = model(table_yaml("""
        columns:
          a: {type: bigint, identity: always}
          b: {type: int, identity: {generated: by default, start: 100, increment: -2, max_value: 500, cycle: true}}
          c: {type: int, identity: {generated: always, start: 10, min_value: 10}}
    """)).get(table_id("public", "t"))
    a, b, c = t.columns
    assert (a.identity, a.identity_options) == ("always", IdentityOptions())
    assert (b.identity, b.identity_options) == ("by default", IdentityOptions(100, -2, None, 500, 1, True))
    # a start equal to the one PostgreSQL picks is no option: the catalog reads back the same
    assert c.identity_options == IdentityOptions(None, 1, 10, None)


def test_identity_options_need_a_nonzero_increment():
    with pytest.raises(SpecError):
        model(table_yaml("columns: {a: {type: int, identity: {generated: always, increment: 0}}}"))


def test_no_inherit_check_carries_the_suffix_pg_get_constraintdef_prints():
    db = model(table_yaml("""
        columns: {a: int}
        checks:
          pos: {expression: a > 0, no_inherit: true}
          neg: a < 100
    """))
    assert constraint_definition(db.get(constraint_id("public", "t", "pos"))) == "CHECK (a > 0) NO INHERIT"
    assert constraint_definition(db.get(constraint_id("public", "t", "neg"))) == "CHECK (a < 100)"


def test_column_storage_and_options_become_the_model():
    t = model(table_yaml("""
        columns:
          a: {type: text, storage: external, options: {n_distinct_inherited: 1e3, n_distinct: -1.0}}
          b: text
    """)).get(table_id("public", "t"))
    assert (t.columns[0].storage, t.columns[0].options) == (
        "external", ("n_distinct=-1", "n_distinct_inherited=1000"))
    assert (t.columns[1].storage, t.columns[1].options) == (None, ())


@pytest.mark.parametrize("written, message", [
    ("storage: compressed", "expected one of 'plain', 'external', 'extended' or 'main'"),
    ("options: {n_distinct: -2}", "greater than or equal to -1"),
    ("options: {n_distinc: 5}", "did you mean 'n_distinct'?"),
    ("options: {fillfactor: 5}", "valid keys here: n_distinct, n_distinct_inherited"),
])
def test_column_storage_and_options_refused_at_the_key(written, message):
    with pytest.raises(SpecError) as raised:
        model(table_yaml(f"""
            columns:
              a: {{type: text, {written}}}
        """))
    assert message in raised.value.render()
