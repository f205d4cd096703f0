"""The proof builds what the plan touches, what depends on it and what that needs, nothing else."""

from schemadiff import spec
from schemadiff.apply.proof_scope import scoped
from schemadiff.diff import declared_renames
from schemadiff.model import ObjectId
from schemadiff.plan import plan_pair

BASE = """
schemas:
  public:
    tables:
      parents:
        columns:
          id: {type: bigint, primary_key: true}
      kids:
        columns:
          id: {type: bigint, primary_key: true}
          parent_id: {type: bigint, references: parents}
      others:
        columns:
          id: {type: bigint, primary_key: true}
          note: text
"""


def _model(text: str):
    return spec.to_model(spec.parse_spec(text))


def test_scope_keeps_the_touched_table_its_users_and_their_needs_not_the_rest():
    current = _model(BASE)
    desired = _model(BASE.replace("          id: {type: bigint, primary_key: true}\n      kids:",
                                  "          id: {type: bigint, primary_key: true}\n          name: text\n      kids:"))
    forward, rollback = plan_pair(current, desired)
    assert {op.target.name for op in forward.ops} == {"parents"}
    cur, want = scoped(current, desired, forward, rollback)
    tables = {oid.name for oid in cur.objects if oid.kind == "table"}
    assert tables == {"parents", "kids"}  # kids' foreign key needs parents: a dependant
    assert ObjectId("schema", "", "public") in cur.objects
    assert not any(oid.name.startswith("others") or oid.parent == "others" for oid in want.objects)
    assert set(want.objects) <= set(desired.objects) and cur.get(ObjectId("table", "public", "kids")) == \
        current.get(ObjectId("table", "public", "kids"))


def test_a_rename_is_proven_on_everything():
    current = _model(BASE)
    desired = _model(BASE.replace("      others:\n", "      more:\n        renamed_from: others\n"))
    forward, rollback = plan_pair(current, desired, declared_renames(current, desired, hints=desired))
    assert any(op.action == "rename" for op in forward.ops)
    assert scoped(current, desired, forward, rollback) == (current, desired)
