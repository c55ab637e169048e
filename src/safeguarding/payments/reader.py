"""Stream transactions from JSON Lines or CSV, one validated record at a time.

A bad line is named by its number through `on_error` and skipped; the batch goes on. Memory is bounded by
one line (the reader never holds the file).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

REQUIRED = ("txn_id", "time", "sender", "receiver", "amount", "currency", "channel")
OPTIONAL = ("sender_country", "receiver_country", "memo", "merchant_category")

ErrorHandler = Callable[[int, str], None]


class TransactionError(ValueError):
    """A transaction line that cannot be used; the message names the field."""


class Transaction(NamedTuple):  # a tuple: the cheapest record to build per line
    txn_id: str
    epoch: int  # seconds since 1970, UTC
    local_hour: int  # hour in the sender's own time zone (as written in `time`)
    time: str
    sender: str
    receiver: str
    amount: float
    currency: str
    channel: str
    sender_country: str
    receiver_country: str
    memo: str
    mcc: int


def _text(record: dict[str, Any], name: str, required: bool) -> str:
    value = record.get(name)
    if value is None or value == "":
        if required:
            raise TransactionError(f"field {name!r} is missing")
        return ""
    if not isinstance(value, str):
        raise TransactionError(f"field {name!r} must be text")
    return value


def to_transaction(record: Any) -> Transaction:
    """One parsed record → a `Transaction`, or `TransactionError` naming what is wrong.

    The common case (every field present and of its type) takes one combined check; anything else goes
    through `_checked`, which names the first problem."""
    get: Callable[[str], Any] | None = record.get if type(record) is dict else None
    if get is not None:
        time, amount, mcc = get("time"), get("amount"), get("merchant_category")
        values = (get("txn_id"), get("sender"), get("receiver"), get("currency"), get("channel"))
        memo, sc, rc = get("memo") or "", get("sender_country") or "", get("receiver_country") or ""
        if (
            type(time) is str
            and all(type(v) is str and v for v in values)
            and type(amount) in (int, float)
            and 0 <= amount < 1e12
            and (mcc is None or type(mcc) is int)
            and type(memo) is str
            and type(sc) is str
            and type(rc) is str
        ):
            try:
                stamp = datetime.fromisoformat(time)
            except ValueError:
                stamp = None
            if stamp is not None and stamp.tzinfo is not None:
                txn_id, sender, receiver, currency, channel = values
                return Transaction(
                    txn_id, int(stamp.timestamp()), stamp.hour, time, sender, receiver, float(amount),
                    currency.upper(), channel, sc.upper(), rc.upper(), memo, mcc or 0,
                )  # fmt: skip
    return _checked(record)


def _checked(record: Any) -> Transaction:
    """The careful path: every field checked, the first problem named."""
    if not isinstance(record, dict):
        raise TransactionError("a transaction must be a JSON object")
    ids = [
        _text(record, name, True) for name in ("txn_id", "time", "sender", "receiver", "currency", "channel")
    ]
    txn_id, time, sender, receiver, currency, channel = ids
    raw_amount = record.get("amount")
    if raw_amount is None or isinstance(raw_amount, bool):
        raise TransactionError("field 'amount' must be a number")
    try:
        amount = float(raw_amount)
    except (TypeError, ValueError):
        raise TransactionError("field 'amount' must be a number") from None
    if not (0 <= amount < 1e12):
        raise TransactionError("field 'amount' must be a number from 0 to 1e12")
    try:
        stamp = datetime.fromisoformat(time)
    except ValueError:
        raise TransactionError(f"field 'time' is not an ISO 8601 time: {time[:40]!r}") from None
    if stamp.tzinfo is None:
        raise TransactionError("field 'time' has no time-zone offset")
    mcc_raw = record.get("merchant_category")
    try:
        mcc = int(mcc_raw) if mcc_raw not in (None, "") and not isinstance(mcc_raw, bool) else 0
    except (TypeError, ValueError):
        raise TransactionError("field 'merchant_category' must be a 4-digit code") from None
    return Transaction(
        txn_id=txn_id,
        epoch=int(stamp.timestamp()),
        local_hour=stamp.hour,
        time=time,
        sender=sender,
        receiver=receiver,
        amount=amount,
        currency=currency.upper(),
        channel=channel,
        sender_country=_text(record, "sender_country", False).upper(),
        receiver_country=_text(record, "receiver_country", False).upper(),
        memo=_text(record, "memo", False),
        mcc=mcc,
    )


def _records(handle: IO[str], fmt: str, on_error: ErrorHandler) -> Iterator[tuple[int, Any]]:
    if fmt == "csv":
        reader = csv.DictReader(handle)
        missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
        if missing:
            on_error(1, f"CSV header lacks column(s) {', '.join(missing)}")
            return
        for row in reader:
            yield reader.line_num, row
        return
    decode = json.JSONDecoder().decode
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield number, decode(line)
        except (ValueError, RecursionError) as exc:
            on_error(number, f"not JSON: {exc}")


def read_transactions(
    source: str | Path, on_error: ErrorHandler | None = None, fmt: str | None = None
) -> Iterator[Transaction]:
    """Transactions of `source` (a path, or "-" for standard input) in file order; CSV when the name ends
    in .csv or `fmt="csv"`. Each bad line goes to `on_error(line_number, message)` and is skipped."""
    name = str(source)
    chosen = fmt or ("csv" if name.lower().endswith(".csv") else "jsonl")
    report = on_error or (lambda number, message: print(f"{name}:{number}: {message}", file=sys.stderr))
    handle = sys.stdin if name == "-" else open(name, encoding="utf-8", newline="")  # noqa: SIM115
    try:
        for number, record in _records(handle, chosen, report):
            try:
                yield to_transaction(record)
            except TransactionError as exc:
                report(number, str(exc))
    except UnicodeDecodeError as exc:
        report(0, f"not UTF-8 text: {exc}")
    finally:
        if handle is not sys.stdin:
            handle.close()
