"""Drive Rocky through its runs API (``rocky serve`` locally, the API function in AWS).

``rocky_dagster.client`` needs the standard library only. ``rocky_dagster.dagster`` adds a Dagster
resource and an asset factory on top of it and imports Dagster when it is used.
"""

from .assets import asset_key, asset_specs
from .client import (
    NotFoundError,
    RockyApiError,
    RockyClient,
    RockyConnectionError,
    Run,
    RunInProgressError,
    RunTimeoutError,
    UnauthorizedError,
)

__all__ = [
    "NotFoundError",
    "RockyApiError",
    "RockyClient",
    "RockyConnectionError",
    "Run",
    "RunInProgressError",
    "RunTimeoutError",
    "UnauthorizedError",
    "asset_key",
    "asset_specs",
]

__version__ = "0.1.0"
