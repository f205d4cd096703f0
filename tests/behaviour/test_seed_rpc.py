"""003's RPC functions and 000's updated_at trigger, as declared in the shipped schema.yaml, on a
real server after `schemadiff apply`: idempotent replay, races between connections, trial abuse
through email variants, key cleanup."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import psycopg

# 003's own example call gives only these two fields (the period bounds default in the RPC).
ACTIVE = {"status": "active", "amount": 1000}
TRIAL = {"status": "trialing", "amount": 1000, "trial_start": "2030-01-01T00:00:00Z",
         "trial_end": "2030-01-15T00:00:00Z"}
RACERS = 4


def race(seeds, work: Callable[[psycopg.Connection], object]) -> list:
    """work(conn) in RACERS threads, each on its own connection, released together by a barrier."""
    barrier = threading.Barrier(RACERS)
    results: list = [None] * RACERS
    errors: list = []

    def run(i: int) -> None:
        try:
            with seeds.connect() as conn:
                barrier.wait(timeout=10)
                results[i] = work(conn)
        except Exception as exc:  # reported by the assertion below, with the others
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(RACERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    return results


def holding(call: Callable[[psycopg.Connection], object]) -> Callable[[psycopg.Connection], object]:
    """`call` inside a transaction that stays open a moment after it, so racers overlap."""
    def work(conn: psycopg.Connection):
        with conn.transaction():
            result = call(conn)
            conn.execute("SELECT pg_sleep(0.1)")
        return result
    return work


def subscriptions_of(seeds, customer) -> int:
    return seeds.one("SELECT count(*) FROM subscriptions WHERE customer_id = %s", customer)


def test_replay_with_one_idempotency_key_returns_the_same_result_and_creates_one_subscription(seeds):
    org, product = seeds.org(), seeds.product()
    customer = seeds.upsert_customer(org, f"{uuid.uuid4().hex}@example.com")["customer_id"]
    key, feature = f"key-{uuid.uuid4()}", seeds.feature()
    first = seeds.create_subscription(ACTIVE, customer, product, org, key, features=(feature,))
    second = seeds.create_subscription(ACTIVE, customer, product, org, key, features=(feature,))
    assert first["success"] is True and second == first
    assert subscriptions_of(seeds, customer) == 1
    assert seeds.one("SELECT count(*) FROM feature_grants WHERE customer_id = %s", customer) == 1
    assert seeds.one("SELECT subscription_count FROM customers WHERE id = %s", customer) == 1
    with seeds.connect() as conn:
        status, response, digest = conn.execute(
            "SELECT status, response, request_hash FROM idempotency_keys WHERE key = %s", (key,)).fetchone()
    assert (status, response, len(digest)) == ("completed", first, 64)


def test_racing_calls_with_one_idempotency_key_get_the_same_result(seeds):
    org, product = seeds.org(), seeds.product()
    customer = seeds.upsert_customer(org, f"{uuid.uuid4().hex}@example.com")["customer_id"]
    key = f"key-{uuid.uuid4()}"
    results = race(seeds, holding(lambda c: seeds.create_subscription(ACTIVE, customer, product, org, key, conn=c)))
    assert results[0]["success"] is True and all(r == results[0] for r in results)
    assert subscriptions_of(seeds, customer) == 1


def test_racing_connections_create_exactly_one_subscription(seeds):
    org, product = seeds.org(), seeds.product()
    customer = seeds.upsert_customer(org, f"{uuid.uuid4().hex}@example.com")["customer_id"]
    results = race(seeds, holding(lambda c: seeds.create_subscription(ACTIVE, customer, product, org, conn=c)))
    winners = [r for r in results if r["success"]]
    assert len(winners) == 1, results
    created = winners[0]["subscription_id"]
    assert all(r["existing_subscription_id"] == created for r in results if not r["success"]), results
    assert subscriptions_of(seeds, customer) == 1


def test_racing_upserts_on_one_email_create_one_customer(seeds):
    org, email = seeds.org(), f"{uuid.uuid4().hex}@example.com"
    results = race(seeds, holding(lambda c: seeds.upsert_customer(org, email, conn=c)))
    assert [r["created"] for r in results].count(True) == 1, results
    assert len({r["customer_id"] for r in results}) == 1
    assert seeds.one("SELECT count(*) FROM customers WHERE organization_id = %s", org) == 1


def test_a_second_trial_through_an_email_variant_is_refused(seeds):
    org, product, other_product = seeds.org(), seeds.product(), seeds.product()
    local = f"ab{uuid.uuid4().hex[:8]}"
    # The first customer is written by plain SQL: the trigger records its email variant too.
    first = seeds.one("INSERT INTO customers (organization_id, email) VALUES (%s, %s) RETURNING id",
                      org, f"{local}@gmail.com")
    assert seeds.create_subscription(TRIAL, first, product, org)["trial_eligible"] is True

    variant = f"{local[0]}.{local[1:]}+x@Gmail.com"
    second = seeds.upsert_customer(org, variant)["customer_id"]
    check = seeds.one("SELECT check_trial_eligibility(%s, %s, %s)", second, product, variant)
    assert check == {"eligible": False, "reason": "email_variation_detected",
                     "normalized_email": f"{local}@gmail.com"}
    assert seeds.one("SELECT check_trial_eligibility(%s, %s, %s)", second, other_product, variant)["eligible"]

    # Checkout still creates the subscription, without the trial.
    result = seeds.create_subscription(TRIAL, second, product, org)
    assert result["success"] is True and result["trial_eligible"] is False
    assert seeds.one("SELECT trial_end FROM subscriptions WHERE id = %s", result["subscription_id"]) is None
    assert seeds.one("SELECT count(*) FROM trial_history WHERE customer_id = %s", second) == 0


def test_cleanup_deletes_only_expired_keys_that_are_not_processing(seeds):
    org, product = seeds.org(), seeds.product()
    customer = seeds.upsert_customer(org, f"{uuid.uuid4().hex}@example.com")["customer_id"]
    tag = uuid.uuid4().hex
    used = f"{tag}-used"
    subscription = seeds.create_subscription(ACTIVE, customer, product, org, used)["subscription_id"]
    rows = [(f"{tag}-{status}-{age}", status, age) for status in ("pending", "completed", "failed", "processing")
            for age in ("expired", "fresh")]
    with seeds.connect() as conn:
        for key, status, age in rows:
            conn.execute("INSERT INTO idempotency_keys (key, request_hash, status, expires_at) VALUES "
                         "(%s, 'h', %s, now() + CASE WHEN %s = 'expired' THEN interval '-1 hour' "
                         "ELSE interval '1 hour' END)", (key, status, age))
        conn.execute("UPDATE idempotency_keys SET expires_at = now() - interval '1 hour' WHERE key = %s", (used,))
        deleted = conn.execute("SELECT cleanup_expired_idempotency_keys()").fetchone()[0]
        left = {r[0] for r in conn.execute("SELECT key FROM idempotency_keys WHERE key LIKE %s", (f"{tag}-%",))}
        still = conn.execute("SELECT idempotency_key FROM subscriptions WHERE id = %s", (subscription,)).fetchone()[0]
    assert deleted == 4  # the expired pending, completed and failed keys, and the used one
    assert left == {k for k, status, age in rows if age == "fresh" or status == "processing"}
    assert still is None  # a subscription's key goes without taking the subscription along


def test_updated_at_is_stamped_on_update_on_every_table_that_has_it(seeds):
    org = seeds.org()
    with seeds.connect() as conn:
        conn.execute("UPDATE organizations SET name = 'renamed' WHERE id = %s", (org,))
        assert conn.execute("SELECT updated_at > created_at FROM organizations WHERE id = %s",
                            (org,)).fetchone()[0]
        missing = conn.execute("""
            SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
               AND a.attname = 'updated_at' AND NOT a.attisdropped
               AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                                WHERE t.tgrelid = c.oid AND t.tgfoid = 'update_updated_at_column'::regproc)
        """).fetchall()
    assert missing == []
