"""Default privileges: GRANT and REVOKE the difference in place. schema.yaml manages all of
pg_default_acl (an entry it does not list is revoked); nothing in them is SQL text to settle."""

from __future__ import annotations

from .objects import COMPARERS, Comparer

COMPARERS.register("default_privilege", Comparer())
