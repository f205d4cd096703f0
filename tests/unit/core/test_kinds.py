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


def _layer_registries():
    from schemadiff.diff.objects import COMPARERS
    from schemadiff.introspect.catalog import READERS
    from schemadiff.plan.strategies.registry import STRATEGIES
    from schemadiff.render.comments import COMMENT_TARGETS

    return {"diff comparers": COMPARERS, "introspect readers": READERS, "plan strategies": STRATEGIES,
            "render comment targets": COMMENT_TARGETS}


@pytest.mark.parametrize("name", list(_layer_registries()))
def test_every_layer_has_a_handler_for_every_kind(name):
    assert _layer_registries()[name].missing() == []


def test_the_canonical_cache_layout_covers_nested_model_classes():
    from schemadiff.canonical.cache import _model_layout

    layout = _model_layout()
    assert "Column:name," in layout and "CronInfo:" in layout  # inside Table, inside Database
    assert all(f"{k.model.__name__}:" in layout for k in kinds())
