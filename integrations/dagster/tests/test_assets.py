"""The Dagster-shaped descriptions (no Dagster needed), and the guard when Dagster is absent."""

from __future__ import annotations

import importlib.util

import pytest

from rocky_dagster import RockyClient, asset_key, asset_specs
from rocky_dagster.assets import materializations, tag_value


def test_specs_from_the_served_models(server):
    models = RockyClient(server.url, server.token).models()
    specs = {s["model"]: s for s in asset_specs(models, pipeline="shop")}

    assert specs["stg_orders"]["key"] == ["staging", "stg_orders"]
    assert specs["customer_revenue"]["key"] == ["marts", "customer_revenue"]
    assert specs["customer_revenue"]["deps"] == [["staging", "stg_orders"]]
    assert specs["customer_revenue"]["group_name"] == "marts"
    assert specs["customer_revenue"]["tags"]["rocky/domain"] == "finance"
    assert specs["customer_revenue"]["tags"]["rocky/target_schema"] == "marts"
    columns = [c["name"] for c in specs["customer_revenue"]["metadata"]["rocky/columns"]]
    assert columns == ["customer_id", "orders", "revenue"]

    with pytest.raises(KeyError):
        asset_specs(models, pipeline="nope")


def test_keys_prefixes_and_tags():
    model = {"name": "m", "target": {"catalog": "prod", "schema": "marts", "table": "m"}}
    assert asset_key(model) == ["prod", "marts", "m"]
    assert asset_key(model, ["rocky"]) == ["rocky", "prod", "marts", "m"]
    assert tag_value("a b/c") == "a_b_c"
    assert len(tag_value("x" * 100)) == 63
    payload = {"models": [{"name": "e", "strategy": {"type": "ephemeral"}, "target": {"table": "e"}}]}
    assert asset_specs(payload) == []


def test_materializations_are_the_successful_models():
    specs = [{"model": "a", "key": ["s", "a"]}, {"model": "b", "key": ["s", "b"]}]
    run = {"run_id": "run-20260101-000000-000", "models": [
        {"model_name": "a", "status": "success", "duration_ms": 5, "rows_affected": 3, "sql_hash": "h"},
        {"model_name": "b", "status": "failed", "duration_ms": 1, "error": "boom"}]}
    assert materializations(run, specs) == [{"model": "a", "key": ["s", "a"], "metadata": {
        "rocky/run_id": "run-20260101-000000-000", "duration_ms": 5, "rows_affected": 3, "rocky/sql_hash": "h"}}]


@pytest.mark.skipif(importlib.util.find_spec("dagster") is not None, reason="Dagster is installed here")
def test_without_dagster_the_factory_says_how_to_get_it():
    from rocky_dagster import dagster as rocky_dagster_dagster

    with pytest.raises(ImportError, match="pip install"):
        rocky_dagster_dagster.rocky_assets({"models": []})
    with pytest.raises(ImportError, match="pip install"):
        rocky_dagster_dagster.RockyResource(url="http://127.0.0.1:8080")
