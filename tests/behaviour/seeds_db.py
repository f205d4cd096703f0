"""The shipped schema.yaml applied for behaviour tests, and a helper making rows and calling the
seeds' RPC functions on it (fixtures in conftest.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from schemadiff.pipeline import Settings, apply

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema.yaml"


def apply_seeds(url: str, project_dir: Path, *, with_cron: bool) -> None:
    """`schemadiff apply --yes` of the shipped schema.yaml on `url`."""
    settings = Settings(schema=SCHEMA, database=url, project_dir=project_dir, skip_cron=not with_cron)
    apply(settings, allow_destructive=False, confirm=lambda _: True)


class Seeds:
    """Fresh rows and RPC calls on the applied seeds database; every value passed as a parameter."""

    def __init__(self, url: str):
        self.url = url

    def connect(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True)

    def one(self, query: str, *params):
        with self.connect() as conn:
            return conn.execute(query, params).fetchone()[0]

    def org(self) -> uuid.UUID:
        tag = uuid.uuid4().hex[:12]
        return self.one("INSERT INTO organizations (name, slug) VALUES (%s, %s) RETURNING id", tag, tag)

    def product(self) -> uuid.UUID:
        tag = uuid.uuid4().hex[:12]
        return self.one("INSERT INTO products (stripe_product_id, name) VALUES (%s, %s) RETURNING id",
                        f"prod_{tag}", tag)

    def feature(self) -> uuid.UUID:
        tag = uuid.uuid4().hex[:12]
        return self.one("INSERT INTO features (key, name) VALUES (%s, %s) RETURNING id", tag, tag)

    def upsert_customer(self, org, email: str, conn: psycopg.Connection | None = None) -> dict:
        return self._call(conn, "SELECT upsert_customer_atomic(%s, %s)", org, email)

    def create_subscription(self, subscription: dict, customer, product, org, key: str | None = None,
                            conn: psycopg.Connection | None = None, features: tuple = ()) -> dict:
        grants = [Jsonb({"feature_id": str(f)}) for f in features]
        return self._call(conn, "SELECT create_subscription_atomic(%s, %s::jsonb[], %s, %s, %s, %s)",
                          Jsonb(subscription), grants, customer, product, org, key)

    def _call(self, conn, query: str, *params) -> dict:
        if conn is not None:
            return conn.execute(query, params).fetchone()[0]
        with self.connect() as own:
            return own.execute(query, params).fetchone()[0]
