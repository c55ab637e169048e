"""Shared fixtures: the store on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from safeguarding.store import Store, open_store

POSTGRES_URL = os.environ.get("SAFEGUARDING_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TESTDATA = Path(os.environ.get("SAFEGUARDING_TESTDATA", SHARED / "testdata"))
NCMEC_SPECS = Path(os.environ.get("SAFEGUARDING_NCMEC_SPECS", SHARED / "specs" / "ncmec"))


def _driver_url(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


def _create_schema(admin_url: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_driver_url(admin_url))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in admin_url else "?"
    return schema, f"{admin_url}{sep}options=-csearch_path%3D{schema}"


def _drop_schema(schema: str) -> None:
    admin = create_engine(_driver_url(POSTGRES_URL))
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A URL to a new, empty PostgreSQL schema (not migrated), dropped after the test."""
    schema, url = _create_schema(POSTGRES_URL)
    yield url
    _drop_schema(schema)


@pytest.fixture(scope="session")
def _migrated_postgres() -> Iterator[tuple[str, str]]:
    """One migrated schema per test process; each test empties its tables (faster than migrating)."""
    schema, url = _create_schema(POSTGRES_URL)
    open_store(url).close()
    yield schema, url
    _drop_schema(schema)


@pytest.fixture
def postgres_url(_migrated_postgres: tuple[str, str]) -> str:
    """A URL to a migrated PostgreSQL schema whose tables are empty."""
    schema, url = _migrated_postgres
    engine = create_engine(_driver_url(url))
    with engine.begin() as conn:
        tables = conn.scalars(
            text(
                "SELECT tablename FROM pg_tables"
                " WHERE schemaname = :schema AND tablename <> 'alembic_version'"
            ),
            {"schema": schema},
        ).all()
        if tables:
            names = ", ".join(f'"{schema}"."{t}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(str(path)).close()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, _migrated_sqlite: Path) -> str:
    """A URL to a migrated, empty SQLite file of this test's own."""
    path = tmp_path / "safeguarding.db"
    shutil.copyfile(_migrated_sqlite, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The store URL, once for SQLite and once for PostgreSQL."""
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, migrated store, on SQLite and on PostgreSQL."""
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    opened = open_store(sqlite_url)
    yield opened
    opened.close()
