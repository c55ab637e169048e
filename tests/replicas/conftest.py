"""Real `safeguarding serve` processes over one PostgreSQL schema, on random loopback ports.

Two topologies, each with everything the tests need (users, tokens, a configuration file):
- `processes`: two `serve` processes with their own index directories, as on two machines, sessions
  and the login throttle in the store;
- `workers`: one `serve --workers 2` (two uvicorn worker processes sharing one index directory, as on
  one machine), sessions and the login throttle in Redis.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from safeguarding.accounts import create_token, create_user
from safeguarding.accounts import service as accounts_service
from safeguarding.store import Store, open_store

POSTGRES_URL = os.environ.get("SAFEGUARDING_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = "redis://127.0.0.1:6379/0"
PASSWORD = "correct horse battery"
REVIEWERS = [f"reviewer{i}" for i in range(6)]
START_TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Replicas:
    """Base URLs of two replicas (the same URL twice for `--workers 2`), the store, and tokens by user."""

    topology: str
    urls: tuple[str, str]
    store: Store
    tokens: dict[str, str]
    logs: list[Path] = field(default_factory=list)

    def client(self, replica: int, user: str | None = "admin") -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[user]}"} if user else {}
        return httpx.Client(base_url=self.urls[replica], headers=headers, timeout=30)


def _driver_url(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


@pytest.fixture(scope="module")
def replica_schema() -> Iterator[str]:
    """A new PostgreSQL schema of this module's own, migrated, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_driver_url(POSTGRES_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _make_users(store: Store) -> dict[str, str]:
    # Cheap argon2 parameters: a wrong password is verified with the parameters of the stored hash.
    original = accounts_service._hasher
    accounts_service._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    tokens: dict[str, str] = {}
    try:
        with store.session() as session:
            for name, role in [("admin", "admin"), ("client", "api_client"), ("guarded", "reviewer")] + [
                (reviewer, "reviewer") for reviewer in REVIEWERS
            ]:
                create_user(session, name, role, PASSWORD)
                _, tokens[name] = create_token(session, name)
    finally:
        accounts_service._hasher = original
    return tokens


def _config(tmp: Path, sessions: str, prefix: str) -> Path:
    lines = [
        "web:",
        "  secret_key: replica-test-secret-0123456789",
        "sessions:",
        f"  backend: {sessions}",
        "  throttle:",
        "    free_failures: 3",
        "    base_delay_seconds: 120",  # long enough that a loaded machine cannot outwait it
    ]
    if sessions == "redis":
        lines += [f"  redis_url: {REDIS_URL}", f"  redis_prefix: '{prefix}'"]
    path = tmp / "service.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(
    url: str, config: Path, index_dir: Path, log: Path, workers: int
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEGUARDING_")}
    env["SAFEGUARDING_INDEX_DIR"] = str(index_dir)
    command = [sys.executable, "-m", "safeguarding", "serve", "--port", str(port), "--db", url]
    command += ["--config", str(config), "--workers", str(workers)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, cwd=log.parent, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    return process, f"http://127.0.0.1:{port}"


def _wait_ready(process: subprocess.Popen[bytes], base: str, log: Path, workers: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        assert process.poll() is None, f"the server exited: {log.read_text(errors='replace')[-3000:]}"
        assert time.monotonic() < deadline, (
            f"the server did not start: {log.read_text(errors='replace')[-3000:]}"
        )
        try:
            ready = httpx.get(f"{base}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            ready = False
        # With workers, wait until every worker has started, so both take requests.
        if ready and log.read_text(errors="replace").count("Application startup complete") >= workers:
            return
        time.sleep(0.3)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # the group this test started: uvicorn and its workers
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@pytest.fixture(scope="module", params=["processes", "workers"])
def replicas(
    request: pytest.FixtureRequest, replica_schema: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Replicas]:
    topology = str(request.param)
    tmp = tmp_path_factory.mktemp(f"replicas-{topology}")
    store = open_store(replica_schema)
    with store.engine.begin() as conn:  # the second topology starts from empty tables too
        tables = conn.scalars(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                " AND tablename <> 'alembic_version'"
            )
        ).all()
        conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    tokens = _make_users(store)
    servers: list[tuple[subprocess.Popen[bytes], str, Path]] = []
    prefix = f"sgtest-{uuid.uuid4().hex[:12]}:"
    try:
        if topology == "processes":  # two machines: each replica its own index directory
            config, workers = _config(tmp, "store", prefix), 1
            for name in ("a", "b"):
                log = tmp / f"serve-{name}.log"
                servers.append((*_start(replica_schema, config, tmp / f"index-{name}", log, workers), log))
        else:  # one machine, `--workers 2`: one index directory shared by both workers
            config, workers = _config(tmp, "redis", prefix), 2
            log = tmp / "serve-workers.log"
            servers.append((*_start(replica_schema, config, tmp / "index", log, workers), log))
        for process, base, log in servers:
            _wait_ready(process, base, log, workers)
        urls = [base for _, base, _ in servers]
        if len(urls) == 1:
            urls.append(urls[0])
        yield Replicas(topology, (urls[0], urls[1]), store, tokens, [log for _, _, log in servers])
    finally:
        for process, _, _ in servers:
            _stop(process)
        store.close()
        _forget_redis_keys(prefix)


def _forget_redis_keys(prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()
