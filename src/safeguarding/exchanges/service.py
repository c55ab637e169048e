"""Exchanges as stored: configuration, status, enable and delete."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.banks.service import get_or_create_bank
from safeguarding.exchanges.apis import ENDPOINT, build_collab, check_endpoint
from safeguarding.exchanges.models import Exchange, ExchangeSignal
from safeguarding.exchanges.types import ExchangeError, ExchangeInfo, ExchangeStatus
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry
from safeguarding.urls.models import UrlEntry

SECRET_WORDS = ("password", "token", "secret", "key", "credential")


def _info(session: Session, row: Exchange) -> ExchangeInfo:
    bank = session.get(Bank, row.bank_id)
    return ExchangeInfo(
        row.name, row.api, bank.name if bank else "", row.enabled, json.loads(row.config_json), row.created_at
    )


def _row(session: Session, name: str) -> Exchange:
    row = session.scalar(select(Exchange).where(Exchange.name == name))
    if row is None:
        known = ", ".join(session.scalars(select(Exchange.name).order_by(Exchange.name))) or "none yet"
        raise ExchangeError(f"no exchange named {name!r} (exchanges: {known})")
    return row


def add_exchange(
    store: Store,
    name: str,
    api: str,
    bank: str,
    config: Mapping[str, Any] | None = None,
    *,
    enabled: bool = True,
) -> ExchangeInfo:
    """Configure an exchange filling `bank` (created if needed) from `api` with the API's settings.

    Settings are checked against the API's collaboration config (pytx's dataclass); credentials are
    refused here (they belong in the environment or the credentials file). Raises ExchangeError for an
    unknown API, a name already taken, or bad settings.
    """
    name = name.strip()
    if not name:
        raise ExchangeError("an exchange needs a name")
    settings = dict(config or {})
    secret = [k for k in settings if any(word in k.lower() for word in SECRET_WORDS)]
    if secret:
        raise ExchangeError(
            f"exchange {name!r}: {', '.join(secret)} look like credentials; they are never stored with the "
            "exchange: use `safeguarding exchanges credentials API` or the environment"
        )
    if ENDPOINT in settings:
        settings[ENDPOINT] = check_endpoint(settings[ENDPOINT])
    build_collab(api, name, enabled, settings)  # validates
    with store.session() as session:
        if session.scalar(select(Exchange).where(Exchange.name == name)) is not None:
            raise ExchangeError(f"exchange {name!r} already exists")
        bank_row = get_or_create_bank(session, bank)
        row = Exchange(
            name=name,
            api=api,
            bank_id=bank_row.id,
            config_json=json.dumps(settings, sort_keys=True, default=sorted),
            enabled=enabled,
            up_to_date=False,
            generation=0,
        )
        session.add(row)
        session.flush()
        return _info(session, row)


def list_exchanges(store: Store) -> list[ExchangeInfo]:
    """Every configured exchange, by name."""
    with store.session() as session:
        return [_info(session, row) for row in session.scalars(select(Exchange).order_by(Exchange.name))]


def get_exchange(store: Store, name: str) -> ExchangeInfo:
    """One exchange; ExchangeError if there is none of that name."""
    with store.session() as session:
        return _info(session, _row(session, name))


def set_exchange_enabled(store: Store, name: str, enabled: bool) -> ExchangeInfo:
    """Turn fetching on or off (a disabled exchange is skipped by `fetch_all`)."""
    with store.session() as session:
        row = _row(session, name)
        row.enabled = enabled
        return _info(session, row)


def delete_exchange(store: Store, name: str, *, retract_entries: bool = False) -> None:
    """Forget an exchange, its checkpoint and its records (no error if there is none of that name). Its
    bank stays; with `retract_entries`, the entries it added are retracted."""
    from safeguarding.exchanges.records import retract_exchange_entries

    with store.session() as session:
        row = session.scalar(select(Exchange).where(Exchange.name == name))
        if row is None:
            return
        if retract_entries:
            retract_exchange_entries(session, row)
        session.delete(row)


def _ts(value: datetime | None) -> int | None:
    return int(value.timestamp()) if value is not None else None


def exchange_status(store: Store, name: str) -> ExchangeStatus:
    """Checkpoint time, running and last fetch, records and active entries of one exchange."""
    with store.session() as session:
        row = _row(session, name)
        records = session.scalar(
            select(func.count(func.distinct(ExchangeSignal.record_key))).where(
                ExchangeSignal.exchange_id == row.id
            )
        )
        active = session.scalar(
            select(func.count()).where(
                BankEntry.bank_id == row.bank_id,
                BankEntry.source == f"exchange:{row.name}",
                BankEntry.retracted_at.is_(None),
            )
        )
        active_urls = session.scalar(
            select(func.count()).where(
                UrlEntry.bank_id == row.bank_id,
                UrlEntry.source == f"exchange:{row.name}",
                UrlEntry.retracted_at.is_(None),
            )
        )
        info = _info(session, row)
        return ExchangeStatus(
            name=row.name,
            api=row.api,
            bank=info.bank,
            enabled=row.enabled,
            checkpoint_ts=row.checkpoint_ts,
            running_fetch_start_ts=_ts(row.running_fetch_start_ts),
            last_fetch_complete_ts=_ts(row.last_fetch_complete_ts),
            last_fetch_succeeded=row.last_fetch_succeeded,
            up_to_date=row.up_to_date,
            fetched_items=records or 0,
            active_signals=(active or 0) + (active_urls or 0),
            last_error=row.last_error,
        )
