"""Every acceptance case, on every server: plan as expected, apply reaches the desired state,
planning again is empty, the rollback returns the starting state (rows where the case says)."""

from __future__ import annotations

import pytest

from runner import Case, discover, run_case

CASES = discover()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, server, make_db, tmp_path, update_expected):
    run_case(case, server, make_db, tmp_path, update_expected)
