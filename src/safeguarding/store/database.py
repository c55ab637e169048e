"""Opening the store: resolve the URL, migrate to the newest schema, hand out sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "./safeguarding.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened or migrated; the message says why."""


def resolve_db_url(value: str | None = None) -> str:
    """A `postgresql://` or `sqlite://` URL, or a bare path meaning a SQLite file.

    Falls back to $SAFEGUARDING_DB, then ./safeguarding.db.
    """
    raw = value or os.environ.get("SAFEGUARDING_DB") or DEFAULT_DB
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    if raw.startswith("postgresql://") or raw.startswith("postgres://"):
        # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def _enable_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


class Store:
    """An open, migrated database with a session factory and a place for derived indexes."""

    def __init__(self, url: str, engine: Engine, index_dir: Path) -> None:
        self.url = url
        self.engine = engine
        self.index_dir = index_dir
        # Sessions carry the index folder, so code holding only a session finds derived indexes.
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={"index_dir": index_dir})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on a clean exit, rolls back on an error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _index_dir_for(url: str) -> Path:
    configured = os.environ.get("SAFEGUARDING_INDEX_DIR")
    if configured:
        return Path(configured)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database + ".index")
    return Path("./safeguarding-index").resolve()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def open_store(value: str | None = None, *, migrate: bool = True) -> Store:
    """Open the store named by `value` (URL or path), creating and migrating it as needed."""
    url = resolve_db_url(value)
    engine_options: dict[str, object] = {"future": True}
    if url.startswith("postgresql"):
        # Sized for the server: every request holds at most one connection at a time and runs in
        # starlette's thread pool (40 threads), so 40 connections never make a request wait for one;
        # 10 stay open between bursts (opening one costs milliseconds, more than a match).
        engine_options.update(pool_pre_ping=True, pool_size=10, max_overflow=30, pool_timeout=30)
    try:
        engine = create_engine(url, **engine_options)
    except Exception as exc:  # bad URL or missing driver
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        database = make_url(url).database
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise StoreError(
                    f"cannot create database {database!r}: folder {str(parent)!r} does not exist"
                )
        _enable_sqlite_pragmas(engine)
    if migrate:
        try:
            with _one_migrator(engine):
                command.upgrade(alembic_config(engine), "heads")
        except Exception as exc:
            engine.dispose()
            raise StoreError(f"cannot open or migrate database {url!r}: {exc}") from exc
    return Store(url, engine, _index_dir_for(url))


# Per schema: replicas in different schemas of one database do not wait for each other.
_MIGRATION_LOCK = "hashtext('safeguarding-migrate:' || current_schema())"


@contextmanager
def _one_migrator(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one process migrates at a time (a session advisory lock): service replicas started
    together on a new database would otherwise run the same migration at once and all but one fail.
    The others wait, then find the schema current."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})"))
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})"))
            conn.commit()


def load_all_models() -> None:
    """Import every package's `models` module so `Base.metadata` knows every table."""
    import importlib
    import importlib.util
    import pkgutil

    import safeguarding

    for info in pkgutil.iter_modules(safeguarding.__path__):
        name = f"safeguarding.{info.name}.models"
        if info.ispkg and importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
