"""Exchanges end to end: the real python-threatexchange clients against loopback stand-ins (NCMEC XML,
StopNCII JSON, from pytx's own fixtures), the sample and a local file, on the real store."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update

from safeguarding.exchanges import (
    ExchangeError,
    add_exchange,
    delete_exchange,
    describe_api,
    exchange_status,
    fetch_exchange,
    get_exchange,
    list_exchanges,
    set_credentials,
    set_exchange_enabled,
)
from safeguarding.exchanges.models import Exchange
from safeguarding.store import Store
from safeguarding.store.models import BankEntry
from tests.exchanges.standins import DATA, NcmecState, StopNciiState, ThreatExchangeState, serve

PDQ_IN_NCMEC = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


@pytest.fixture(autouse=True)
def credentials_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "creds"
    monkeypatch.setenv("SAFEGUARDING_EXCHANGE_CREDENTIALS_DIR", str(folder))
    for variable in ("TX_NCMEC_CREDENTIALS", "TX_STOPNCII_KEYS", "TX_ACCESS_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # pytx's own credential files (~/.tx_*) are not the user's
    return folder


def entries(store: Store, bank: str = "B") -> dict[tuple[str, str], bool]:
    """(type, value) -> active, for the bank's entries."""
    from safeguarding.store.models import Bank

    with store.session() as session:
        rows = session.execute(
            select(BankEntry.signal_type, BankEntry.value, BankEntry.retracted_at)
            .join(Bank, Bank.id == BankEntry.bank_id)
            .where(Bank.name == bank)
        ).all()
    return {(kind, value): retracted is None for kind, value, retracted in rows}


def test_sample_fetch_twice_adds_nothing_twice(store: Store) -> None:
    add_exchange(store, "samp", "sample", "B")
    first = fetch_exchange(store, "samp")
    assert first.error is None and first.complete and first.added > 0
    again = fetch_exchange(store, "samp")
    assert again.error is None and again.added == 0 and again.retracted == 0
    status = exchange_status(store, "samp")
    assert status.last_fetch_succeeded is True and status.up_to_date and status.running_fetch_start_ts is None
    assert status.fetched_items == first.updates and status.active_signals == first.added
    assert [e.name for e in list_exchanges(store)] == ["samp"]


def test_local_file_removed_line_is_retracted_and_bad_line_reported(
    sqlite_store: Store, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"pdq {PDQ_IN_NCMEC}\nvideo_md5 {'ab' * 16}\npdq zz-not-hex\nraw_text hello\n")
    add_exchange(sqlite_store, "file", "local_file", "B", {"filename": str(listing)})
    report = fetch_exchange(sqlite_store, "file")
    assert report.error is None and report.added == 2
    assert any("zz-not-hex" in problem for problem in report.problems)
    assert entries(sqlite_store) == {("pdq", PDQ_IN_NCMEC): True, ("md5", "ab" * 16): True}
    listing.write_text(f"pdq {PDQ_IN_NCMEC}\n")
    report = fetch_exchange(sqlite_store, "file")
    assert report.retracted == 1 and report.added == 0
    assert entries(sqlite_store) == {("pdq", PDQ_IN_NCMEC): True, ("md5", "ab" * 16): False}
    listing.write_text(f"pdq {PDQ_IN_NCMEC}\nvideo_md5 {'ab' * 16}\n")
    assert fetch_exchange(sqlite_store, "file").added == 1  # back upstream: active again
    assert entries(sqlite_store)[("md5", "ab" * 16)] is True


def test_ncmec_resumes_from_checkpoint_and_honours_deletions(store: Store) -> None:
    state = NcmecState()
    state.add(DATA / "ncmec_first.xml", int(time.time()) - 100)
    set_credentials("ncmec", {"user": state.user, "password": state.password})
    with serve(state) as base:
        add_exchange(store, "nc", "ncmec", "B", {"environment": "Industry", "endpoint": base})
        partial = fetch_exchange(store, "nc", max_batches=1)
        assert partial.error is None and not partial.complete and partial.batches == 1
        assert exchange_status(store, "nc").up_to_date is False
        rest = fetch_exchange(store, "nc")
        assert rest.error is None and rest.complete, rest.error
        assert entries(store) == {
            ("pdq", PDQ_IN_NCMEC): True,
            ("md5", "b1" * 16): True,
            ("md5", "face" * 8): True,
            ("md5", "bace" * 8): True,
        }  # image MD5 and SHA-1 are not NCMEC-mapped signals (pytx maps video md5, image pdq)
        checkpoint = exchange_status(store, "nc").checkpoint_ts
        assert checkpoint is not None
        state.add(DATA / "ncmec_second.xml", checkpoint + 1)
        time.sleep(2.1)  # pytx fetches up to five seconds before now
        later = fetch_exchange(store, "nc")
        assert later.error is None and later.deletions == 1 and later.retracted == 1
        assert entries(store)[("md5", "bace" * 8)] is False and entries(store)[("md5", "face" * 8)] is True
        rerun = fetch_exchange(store, "nc")
        assert rerun.added == 0 and rerun.retracted == 0
    status = exchange_status(store, "nc")
    assert status.last_fetch_succeeded and status.up_to_date and status.checkpoint_ts > checkpoint


def test_ncmec_bad_credentials_fail_cleanly(sqlite_store: Store) -> None:
    state = NcmecState()
    state.add(DATA / "ncmec_first.xml", int(time.time()) - 100)
    set_credentials("ncmec", "testington:wrong")
    with serve(state) as base:
        add_exchange(sqlite_store, "nc", "ncmec", "B", {"environment": "Industry", "endpoint": base})
        report = fetch_exchange(sqlite_store, "nc")
    assert report.error is not None and "401" in report.error and "nc" in report.error
    status = exchange_status(sqlite_store, "nc")
    assert status.last_fetch_succeeded is False and status.last_error == report.error
    assert status.running_fetch_start_ts is None and entries(sqlite_store) == {}


def test_stop_ncii_pages_bad_record_and_stale_checkpoint(store: Store) -> None:
    state = StopNciiState()
    state.add(DATA / "stopncii_first.json")
    set_credentials("stop_ncii", {"fetch_function_key": "fkey", "subscription_key": "skey"})
    with serve(state) as base:
        add_exchange(store, "sn", "stop_ncii", "B", {"endpoint": base + "/v1"})
        first = fetch_exchange(store, "sn")
        assert first.error is None and first.batches == 2 and first.added == 3
        state.add(DATA / "stopncii_second.json")
        second = fetch_exchange(store, "sn")
        assert second.added == 1 and any("not-a-hash" in p for p in second.problems)
        # Upstream drops a record; a stale checkpoint (30 days unfetched) refetches everything and the
        # record no longer seen is retracted.
        state.records = [r for r in state.records if not str(r["hashValue"]).startswith("2afc")]
        with store.session() as session:
            row = session.scalar(select(Exchange).where(Exchange.name == "sn"))
            assert row is not None and row.checkpoint_json is not None
            old = json.loads(row.checkpoint_json)
            old["last_fetch_time"] = 0
            session.execute(
                update(Exchange).where(Exchange.id == row.id).values(checkpoint_json=json.dumps(old))
            )
        stale = fetch_exchange(store, "sn")
        assert stale.stale_refetch and stale.error is None and stale.retracted == 1 and stale.added == 0
        active = {value for (_, value), on in entries(store).items() if on}
        assert len(active) == 3 and not any(v.startswith("2afc") for v in active)


def test_server_down_is_an_error_not_a_traceback(sqlite_store: Store) -> None:
    set_credentials("stop_ncii", "fkey,skey")
    add_exchange(sqlite_store, "sn", "stop_ncii", "B", {"endpoint": "http://127.0.0.1:9/v1"})
    report = fetch_exchange(sqlite_store, "sn")
    assert report.error is not None and "ConnectionError" in report.error
    assert exchange_status(sqlite_store, "sn").last_fetch_succeeded is False


def test_missing_credentials_say_where_to_put_them(sqlite_store: Store) -> None:
    add_exchange(sqlite_store, "te", "fb_threatexchange", "B", {"privacy_group": 1234})
    report = fetch_exchange(sqlite_store, "te")
    assert report.error is not None and "TX_ACCESS_TOKEN" in report.error


def test_add_refuses_bad_settings(sqlite_store: Store) -> None:
    with pytest.raises(ExchangeError, match="unknown exchange API 'nope'"):
        add_exchange(sqlite_store, "x", "nope", "B")
    with pytest.raises(ExchangeError, match="environment"):
        add_exchange(sqlite_store, "x", "ncmec", "B", {})
    with pytest.raises(ExchangeError, match="credentials"):
        add_exchange(sqlite_store, "x", "ncmec", "B", {"environment": "Industry", "password": "p"})
    with pytest.raises(ExchangeError, match="https"):
        add_exchange(sqlite_store, "x", "stop_ncii", "B", {"endpoint": "http://example.org/v1"})
    with pytest.raises(ExchangeError, match="unknown setting"):
        add_exchange(sqlite_store, "x", "sample", "B", {"colour": "red"})
    add_exchange(sqlite_store, "x", "sample", "B")
    with pytest.raises(ExchangeError, match="already exists"):
        add_exchange(sqlite_store, "x", "sample", "B")


def test_enable_delete_and_credentials_file(sqlite_store: Store, credentials_dir: Path) -> None:
    add_exchange(sqlite_store, "samp", "sample", "B")
    assert set_exchange_enabled(sqlite_store, "samp", False).enabled is False
    assert get_exchange(sqlite_store, "samp").enabled is False
    fetch_exchange(sqlite_store, "samp")
    delete_exchange(sqlite_store, "samp", retract_entries=True)
    delete_exchange(sqlite_store, "samp")  # idempotent
    assert list_exchanges(sqlite_store) == [] and not any(entries(sqlite_store).values())
    assert describe_api("ncmec").has_credentials is False
    path = set_credentials("ncmec", "u:p")
    assert path.parent == credentials_dir and path.stat().st_mode & 0o777 == 0o600
    assert describe_api("ncmec").has_credentials is True
    with pytest.raises(ExchangeError, match="takes no credentials"):
        set_credentials("sample", "x")


def test_threatexchange_endpoint_and_should_delete(sqlite_store: Store) -> None:
    state = ThreatExchangeState()
    state.add(DATA / "threatexchange_updates.json")
    set_credentials("fb_threatexchange", state.token)
    with serve(state) as base:
        add_exchange(sqlite_store, "te", "fb_threatexchange", "B", {"privacy_group": 303, "endpoint": base})
        first = fetch_exchange(sqlite_store, "te")
        assert first.error is None and first.batches == 2 and first.added == 3, first.error
        assert entries(sqlite_store) == {
            ("pdq", PDQ_IN_NCMEC): True,
            ("url_md5", "e359430911fe80c2dd526d3cca21da30"): True,
            ("pdq", "0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff"): True,
        }
        state.add(DATA / "threatexchange_delete.json")
        later = fetch_exchange(sqlite_store, "te")
        assert later.error is None and later.retracted == 1 and later.added == 0
        assert (
            entries(sqlite_store)[("pdq", "0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff")]
            is False
        )
    assert exchange_status(sqlite_store, "te").checkpoint_ts == 1700000900
