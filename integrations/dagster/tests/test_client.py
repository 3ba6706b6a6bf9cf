"""The client against a real ``rocky serve``: start, poll, list, models, lineage, errors."""

from __future__ import annotations

import pytest

from rocky_dagster import (
    NotFoundError,
    RockyApiError,
    RockyClient,
    RockyConnectionError,
    Run,
    RunTimeoutError,
    UnauthorizedError,
)


@pytest.fixture()
def client(server) -> RockyClient:
    return RockyClient(server.url, server.token, timeout=60)


def test_health_needs_no_token(server):
    health = RockyClient(server.url).health()
    assert health["status"] == "ok"
    assert health["version"]


@pytest.mark.parametrize("token", [None, "not-the-token"])
def test_every_other_route_needs_the_token(server, token):
    anonymous = RockyClient(server.url, token)
    for call in (anonymous.models, lambda: anonymous.lineage("stg_orders"), anonymous.list_runs,
                 lambda: anonymous.get_run("run-20260101-000000-000"), anonymous.start_run):
        with pytest.raises(UnauthorizedError) as caught:
            call()
        assert caught.value.status == 401
        assert caught.value.code == "unauthorized"
        assert caught.value.remediation_hint


def test_models_and_lineage(client):
    models = client.models()
    assert models["command"] == "models"
    assert {m["name"] for m in models["models"]} == {"stg_orders", "customer_revenue", "daily_revenue"}
    assert [p["name"] for p in models["pipelines"]] == ["shop"]
    assert set(models["pipelines"][0]["models"]) == {"stg_orders", "customer_revenue", "daily_revenue"}

    lineage = client.lineage("customer_revenue")
    assert lineage["model"] == "customer_revenue"
    assert lineage["upstream"] == ["stg_orders"]
    assert {e["target"]["column"] for e in lineage["edges"]} >= {"customer_id", "revenue"}

    with pytest.raises(NotFoundError) as caught:
        client.lineage("no_such_model")
    assert caught.value.code == "model_not_found"
    assert "stg_orders" in caught.value.remediation_hint


def test_start_poll_and_list_a_run(client):
    started = client.start_run(pipeline="shop", idempotency_key="pytest-full-run")
    assert isinstance(started, Run)
    assert started.status == "Running"
    assert started.run_id.startswith("run-")

    done = client.wait_for_run(started.run_id, timeout=300, poll_interval=0.5)
    assert done.status == "Success", done.raw
    assert done.succeeded and done.done
    assert {m["model_name"]: m["status"] for m in done.models} == {
        "stg_orders": "success", "customer_revenue": "success", "daily_revenue": "success"}
    assert done.raw["session_source"] == "dagster"
    assert done.raw["pipeline"] == "shop"

    assert client.get_run(started.run_id).status == "Success"
    assert started.run_id in [r.run_id for r in client.list_runs()]
    assert started.run_id in [r.run_id for r in client.list_runs(pipeline="shop", limit=5)]

    again = client.start_run(pipeline="shop", idempotency_key="pytest-full-run")
    assert again.status == "SkippedIdempotent"
    assert again.run_id == started.run_id
    assert again.succeeded


def test_run_a_selection_on_a_branch_and_wait(client):
    run = client.run(selection=["+customer_revenue"], branch="pytest", vars={"unused": 1}, timeout=300,
                     poll_interval=0.5)
    assert run.status == "Success", run.raw
    assert sorted(m["model_name"] for m in run.models) == ["customer_revenue", "stg_orders"]
    assert run.raw["branch"] == "pytest"
    assert run.raw["selection"] == ["+customer_revenue"]


def test_bad_requests_raise_the_api_error(client):
    with pytest.raises(NotFoundError) as caught:
        client.start_run(pipeline="nope")
    assert caught.value.code == "pipeline_not_found"

    with pytest.raises(RockyApiError) as caught:
        client.start_run(selection=["no_such_model"])
    assert caught.value.status == 400
    assert caught.value.code == "request_invalid"

    with pytest.raises(NotFoundError) as caught:
        client.get_run("run-20990101-000000-000")
    assert caught.value.code == "run_not_found"

    with pytest.raises(RockyApiError) as caught:
        client.list_runs(limit=0)
    assert caught.value.status == 400


def test_waiting_gives_up_with_the_run(client, monkeypatch):
    running = Run({"run_id": "run-20260101-000000-000", "status": "Running", "done": False, "models": []})
    monkeypatch.setattr(client, "get_run", lambda run_id: running)
    with pytest.raises(RunTimeoutError) as caught:
        client.wait_for_run("run-20260101-000000-000", timeout=0.3, poll_interval=0.1)
    assert caught.value.run is running


def test_an_unreachable_server_is_a_connection_error():
    with pytest.raises(RockyConnectionError) as caught:
        RockyClient("http://127.0.0.1:9", timeout=2).health()
    assert caught.value.code == "unreachable"
