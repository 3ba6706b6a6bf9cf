"""A client for Rocky's runs API (docs/api/openapi.yaml), on the standard library only.

    client = RockyClient("http://127.0.0.1:8080", token="...")
    run = client.run(pipeline="shop", selection=["+fct_orders"], idempotency_key="2026-01-02")
    if not run.succeeded:
        print(run.status, run.failed_models)

Every error answer of the API is raised as a ``RockyApiError`` (or one of its subclasses) carrying
the API's ``code``, ``message`` and ``remediation_hint``.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

#: Statuses after which a run changes no more.
FINAL_STATUSES = frozenset(
    {"Success", "PartialFailure", "Failure", "SkippedIdempotent", "SkippedInFlight", "Error"}
)

#: Signs a request: given (method, url, headers, body), returns the headers to send. For the API in
#: AWS (IAM authorization) plug in SigV4, e.g. with botocore (see the README).
Signer = Callable[[str, str, Dict[str, str], bytes], Mapping[str, str]]


class RockyApiError(Exception):
    """An error answer of the runs API (or a failure to reach it)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        remediation_hint: Optional[str] = None,
        body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        super().__init__(f"{code}: {message}" + (f" (hint: {remediation_hint})" if remediation_hint else ""))
        self.status = status
        self.code = code
        self.message = message
        self.remediation_hint = remediation_hint
        self.body: Mapping[str, Any] = body or {}

    @property
    def diagnostics(self) -> List[Mapping[str, Any]]:
        """With ``project_invalid``, the compile errors."""
        return list(self.body.get("diagnostics", []))


class UnauthorizedError(RockyApiError):
    """401: no token (``rocky serve``) or no IAM signature (AWS), or the wrong one."""


class NotFoundError(RockyApiError):
    """404: no such run, model, pipeline or route."""


class RunInProgressError(RockyApiError):
    """409: another run of the project is in progress; ``running_run_id`` names it when known."""

    @property
    def running_run_id(self) -> Optional[str]:
        return self.body.get("running_run_id")


class RockyConnectionError(RockyApiError):
    """The API could not be reached (status 0)."""


class RunTimeoutError(TimeoutError):
    """``wait_for_run`` gave up; the run may still finish."""

    def __init__(self, run: "Run", waited: float) -> None:
        super().__init__(f"run {run.run_id} is still {run.status} after {waited:.0f} s")
        self.run = run


class Run:
    """A run as the API shows it (schema ``RunView``); ``raw`` is the whole JSON object."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw: Mapping[str, Any] = raw

    @property
    def run_id(self) -> str:
        return self.raw["run_id"]

    @property
    def status(self) -> str:
        return self.raw["status"]

    @property
    def done(self) -> bool:
        return bool(self.raw.get("done", self.status in FINAL_STATUSES))

    @property
    def succeeded(self) -> bool:
        """Whether the run built everything it was asked to (or an earlier run under its key did)."""
        return self.status in ("Success", "SkippedIdempotent")

    @property
    def models(self) -> List[Mapping[str, Any]]:
        """Each model's result so far (Rocky's ``ModelExecution``: model_name, status, duration_ms, ...)."""
        return list(self.raw.get("models", []))

    @property
    def failed_models(self) -> List[str]:
        return [m["model_name"] for m in self.models if m.get("status") == "failed"]

    @property
    def error(self) -> Optional[Mapping[str, Any]]:
        """For status ``Error``: why the run did not finish (``code``, ``message``)."""
        return self.raw.get("error")

    def __repr__(self) -> str:
        return f"Run({self.run_id!r}, {self.status!r}, models={len(self.models)})"


class RockyClient:
    """Calls the runs API at ``base_url`` (``rocky serve``'s, or API Gateway's stage URL).

    :param token: the bearer token of ``rocky serve``
    :param signer: signs each request instead (IAM in AWS)
    :param timeout: seconds for one HTTP exchange
    """

    def __init__(
        self,
        base_url: str,
        token: Optional[str] = None,
        *,
        timeout: float = 30.0,
        signer: Optional[Signer] = None,
        user_agent: str = "rocky-dagster/0.1",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.signer = signer
        self.user_agent = user_agent

    @classmethod
    def from_env(cls, **kwargs: Any) -> "RockyClient":
        """``ROCKY_API_URL`` (default ``http://127.0.0.1:8080``) and ``ROCKY_SERVE_TOKEN``."""
        return cls(
            os.environ.get("ROCKY_API_URL", "http://127.0.0.1:8080"),
            os.environ.get("ROCKY_SERVE_TOKEN") or None,
            **kwargs,
        )

    # --- routes -------------------------------------------------------------------------------

    def health(self) -> Mapping[str, Any]:
        """``GET /health``: ``{"status": "ok", "version": ...}``; needs no token."""
        return self._call("GET", "/health")

    def start_run(
        self,
        pipeline: Optional[str] = None,
        selection: Optional[Sequence[str]] = None,
        *,
        branch: Optional[str] = None,
        vars: Optional[Mapping[str, str]] = None,
        idempotency_key: Optional[str] = None,
        trigger: Optional[str] = None,
        session_source: str = "dagster",
    ) -> Run:
        """``POST /runs``: starts a run and returns as soon as it has an id (status ``Running``).

        With an ``idempotency_key`` an earlier run finished (or holds), nothing starts: the returned
        run is that one, with status ``SkippedIdempotent`` (or ``SkippedInFlight``).

        :raises RunInProgressError: another run of the project is in progress
        """
        body: Dict[str, Any] = {"session_source": session_source}
        if pipeline is not None:
            body["pipeline"] = pipeline
        if selection:
            body["selection"] = list(selection)
        if branch is not None:
            body["branch"] = branch
        if vars:
            body["vars"] = {str(k): str(v) for k, v in vars.items()}
        if idempotency_key is not None:
            body["idempotency_key"] = idempotency_key
        if trigger is not None:
            body["trigger"] = trigger
        return Run(self._call("POST", "/runs", body=body))

    def get_run(self, run_id: str) -> Run:
        """``GET /runs/{run_id}``: its status and each model's result so far."""
        return Run(self._call("GET", "/runs/" + urllib.parse.quote(run_id, safe="")))

    def list_runs(self, pipeline: Optional[str] = None, limit: Optional[int] = None) -> List[Run]:
        """``GET /runs``: runs in progress, then recent runs, newest first."""
        query: Dict[str, Any] = {}
        if pipeline is not None:
            query["pipeline"] = pipeline
        if limit is not None:
            query["limit"] = limit
        return [Run(r) for r in self._call("GET", "/runs", query=query)["runs"]]

    def models(self) -> Mapping[str, Any]:
        """``GET /models``: ``rocky compile``'s model details and the pipelines' models."""
        return self._call("GET", "/models")

    def lineage(self, model: str) -> Mapping[str, Any]:
        """``GET /models/{name}/lineage``: ``rocky lineage <model>``'s column lineage."""
        return self._call("GET", "/models/" + urllib.parse.quote(model, safe="") + "/lineage")

    # --- conveniences -------------------------------------------------------------------------

    def wait_for_run(self, run_id: str, *, timeout: float = 3600.0, poll_interval: float = 2.0) -> Run:
        """Polls the run until it is done.

        :raises RunTimeoutError: it is still running after ``timeout`` seconds
        """
        started = time.monotonic()
        delay = min(0.2, poll_interval)
        while True:
            run = self.get_run(run_id)
            if run.done:
                return run
            waited = time.monotonic() - started
            if waited >= timeout:
                raise RunTimeoutError(run, waited)
            time.sleep(min(delay, max(0.0, timeout - waited)))
            delay = min(delay * 2, poll_interval)

    def run(self, pipeline: Optional[str] = None, selection: Optional[Sequence[str]] = None, *,
            timeout: float = 3600.0, poll_interval: float = 2.0, **start: Any) -> Run:
        """Starts a run (see ``start_run``) and waits for it to finish."""
        started = self.start_run(pipeline, selection, **start)
        if started.done:
            return started
        return self.wait_for_run(started.run_id, timeout=timeout, poll_interval=poll_interval)

    # --- HTTP ---------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
    ) -> Any:
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = b"" if body is None else json.dumps(body).encode("utf-8")
        headers = {"Accept": "application/json", "User-Agent": self.user_agent}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if self.signer is not None:
            headers.update(self.signer(method, url, dict(headers), data))
        request = urllib.request.Request(url, data=data if body is not None else None, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return _json(response.read(), response.status)
        except urllib.error.HTTPError as e:
            raise _error(e.code, e.read()) from None
        except urllib.error.URLError as e:
            raise RockyConnectionError(0, "unreachable", f"cannot reach {self.base_url}: {e.reason}",
                                       "is the server running (rocky serve), and is the URL right?") from None
        except (TimeoutError, ConnectionError) as e:
            raise RockyConnectionError(0, "unreachable", f"cannot reach {self.base_url}: {e}",
                                       "is the server running (rocky serve), and is the URL right?") from None


_ERRORS = {401: UnauthorizedError, 404: NotFoundError, 409: RunInProgressError}


def _json(raw: bytes, status: int) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RockyApiError(status, "bad_response", "the API answered something that is not JSON") from None


def _error(status: int, raw: bytes) -> RockyApiError:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = {}
    if not isinstance(body, dict):
        body = {}
    cls = _ERRORS.get(status, RockyApiError)
    return cls(status, str(body.get("code", f"http_{status}")), str(body.get("message", raw[:200].decode("utf-8", "replace"))),
               body.get("remediation_hint"), body)
