"""dump, then plan against the same database, is empty: views, policies, grants, domains."""

from __future__ import annotations

from schemadiff.pipeline import Settings, compute_plan, dump

SQL = """
CREATE SCHEMA app;
CREATE DOMAIN app.quantity AS integer NOT NULL DEFAULT 1 CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN app.note AS text;
CREATE TABLE app.orders (id integer PRIMARY KEY, customer text NOT NULL, qty app.quantity);
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON app.orders FOR SELECT TO sd_app USING (customer = current_user);
CREATE POLICY strict ON app.orders AS RESTRICTIVE USING (qty < 100) WITH CHECK (qty < 50);
COMMENT ON POLICY strict ON app.orders IS 'small orders only';
CREATE VIEW app.order_list WITH (security_barrier, check_option = local) AS
    SELECT id, customer FROM app.orders WHERE qty > 1;
CREATE MATERIALIZED VIEW app.totals AS SELECT customer, sum(qty) AS qty FROM app.orders GROUP BY customer;
CREATE UNIQUE INDEX totals_customer ON app.totals (customer);
CREATE INDEX totals_qty ON app.totals (qty DESC);
COMMENT ON VIEW app.order_list IS 'the list';
GRANT USAGE ON SCHEMA app TO sd_app;
GRANT SELECT, INSERT ON app.orders TO sd_app;
GRANT SELECT ON app.order_list TO sd_admin WITH GRANT OPTION;
GRANT SELECT ON app.totals TO PUBLIC;
"""


def test_dump_then_plan_is_empty(make_db, server, roles, tmp_path):
    url = make_db(server, SQL)
    settings = Settings(schema=tmp_path / "schema.yaml", database=url, project_dir=tmp_path)
    text = dump(settings)
    settings.schema.write_text(text)
    plan = compute_plan(settings).forward
    assert plan.empty, (text, [op.describe() for op in plan.ops])
    assert "security_barrier: true" in text and "check_option: local" in text
    assert "materialized: true" in text and "PUBLIC: [select]" in text
