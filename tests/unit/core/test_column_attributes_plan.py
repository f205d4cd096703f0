"""Plans for a column's storage and attribute options: ops, SQL, locks, and what a type change
resets (ALTER COLUMN ... TYPE gives a column its new type's storage and no compression)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.model import Column, Database, Schema, Table
from schemadiff.model.tables import column_option
from schemadiff.plan import make_plan, ops
from schemadiff.plan.ops import LockMode
from schemadiff.render import statements

T = Table("public", "t", (Column("id", "bigint", not_null=True),
                          Column("body", "text", type_storage="extended")))


def sql(old: Table, new: Table) -> list[str]:
    plan = make_plan(Database.of([Schema("public"), old]), Database.of([Schema("public"), new]))
    return [s for op in plan.ops for s in statements(op)]


def _body(**fields) -> Table:
    return replace(T, columns=(T.columns[0], replace(T.columns[1], **fields)))


@pytest.mark.parametrize("written, held", [
    ("n_distinct=-1.0", "n_distinct=-1"), ("n_distinct=-1e0", "n_distinct=-1"),
    ("n_distinct=1e3", "n_distinct=1000"), ("n_distinct=-.50", "n_distinct=-0.5"),
    ("n_distinct_inherited=20", "n_distinct_inherited=20")])
def test_catalog_spellings_of_an_option_fold_to_one(written, held):
    assert column_option(written) == held


def test_storage_back_to_the_default_names_the_type_storage():
    assert sql(_body(storage="external"), T) == [
        'ALTER TABLE "public"."t" ALTER COLUMN "body" SET STORAGE EXTENDED']


def test_options_set_changed_and_reset_removed():
    old = _body(options=("n_distinct=-1", "n_distinct_inherited=5"))
    new = _body(options=("n_distinct=100",))
    assert sql(old, new) == [
        """ALTER TABLE "public"."t" ALTER COLUMN "body" SET ("n_distinct" = '100')""",
        """ALTER TABLE "public"."t" ALTER COLUMN "body" RESET ("n_distinct_inherited")"""]


def test_a_type_change_sets_storage_and_compression_again():
    old = _body(type="character varying(20)", storage="main", compression="pglz", options=("n_distinct=-1",))
    new = _body(storage="main", compression="pglz", options=("n_distinct=-1",))
    out = sql(old, new)
    assert out[0].startswith('ALTER TABLE "public"."t" ALTER COLUMN "body" TYPE text')
    # options survive ALTER COLUMN TYPE: not set again
    assert out[1:] == ['ALTER TABLE "public"."t" ALTER COLUMN "body" SET COMPRESSION "pglz"',
                       'ALTER TABLE "public"."t" ALTER COLUMN "body" SET STORAGE MAIN']


def test_locks_storage_access_exclusive_options_share_update_exclusive():
    storage = ops.SetColumnStorage("public", "t", column="body", storage="external")
    options = ops.SetColumnOptions("public", "t", column="body", set=("n_distinct=-1",))
    assert [lk.mode for lk in storage.locks()] == [LockMode.ACCESS_EXCLUSIVE]
    assert [lk.mode for lk in options.locks()] == [LockMode.SHARE_UPDATE_EXCLUSIVE]


def test_a_declared_storage_the_scratch_build_lost_is_an_error():
    from schemadiff.canonical.storage import check_storage_kept
    from schemadiff.errors import SpecError

    declared = Database.of([Schema("public"), _body(storage="main")])
    check_storage_kept(declared, declared, "schema.yaml")  # kept
    plain = replace(T, columns=(replace(T.columns[0], storage="plain", type_storage="plain"), T.columns[1]))
    built_plain = replace(T, columns=(replace(T.columns[0], type_storage="plain"), T.columns[1]))
    check_storage_kept(Database.of([Schema("public"), plain]), Database.of([Schema("public"), built_plain]),
                       "schema.yaml")  # the type's own reads back as unset
    with pytest.raises(SpecError, match="column public.t.body: storage main did not stay: the scratch build has external"):
        check_storage_kept(declared, Database.of([Schema("public"), _body(storage="external")]), "schema.yaml")
