#!/usr/bin/env python3
"""Training transactions for a live-streamed-abuse payment monitor (writer_c).

    python generate.py --seed S --customers N --months M --out TXNS.jsonl --truth TRUTH.jsonl
                       [--format jsonl|csv] [--start 2024-01-01] [--offender-share 0.002]

Formats and kinds: evaluation/specs/payments.md. Standard library only; the same arguments give the same
files. Transactions are streamed in time order (one generator per customer, merged by UTC instant), so
memory grows with the number of customers, not with months. Everything is invented; memos are plain.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import heapq
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

FIELDS = [
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
HOMES = {  # country: (currency, scale of everyday amounts, UTC offsets in hours for its cities)
    "AU": ("AUD", 1.0, [10, 10, 8, 9.5, 10.5]),
    "CA": ("CAD", 1.0, [-5, -5, -8, -7, -4]),
    "GB": ("GBP", 0.8, [0]),
    "US": ("USD", 1.0, [-5, -6, -7, -8, -5, -5]),
    "DE": ("EUR", 0.9, [1]),
    "NL": ("EUR", 0.9, [1]),
    "SE": ("SEK", 10.0, [1]),
    "NO": ("NOK", 10.0, [1]),
}
HOME_WEIGHTS = {"AU": 14, "CA": 12, "GB": 16, "US": 24, "DE": 12, "NL": 7, "SE": 8, "NO": 7}
# corridors named by FINTRAC 2020/2025, AUSTRAC 2019 and the Philippines AMLC studies, with diaspora weights
CORRIDORS = {
    "PH": 30,
    "TH": 8,
    "CO": 9,
    "DO": 6,
    "GH": 6,
    "UA": 7,
    "RO": 7,
    "JM": 6,
    "VN": 5,
    "KH": 2,
    "ID": 3,
    "MX": 6,
    "KE": 3,
    "NG": 4,
}
OFFENDER_CORRIDORS = {
    "PH": 48,
    "TH": 6,
    "CO": 9,
    "DO": 5,
    "GH": 4,
    "UA": 4,
    "RO": 5,
    "JM": 4,
    "KH": 3,
    "VN": 3,
    "ID": 3,
    "KE": 2,
    "MX": 2,
    "US": 2,
}
STUDY_ABROAD = ["GB", "US", "AU", "CA", "NL", "DE", "IE", "PH", "TH", "CO"]

OFFENDER_SHARES = {"livestream_payer": 0.40, "livestream_payer_quiet": 0.35, "facilitator_network": 0.25}
BENIGN_SHARES = {
    "ordinary": 0.43,
    "family_remittance": 0.22,
    "gamer_crypto": 0.10,
    "charity_donor": 0.09,
    "student_fees": 0.08,
    "traveller": 0.08,
}

FAMILY_MEMOS = [
    "for mama",
    "for mom",
    "for nanay",
    "school fees",
    "medical",
    "gift",
    "allowance",
    "rent",
    "bday",
    "tuition",
    "padala",
    "para mamá",
    "for papa",
    "groceries",
    "family support",
    "bills",
    "for lola",
    "christmas",
    "medicine",
    "uniform",
    "pang tuition",
    "for the kids",
    "remesa",
    "support",
    "load",
]
LOUD_MEMOS = [
    "school fees",
    "medicine",
    "gift",
    "for the kids",
    "uniform",
    "medical bills",
    "tuition",
    "allowance",
    "load",
    "family support",
    "education",
    "help",
    "bday",
    "for you",
    "food",
    "sch fees",
]
QUIET_MEMOS = [
    "thanks",
    "food",
    "rent",
    "bday",
    "help",
    "groceries",
    "for you",
    "bills",
    "ok",
    "as agreed",
    "transport",
    "phone",
    "loan",
    "payment",
]
# every memo an offender uses is also typed by benign senders: no memo decides on its own
FAMILY_MEMOS += ["sch fees", "education", "medical bills", "help", "for you", "food"]
HANDLE_PARTS = (
    [
        "ana",
        "jen",
        "mika",
        "liza",
        "rose",
        "kim",
        "bea",
        "joy",
        "mae",
        "sam",
        "nina",
        "eli",
        "dan",
        "vic",
        "lou",
        "pia",
        "kat",
        "trish",
    ],
    ["_live", ".cute", "_x", "22", "official", "_ph", "08", "vlog", "_", "00", "_stream", "tv", "_gamer"],
)
CHARITY_MEMOS = [
    "donation",
    "monthly gift",
    "sponsorship",
    "appeal",
    "typhoon appeal",
    "in memory",
    "water project",
    "school project",
    "regular giving",
    None,
]
EVERYDAY = [  # (mcc, weight, low, high) card purchases at home
    (5411, 30, 8, 140),
    (5812, 10, 12, 90),
    (5814, 9, 5, 25),
    (5541, 8, 25, 90),
    (5912, 5, 6, 60),
    (5311, 4, 15, 160),
    (4121, 4, 8, 45),
    (5999, 5, 5, 80),
    (7832, 2, 12, 40),
    (5651, 3, 20, 120),
    (5200, 2, 15, 220),
    (5732, 1, 30, 600),
    (5942, 1, 8, 40),
    (7230, 1, 15, 70),
]
EVERYDAY_MCCS = [e[0] for e in EVERYDAY]
EVERYDAY_W = [e[1] for e in EVERYDAY]
MONTHLY_BILLS = [(4814, 25, 80), (5815, 8, 20), (4900, 40, 180)]
P2P_MEMOS = [
    "pizza",
    "drinks",
    "rent share",
    "uber",
    "tickets",
    "thanks",
    "lunch",
    "gas",
    "concert",
    "dinner",
    "bday present",
    "split",
    "cinema",
    None,
    None,
]
P2P_MEMOS += ["as agreed", "loan", "payment", "transport", "phone", "ok", "help", "food", None]


def month_starts(start: date, months: int) -> list[tuple[int, int]]:
    """(epoch seconds of local midnight at the month start, length in seconds) for each month."""
    out = []
    for i in range(months):
        y, m = divmod(start.month - 1 + i, 12)
        year, month = start.year + y, m + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        begin = calendar.timegm(date(year, month, day).timetuple())
        y2, m2 = divmod(start.month + i, 12)
        year2, month2 = start.year + y2, m2 + 1
        day2 = min(start.day, calendar.monthrange(year2, month2)[1])
        end = calendar.timegm(date(year2, month2, day2).timetuple())
        out.append((begin, end - begin))
    return out


def offset_text(hours: float) -> str:
    sign = "+" if hours >= 0 else "-"
    minutes = round(abs(hours) * 60)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


EPOCH = datetime(1970, 1, 1)


class Customer:
    def __init__(self, cid: str, kind: str, seed: int, home: str, tz: float) -> None:
        self.id, self.kind, self.seed, self.home, self.tz = cid, kind, seed, home, tz
        self.currency, self.scale, _ = HOMES[home]
        self.offset = offset_text(tz)
        self.tz_seconds = int(tz * 3600)
        self.first_offending: str | None = None
        self.plan: dict = {}

    def truth(self) -> dict:
        offender = self.kind in OFFENDER_SHARES
        return {
            "customer": self.id,
            "label": "offender" if offender else "benign",
            "kind": self.kind,
            "first_offending_time": self.first_offending if offender else None,
        }


class Month:
    """Collects one customer's events of one month; local time is seconds since the month's local start."""

    def __init__(
        self, cust: Customer, rng: random.Random, begin: int, length: int, index: int, month: int
    ) -> None:
        self.c, self.rng, self.begin, self.length, self.index, self.month = (
            cust,
            rng,
            begin,
            length,
            index,
            month,
        )
        self.events: list[tuple] = []

    def at(self, day: float | None = None, hour: float | None = None) -> int:
        random_ = self.rng.random
        days = self.length // 86400
        d = int(random_() * days) if day is None else min(int(day), days - 1)
        h = HOUR_TABLE[int(random_() * len(HOUR_TABLE))] if hour is None else hour
        return int(d * 86400 + h * 3600 + int(random_() * 60) * 60)

    def night(self) -> float:
        return self.rng.choice([22, 22, 23, 23, 23, 0, 0, 1, 1, 2, 3, 4]) + self.rng.random() * 0.9

    def add(
        self,
        t: int,
        receiver: str,
        amount: float,
        channel: str,
        rcountry: str,
        memo: str | None = None,
        mcc: int | None = None,
        offending: bool = False,
    ) -> None:
        t = max(0, min(t, self.length - 60))
        if mcc is not None and memo is None and self.rng.random() < CARD_MEMO_P:
            memo = self.rng.choice(CARD_MEMOS.get(mcc, ["purchase"]))
        local = self.begin + t
        self.events.append(
            (
                local - self.c.tz_seconds,
                local,
                receiver,
                round(amount, 2),
                channel,
                rcountry,
                memo,
                mcc,
                offending,
            )
        )


CARD_MEMO_P = 0.5  # the purchase description some apps let people add; keeps memos present on about half
CARD_MEMOS = {
    5411: ["groceries", "food shop", "weekly shop", "shopping"],
    5812: ["dinner", "lunch", "restaurant"],
    5814: ["lunch", "coffee", "takeaway"],
    5541: ["fuel", "petrol", "gas"],
    5912: ["pharmacy", "meds"],
    5311: ["shopping", "clothes"],
    4121: ["taxi", "uber"],
    5999: ["shopping", "misc"],
    7832: ["cinema", "movie"],
    5651: ["clothes"],
    5200: ["diy", "garden"],
    5732: ["laptop", "phone", "tv"],
    5942: ["books"],
    7230: ["haircut"],
    4814: ["phone bill", "mobile"],
    5815: ["subscription", "streaming"],
    4900: ["electricity", "water bill"],
    4511: ["flight", "flights", "holiday"],
    4722: ["holiday", "trip", "booking"],
    5734: ["software", "subscription", "licence"],
    4816: ["subscription", "internet"],
    8398: ["donation", "monthly gift"],
    8220: ["tuition", "fees", "semester"],
    5816: ["game", "in-game", "dlc"],
    7011: ["hotel"],
    5813: ["drinks", "bar"],
    7999: ["tour", "tickets"],
}
DAY_HOURS = [
    0.3,
    0.15,
    0.08,
    0.05,
    0.05,
    0.1,
    0.5,
    1.5,
    2.5,
    3,
    3.2,
    3.5,
    4.5,
    4,
    3.6,
    3.6,
    4,
    4.6,
    5,
    4.6,
    4,
    3,
    2,
    0.9,
]


HOUR_TABLE = [h for h, w in enumerate(DAY_HOURS) for _ in range(int(w * 20))]
EVERYDAY_RANGE = {e[0]: (e[2], e[3]) for e in EVERYDAY}


def merchant(rng: random.Random, mcc: int, country: str, pool: int = 400) -> str:
    return f"mer-{mcc}-{country}-{int(rng.random() * pool):04d}"


def account(rng: random.Random) -> str:
    return f"acct-{rng.randrange(10**7, 10**8)}"


def amount_round(rng: random.Random, value: float, round_p: float) -> float:
    if rng.random() < round_p:
        step = 10 if value >= 40 else 5
        return float(max(step, int(value / step + 0.5) * step))
    return round(value * rng.uniform(0.93, 1.07), 2)


# ---------------------------------------------------------------- behaviour per kind


def everyday(m: Month, lite: bool = False) -> None:
    rng, c = m.rng, m.c
    n = rng.randint(3, 7) if lite else rng.randint(6, 14)
    for mcc in rng.choices(EVERYDAY_MCCS, EVERYDAY_W, k=n):
        lo, hi = EVERYDAY_RANGE[mcc]
        m.add(m.at(), merchant(rng, mcc, c.home), rng.uniform(lo, hi) * c.scale, "card", c.home, None, mcc)
    for mcc, lo, hi in MONTHLY_BILLS:
        if rng.random() < 0.7:
            m.add(
                m.at(day=c.plan["bill_day"] + rng.randint(0, 2), hour=rng.randint(6, 20)),
                c.plan.setdefault(f"bill{mcc}", merchant(rng, mcc, c.home, 30)),
                rng.uniform(lo, hi) * c.scale,
                "card",
                c.home,
                None,
                mcc,
            )
    if rng.random() < 0.55:
        m.add(
            m.at(day=c.plan["bill_day"], hour=rng.randint(7, 21)),
            c.plan["landlord"],
            c.plan["rent"] * c.scale,
            "bank_transfer",
            c.home,
            rng.choice(["rent", "Rent", None, "flat", None]),
        )
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        friend = rng.choice(c.plan["friends"])
        memo = rng.choice(P2P_MEMOS)
        m.add(m.at(), friend, amount_round(rng, rng.uniform(5, 60) * c.scale, 0.6), "p2p_app", c.home, memo)
    if rng.random() < 0.08:
        m.add(
            m.at(hour=rng.randint(9, 17)),
            c.plan["own_account"],
            rng.choice([50, 100, 200, 300, 500]) * c.scale,
            "cash_deposit",
            c.home,
            None,
        )


def family_remittance(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    if m.index > 0 and rng.random() < 0.08:  # a new receiver mid-period: a cousin, a niece
        p["relatives"].append((account(rng), rng.choice([30, 50, 80, 100, 150]) * c.scale))
    for rel, (acct, base) in enumerate(p["relatives"]):
        sends = p["per_month"] if rel == 0 else rng.choice([0, 1, 1])
        for k in range(sends):
            day = (p["payday"] + k * 14 + rng.randint(-2, 2)) % 28
            hour = m.night() if rng.random() < p["night_p"] else rng.choice([8, 12, 13, 17, 18, 19, 20, 21])
            value = base * rng.uniform(0.85, 1.15)
            memo = rng.choice(p["memos"]) if rng.random() < p["memo_p"] else None
            m.add(
                m.at(day, hour),
                acct,
                amount_round(rng, value, p["round_p"]),
                p["channel"],
                p["country"],
                memo,
            )
    if p["small_frequent"]:
        for _ in range(rng.randint(2, 7)):
            hour = m.night() if rng.random() < p["night_p"] + 0.15 else None
            m.add(
                m.at(hour=hour),
                rng.choice(p["relatives"])[0],
                amount_round(rng, rng.uniform(10, 60) * c.scale, 0.8),
                rng.choice(["p2p_app", "remittance"]),
                p["country"],
                rng.choice(["load", "gift", None, None, "snacks"]),
            )
    if p.get("institution") and m.month in (1, 6, 8, 9) and rng.random() < 0.8:
        m.add(
            m.at(hour=rng.randint(9, 20)),
            p["institution"],
            amount_round(rng, rng.uniform(150, 600) * c.scale, 0.5),
            "bank_transfer",
            p["country"],
            rng.choice(["school fees", "tuition", "enrolment", "hospital bill"]),
        )
    if m.month == 12:
        for acct, base in p["relatives"]:
            m.add(
                m.at(day=rng.randint(8, 22)),
                acct,
                amount_round(rng, base * rng.uniform(1.5, 3), 0.8),
                p["channel"],
                p["country"],
                rng.choice(["christmas", "merry christmas", "noche buena", "gift", None]),
            )
        if rng.random() < 0.35:
            m.add(
                m.at(day=rng.randint(0, 10), hour=rng.randint(19, 23)),
                merchant(rng, rng.choice([4511, 4722]), c.home),
                rng.uniform(700, 1900) * c.scale,
                "card",
                c.home,
                None,
                rng.choice([4511, 4722]),
            )
    if m.month in (10, 11) and rng.random() < 0.15:
        m.add(
            m.at(day=rng.randint(0, 25), hour=rng.randint(19, 23)),
            merchant(rng, 4511, c.home),
            rng.uniform(700, 1900) * c.scale,
            "card",
            c.home,
            None,
            4511,
        )
    if rng.random() < 0.06:  # emergency: a spike, often late
        t = m.at(hour=m.night() if rng.random() < 0.5 else None)
        for j in range(rng.randint(1, 3)):
            m.add(
                t + j * rng.randint(300, 3000),
                rng.choice(p["relatives"])[0],
                amount_round(rng, rng.uniform(80, 500) * c.scale, 0.7),
                p["channel"],
                p["country"],
                rng.choice(["hospital", "medical", "emergency", "typhoon", "medicine", "doctor", None]),
            )


def student_fees(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    if m.month in p["term_months"]:
        if p["card_fees"]:
            m.add(
                m.at(hour=rng.randint(8, 22)),
                p["school"],
                rng.uniform(900, 6000) * c.scale,
                "card",
                p["country"],
                None,
                8220,
            )
        else:
            m.add(
                m.at(hour=rng.randint(8, 22)),
                p["school_acct"],
                amount_round(rng, rng.uniform(400, 4000) * c.scale, 0.5),
                rng.choice(["bank_transfer", "remittance"]),
                p["country"],
                rng.choice(
                    ["school fees", "tuition", "fees term 2", "semester fee", "student id " + p["sid"]]
                ),
            )
    if p["rent_abroad"]:
        m.add(
            m.at(day=rng.randint(0, 4), hour=rng.randint(7, 23)),
            p["rent_acct"],
            p["rent"] * c.scale,
            "bank_transfer",
            p["country"],
            rng.choice(["rent", "accommodation", None]),
        )
    for _ in range(rng.choice([1, 1, 2, 3])):
        hour = m.night() if rng.random() < 0.2 else None
        m.add(
            m.at(hour=hour),
            p["child"],
            amount_round(rng, rng.uniform(30, 300) * c.scale, 0.75),
            rng.choice(["p2p_app", "bank_transfer", "remittance"]),
            p["country"],
            rng.choice(["allowance", "books", "food", "school fees", "for you", None, None]),
        )
    if m.month in (6, 12) and rng.random() < 0.4:
        m.add(
            m.at(), merchant(rng, 4511, c.home), rng.uniform(400, 1800) * c.scale, "card", c.home, None, 4511
        )


def charity_donor(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    for charity, cc, value in p["charities"]:
        m.add(
            m.at(day=p["give_day"], hour=rng.randint(6, 23)), charity, value * c.scale, "card", cc, None, 8398
        )
    if p["abroad_acct"] and rng.random() < 0.6:
        m.add(
            m.at(hour=m.night() if rng.random() < 0.15 else None),
            p["abroad_acct"],
            float(rng.choice([20, 25, 30, 50])) * c.scale,
            rng.choice(["bank_transfer", "remittance"]),
            p["abroad_country"],
            rng.choice(CHARITY_MEMOS),
        )
    if rng.random() < 0.1:  # disaster appeal
        m.add(
            m.at(hour=rng.choice([21, 22, 23, 0])),
            merchant(rng, 8398, c.home, 40),
            float(rng.choice([50, 100, 100, 200])) * c.scale,
            "card",
            c.home,
            None,
            8398,
        )


def traveller(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    if m.index == p["book_month"]:
        for mcc in (4511, 4722):
            if mcc == 4511 or rng.random() < 0.5:
                m.add(
                    m.at(hour=rng.randint(18, 23)),
                    merchant(rng, mcc, c.home),
                    rng.uniform(300, 1600) * c.scale,
                    "card",
                    c.home,
                    None,
                    mcc,
                )
    if m.index == p["trip_month"]:
        start = rng.randint(0, 10)
        dest = p["dest"]
        if rng.random() < 0.5:
            vpn_mcc = rng.choice([5734, 4816])
            m.add(
                m.at(day=max(0, start - 2)),
                merchant(rng, vpn_mcc, "US", 12),
                rng.choice([4.99, 9.99, 11.99, 59.99]),
                "card",
                "US",
                None,
                vpn_mcc,
            )
        for d in range(start, start + rng.randint(6, 16)):
            for _ in range(rng.randint(1, 4)):
                mcc = rng.choice([5812, 5812, 5411, 4121, 7011, 5999, 7999, 5813])
                m.add(
                    m.at(day=d),
                    merchant(rng, mcc, dest),
                    rng.uniform(5, 120) * c.scale,
                    "card",
                    dest,
                    None,
                    mcc,
                )
        if rng.random() < 0.8:
            m.add(
                m.at(day=start + 2, hour=rng.choice([9, 20, 22, 23])),
                p["guide"],
                float(rng.choice([40, 50, 60, 80, 100, 150])) * c.scale,
                rng.choice(["p2p_app", "remittance"]),
                dest,
                rng.choice(["tour", "guide", "diving", "island hopping", "driver", "thanks", None]),
            )
        if rng.random() < 0.3:
            m.add(
                m.at(day=start + 5, hour=m.night()),
                p["guide"],
                float(rng.choice([20, 30, 50])) * c.scale,
                "p2p_app",
                dest,
                rng.choice(["tip", "gift", "for the kids", None]),
            )
    if m.index > p["trip_month"] and rng.random() < 0.15:  # staying in touch with a host family
        m.add(
            m.at(),
            p["guide"],
            float(rng.choice([20, 30, 50])) * c.scale,
            "p2p_app",
            p["dest"],
            rng.choice(["gift", "bday", "school fees", None]),
        )


def gamer_crypto(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    for _ in range(rng.randint(2, 8)):
        hour = m.night() if rng.random() < 0.5 else None
        store = rng.choice(["US", "US", c.home, "SE"])
        m.add(
            m.at(hour=hour),
            merchant(rng, 5816, store, 60),
            rng.choice([4.99, 9.99, 19.99, 24.99, 59.99, 69.99]),
            "card",
            store,
            None,
            5816,
        )
    if rng.random() < 0.8:
        m.add(
            m.at(day=p["vpn_day"], hour=m.night()), p["vpn"], p["vpn_price"], "card", "US", None, p["vpn_mcc"]
        )
    for _ in range(rng.choice([0, 1, 2, 3])):
        m.add(
            m.at(hour=m.night() if rng.random() < 0.5 else None),
            merchant(rng, 5999, c.home, 20),
            float(rng.choice([10, 20, 25, 50, 100])) * c.scale,
            "gift_card",
            c.home,
            None,
        )
    for _ in range(rng.choice([0, 1, 1, 2, 4])):
        m.add(
            m.at(hour=m.night() if rng.random() < 0.5 else None),
            p["exchange"],
            amount_round(rng, rng.uniform(20, 400) * c.scale, 0.8),
            "crypto",
            rng.choice(["US", "MT", c.home]),
            rng.choice([None, None, "btc", "eth", "dca"]),
        )
    if p["abroad"] and rng.random() < 0.6:  # boosting, coaching, streamer tips abroad
        for _ in range(rng.randint(1, 3)):
            m.add(
                m.at(hour=m.night() if rng.random() < 0.6 else None),
                rng.choice(p["abroad"]),
                float(rng.choice([10, 15, 20, 25, 30, 50])) * c.scale,
                "p2p_app",
                p["abroad_country"],
                rng.choice([p["handle"], "boost", "coaching", "tip", "commission", None, None]),
            )


def offender(m: Month) -> None:
    rng, c, p = m.rng, m.c, m.c.plan
    if m.index < p["start_month"]:
        return
    grow = p["growth"] ** (m.index - p["start_month"])
    if m.index > p["start_month"] and rng.random() < p["new_benef_p"]:
        p["beneficiaries"].append((account(rng), p["country"]))
    sessions = max(1, min(10, int(p["sessions"] * grow + rng.random())))
    first_day = p["start_day"] if m.index == p["start_month"] else 0
    for _ in range(sessions):
        day = rng.randint(first_day, m.length // 86400 - 1)
        hour = m.night() if rng.random() < p["night_p"] else rng.choice(HOUR_TABLE)
        t = m.at(day, hour)
        for k in range(rng.choices([1, 2, 3], [6, 3, 1] if p["loud"] else [8, 2, 0.5])[0]):
            benef, cc = rng.choice(p["beneficiaries"])
            value = rng.uniform(*p["amount"]) * grow * rng.uniform(0.8, 1.25)
            value = min(value, 480.0) * c.scale
            channel = rng.choices(p["channels"][0], p["channels"][1])[0]
            memo = None
            if rng.random() < p["memo_p"]:
                memo = rng.choice(p["memos"])
            m.add(
                t + k * rng.randint(240, 2400),
                benef,
                amount_round(rng, value, p["round_p"]),
                channel,
                cc,
                memo,
                None,
                True,
            )
    if p["loud"]:
        if p.get("vpn") and rng.random() < 0.85:
            m.add(
                m.at(day=p["vpn_day"], hour=m.night()),
                p["vpn"],
                p["vpn_price"],
                "card",
                "US",
                None,
                p["vpn_mcc"],
                m.index >= p["start_month"],
            )
        if m.index == p.get("capture_month"):
            m.add(
                m.at(hour=m.night()),
                merchant(rng, 5734, "US", 40),
                rng.choice([29.99, 49.0, 79.99, 99.0]),
                "card",
                "US",
                None,
                5734,
                True,
            )
        if m.index == p.get("trip_month"):
            m.add(
                m.at(hour=rng.randint(19, 23)),
                merchant(rng, rng.choice([4511, 4722]), c.home),
                rng.uniform(600, 1700) * c.scale,
                "card",
                c.home,
                None,
                rng.choice([4511, 4722]),
                True,
            )


KIND_BEHAVIOUR = {
    "family_remittance": family_remittance,
    "student_fees": student_fees,
    "charity_donor": charity_donor,
    "traveller": traveller,
    "gamer_crypto": gamer_crypto,
    "ordinary": lambda m: None,
    "livestream_payer": offender,
    "livestream_payer_quiet": offender,
    "facilitator_network": offender,
}


# ---------------------------------------------------------------- plans (drawn once per customer)


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


def handle(rng: random.Random) -> str:
    return "@" + rng.choice(HANDLE_PARTS[0]) + rng.choice(HANDLE_PARTS[1])


def make_plan(c: Customer, rng: random.Random, months: int, world: dict) -> None:
    p = c.plan
    p["bill_day"] = rng.randint(0, 27)
    p["landlord"] = account(rng)
    p["rent"] = rng.choice([650, 800, 950, 1100, 1250, 1400, 1700])
    p["friends"] = [f"cust-{rng.randrange(1, world['n']) + 1:05d}" for _ in range(3)] + [account(rng)]
    p["own_account"] = account(rng)
    kind = c.kind
    if kind == "family_remittance":
        country = weighted(rng, CORRIDORS)
        group = world["siblings"].get(c.id)
        relatives = [
            (account(rng), rng.choice([80, 100, 150, 200, 250, 300, 400, 500]) * c.scale)
            for _ in range(rng.choice([1, 1, 2, 2, 3, 4]))
        ]
        if group:  # siblings abroad sending to the same parent's account
            country, shared = group
            relatives[0] = (shared, relatives[0][1])
        p.update(
            country=country,
            relatives=relatives,
            payday=rng.randint(0, 27),
            per_month=rng.choice([1, 1, 1, 2]),
            night_p=rng.choice([0.02, 0.05, 0.1, 0.3]),
            memo_p=rng.choice([0.2, 0.5, 0.8]),
            round_p=rng.choice([0.5, 0.8, 0.95]),
            memos=rng.sample(FAMILY_MEMOS, 5),
            small_frequent=rng.random() < 0.3,
            channel=rng.choices(["remittance", "bank_transfer", "p2p_app"], [6, 2, 2])[0],
            institution=rng.choice(world["institutions"].get(country, [None]))
            if rng.random() < 0.3
            else None,
        )
    elif kind == "student_fees":
        abroad = rng.random() < 0.7
        country = rng.choice(STUDY_ABROAD) if abroad else c.home
        p.update(
            country=country,
            term_months=rng.choice([(1, 9), (1, 4, 9), (2, 7), (8, 1)]),
            card_fees=rng.random() < 0.5,
            school=merchant(rng, 8220, country, 80),
            school_acct=account(rng),
            sid=str(rng.randint(100000, 999999)),
            rent_abroad=abroad and rng.random() < 0.6,
            rent_acct=account(rng),
            rent=rng.choice([500, 700, 900, 1200]),
            child=account(rng),
        )
    elif kind == "charity_donor":
        charities = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            cc = c.home if rng.random() < 0.75 else rng.choice(["PH", "GH", "KE", "US", "GB", "CO"])
            charities.append(
                (merchant(rng, 8398, cc, 60), cc, float(rng.choice([5, 10, 10, 15, 20, 25, 30, 50])))
            )
        abroad_country = weighted(rng, CORRIDORS)
        p.update(
            charities=charities,
            give_day=rng.randint(0, 27),
            abroad_country=abroad_country,
            abroad_acct=rng.choice(world["institutions"].get(abroad_country, [None]))
            if rng.random() < 0.35
            else None,
        )
    elif kind == "traveller":
        trip = rng.randrange(months)
        p.update(
            dest=weighted(
                rng, {"TH": 8, "PH": 7, "CO": 4, "DO": 5, "JM": 3, "VN": 4, "KH": 2, "ID": 5, "MX": 4}
            ),
            trip_month=trip,
            book_month=max(0, trip - rng.randint(0, 3)),
            guide=account(rng),
        )
    elif kind == "gamer_crypto":
        abroad_country = rng.choice(["PH", "PH", "CO", "UA", "RO", "VN", "US", "TH"])
        vpn_mcc = rng.choice([5734, 4816])
        p.update(
            vpn=merchant(rng, vpn_mcc, "US", 12),
            vpn_price=rng.choice([4.99, 6.99, 9.99, 11.95, 12.99]),
            vpn_mcc=vpn_mcc,
            vpn_day=rng.randint(0, 27),
            exchange=f"mer-6051-X-{rng.randrange(8):04d}",
            abroad=[account(rng) for _ in range(rng.randint(1, 2))] if rng.random() < 0.35 else [],
            abroad_country=abroad_country,
            handle=handle(rng),
        )
    elif kind in OFFENDER_SHARES:
        loud = kind == "livestream_payer" or (kind == "facilitator_network" and rng.random() < 0.35)
        network = world["networks"].get(c.id)
        country = network[0] if network else weighted(rng, OFFENDER_CORRIDORS)
        beneficiaries = [(a, country) for a in network[1]] if network else []
        if not network or rng.random() < 0.3:
            beneficiaries += [(account(rng), country) for _ in range(rng.choice([1, 1, 2, 3]))]
        start = rng.randrange(max(1, (months + 1) // 2))
        memos = LOUD_MEMOS + [handle(rng) for _ in range(3)] if loud else QUIET_MEMOS
        channels = (
            ["remittance", "p2p_app", "bank_transfer", "crypto", "gift_card"],
            [55, 25, 5, 10, 5] if loud else [45, 30, 15, 7, 3],
        )
        p.update(
            loud=loud,
            country=country,
            beneficiaries=beneficiaries,
            start_month=start,
            start_day=rng.randint(0, 20),
            growth=rng.uniform(1.1, 1.5) if loud else rng.uniform(1.0, 1.3),
            sessions=rng.uniform(1.5, 4) if loud else rng.uniform(1, 3),
            amount=(rng.choice([10, 15, 20, 30]), rng.choice([60, 80, 120, 200]))
            if loud
            else (rng.choice([15, 25, 40]), rng.choice([70, 110, 160])),
            night_p=rng.uniform(0.5, 0.85) if loud else rng.uniform(0.05, 0.25),
            round_p=rng.uniform(0.6, 0.95) if loud else rng.uniform(0.1, 0.4),
            memo_p=rng.uniform(0.4, 0.8) if loud else rng.uniform(0.2, 0.5),
            memos=memos,
            channels=channels,
            new_benef_p=0.35 if loud else 0.5,
        )
        if loud:
            if rng.random() < 0.55:
                vpn_mcc = rng.choice([5734, 4816])
                p.update(
                    vpn=merchant(rng, vpn_mcc, "US", 12),
                    vpn_price=rng.choice([4.99, 6.99, 9.99, 12.99]),
                    vpn_mcc=vpn_mcc,
                    vpn_day=rng.randint(0, 27),
                )
            if rng.random() < 0.3:
                p["capture_month"] = rng.randint(start, months - 1)
            if rng.random() < 0.2:
                p["trip_month"] = rng.randint(start, months - 1)


def stream(
    c: Customer, starts: list[tuple[int, int]], calendar_months: list[int], world: dict
) -> Iterator[tuple]:
    rng = random.Random(c.seed)
    make_plan(c, rng, len(starts), world)
    behave = KIND_BEHAVIOUR[c.kind]
    for index, (begin, length) in enumerate(starts):
        m = Month(c, rng, begin, length, index, calendar_months[index])
        everyday(m, lite=c.kind in {"gamer_crypto"})
        behave(m)
        m.events.sort()
        for event in m.events:
            if event[8] and c.first_offending is None:
                c.first_offending = event_time(c, event)
            yield event[0], c, event


def event_time(c: Customer, event: tuple) -> str:
    return (EPOCH + timedelta(seconds=event[1])).isoformat() + c.offset


def build_world(rng: random.Random, n: int, offender_share: float) -> tuple[list[Customer], dict]:
    n_off = max(1, round(n * offender_share)) if offender_share > 0 else 0
    off_kinds = quota(OFFENDER_SHARES, n_off)
    if off_kinds.count("facilitator_network") == 1:
        off_kinds[off_kinds.index("facilitator_network")] = "livestream_payer_quiet"
    kinds = off_kinds + quota(BENIGN_SHARES, n - n_off)
    rng.shuffle(kinds)
    customers = []
    for i, kind in enumerate(kinds):
        home = weighted(rng, HOME_WEIGHTS)
        customers.append(
            Customer(f"cust-{i + 1:05d}", kind, rng.getrandbits(64), home, rng.choice(HOMES[home][2]))
        )
    world: dict = {"n": n, "siblings": {}, "networks": {}, "institutions": {}}
    for country in CORRIDORS:  # schools, hospitals, parishes paid by many unrelated diaspora senders
        world["institutions"][country] = [account(rng) for _ in range(3)]
    family = [c.id for c in customers if c.kind == "family_remittance"]
    rng.shuffle(family)
    i = 0
    while i < len(family) * 0.15:
        size = rng.choice([2, 2, 3])
        shared = (weighted(rng, CORRIDORS), account(rng))
        for cid in family[i : i + size]:
            world["siblings"][cid] = shared
        i += size
    members = [c.id for c in customers if c.kind == "facilitator_network"]
    rng.shuffle(members)
    while members:
        size = min(len(members), rng.choice([2, 3, 3, 4, 5]))
        if len(members) - size == 1:
            size += 1
        country = weighted(rng, OFFENDER_CORRIDORS)
        pool = [account(rng) for _ in range(rng.choice([1, 2, 2, 3]))]
        for cid in members[:size]:
            world["networks"][cid] = (country, pool)
        members = members[size:]
    return customers, world


def quota(shares: dict[str, float], total: int) -> list[str]:
    scale = sum(shares.values())
    exact = {k: total * v / scale for k, v in shares.items()}
    counts = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[: total - sum(counts.values())]:
        counts[k] += 1
    return [k for k, v in counts.items() for _ in range(v)]


def json_line(row: list) -> str:
    """One JSON object per line; ids, codes and times need no escaping, the memo goes through json."""
    memo = "null" if row[9] is None else json.dumps(row[9], ensure_ascii=False)
    mcc = "null" if row[10] is None else str(row[10])
    return (
        f'{{"txn_id": "{row[0]}", "time": "{row[1]}", "sender": "{row[2]}", "receiver": "{row[3]}", '
        f'"amount": {float(row[4])!r}, "currency": "{row[5]}", "channel": "{row[6]}", "sender_country": '
        f'"{row[7]}", "receiver_country": "{row[8]}", "memo": {memo}, "merchant_category": {mcc}}}\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, required=True, help="random seed (same arguments, same files)")
    parser.add_argument("--customers", type=int, required=True, help="number of customers (cust-NNNNN)")
    parser.add_argument("--months", type=int, required=True, help="months of activity")
    parser.add_argument("--out", type=Path, required=True, help="transactions, in time order")
    parser.add_argument("--truth", type=Path, required=True, help="one JSON line per customer")
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="format of --out")
    parser.add_argument("--start", default="2024-01-01", help="first day, YYYY-MM-DD (default 2024-01-01)")
    parser.add_argument(
        "--offender-share", type=float, default=0.002, help="share of offenders (default 0.002)"
    )
    args = parser.parse_args(argv)
    if args.customers < 2:
        parser.error(f"--customers must be at least 2, got {args.customers}")
    if args.months < 1:
        parser.error(f"--months must be at least 1, got {args.months}")
    if not 0 <= args.offender_share < 0.5:
        parser.error(f"--offender-share must be in [0, 0.5), got {args.offender_share}")
    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        parser.error(f"--start must be a date YYYY-MM-DD, got {args.start!r}")
    rng = random.Random(args.seed)
    customers, world = build_world(rng, args.customers, args.offender_share)
    starts = month_starts(start, args.months)
    calendar_months = [(start.month - 1 + i) % 12 + 1 for i in range(args.months)]
    streams = [stream(c, starts, calendar_months, world) for c in customers]
    merged = heapq.merge(*streams, key=lambda item: item[0])
    with args.out.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out) if args.format == "csv" else None
        if writer:
            writer.writerow(FIELDS)
        for n, (_, c, e) in enumerate(merged, 1):
            row = [f"t-{n}", event_time(c, e), c.id, e[2], e[3], c.currency, e[4], c.home, e[5], e[6], e[7]]
            if writer:
                writer.writerow(["" if v is None else v for v in row])
            else:
                out.write(json_line(row))
    with args.truth.open("w", encoding="utf-8") as truth:
        for c in customers:
            truth.write(json.dumps(c.truth()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
