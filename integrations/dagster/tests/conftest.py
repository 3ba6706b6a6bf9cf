"""Starts ``rocky serve`` for the client tests: ``bin/rocky`` (or ``$ROCKY_BIN``) on a free loopback
port, in a copy of ``fixtures/project``, with a token from ``ROCKY_SERVE_TOKEN``."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "project"
#: The first ``bin/rocky`` may build the CLI (Maven) before it serves.
START_TIMEOUT = float(os.environ.get("ROCKY_SERVE_START_TIMEOUT", "900"))


@dataclass(frozen=True)
class Server:
    url: str
    token: str
    project: Path
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    rocky = os.environ.get("ROCKY_BIN") or str(REPO / "bin" / "rocky")
    project = tmp_path_factory.mktemp("rocky") / "project"
    shutil.copytree(FIXTURE, project)
    token = "pytest-" + secrets.token_hex(12)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = project.parent / "serve.log"
    env = dict(os.environ, ROCKY_SERVE_TOKEN=token)
    with open(log, "wb") as out:
        proc = subprocess.Popen([rocky, "serve", "--port", str(port)], cwd=project, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _healthy(url):
            if proc.poll() is not None:
                pytest.fail(f"rocky serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                pytest.fail(f"rocky serve did not answer within {START_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield Server(url, token, project, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
