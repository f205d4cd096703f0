"""Which grants schema.yaml manages: those of the objects it names under `grants:`.

Every object named there has exactly the grants listed; any other object keeps the grants it
has, so adopting schemadiff on a database whose privileges another tool (or a DBA) manages
revokes nothing. The canonical desired model (read back from a scratch database) cannot tell
the two apart, so the current grants of unmanaged objects are carried into it here.
"""

from __future__ import annotations

from ..model import Database, Grant, ObjectId
from .objects import COMPARERS, Comparer


def managed_objects(spec_model: Database, desired: Database) -> frozenset[ObjectId]:
    """Objects whose grants schema.yaml declares: named in the spec (even as `{}`) or granted
    in the canonical model (a function's signature may be written differently in the spec)."""
    grants = spec_model.of_kind("grant") + desired.of_kind("grant")
    return frozenset(g.object_id for g in grants)


def adopt_unmanaged_grants(current: Database, desired: Database, spec_model: Database) -> Database:
    """`desired` with the current grants of every object schema.yaml does not manage."""
    managed = managed_objects(spec_model, desired)
    kept = [g for g in current.of_kind("grant")
            if g.object_id not in managed and _exists(desired, g)]
    return desired.replace(*kept)


def _exists(db: Database, grant: Grant) -> bool:
    # Grants go with their object: one the migration drops keeps none; nor does a column it
    # drops (a kept one would be a grant to make on a column no longer there).
    obj = db.get(grant.object_id)
    if obj is None:
        return False
    return grant.object_kind != "column" or obj.column(grant.column) is not None


COMPARERS.register("grant", Comparer())  # GRANT / REVOKE the difference
