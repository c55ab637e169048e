"""Replicas started at the same moment on a new database: one migrates, the others wait for it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_processes_opening_a_new_database_at_once_all_succeed(fresh_postgres_url: str) -> None:
    code = f"from safeguarding.store import open_store; open_store({fresh_postgres_url!r}).close()"
    processes = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    failures = []
    for process in processes:
        _, err = process.communicate(timeout=600)
        if process.returncode != 0:
            failures.append(err.strip().splitlines()[-3:])
    assert failures == []  # before the migration lock, all but one failed on an existing table
    engine = create_engine("postgresql+psycopg://" + fresh_postgres_url.split("://", 1)[1])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() >= 1
    engine.dispose()
