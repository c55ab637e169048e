"""Persistence: one SQLAlchemy store over SQLite (embedded default) or PostgreSQL (production)."""

from safeguarding.store.database import Store, open_store, resolve_db_url
from safeguarding.store.models import Base

__all__ = ["Base", "Store", "open_store", "resolve_db_url"]
