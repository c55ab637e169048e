"""Synthetic transactions for tests and the demo: benign lookalikes and offenders, from the literature
(AUSTRAC 2019, FINTRAC 2020-OA001/2025, FATF 2025, AMLC). Memos are ordinary payment references only.

Written month by month (all customers' transactions of one month sorted, then written), so memory is one
month of transactions, whatever the length.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HOMES = {  # country: (currency, UTC offset hours)
    "AU": ("AUD", 10), "CA": ("CAD", -5), "GB": ("GBP", 0), "US": ("USD", -5),
    "DE": ("EUR", 1), "NL": ("EUR", 1), "SE": ("SEK", 1), "NO": ("NOK", 1),
}  # fmt: skip
CORRIDORS = ["PH", "TH", "CO", "GH", "UA", "DO", "RO", "JM"]
FAMILY_MEMOS = ["for mama", "school fees", "medical", "gift", "for the family", "rent", "bday", None, None]
OFFENDER_MEMOS = ["school fees", "medicine", "gift", "for the kids", "load", None, None, "@sunny.day22"]
QUIET_MEMOS = ["thanks", "rent", "help", None, None, None]
KINDS = [  # benign kinds and their shares of benign customers
    ("family_remittance", 0.15),
    ("student_fees", 0.07),
    ("charity_donor", 0.07),
    ("traveller", 0.07),
    ("gamer_crypto", 0.07),
    ("ordinary", 0.57),
]
OFFENDER_KINDS = [("livestream_payer", 0.4), ("livestream_payer_quiet", 0.35), ("facilitator_network", 0.25)]
RATE = {"AUD": 1.6, "CAD": 1.45, "GBP": 0.85, "USD": 1.08, "EUR": 1.0, "SEK": 11.4, "NOK": 11.6}


def _h(text: str) -> int:
    """A stable hash (Python's own changes between runs)."""
    return zlib.crc32(text.encode())


@dataclass
class Customer:
    cid: str
    kind: str
    home: str
    rng: random.Random
    receivers: list[str] = field(default_factory=list)
    start: int = 0  # first offending month

    @property
    def offender(self) -> bool:
        return self.kind in dict(OFFENDER_KINDS)


def _choose(rng: random.Random, table: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def _customers(seed: int, n: int, months: int, offender_share: float) -> list[Customer]:
    rng = random.Random(seed)
    hubs = [
        f"acct-hub{i:03d}" for i in range(max(3, n // 2000))
    ]  # facilitators' accounts (AUSTRAC case study)
    charities = [f"acct-charity{i:02d}" for i in range(6)]
    out = []
    for i in range(n):
        crng = random.Random(rng.random())
        offender = crng.random() < offender_share
        kind = _choose(crng, OFFENDER_KINDS if offender else KINDS)
        c = Customer(f"cust-{i:05d}", kind, crng.choice(list(HOMES)), crng)
        if kind == "family_remittance":
            # several relatives, some paid only now and then (birthdays, emergencies): they appear later
            c.receivers = [f"acct-f{i:05d}-{j}" for j in range(crng.choice([1, 1, 2, 3, 4, 5]))]
            if crng.random() < 0.25 and i > 0:  # brothers and sisters abroad send to the same parents
                c.receivers.append(f"acct-f{max(0, i - crng.randint(1, 3)):05d}-0")
        elif kind == "charity_donor":
            c.receivers = [crng.choice(charities)]
        elif c.offender:
            c.start = crng.randrange(max(1, months // 2))
            pool = hubs if kind == "facilitator_network" else hubs[: max(3, len(hubs) // 3)]
            c.receivers = [crng.choice(pool)] + [f"acct-o{i:05d}-{j}" for j in range(crng.randint(1, 4))]
        out.append(c)
    return out


def _time(c: Customer, month_start: datetime, day: int, hour: int) -> tuple[datetime, str]:
    tz = timezone(timedelta(hours=HOMES[c.home][1]))
    local = month_start.replace(tzinfo=tz) + timedelta(days=day, hours=hour, minutes=c.rng.randrange(60))
    return local.astimezone(UTC), local.isoformat()


def _amount(c: Customer, eur: float, round_to: float = 0) -> float:
    value = eur * RATE[HOMES[c.home][0]]
    return float(round(value / round_to) * round_to) if round_to else round(value, 2)


def _month(c: Customer, m: int, start: datetime, days: int) -> Iterator[tuple[datetime, dict[str, Any]]]:
    rng = c.rng
    ccy = HOMES[c.home][0]

    def txn(
        day: int,
        hour: int,
        receiver: str,
        eur: float,
        channel: str,
        country: str,
        memo: str | None = None,
        mcc: int | None = None,
        round_to: float = 0,
    ) -> tuple[datetime, dict[str, Any]]:
        utc, text = _time(c, start, min(day, days - 1), hour)
        return utc, {
            "time": text,
            "sender": c.cid,
            "receiver": receiver,
            "amount": _amount(c, eur, round_to),
            "currency": ccy,
            "channel": channel,
            "sender_country": c.home,
            "receiver_country": country,
            "memo": memo,
            "merchant_category": mcc,
        }

    for _ in range(rng.randint(5, 9)):  # everyday spending
        mcc = rng.choice([5411, 5411, 5812, 4814, 5541, 4900])
        yield txn(
            rng.randrange(days),
            rng.randint(8, 20),
            f"mer-{mcc}-{rng.randrange(50)}",
            rng.uniform(5, 120),
            "card",
            c.home,
            None,
            mcc,
        )
    night = rng.random() < 0.1
    k = c.kind
    if k == "family_remittance":
        weekly = _h(c.cid) % 5 == 0  # small and frequent
        for index, r in enumerate(c.receivers):
            if index > 0 and _h(r) % 2 and rng.random() > 0.3:  # an occasional relative
                continue
            base = (20 + _h(r) % 40) if weekly else 60 + (_h(r) % 300)
            times = 4 if weekly and index == 0 else 2 if _h(r) % 3 == 0 else 1
            if m % 12 == 11:
                times += 1
            for t in range(times):
                hour = rng.choice([23, 0, 1]) if night else rng.randint(9, 21)
                yield txn(
                    rng.randint(0, 3) + t * (7 if times >= 4 else 14),
                    hour,
                    r,
                    base * rng.uniform(0.9, 1.1),
                    "remittance",
                    CORRIDORS[_h(r) % len(CORRIDORS)],
                    rng.choice(FAMILY_MEMOS),
                    round_to=10,
                )
        if m % 12 == 11 and rng.random() < 0.5:
            yield txn(
                rng.randrange(10), 14, "mer-4511-air", 900, "card", CORRIDORS[_h(c.cid) % 8], None, 4511
            )
        if rng.random() < 0.05:  # an emergency
            yield txn(
                rng.randrange(days),
                rng.randint(0, 23),
                c.receivers[0],
                rng.uniform(200, 800),
                "remittance",
                CORRIDORS[_h(c.receivers[0]) % 8],
                "hospital",
            )
    elif k == "student_fees":
        if m % 12 in (0, 3, 8):
            country = CORRIDORS[_h(c.cid) % 8] if _h(c.cid) % 2 else "GB"
            yield txn(
                rng.randrange(10),
                11,
                f"acct-uni{_h(c.cid) % 40}",
                rng.uniform(1500, 4000),
                "bank_transfer",
                country,
                "tuition fees",
            )
            yield txn(rng.randrange(10), 11, f"mer-8220-{_h(c.cid) % 40}", 120, "card", country, None, 8220)
        yield txn(
            1,
            10,
            f"acct-rent{c.cid}",
            rng.uniform(300, 500),
            "bank_transfer",
            CORRIDORS[_h(c.cid) % 8],
            "rent",
        )
        if rng.random() < 0.3:
            yield txn(
                rng.randrange(days),
                22,
                f"acct-st{c.cid}",
                rng.choice([20, 50, 100]),
                "p2p_app",
                CORRIDORS[_h(c.cid) % 8],
                "school fees",
                round_to=10,
            )
    elif k == "charity_donor":
        yield txn(
            5,
            9,
            c.receivers[0],
            rng.choice([20, 25, 50, 100]),
            "bank_transfer",
            CORRIDORS[_h(c.receivers[0]) % 8],
            rng.choice(["donation", "for the kids", "education"]),
        )
        yield txn(rng.randrange(days), 12, "mer-8398-x", 30, "card", c.home, None, 8398)
    elif k == "traveller":
        if m % 4 == _h(c.cid) % 4:
            dest = CORRIDORS[_h(c.cid) % 2]
            yield txn(rng.randrange(5), 20, "mer-4511-air", rng.uniform(700, 1400), "card", dest, None, 4511)
            yield txn(
                rng.randrange(5, 20),
                23,
                f"acct-guide{rng.randrange(500)}",
                rng.choice([50, 100]),
                "p2p_app",
                dest,
                "tour",
                round_to=10,
            )
            yield txn(rng.randrange(5), 22, "mer-5734-vpn", 9.99, "card", "US", None, 5734)
    elif k == "gamer_crypto":
        if rng.random() < 0.3:  # chipping in for a friend abroad, late at night
            yield txn(
                rng.randrange(days),
                rng.choice([23, 0, 1]),
                f"acct-friend{_h(c.cid) % 997}",
                rng.choice([10, 20, 50]),
                "p2p_app",
                CORRIDORS[_h(c.cid) % 8],
                "@" + c.cid[-3:] + "gg",
            )
        for _ in range(rng.randint(1, 4)):
            yield txn(
                rng.randrange(days),
                rng.choice([22, 23, 0, 1, 2]),
                rng.choice(["mer-5816-g", "mer-5734-vpn"]),
                rng.uniform(5, 60),
                "card",
                "US",
                None,
                rng.choice([5816, 5734]),
            )
        if rng.random() < 0.5:
            yield txn(
                rng.randrange(days),
                1,
                "acct-exchange",
                rng.choice([50, 100, 200]),
                rng.choice(["crypto", "gift_card"]),
                "US",
            )
    elif c.offender and m >= c.start:
        quiet = k == "livestream_payer_quiet"
        grow = 1 + (m - c.start) * (0.5 if not quiet else 0.3)
        count = max(2, round(rng.randint(2, 4) * grow))
        active = c.receivers[: 2 + (m - c.start)]
        for _ in range(count):
            r = rng.choice(active)
            hour = rng.randint(9, 20) if quiet or rng.random() < 0.4 else rng.choice([22, 23, 0, 1, 2])
            eur = rng.uniform(15, 180) * (1 + 0.2 * (m - c.start))
            memo = rng.choice(QUIET_MEMOS if quiet else OFFENDER_MEMOS)
            channel = rng.choice(["remittance", "p2p_app", "remittance"])
            country = CORRIDORS[_h(r) % 3]  # PH, TH, CO
            item = txn(rng.randrange(days), hour, r, eur, channel, country, memo, round_to=0 if quiet else 10)
            yield item
        if not quiet and m == c.start and rng.random() < 0.5:
            yield txn(rng.randrange(days), 23, "mer-5734-cap", 39.0, "card", "US", None, 5734)
        if not quiet and m == c.start + 2 and rng.random() < 0.3:
            yield txn(rng.randrange(days), 15, "mer-4722-trv", 1100, "card", "PH", None, 4722)


def write_corpus(
    out: Path,
    truth: Path,
    *,
    seed: int,
    customers: int,
    months: int,
    offender_share: float = 0.002,
    start: str = "2024-01-01",
    fmt: str = "jsonl",
) -> dict[str, int]:
    """Write transactions in time order and the truth per customer; returns counts per kind."""
    people = _customers(seed, customers, months, offender_share)
    first = datetime.fromisoformat(start)
    counter = 0
    first_offence: dict[str, tuple[datetime, str]] = {}
    columns = [
        "txn_id",
        "time",
        "sender",
        "receiver",
        "amount",
        "currency",
        "channel",
        "sender_country",
        "receiver_country",
        "memo",
        "merchant_category",
    ]
    with out.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            import csv

            writer = csv.DictWriter(handle, columns)
            writer.writeheader()
        for m in range(months):
            year, month = divmod(first.month - 1 + m, 12)
            month_start = first.replace(year=first.year + year, month=month + 1, day=1)
            nxt = (month_start + timedelta(days=32)).replace(day=1)
            rows = []
            for c in people:
                for utc, rec in _month(c, m, month_start, (nxt - month_start).days):
                    rows.append((utc, c, rec))
                    offending = c.offender and m >= c.start and rec["channel"] != "card"
                    if offending and (c.cid not in first_offence or utc < first_offence[c.cid][0]):
                        first_offence[c.cid] = (utc, rec["time"])
            rows.sort(key=lambda row: (row[0], row[2]["sender"]))
            for _, _, rec in rows:
                counter += 1
                rec = {"txn_id": f"t-{counter}", **rec}
                if fmt == "csv":
                    writer.writerow({k: "" if v is None else v for k, v in rec.items()})
                else:
                    handle.write(json.dumps(rec) + "\n")
    counts: dict[str, int] = {}
    with truth.open("w", encoding="utf-8") as handle:
        for c in people:
            counts[c.kind] = counts.get(c.kind, 0) + 1
            handle.write(
                json.dumps(
                    {
                        "customer": c.cid,
                        "label": "offender" if c.offender else "benign",
                        "kind": c.kind,
                        "first_offending_time": first_offence[c.cid][1] if c.cid in first_offence else None,
                    }
                )
                + "\n"
            )
    return counts
