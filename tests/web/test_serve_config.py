"""`serve --config FILE` is the configuration of the whole process, automatic audit-head signing included."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CLI = [sys.executable, "-m", "safeguarding"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_signs_audit_heads_with_the_key_named_in_its_config(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEGUARDING_")}
    db, key = tmp_path / "s.db", tmp_path / "signing.pem"
    config = tmp_path / "service.yaml"
    config.write_text(f"audit:\n  signing_key: {key}\n  head_every_events: 1\n", encoding="utf-8")
    run = lambda *args, **kw: subprocess.run([*CLI, *args], env=env, cwd=tmp_path, check=True, **kw)  # noqa: E731
    run("audit", "keygen", "--out", str(key), capture_output=True)
    run("users", "add", "rita", "--role", "reviewer", "--password-stdin", "--db", str(db),
        input=b"a-long-password-1\n", capture_output=True)  # fmt: skip
    port = free_port()
    serve = [*CLI, "serve", "--port", str(port), "--db", str(db), "--config", str(config)]
    server = subprocess.Popen(
        serve, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        login = {"name": "rita", "password": "a-long-password-1"}
        answer = httpx.post(f"http://127.0.0.1:{port}/v1/session", json=login, timeout=10)
        assert answer.status_code == 200, answer.text
    finally:
        server.terminate()
        server.wait(timeout=30)
    heads = run("audit", "heads", "--db", str(db), capture_output=True, text=True).stdout
    assert heads.strip(), "the login event should have made a signed head with the configured key"
