"""Kinds are declared once; every layer's registry refuses doubles and unknown kinds, and a layer
missing a handler for a kind fails loudly (issue 7)."""

from __future__ import annotations

import dataclasses

import pytest

from schemadiff.model.kinds import Registry, kind, kind_rank, kinds, register_kind


def test_every_kind_has_a_model_class_a_family_and_a_distinct_rank():
    declared = kinds()
    assert [k.rank for k in declared] == sorted({k.rank for k in declared})
    for k in declared:
        assert dataclasses.is_dataclass(k.model) and k.family


def test_a_kind_cannot_be_declared_twice():
    with pytest.raises(RuntimeError, match="declared twice"):
        register_kind("table", object, family="tables", rank=99999)


def test_an_unknown_kind_is_an_error_not_a_default():
    with pytest.raises(KeyError, match="unknown object kind"):
        kind_rank("no_such_kind")
    assert kind("table").family == "tables"


def test_a_registry_refuses_doubles_and_unknown_kinds_and_reports_what_is_missing():
    registry: Registry[str] = Registry("test layer", "handler")
    registry.register("table", "t")
    with pytest.raises(RuntimeError, match="second handler for kind 'table'"):
        registry.register("table", "again")
    with pytest.raises(KeyError):
        registry.register("no_such_kind", "x")
    with pytest.raises(KeyError, match="test layer has no handler for kind 'index'"):
        registry["index"]
    assert "index" in registry.missing() and "table" not in registry.missing()
    with pytest.raises(RuntimeError, match="no handler for kind"):
        registry.require_complete()
