"""The canonical cache never hands back a model of another layout, and a bad entry is a miss."""

import pickle

from schemadiff.canonical import cache
from schemadiff.model import Column, Database, Table


def _db():
    return Database.of([Table("public", "t", (Column("a", "integer"),))])


def test_round_trip(tmp_path):
    key = cache.cache_key(_db(), 180000)
    cache.store(tmp_path, key, _db())
    assert cache.load(tmp_path, key) == _db()


def test_key_depends_on_server_version_and_model_layout(tmp_path, monkeypatch):
    k15, k18 = cache.cache_key(_db(), 150000), cache.cache_key(_db(), 180000)
    assert k15 != k18
    monkeypatch.setattr(cache, "_model_layout", lambda: "Index:schema,name,new_field")
    assert cache.cache_key(_db(), 180000) != k18


def test_corrupt_or_foreign_entries_are_misses(tmp_path):
    (tmp_path / "bad.pickle").write_bytes(b"not a pickle")
    assert cache.load(tmp_path, "bad") is None
    (tmp_path / "other.pickle").write_bytes(pickle.dumps({"not": "a model"}))
    assert cache.load(tmp_path, "other") is None


def test_an_entry_of_another_schemadiff_version_is_never_loaded(monkeypatch):
    # Another version read the scratch catalog with other queries (depends_on, deparsed text):
    # after an upgrade its entries must miss, even when the model's layout is the same.
    before = cache.cache_key(_db(), 180000)
    monkeypatch.setattr(cache, "_code_version", lambda: "another version")
    assert cache.cache_key(_db(), 180000) != before


def test_key_follows_every_field_and_not_the_hash_seed():
    """The key hashes the model itself (no plan, no rendering): any field changes it, and two
    processes with different hash seeds (frozenset order) agree on it."""
    import os
    import subprocess
    import sys

    other = Database.of([Table("public", "t", (Column("a", "integer", default="1"),))])
    assert cache.cache_key(other, 180000) != cache.cache_key(_db(), 180000)
    code = ("from schemadiff.canonical import cache; from schemadiff.model import *; "
            "print(cache.cache_key(Database.of([Table('public', 't', (Column('a', 'integer'),), "
            "depends_on=frozenset({ObjectId('schema', '', 'x'), ObjectId('schema', '', 'y')}))]), 1))")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(keys) == 1
