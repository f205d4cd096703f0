"""Every plan operation declares the table lock it takes; the plan shows it; batches know which block writers."""

from schemadiff.model import Database
from schemadiff.plan import make_plan, ops
from schemadiff.plan.ops import Lock, LockMode, Op
from schemadiff.render import batches
from schemadiff.render.formats import markdown, plan_document, plan_lines


def _concrete(cls):
    for sub in cls.__subclasses__():
        if not sub.__name__.startswith("_"):
            yield sub
        yield from _concrete(sub)


def test_every_concrete_operation_declares_its_lock():
    """A new op class must say which lock it takes: inheriting Op's default, or a private base's, fails."""
    missing = []
    for cls in set(_concrete(Op)):
        owner = next(k for k in cls.__mro__ if "lock_mode" in vars(k) or "locks" in vars(k))
        if owner is Op or owner.__name__.startswith("_"):
            missing.append(cls.__name__)
    assert not missing, f"operations without a declared lock_mode: {sorted(missing)}"
    assert len(set(_concrete(Op))) > 50  # the walk found the operations (it cannot pass vacuously)


def test_writer_blocking_modes_are_share_and_stronger():
    blocking = {m.label for m in LockMode if m.blocks_writers}
    assert blocking == {"SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"}


def test_a_foreign_key_locks_both_tables_and_its_validation_neither_for_writes(base):
    fk = next(c for c in base.of_kind("constraint") if c.kind == "f")
    plan = make_plan(base.without(fk.id), base)
    add, validate = plan.ops
    assert [lock.display() for lock in add.locks()] == [
        "SHARE ROW EXCLUSIVE on public.orders", "SHARE ROW EXCLUSIVE on public.customers"]
    assert [(lk.mode, lk.relation.name) for lk in validate.locks()] == [
        (LockMode.SHARE_UPDATE_EXCLUSIVE, "orders"), (LockMode.ROW_SHARE, "customers")]
    assert [b.blocks_writers for b in batches(plan)] == [True, False]


def test_a_concurrent_index_build_blocks_no_writer_and_a_plain_one_does(base):
    index = next(iter(base.of_kind("index")))
    plan = make_plan(base.without(index.id), base)
    (build,) = plan.ops
    assert build.concurrently and build.locks() == (Lock(LockMode.SHARE_UPDATE_EXCLUSIVE, index.table_id),)
    assert [b.blocks_writers for b in batches(plan)] == [False]
    plain = ops.CreateIndex(index, concurrently=False)
    assert plain.locks() == (Lock(LockMode.SHARE, index.table_id),)


def test_text_markdown_and_json_plans_show_each_steps_locks(base):
    plan = make_plan(Database.of([]), base)
    text = "\n".join(plan_lines(plan, "plan"))
    assert "locks:[/cyan] ACCESS EXCLUSIVE on public.orders" in text
    assert "(locks: SHARE ROW EXCLUSIVE on public.orders, SHARE ROW EXCLUSIVE on public.customers)" in \
        markdown(plan, plan, "plan")
    steps = plan_document(plan, plan, "hash", "scratch")["steps"]
    fk = next(s for s in steps if s["description"].startswith("add foreign key"))
    assert fk["locks"] == [
        {"mode": "SHARE ROW EXCLUSIVE", "relation": "table/public/orders", "blocks_writers": True},
        {"mode": "SHARE ROW EXCLUSIVE", "relation": "table/public/customers", "blocks_writers": True}]
    enum = next(s for s in steps if s["operation"] == "CreateEnum")
    assert enum["locks"] == []
