from sqlalchemy import inspect, select

from safeguarding.store import Base, Store, open_store, resolve_db_url
from safeguarding.store.database import StoreError, load_all_models
from safeguarding.store.models import Bank


def test_migrated_schema_matches_models(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_round_trip(store: Store) -> None:
    with store.session() as session:
        session.add(Bank(name="hotline", description="from a hotline"))
    with store.session() as session:
        bank = session.scalars(select(Bank)).one()
        assert bank.name == "hotline"
        assert bank.created_at is not None


def test_reopening_is_idempotent(db_url: str) -> None:
    open_store(db_url).close()
    open_store(db_url).close()


def test_bare_path_means_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert resolve_db_url(str(tmp_path / "a.db")).startswith("sqlite:///")
    assert resolve_db_url("postgresql://u@h/d").startswith("postgresql+psycopg://")


def test_missing_folder_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    try:
        open_store(str(tmp_path / "nope" / "a.db"))
    except StoreError as exc:
        assert "does not exist" in str(exc)
    else:
        raise AssertionError("expected StoreError")


def test_models_and_migrations_agree(store: Store) -> None:
    """Every model's table, column and index was created by a migration, on both databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    load_all_models()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # type/server-default nuances differ between dialects; tables, columns and nullability must not.
    structural = [
        d
        for d in diff
        if isinstance(d, tuple) and d[0] in {"add_table", "remove_table", "add_column", "remove_column"}
    ]
    assert structural == []
