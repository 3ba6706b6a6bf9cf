"""Dagster on top of the runs API client: a resource and an asset factory. Thin on purpose.

    import dagster as dg
    from rocky_dagster import RockyClient
    from rocky_dagster.dagster import RockyResource, rocky_assets

    client = RockyClient.from_env()
    defs = dg.Definitions(
        assets=[rocky_assets(client, pipeline="shop")],
        resources={"rocky": RockyResource(url=dg.EnvVar("ROCKY_API_URL"), token=dg.EnvVar("ROCKY_SERVE_TOKEN"))},
    )

``rocky_assets`` reads ``GET /models`` once, when the code location loads, and defines one
multi-asset: one asset per model (key ``[catalog, schema, table]``, deps from ``depends_on``, group
= target schema, Rocky's tags, the inferred columns as the column schema). Materializing a subset
starts one Rocky run of exactly those models (``POST /runs`` with ``selection``), waits for it, and
reports a materialization per model that succeeded; a run that did not fully succeed fails the step
with the failed models and Rocky's error. Each step's run carries the idempotency key
``dagster:<dagster run id>:<asset name>``, so a re-executed step whose Rocky run already succeeded
builds nothing again.

Importing this module does not need Dagster; using it does (``pip install dagster``).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from .assets import asset_specs, materializations
from .client import RockyClient, Run

try:  # Dagster is optional: the client and the pure helpers work without it.
    import dagster as dg
except ImportError:  # pragma: no cover - exercised where Dagster is not installed
    dg = None

_NEEDS_DAGSTER = "rocky_dagster.dagster needs Dagster: pip install 'rocky-dagster[dagster]' (or dagster>=1.8)"


def require_dagster() -> Any:
    """The ``dagster`` module, or an ImportError that says how to get it."""
    if dg is None:
        raise ImportError(_NEEDS_DAGSTER)
    return dg


if dg is not None:

    class RockyResource(dg.ConfigurableResource):
        """Where the runs API is: ``rocky serve``'s URL and token, or the API's URL in AWS."""

        url: str = "http://127.0.0.1:8080"
        token: Optional[str] = None
        timeout_seconds: float = 30.0
        poll_interval_seconds: float = 2.0
        run_timeout_seconds: float = 6 * 3600.0

        def get_client(self) -> RockyClient:
            return RockyClient(self.url, self.token, timeout=self.timeout_seconds)

        def run(self, context: Any = None, **start: Any) -> Run:
            """Starts a run (``RockyClient.start_run``'s arguments) and waits for it; logs its id."""
            client = self.get_client()
            started = client.start_run(**start)
            if context is not None:
                context.log.info(f"rocky run {started.run_id}: {started.status}")
            if started.done:
                return started
            return client.wait_for_run(started.run_id, timeout=self.run_timeout_seconds,
                                       poll_interval=self.poll_interval_seconds)

else:  # pragma: no cover - exercised where Dagster is not installed

    class RockyResource:  # type: ignore[no-redef]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            require_dagster()


def rocky_assets(
    models: Union[RockyClient, Mapping[str, Any]],
    *,
    pipeline: Optional[str] = None,
    name: str = "rocky_models",
    key_prefix: Sequence[str] = (),
    group_name: Optional[str] = None,
    resource_key: str = "rocky",
) -> Any:
    """One Dagster multi-asset for the models of ``pipeline`` (all models without it).

    :param models: a client (``GET /models`` is read now) or that route's JSON
    :param resource_key: the key of the ``RockyResource`` in the Definitions
    """
    require_dagster()
    payload = models.models() if isinstance(models, RockyClient) else models
    specs = asset_specs(payload, pipeline=pipeline, key_prefix=key_prefix, group_name=group_name)
    by_key = {tuple(s["key"]): s for s in specs}

    @dg.multi_asset(
        name=name,
        specs=[_asset_spec(s) for s in specs],
        can_subset=True,
        required_resource_keys={resource_key},
    )
    def _rocky_models(context: dg.AssetExecutionContext):  # type: ignore[name-defined]
        selected = [by_key[tuple(k.path)]["model"] for k in context.selected_asset_keys]
        resource = getattr(context.resources, resource_key)
        run = resource.run(context, pipeline=pipeline, selection=selected,
                           idempotency_key=f"dagster:{context.run_id}:{name}")
        for m in materializations(run.raw, specs):
            yield dg.MaterializeResult(asset_key=dg.AssetKey(m["key"]), metadata=m["metadata"])
        if not run.succeeded:
            error = run.error or {}
            raise dg.Failure(
                description=f"rocky run {run.run_id} ended {run.status}"
                + (f": {error.get('message')}" if error else "")
                + (f"; failed models: {', '.join(run.failed_models)}" if run.failed_models else ""),
                metadata={"rocky/run_id": run.run_id, "rocky/status": run.status},
            )

    return _rocky_models


def _asset_spec(spec: Mapping[str, Any]) -> Any:
    columns = dg.TableSchema(columns=[dg.TableColumn(c["name"], c.get("type") or "unknown")
                                      for c in spec["metadata"]["rocky/columns"]])
    return dg.AssetSpec(
        key=dg.AssetKey(spec["key"]),
        deps=[dg.AssetKey(d) for d in spec["deps"]],
        group_name=spec["group_name"],
        tags=spec["tags"],
        description=spec["description"],
        metadata={"dagster/column_schema": columns, "rocky/model_name": spec["model"]},
        skippable=True,
    )
