"""Plans for storage parameters, replica identity and identity options: ops, order, SQL, locks."""

from __future__ import annotations

from dataclasses import replace

from schemadiff.model import Column, Constraint, Database, IdentityOptions, Index, Schema, Table
from schemadiff.model.tables import storage_options
from schemadiff.plan import make_plan, ops
from schemadiff.plan.ops import LockMode
from schemadiff.render import statements
from constraint_models import sql_constraint


def sql(plan) -> list[str]:
    return [s for op in plan.ops for s in statements(op)]


def _db(table: Table, *more) -> Database:
    return Database.of([Schema("public"), table, *more])


T = Table("public", "t", (Column("id", "bigint", not_null=True), Column("body", "text")))


def test_catalog_spellings_fold_to_one():
    assert storage_options(["fillfactor=070", "autovacuum_enabled=Of", "vacuum_truncate=YES",
                            "autovacuum_vacuum_scale_factor=.5"], ["autovacuum_enabled=n"]) == (
        "autovacuum_enabled=false", "autovacuum_vacuum_scale_factor=0.5", "fillfactor=70",
        "toast.autovacuum_enabled=false", "vacuum_truncate=true")


def test_set_and_reset_quote_every_name_and_value():
    old = replace(T, options=("fillfactor=70", "toast.autovacuum_enabled=false"))
    new = replace(T, options=("fillfactor=80", "parallel_workers=2"))
    assert sql(make_plan(_db(old), _db(new))) == [
        """ALTER TABLE "public"."t" SET ("fillfactor" = '80', "parallel_workers" = '2')""",
        """ALTER TABLE "public"."t" RESET ("toast"."autovacuum_enabled")"""]


def test_storage_parameters_lock_share_update_exclusive_except_user_catalog_table():
    plain = ops.SetStorageParameters("public", "t", set=("fillfactor=80",))
    strong = ops.SetStorageParameters("public", "t", reset=("user_catalog_table",))
    assert [lk.mode for lk in plain.locks()] == [LockMode.SHARE_UPDATE_EXCLUSIVE]
    assert [lk.mode for lk in strong.locks()] == [LockMode.ACCESS_EXCLUSIVE]


def test_create_table_with_parameters():
    new = replace(T, options=("fillfactor=70",))
    assert sql(make_plan(Database.of([Schema("public")]), _db(new)))[0].endswith(
        """) WITH ("fillfactor" = '70')""")


def test_identity_using_a_new_index_waits_for_it_and_the_old_index_waits_for_the_move():
    old_index = Index("public", "t_old", "t", True, "USING btree (body)")
    new_index = Index("public", "t_new", "t", True, "USING btree (id)")
    old = replace(T, replica_identity="index", replica_index="t_old")
    new = replace(T, replica_identity="index", replica_index="t_new")
    plan = make_plan(_db(old, old_index), _db(new, new_index))
    kinds = [type(op).__name__ for op in plan.ops]
    assert kinds.index("CreateIndex") < kinds.index("SetReplicaIdentity") < kinds.index("DropIndex")
    rollback = make_plan(_db(new, new_index), _db(old, old_index))
    kinds = [type(op).__name__ for op in rollback.ops]
    assert kinds.index("CreateIndex") < kinds.index("SetReplicaIdentity") < kinds.index("DropIndex")


def test_identity_on_a_primary_key_of_a_new_table_follows_the_key():
    new = replace(T, replica_identity="index", replica_index="t_pkey")
    pkey = sql_constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id)", ("id",))
    out = sql(make_plan(Database.of([Schema("public")]), _db(new, pkey)))
    assert out[-1] == 'ALTER TABLE "public"."t" REPLICA IDENTITY USING INDEX "t_pkey"'
    assert any("PRIMARY KEY" in s for s in out[:-1])


def test_identity_options_change_sets_every_option():
    col = Column("id", "bigint", not_null=True, identity="always")
    old = replace(T, columns=(col,))
    new = replace(T, columns=(replace(col, identity_options=IdentityOptions(None, 5, None, 1000, 10, True)),))
    assert sql(make_plan(_db(old), _db(new))) == [
        'ALTER TABLE "public"."t" ALTER COLUMN "id" SET INCREMENT BY 5 SET NO MINVALUE SET MAXVALUE 1000'
        ' SET START WITH 1 SET CACHE 10 SET CYCLE']


def test_identity_on_a_nullable_column_sets_not_null_first():
    old = replace(T, columns=(Column("id", "bigint"),))
    new = replace(T, columns=(Column("id", "bigint", not_null=True, identity="by default",
                                     identity_options=IdentityOptions(start=100)),))
    plan = make_plan(_db(old), _db(new))
    kinds = [type(op).__name__ for op in plan.ops]
    assert kinds[-2:] == ["SetNotNullUsingCheck", "AddIdentityAfterNotNull"]
    assert "(START WITH 100)" in sql(plan)[-2] and "greatest(" in sql(plan)[-1]
    back = [type(op).__name__ for op in make_plan(_db(new), _db(old)).ops]
    assert back == ["SetColumnIdentity", "SetColumnNotNull"]
