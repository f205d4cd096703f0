"""Issue 8: a PostGIS schema with NOT VALID foreign keys. Before validity was modelled, planning
against the same database failed its own rollback proof, and a rebuild validated the five FKs."""

from __future__ import annotations

import psycopg
import pytest

from schemadiff.cli import main

FIVE_FKS = """
CREATE EXTENSION postgis;
CREATE TABLE regions (id int PRIMARY KEY, area public.geometry(Polygon, 4326) NOT NULL);
CREATE TABLE sites (id int PRIMARY KEY, region_id int, parent_id int, at public.geometry(Point, 4326));
CREATE TABLE visits (id int PRIMARY KEY, site_id int, region_id int, previous_id int);
INSERT INTO sites VALUES (1, 42, 7, NULL);  -- rows the NOT VALID keys were added over
ALTER TABLE sites ADD CONSTRAINT sites_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions NOT VALID;
ALTER TABLE sites ADD CONSTRAINT sites_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES sites NOT VALID;
ALTER TABLE visits ADD CONSTRAINT visits_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites NOT VALID;
ALTER TABLE visits ADD CONSTRAINT visits_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions NOT VALID;
ALTER TABLE visits ADD CONSTRAINT visits_previous_id_fkey FOREIGN KEY (previous_id) REFERENCES visits NOT VALID;
"""


def _not_valid(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"
                            " AND connamespace = 'public'::regnamespace").fetchone()[0]


def test_not_valid_foreign_keys_survive_plan_and_apply(server, make_db, tmp_path):
    with server.admin() as conn:
        if conn.execute("SELECT FROM pg_available_extensions WHERE name = 'postgis'").fetchone() is None:
            pytest.skip(f"{server.name} has no PostGIS (only the machine's PostgreSQL 15 does)")
    url = make_db(server, FIVE_FKS)
    dumped = tmp_path / "schema.yaml"
    assert main(["dump", "-d", url, "--out", str(dumped)]) == 0
    assert dumped.read_text().count("valid: false") == 5
    assert main(["plan", "-s", str(dumped), "-d", url, "--exit-code"]) == 0
    # a real change beside them: the plan is proven forward and back, and touches no FK
    dumped.write_text(dumped.read_text().replace("          at: public.geometry(Point,4326)\n",
                                                 "          at: public.geometry(Point,4326)\n          note: text\n"))
    assert "note: text" in dumped.read_text()
    assert main(["plan", "-s", str(dumped), "-d", url, "--exit-code"]) == 2
    assert main(["apply", "-s", str(dumped), "-d", url, "--yes"]) == 0
    assert _not_valid(url) == 5
    assert main(["plan", "-s", str(dumped), "-d", url, "--exit-code"]) == 0
