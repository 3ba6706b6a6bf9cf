"""Dagster-shaped descriptions of Rocky's models, without Dagster: plain dicts that
``rocky_dagster.dagster`` turns into ``AssetSpec``s (and that tests can check on their own).

Asset keys follow Rocky's convention for transformation models: ``[catalog, schema, table]``, the
parts the model's target sets (``[schema, table]`` on DuckDB without a catalog).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, Optional, Sequence

_TAG_VALUE = re.compile(r"[^A-Za-z0-9_.-]")


def tag_value(value: Any) -> str:
    """A Dagster-safe tag value: at most 63 of ``[A-Za-z0-9_.-]`` (others become ``_``)."""
    return _TAG_VALUE.sub("_", str(value))[:63]


def asset_key(model: Mapping[str, Any], key_prefix: Sequence[str] = ()) -> List[str]:
    """The asset key of one entry of ``GET /models``'s ``models``."""
    target = model.get("target") or {}
    parts = [target.get("catalog"), target.get("schema"), target.get("table") or model["name"]]
    return list(key_prefix) + [str(p) for p in parts if p]


def asset_specs(
    models_payload: Mapping[str, Any],
    *,
    pipeline: Optional[str] = None,
    key_prefix: Sequence[str] = (),
    group_name: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """One spec per model (of ``pipeline`` when given), in the API's order.

    Each spec is ``{"model", "key", "deps", "group_name", "tags", "description", "metadata"}``:
    ``deps`` are the keys of the models it reads; the group is the target schema unless
    ``group_name`` is given; tags are Rocky's (``rocky/model_name``, ``rocky/strategy``,
    ``rocky/target_schema``, ...) plus the model's own ``[tags]``.
    """
    models = list(models_payload.get("models", []))
    by_name = {m["name"]: m for m in models}
    wanted = None
    if pipeline is not None:
        pipelines = {p["name"]: p["models"] for p in models_payload.get("pipelines", [])}
        if pipeline not in pipelines:
            raise KeyError(f"no transformation pipeline {pipeline!r}; the pipelines are {sorted(pipelines)}")
        wanted = set(pipelines[pipeline])
    specs = []
    for m in models:
        if wanted is not None and m["name"] not in wanted:
            continue
        if (m.get("strategy") or {}).get("type") == "ephemeral":
            continue  # inlined into its readers, never built
        target = m.get("target") or {}
        tags = {
            "rocky/model_name": tag_value(m["name"]),
            "rocky/strategy": tag_value((m.get("strategy") or {}).get("type", "unknown")),
        }
        if target.get("catalog"):
            tags["rocky/target_catalog"] = tag_value(target["catalog"])
        if target.get("schema"):
            tags["rocky/target_schema"] = tag_value(target["schema"])
        for k, v in (m.get("tags") or {}).items():
            tags["rocky/" + tag_value(k)] = tag_value(v)
        columns = [{"name": c["name"], "type": c.get("data_type"), "nullable": c.get("nullable")}
                   for c in m.get("columns", [])]
        specs.append({
            "model": m["name"],
            "key": asset_key(m, key_prefix),
            "deps": [asset_key(by_name[d], key_prefix) for d in m.get("depends_on", []) if d in by_name],
            "group_name": group_name or target.get("schema") or "default",
            "tags": tags,
            "description": f"Rocky model {m['name']}",
            "metadata": {"rocky/columns": columns, "rocky/schema_complete": bool(m.get("schema_complete"))},
        })
    return specs


def materializations(run: Mapping[str, Any], specs: Sequence[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """The successful model results of a run (its ``RunView``), each with its spec's asset key."""
    keys = {s["model"]: s["key"] for s in specs}
    out = []
    for m in run.get("models", []):
        if m.get("status") != "success" or m.get("model_name") not in keys:
            continue
        metadata: Dict[str, Any] = {"rocky/run_id": run["run_id"], "duration_ms": m.get("duration_ms")}
        if m.get("rows_affected") is not None:
            metadata["rows_affected"] = m["rows_affected"]
        if m.get("sql_hash"):
            metadata["rocky/sql_hash"] = m["sql_hash"]
        out.append({"model": m["model_name"], "key": keys[m["model_name"]], "metadata": metadata})
    return out
