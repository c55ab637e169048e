#!/usr/bin/env python3
"""Synthetic transactions for blind evaluation of a live-streamed-abuse payment monitor (writer_a).

Written from evaluation/specs/payments.md alone.  Standard library only, deterministic from --seed.

    python generate.py --seed S --customers N --months M --out TXNS.jsonl --truth TRUTH.jsonl
                       [--format jsonl|csv] [--start 2024-01-01] [--offender-share 0.002]

A population simulation: every customer has a home country, a time zone (with daylight saving), a
payday, favourite merchants, friends among the other customers, and habits drawn from their kind.
Transactions are generated one week at a time, sorted, and streamed: memory holds the customers and about
one week of transactions, whatever --months is.  Everything is invented; memos are ordinary payment
references.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta

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
HOMES = ["AU", "CA", "GB", "US", "DE", "NL", "SE", "NO"]
HOME_WEIGHTS = [16, 14, 18, 24, 10, 7, 6, 5]
CURRENCY = {
    "AU": "AUD",
    "CA": "CAD",
    "GB": "GBP",
    "US": "USD",
    "DE": "EUR",
    "NL": "EUR",
    "SE": "SEK",
    "NO": "NOK",
}
FACTOR = {"SEK": 10.0, "NOK": 10.0}  # amounts are drawn in dollar/euro/pound units, then scaled
# (standard offset in minutes, daylight-saving rule) per home country, several zones each
ZONES: dict[str, list[tuple[int, str | None, float]]] = {
    "AU": [(600, "au", 0.55), (600, None, 0.2), (480, None, 0.1), (570, "au", 0.1), (570, None, 0.05)],
    "CA": [(-300, "us", 0.55), (-480, "us", 0.2), (-420, "us", 0.15), (-360, "us", 0.05), (-210, "us", 0.05)],
    "GB": [(0, "eu", 1.0)],
    "US": [
        (-300, "us", 0.45),
        (-360, "us", 0.28),
        (-420, "us", 0.07),
        (-420, None, 0.05),
        (-480, "us", 0.14),
        (-600, None, 0.01),
    ],
    "DE": [(60, "eu", 1.0)],
    "NL": [(60, "eu", 1.0)],
    "SE": [(60, "eu", 1.0)],
    "NO": [(60, "eu", 1.0)],
}
DEST_OFFSET = {
    "PH": 480,
    "TH": 420,
    "CO": -300,
    "DO": -240,
    "GH": 0,
    "UA": 120,
    "RO": 120,
    "JM": -300,
    "RU": 180,
    "US": -300,
    "VN": 420,
    "IN": 330,
    "MX": -360,
    "NG": 60,
    "KE": 180,
    "ID": 420,
    "KH": 420,
    "PL": 60,
    "ES": 60,
    "GR": 120,
    "IT": 60,
    "PT": 0,
    "FR": 60,
    "JP": 540,
}
# corridors of concern named by AUSTRAC, FINTRAC, FinCEN, FATF and AMLC, and the diaspora corridors
# that share them
OFFENDER_DEST = (
    ["PH"] * 50
    + ["TH"] * 6
    + ["CO"] * 8
    + ["DO"] * 5
    + ["GH"] * 4
    + ["UA"] * 4
    + ["RO"] * 5
    + ["JM"] * 3
    + ["RU"] * 3
    + ["US"] * 4
    + ["MX"] * 3
    + ["ID"] * 2
    + ["VN"] * 3
)
FAMILY_ORIGIN = (
    ["PH"] * 30
    + ["TH"] * 7
    + ["CO"] * 9
    + ["GH"] * 7
    + ["UA"] * 8
    + ["DO"] * 6
    + ["RO"] * 8
    + ["JM"] * 6
    + ["VN"] * 4
    + ["IN"] * 7
    + ["MX"] * 5
    + ["NG"] * 5
    + ["KE"] * 3
)
TRAVEL_DEST = (
    ["PH"] * 20
    + ["TH"] * 25
    + ["CO"] * 8
    + ["DO"] * 8
    + ["JM"] * 5
    + ["RO"] * 4
    + ["VN"] * 8
    + ["ID"] * 8
    + ["KH"] * 4
    + ["MX"] * 6
    + ["GR"] * 4
    + ["ES"] * 6
    + ["IT"] * 4
    + ["PT"] * 4
    + ["JP"] * 4
)
BENIGN_KINDS = ["family_remittance", "student_fees", "charity_donor", "traveller", "gamer_crypto", "ordinary"]
BENIGN_WEIGHTS = [0.22, 0.08, 0.10, 0.09, 0.10, 0.41]
OFFENDER_KINDS = ["livestream_payer", "livestream_payer_quiet", "facilitator_network"]

# memos people type (never anything else)
FAMILY_MEMOS = [
    "for mama",
    "for mum",
    "for nanay",
    "school fees",
    "medical",
    "gift",
    "allowance",
    "padala",
    "for the kids",
    "bills",
    "rent",
    "tuition",
    "birthday",
    "for papa",
    "groceries",
    "pang gastos",
    "electric bill",
    "for lola",
    "love you",
    "monthly",
    "support",
    "family support",
    "hospital",
    "medicine",
    "school",
    "books",
    "uniform",
    "baon",
    "house repair",
    "Merry Christmas",
    "happy bday",
    "for tita",
]
OFFENDER_MEMOS = [
    "school fees",
    "medicine",
    "gift",
    "for the kids",
    "help",
    "load",
    "bday",
    "allowance",
    "tuition",
    "uniform",
    "medical bills",
    "for you",
    "support",
    "food",
    "thanks",
    "education",
    "family support",
    "hospital",
    "rent",
]
QUIET_MEMOS = ["gift", "thanks", "bills", "rent help", "birthday", "loan", "food", "support", "ok", "xmas"]
HANDLE_PARTS = [
    "angel",
    "baby",
    "cute",
    "sweet",
    "star",
    "mhay",
    "jhen",
    "kim",
    "rose",
    "joy",
    "liza",
    "cha",
    "bea",
    "mika",
    "anne",
    "jas",
    "nika",
    "sam",
]
FRIEND_MEMOS = [
    "pizza",
    "drinks",
    "rent share",
    "uber",
    "🍕",
    "tickets",
    "dinner",
    "petrol",
    "bills",
    "thanks",
    "concert",
    "groceries",
    "lunch",
    "🍻",
    "gift for tom",
    "birthday kitty",
    "netflix",
    "taxi",
    "football",
    "holiday deposit",
]

HOLIDAYS = {
    "TH": (4, ["songkran", "for songkran"]),
    "VN": (2, ["tet", "li xi", "happy new year"]),
    "IN": (11, ["diwali", "happy diwali"]),
    "MX": (5, ["dia de las madres", "para mama"]),
    "CO": (5, ["dia de la madre", "para mi mama"]),
    "UA": (4, ["easter", "velykden"]),
    "RO": (4, ["paste", "easter"]),
    "GH": (3, ["independence day", "easter"]),
    "JM": (8, ["back to school", "emancipation"]),
    "DO": (5, ["dia de las madres"]),
    "PH": (11, ["undas", "all saints"]),
}
CARD_NOTES = ["contactless", "online", "apple pay", "google pay", "chip & pin", "in-store", "web order"]
BILL_NOTES = ["subscription", "direct debit", "recurring", "monthly plan", "auto-renew"]
BILL_MCCS = {4814, 4899, 4900, 4816, 8398, 6300}

MCC_GROCERY, MCC_REST, MCC_FUEL, MCC_TELCO, MCC_STREAM, MCC_UTIL = 5411, 5812, 5541, 4814, 4899, 4900
MCC_CLOTHES, MCC_TRANSIT, MCC_AIR, MCC_TRAVEL, MCC_SOFT, MCC_NET = 5651, 4111, 4511, 4722, 5734, 4816
MCC_GAMES, MCC_CHARITY, MCC_COLLEGE, MCC_HOTEL, MCC_TAXI, MCC_DEPT = 5816, 8398, 8220, 7011, 4121, 5311
MCC_INSURANCE = 6300


# ----------------------------------------------------------------------------------------------
# Calendar helpers
# ----------------------------------------------------------------------------------------------
def nth_sunday(year: int, month: int, n: int) -> int:
    """Ordinal of the n-th Sunday of a month (n = -1: the last)."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(6 - d.weekday()) % 7 + 7 * (n - 1))
        return d.toordinal()
    nxt = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return (nxt - timedelta(days=(nxt.weekday() - 6) % 7)).toordinal()


_DST_CACHE: dict[tuple[str, int], tuple[int, int]] = {}


def dst_active(rule: str | None, ordinal: int, year: int) -> bool:
    if rule is None:
        return False
    key = (rule, year)
    if key not in _DST_CACHE:
        if rule == "eu":
            _DST_CACHE[key] = (nth_sunday(year, 3, -1), nth_sunday(year, 10, -1))
        elif rule == "us":
            _DST_CACHE[key] = (nth_sunday(year, 3, 2), nth_sunday(year, 11, 1))
        else:  # southern: summer time from the first Sunday of October to the first Sunday of April
            _DST_CACHE[key] = (nth_sunday(year, 4, 1), nth_sunday(year, 10, 1))
    a, b = _DST_CACHE[key]
    return (a <= ordinal < b) if rule != "au" else not (a <= ordinal < b)


EPOCH_ORD = date(1970, 1, 1).toordinal()


_DAY_TEXT: dict[int, str] = {}
_OFFSET_TEXT: dict[int, str] = {}


def local_iso(day: int, sec: int, offset_min: int) -> str:
    """ISO 8601 local time of `sec` seconds into local day `day` (an ordinal), with its offset."""
    d = _DAY_TEXT.get(day)
    if d is None:
        d = _DAY_TEXT[day] = date.fromordinal(day).isoformat()
    o = _OFFSET_TEXT.get(offset_min)
    if o is None:
        oh, om = divmod(abs(offset_min), 60)
        o = _OFFSET_TEXT[offset_min] = f"{'+' if offset_min >= 0 else '-'}{oh:02d}:{om:02d}"
    h, rem = divmod(sec, 3600)
    return f"{d}T{h:02d}:{rem // 60:02d}:{rem % 60:02d}{o}"


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# ----------------------------------------------------------------------------------------------
# Identifiers
# ----------------------------------------------------------------------------------------------
class Ids:
    """Opaque, unique account and merchant ids; merchants are shared by everyone in a country."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()
        self.merchants: dict[tuple[str, int], list[str]] = {}

    def new(self, prefix: str, digits: int) -> str:
        while True:
            s = f"{prefix}-{self.rng.randrange(10 ** (digits - 1), 10**digits)}"
            if s not in self.seen:
                self.seen.add(s)
                return s

    def account(self) -> str:
        return self.new("acct", 7)

    def merchant(self, country: str, mcc: int) -> str:
        pool = self.merchants.setdefault((country, mcc), [])
        size = {
            MCC_GROCERY: 40,
            MCC_REST: 120,
            MCC_FUEL: 20,
            MCC_TELCO: 6,
            MCC_STREAM: 5,
            MCC_UTIL: 8,
            MCC_CLOTHES: 40,
            MCC_TRANSIT: 5,
            MCC_AIR: 8,
            MCC_TRAVEL: 10,
            MCC_SOFT: 15,
            MCC_NET: 10,
            MCC_GAMES: 12,
            MCC_CHARITY: 25,
            MCC_COLLEGE: 30,
            MCC_HOTEL: 40,
            MCC_TAXI: 6,
            MCC_DEPT: 15,
        }.get(mcc, 10)
        if len(pool) < size and (not pool or self.rng.random() < 0.5):
            pool.append(self.new("mer", 6))
            return pool[-1]
        return self.rng.choice(pool)


# ----------------------------------------------------------------------------------------------
# Hours of the day (local), as lookup tables
# ----------------------------------------------------------------------------------------------
def _table(weights: list[float]) -> list[int]:
    total = sum(weights)
    out: list[int] = []
    for h, w in enumerate(weights):
        out += [h] * round(400 * w / total)
    return out


HOURS = {
    "day": _table([0, 0, 0, 0, 0, 0, 1, 3, 6, 8, 9, 10, 12, 11, 9, 9, 10, 12, 12, 9, 6, 4, 2, 1]),
    "shop": _table([0, 0, 0, 0, 0, 0, 0, 2, 5, 8, 10, 12, 13, 11, 10, 10, 12, 14, 13, 10, 7, 4, 1, 0.3]),
    "meal": _table([0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 6, 14, 12, 4, 2, 3, 6, 13, 15, 12, 8, 4, 1]),
    "evening": _table([1, 0.5, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 1, 1, 2, 3, 6, 10, 14, 15, 14, 10, 5]),
    "night": _table([16, 12, 8, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 14, 18]),
    "office": _table([0, 0, 0, 0, 0, 0, 0, 1, 6, 12, 12, 10, 9, 10, 11, 10, 8, 5, 2, 1, 1, 0.5, 0, 0]),
    "owl": _table([10, 8, 6, 3, 1, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 10, 12, 13, 12]),
}


def seconds(rng: random.Random, profile: str) -> int:
    table = HOURS[profile]
    r = rng.random() * len(table)
    return table[int(r)] * 3600 + int((r % 1.0) * 3600)


def mixed_hour(rng: random.Random, night_share: float, other: str = "evening") -> int:
    return seconds(rng, "night" if rng.random() < night_share else other)


def round_amount(x: float) -> float:
    step = 5 if x < 60 else (10 if x < 150 else (50 if x < 600 else 100))
    return float(max(step, int(x / step + 0.5) * step))


def cents(x: float) -> float:
    return round(max(1.0, x), 2)


# ----------------------------------------------------------------------------------------------
# Customers
# ----------------------------------------------------------------------------------------------
class Customer:
    __slots__ = (
        "bills",
        "cats",
        "cid",
        "currency",
        "dst",
        "factor",
        "favs",
        "first_off",
        "first_off_utc",
        "friends",
        "home",
        "idx",
        "kind",
        "night",
        "oneoffs",
        "payday",
        "rate",
        "streams",
        "trip",
        "young",
        "zone",
    )

    def __init__(self, idx: int, kind: str, home: str, zone: tuple[int, str | None]) -> None:
        self.idx, self.kind, self.home = idx, kind, home
        self.cid = f"cust-{idx:05d}"
        self.currency = CURRENCY[home]
        self.factor = FACTOR.get(self.currency, 1.0)
        self.zone, self.dst = zone
        self.payday = 1
        self.rate = 0.3
        self.cats: list[int] = []
        self.favs: dict[int, list[str]] = {}
        self.friends: list[str] = []
        self.bills: list[Bill] = []
        self.streams: list[Stream] = []
        self.oneoffs: list[tuple[int, int, str, str, float, str, str | None, int | None, bool]] = []
        self.trip: list[tuple[int, int, int]] = []  # (first day, last day, offset minutes) abroad
        self.night = 0.05
        self.first_off: str | None = None
        self.first_off_utc = 0
        self.young = False

    def offset(self, ordinal: int, year: int) -> int:
        for a, b, off in self.trip:
            if a <= ordinal <= b:
                return off
        return self.zone + (60 if dst_active(self.dst, ordinal, year) else 0)


class Bill:
    """A monthly payment on a fixed day of the month."""

    __slots__ = (
        "amount",
        "channel",
        "dom",
        "end",
        "jitter",
        "mcc",
        "memo",
        "months",
        "night",
        "offending",
        "profile",
        "rc",
        "receiver",
        "roundy",
        "start",
        "wobble",
    )

    def __init__(
        self,
        dom: int,
        receiver: str,
        rc: str,
        amount: float,
        channel: str,
        mcc: int | None = None,
        jitter: float = 0.0,
        memo: str | None = None,
        profile: str = "day",
        night: float = 0.0,
        start: int = 0,
        end: int = 10**7,
        offending: bool = False,
        roundy: bool = False,
        months: set[int] | None = None,
        wobble: int = 0,
    ) -> None:
        self.dom, self.receiver, self.rc, self.amount, self.channel = dom, receiver, rc, amount, channel
        self.mcc, self.jitter, self.memo, self.profile, self.night = mcc, jitter, memo, profile, night
        self.start, self.end, self.offending, self.roundy, self.months = start, end, offending, roundy, months
        self.wobble = wobble  # days either side of the due day


class Stream:
    """A Poisson habit: payments at `rate` a day (growing by `growth` a month from `start`)."""

    __slots__ = ("end", "growth", "make", "rate", "season", "start")

    def __init__(
        self,
        rate: float,
        make: Callable[[random.Random, int, float], tuple | None],
        start: int,
        end: int,
        growth: float = 1.0,
        season: dict[int, float] | None = None,
    ) -> None:
        self.rate, self.make, self.start, self.end, self.growth = rate, make, start, end, growth
        self.season = season or {}


# everyday categories: (name, mcc, channel, median, sigma, hour profile, weight)
EVERYDAY = [
    ("grocery", MCC_GROCERY, "card", 38.0, 0.7, "shop", 34),
    ("meal", MCC_REST, "card", 24.0, 0.6, "meal", 18),
    ("fuel", MCC_FUEL, "card", 55.0, 0.35, "day", 9),
    ("clothes", MCC_CLOTHES, "card", 45.0, 0.7, "shop", 5),
    ("dept", MCC_DEPT, "card", 30.0, 0.9, "shop", 6),
    ("transit", MCC_TRANSIT, "card", 6.0, 0.6, "office", 8),
    ("taxi", MCC_TAXI, "card", 18.0, 0.5, "evening", 3),
    ("friend", None, "p2p_app", 20.0, 0.7, "evening", 7),
    ("games", MCC_GAMES, "card", 12.0, 0.6, "evening", 1.5),
]
SEASON_SHOP = {11: 1.15, 12: 1.4, 1: 0.85, 7: 1.05, 8: 1.05}


# ----------------------------------------------------------------------------------------------
# Simulation
# ----------------------------------------------------------------------------------------------
Event = tuple  # (seconds of day, receiver, receiver country, amount, channel, memo, mcc, offending)


class Sim:
    def __init__(self, seed: int, n: int, months: int, start: date, offender_share: float) -> None:
        self.rng = random.Random(seed)
        self.ids = Ids(self.rng)
        self.start = start.toordinal()
        y, m = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
        self.end = (
            date(y, m, min(start.day, 28)).toordinal()
            if start.day > 28
            else date(y, m, start.day).toordinal()
        )
        self.days: dict[int, tuple[int, int, int, int, int]] = {}
        for o in range(self.start - 1, self.end + 1):
            d = date.fromordinal(o)
            nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            self.days[o] = (d.year, d.month, d.day, d.weekday(), (nxt - timedelta(days=1)).day)
        self.counter = 0
        self.customers: list[Customer] = []
        self.by_home: dict[str, list[str]] = {h: [] for h in HOMES}
        self.shared_pool: dict[str, list[str]] = {}  # facilitator accounts by country
        self.school_pool: dict[str, list[str]] = {}  # schools abroad receiving fees from many parents
        self.community_pool: dict[str, list[str]] = {}  # parish / hometown funds
        self.sibling_accounts: list[tuple[str, str]] = []
        self.populate(n, offender_share)

    # -- population --
    def populate(self, n: int, share: float) -> None:
        rng = self.rng
        n_off = min(n, round(n * share)) if share > 0 else 0
        n_quiet = math.ceil(n_off * 0.34)
        n_net = round(n_off * 0.30) if n_off - n_quiet >= 2 else 0
        if n_net == 1:
            n_net = 0
        kinds = (
            ["livestream_payer_quiet"] * n_quiet
            + ["facilitator_network"] * n_net
            + ["livestream_payer"] * (n_off - n_quiet - n_net)
        )
        rest = n - n_off
        counts = [int(rest * w) for w in BENIGN_WEIGHTS]
        counts[-1] += rest - sum(counts)
        for k, c in zip(BENIGN_KINDS, counts, strict=True):
            kinds += [k] * c
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds):
            home = rng.choices(HOMES, HOME_WEIGHTS)[0]
            zs = ZONES[home]
            z = rng.choices(zs, [w for _, _, w in zs])[0]
            c = Customer(i + 1, kind, home, (z[0], z[1]))
            self.customers.append(c)
            self.by_home[home].append(c.cid)
        # shared facilitator accounts: a few per corridor
        for country in sorted(set(OFFENDER_DEST)):
            self.shared_pool[country] = [self.ids.account() for _ in range(max(2, n_off // 6))]
        for c in self.customers:
            self.everyday(c)
        networks = [c for c in self.customers if c.kind == "facilitator_network"]
        self.make_networks(networks)
        for c in self.customers:
            getattr(self, "setup_" + c.kind)(c)

    def everyday(self, c: Customer) -> None:
        rng = self.rng
        c.young = rng.random() < (0.7 if c.kind == "gamer_crypto" else 0.2)
        c.payday = rng.choice([1, 1, 15, 25, 28, 30])
        c.rate = rng.uniform(0.16, 0.32)
        c.night = rng.choice([0.01, 0.03, 0.05, 0.1]) + (0.1 if c.young else 0.0)
        weights = [w * rng.uniform(0.3, 1.7) for *_, w in EVERYDAY]
        if rng.random() < 0.35:
            weights[2] = 0.0  # no car
        if not c.young:
            weights[8] *= 0.3
        total = sum(weights)
        c.cats = []
        for i, w in enumerate(weights):
            c.cats += [i] * round(60 * w / total)
        for _name, mcc, *_ in EVERYDAY:
            if mcc is not None:
                c.favs[mcc] = [self.ids.merchant(c.home, mcc) for _ in range(rng.randint(1, 4))]
        pool = self.by_home[c.home]
        c.friends = [f for f in (rng.choice(pool) for _ in range(rng.randint(2, 6))) if f != c.cid]
        if not c.friends:
            c.friends = [rng.choice(self.by_home[rng.choice(HOMES)])]
        bills = [
            (MCC_TELCO, round(rng.uniform(20, 75), 2), 0.0),
            (MCC_STREAM, rng.choice([8.99, 10.99, 15.49, 17.99, 6.99]), 0.0),
            (MCC_INSURANCE, round(rng.uniform(15, 120), 2), 0.0),
        ]
        if rng.random() < 0.7:
            bills.append((MCC_UTIL, rng.uniform(40, 180), 0.15))
        for mcc, amt, jit in bills:
            c.bills.append(
                Bill(
                    rng.randint(1, 28),
                    self.ids.merchant(c.home, mcc),
                    c.home,
                    amt,
                    "card",
                    mcc,
                    jit,
                    profile="office",
                )
            )
        if rng.random() < 0.55:
            c.bills.append(
                Bill(
                    rng.choice([1, 1, 1, 2, 28]),
                    self.ids.account(),
                    c.home,
                    float(rng.randrange(700, 2600, 50)),
                    "bank_transfer",
                    memo=rng.choice(["rent", "Rent", None, "flat", None]),
                    profile="office",
                )
            )
        if rng.random() < 0.2:  # a standing order to someone at home
            c.bills.append(
                Bill(
                    c.payday,
                    rng.choice(c.friends),
                    c.home,
                    float(rng.choice([50, 100, 150, 200])),
                    "bank_transfer",
                    memo=rng.choice(["pocket money", "savings", None, "mum"]),
                )
            )

    # -- helpers for kinds --
    def month_days(self, months: set[int]) -> list[int]:
        return [o for o in range(self.start, self.end) if self.days[o][1] in months]

    def card_abroad(self, c: Customer, country: str, first: int, last: int, per_day: tuple[int, int]) -> None:
        rng = self.rng
        hotel = self.ids.merchant(country, MCC_HOTEL)
        for day in range(first, min(last, self.end - 1) + 1):
            for _ in range(rng.randint(*per_day)):
                mcc = rng.choice([MCC_REST, MCC_REST, MCC_GROCERY, MCC_TAXI, MCC_DEPT, MCC_HOTEL])
                rec = hotel if mcc == MCC_HOTEL else self.ids.merchant(country, mcc)
                amt = cents(rng.lognormvariate(math.log(25 if mcc != MCC_HOTEL else 90), 0.6))
                c.oneoffs.append(
                    (
                        day,
                        seconds(rng, "meal" if mcc == MCC_REST else "day"),
                        rec,
                        country,
                        amt,
                        "card",
                        None,
                        mcc,
                        False,
                    )
                )

    def airfare(self, c: Customer, day: int, dest: str, offending: bool = False) -> None:
        rng = self.rng
        if rng.random() < 0.6:
            mcc, carrier = MCC_AIR, (dest if rng.random() < 0.5 else c.home)
        else:
            mcc, carrier = MCC_TRAVEL, c.home
        amt = cents(rng.uniform(550, 2300))
        c.oneoffs.append(
            (
                day,
                mixed_hour(rng, c.night + 0.1, "evening"),
                self.ids.merchant(carrier, mcc),
                carrier,
                amt,
                "card",
                None,
                mcc,
                offending,
            )
        )

    def trip(self, c: Customer, dest: str, first: int, length: int) -> None:
        c.trip.append((first, first + length, DEST_OFFSET.get(dest, 0)))
        self.card_abroad(c, dest, first, first + length, (1, 3))

    def pick_origin(self, exclude: str) -> str:
        o = self.rng.choice(FAMILY_ORIGIN)
        return o if o != exclude else "PH"

    # -- benign kinds --
    def setup_ordinary(self, c: Customer) -> None:
        rng = self.rng
        if rng.random() < 0.08:  # a one-off gift abroad
            country = self.pick_origin(c.home)
            c.oneoffs.append(
                (
                    rng.randrange(self.start, self.end),
                    mixed_hour(rng, 0.1),
                    self.ids.account(),
                    country,
                    round_amount(rng.uniform(20, 150)),
                    rng.choice(["remittance", "p2p_app"]),
                    rng.choice(["gift", "bday", "thanks", None, "for you"]),
                    None,
                    False,
                )
            )
        if rng.random() < 0.07:
            c.oneoffs.append(
                (
                    rng.randrange(self.start, self.end),
                    mixed_hour(rng, c.night),
                    self.ids.merchant(c.home, MCC_NET),
                    c.home,
                    rng.choice([39.99, 59.99, 79.0, 99.0]),
                    "card",
                    None,
                    MCC_NET,
                    False,
                )
            )
        if rng.random() < 0.04:  # paying cash in at the branch
            c.bills.append(
                Bill(
                    rng.randint(1, 28),
                    self.ids.account(),
                    c.home,
                    float(rng.randrange(50, 600, 10)),
                    "cash_deposit",
                    memo=rng.choice(["savings", "rent", None, "club fees"]),
                )
            )
        if rng.random() < 0.12:
            dest = rng.choice(["ES", "GR", "IT", "PT", "FR", "US", "MX", "TH"])
            day = rng.randrange(self.start, self.end)
            self.airfare(c, day, dest)
            if rng.random() < 0.5 and day + 30 < self.end:
                self.trip(c, dest, day + rng.randint(20, 60), rng.randint(4, 14))

    def setup_family_remittance(self, c: Customer, partial: bool = False) -> None:
        rng = self.rng
        origin = self.pick_origin(c.home)
        pref = rng.choices(["remittance", "bank_transfer", "p2p_app", "cash_deposit"], [68, 14, 13, 5])[0]
        rels = [
            (self.ids.account(), rng.choice(FAMILY_MEMOS + [None] * 12)) for _ in range(rng.randint(1, 4))
        ]
        same = [a for o, a in self.sibling_accounts if o == origin]
        if same and rng.random() < 0.3:  # a brother or sister abroad already sends to this parent
            rels[0] = (rng.choice(same), rels[0][1])
        elif rng.random() < 0.15:
            self.sibling_accounts.append((origin, rels[0][0]))
        if rng.random() < 0.06:
            pool = self.community_pool.setdefault(origin, [])
            if len(pool) < 3:
                pool.append(self.ids.account())
            rels.append(
                (rng.choice(pool), rng.choice(["parish", "fiesta", "hometown fund", "church", "donation"]))
            )
        base = float(rng.choice([100, 150, 200, 200, 250, 300, 300, 400, 500, 600, 800]))
        if c.young or rng.random() < 0.2:
            base = float(rng.choice([50, 60, 80, 100]))
        night = rng.choice([0.02, 0.05, 0.1, 0.15, 0.25])
        twice = rng.random() < 0.3
        dom = min(28, c.payday + rng.randint(0, 3))
        ch = lambda: pref if rng.random() < 0.85 else rng.choice(["remittance", "bank_transfer", "p2p_app"])  # noqa: E731
        amt = base / 2 if twice else base
        c.bills.append(
            Bill(
                dom,
                rels[0][0],
                origin,
                amt,
                pref,
                jitter=rng.choice([0.0, 0.0, 0.1, 0.2]),
                memo=rels[0][1],
                profile="evening",
                night=night,
                roundy=True,
                wobble=rng.choice([0, 1, 2, 3]),
            )
        )
        if twice:
            c.bills.append(
                Bill(
                    (dom + 14) % 28 + 1,
                    rels[0][0],
                    origin,
                    amt,
                    pref,
                    jitter=0.1,
                    memo=rels[0][1],
                    profile="evening",
                    night=night,
                    roundy=True,
                    wobble=2,
                )
            )
        if partial:
            return

        def small(rng: random.Random, day: int, months: float) -> list[Event]:
            acct, memo = rng.choice(rels)
            amt = (
                round_amount(rng.lognormvariate(math.log(45), 0.5))
                if rng.random() < 0.7
                else cents(rng.uniform(15, 120))
            )
            return [
                (
                    mixed_hour(rng, night),
                    acct,
                    origin,
                    amt,
                    ch(),
                    memo if rng.random() < 0.6 else None,
                    None,
                    False,
                )
            ]

        rate = rng.choice([0.01, 0.02, 0.05, 0.12])  # a day: from a few a year to weekly "small and frequent"
        c.streams.append(Stream(rate, small, self.start, self.end, season={12: 2.0, 6: 1.3}))
        for day in self.month_days({12}):  # Christmas
            if 14 <= self.days[day][2] <= 23 and rng.random() < 0.12:
                c.oneoffs.append(
                    (
                        day,
                        mixed_hour(rng, night),
                        rels[0][0],
                        origin,
                        round_amount(base * rng.uniform(1, 3)),
                        pref,
                        rng.choice(["Merry Christmas", "for christmas", "noche buena", "gift", None, "xmas"]),
                        None,
                        False,
                    )
                )
        school = {
            "PH": {6},
            "TH": {5},
            "CO": {1},
            "GH": {9},
            "UA": {8},
            "DO": {8},
            "RO": {9},
            "JM": {9},
            "VN": {8},
            "IN": {6},
            "MX": {8},
            "NG": {9},
            "KE": {1},
        }.get(origin, {9})
        for day in self.month_days(school):
            if rng.random() < 0.05:
                c.oneoffs.append(
                    (
                        day,
                        mixed_hour(rng, night),
                        rels[-1][0],
                        origin,
                        round_amount(rng.uniform(100, 600)),
                        ch(),
                        rng.choice(["school fees", "tuition", "uniform", "books", "school", None]),
                        None,
                        False,
                    )
                )
        holiday = HOLIDAYS.get(origin)
        if holiday:  # a festival at home besides Christmas
            month, memos = holiday
            for day in self.month_days({month}):
                if rng.random() < 0.04:
                    c.oneoffs.append(
                        (
                            day,
                            mixed_hour(rng, night),
                            rng.choice(rels)[0],
                            origin,
                            round_amount(base * rng.uniform(0.3, 1.5)),
                            ch(),
                            rng.choice([*memos, "gift", None]),
                            None,
                            False,
                        )
                    )
        if rng.random() < 0.25:  # an emergency
            day = rng.randrange(self.start, self.end)
            for k in range(rng.randint(1, 3)):
                c.oneoffs.append(
                    (
                        min(self.end - 1, day + k * rng.randint(0, 3)),
                        mixed_hour(rng, 0.35),
                        rels[0][0],
                        origin,
                        round_amount(rng.uniform(200, 1500)),
                        ch(),
                        rng.choice(
                            [
                                "hospital",
                                "medical",
                                "medicine",
                                "typhoon",
                                "repair",
                                "funeral",
                                "emergency",
                                None,
                            ]
                        ),
                        None,
                        False,
                    )
                )
        if rng.random() < 0.25:  # a new relative (a niece starting college, a cousin) mid-period
            new = (self.ids.account(), rng.choice(FAMILY_MEMOS + [None] * 5))
            first = rng.randrange(self.start, self.end)

            def later(rng: random.Random, day: int, months: float) -> list[Event]:
                return [
                    (
                        mixed_hour(rng, night),
                        new[0],
                        origin,
                        round_amount(rng.uniform(30, 200)),
                        ch(),
                        new[1],
                        None,
                        False,
                    )
                ]

            c.streams.append(Stream(rng.uniform(0.02, 0.08), later, first, self.end))
        dec = self.month_days({12})
        if dec and rng.random() < 0.3:  # home for Christmas
            buy = max(self.start, dec[0] - rng.randint(20, 80))
            self.airfare(c, buy, origin)
            self.trip(c, origin, dec[0] + rng.randint(10, 20), rng.randint(7, 20))

    def setup_student_fees(self, c: Customer) -> None:
        rng = self.rng
        style = rng.choices(["abroad", "corridor", "self"], [0.45, 0.35, 0.2])[0]
        if style == "abroad":
            study = rng.choice([h for h in ["GB", "US", "AU", "CA", "NL", "DE", "IE"] if h != c.home])
            college = self.ids.merchant(study, MCC_COLLEGE)
            terms = {"AU": {2, 7}, "US": {1, 8}, "CA": {1, 9}}.get(study, {1, 9, 4})
            for day in self.month_days(terms):
                if self.days[day][2] == rng.randint(1, 20):
                    if rng.random() < 0.6:
                        c.oneoffs.append(
                            (
                                day,
                                seconds(rng, "office"),
                                college,
                                study,
                                cents(rng.uniform(1800, 12000)),
                                "card",
                                None,
                                MCC_COLLEGE,
                                False,
                            )
                        )
                    else:
                        c.oneoffs.append(
                            (
                                day,
                                seconds(rng, "office"),
                                self.ids.account(),
                                study,
                                round_amount(rng.uniform(1800, 9000)),
                                "bank_transfer",
                                f"tuition ID {rng.randint(20200000, 20249999)}",
                                None,
                                False,
                            )
                        )
            c.bills.append(
                Bill(
                    rng.randint(1, 5),
                    self.ids.account(),
                    study,
                    float(rng.randrange(500, 1500, 25)),
                    "bank_transfer",
                    memo=rng.choice(["rent", "accommodation", "room", None]),
                )
            )
            c.bills.append(
                Bill(
                    c.payday,
                    self.ids.account(),
                    study,
                    float(rng.choice([150, 200, 250, 300, 400])),
                    rng.choice(["bank_transfer", "p2p_app"]),
                    memo=rng.choice(["allowance", "pocket money", "food", None, "love mum"]),
                    profile="evening",
                    night=0.15,
                    roundy=True,
                )
            )
        elif style == "corridor":
            country = self.pick_origin(c.home)
            pool = self.school_pool.setdefault(country, [])
            if len(pool) < 6:
                pool.append(self.ids.account())
            school = rng.choice(pool)
            terms = {"PH": {6, 1}, "TH": {5, 10}, "CO": {1, 7}, "GH": {1, 9}}.get(country, {1, 9})
            night = rng.choice([0.05, 0.15, 0.3])
            for day in self.month_days(terms):
                if rng.random() < 0.08:
                    c.oneoffs.append(
                        (
                            day,
                            mixed_hour(rng, night),
                            school,
                            country,
                            round_amount(rng.uniform(80, 600)),
                            rng.choice(["remittance", "bank_transfer"]),
                            rng.choice(
                                [
                                    "school fees",
                                    "tuition",
                                    "uniform",
                                    "books",
                                    "enrollment",
                                    "misc fees",
                                    None,
                                ]
                            ),
                            None,
                            False,
                        )
                    )
            c.bills.append(
                Bill(
                    c.payday,
                    self.ids.account(),
                    country,
                    float(rng.choice([30, 40, 50, 80, 100, 150])),
                    rng.choice(["remittance", "p2p_app"]),
                    memo=rng.choice(["allowance", "baon", "for school", None, "school fees"]),
                    profile="evening",
                    night=night,
                    roundy=True,
                )
            )
        else:
            college = self.ids.merchant(c.home, MCC_COLLEGE)
            for day in self.month_days({1, 9, 2}):
                if self.days[day][2] == 10:
                    c.oneoffs.append(
                        (
                            day,
                            seconds(rng, "day"),
                            college,
                            c.home,
                            cents(rng.uniform(300, 4500)),
                            "card",
                            None,
                            MCC_COLLEGE,
                            False,
                        )
                    )
            if rng.random() < 0.4:
                self.setup_family_remittance(c, partial=True)

    def setup_charity_donor(self, c: Customer) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 3)):
            amt = float(rng.choice([5, 10, 10, 15, 20, 20, 25, 30, 50, 100]))
            if rng.random() < 0.7:
                c.bills.append(
                    Bill(
                        rng.randint(1, 28),
                        self.ids.merchant(c.home, MCC_CHARITY),
                        c.home,
                        amt,
                        "card",
                        MCC_CHARITY,
                        profile="office",
                    )
                )
            else:
                abroad = rng.choice(["PH", "KE", "UA", "GH", "TH", "CO", "IN", "JM"])
                c.bills.append(
                    Bill(
                        rng.randint(1, 28),
                        self.ids.account(),
                        abroad,
                        amt,
                        "bank_transfer",
                        memo=rng.choice(
                            [
                                "donation",
                                "sponsorship",
                                "monthly gift",
                                "education fund",
                                "school project",
                                None,
                            ]
                        ),
                        profile="evening",
                        night=0.1,
                    )
                )
        for day in self.month_days({12}):
            if rng.random() < 0.05:
                c.oneoffs.append(
                    (
                        day,
                        mixed_hour(rng, 0.1),
                        self.ids.merchant(c.home, MCC_CHARITY),
                        c.home,
                        round_amount(rng.uniform(20, 200)),
                        "card",
                        None,
                        MCC_CHARITY,
                        False,
                    )
                )
        if rng.random() < 0.35:
            abroad = rng.choice(["PH", "UA", "TH", "CO", "DO", "JM", "GH"])
            c.oneoffs.append(
                (
                    rng.randrange(self.start, self.end),
                    mixed_hour(rng, 0.15),
                    self.ids.account(),
                    abroad,
                    round_amount(rng.uniform(20, 300)),
                    rng.choice(["bank_transfer", "remittance", "p2p_app"]),
                    rng.choice(
                        [
                            "typhoon appeal",
                            "flood relief",
                            "earthquake appeal",
                            "relief fund",
                            "school feeding",
                            "medical mission",
                            None,
                        ]
                    ),
                    None,
                    False,
                )
            )

    def setup_traveller(self, c: Customer) -> None:
        rng = self.rng
        for _ in range(rng.choice([1, 1, 1, 2])):
            dest = rng.choice(TRAVEL_DEST)
            first = rng.randrange(self.start + 10, max(self.start + 11, self.end - 4))
            length = rng.randint(6, 21)
            buy = first - rng.randint(20, 100)
            if buy >= self.start:
                self.airfare(c, buy, dest)
            if rng.random() < 0.3 and buy + 2 >= self.start:
                c.oneoffs.append(
                    (
                        max(self.start, buy + 1),
                        mixed_hour(rng, c.night),
                        self.ids.merchant(dest, MCC_HOTEL),
                        dest,
                        cents(rng.uniform(150, 1200)),
                        "card",
                        None,
                        MCC_HOTEL,
                        False,
                    )
                )
            if rng.random() < 0.15 and buy >= self.start:
                c.oneoffs.append(
                    (
                        buy,
                        mixed_hour(rng, 0.3),
                        self.ids.merchant(c.home, MCC_NET),
                        c.home,
                        rng.choice([4.99, 9.99, 11.95, 59.99]),
                        "card",
                        None,
                        MCC_NET,
                        False,
                    )
                )
            self.trip(c, dest, first, length)
            if rng.random() < 0.6:
                guide = self.ids.account()
                for k in range(rng.choice([1, 1, 2, 3])):
                    day = min(self.end - 1, first + rng.randint(1, length) + (rng.randint(5, 40) if k else 0))
                    c.oneoffs.append(
                        (
                            day,
                            mixed_hour(rng, 0.15, "day"),
                            guide,
                            dest,
                            round_amount(rng.uniform(25, 200))
                            if rng.random() < 0.7
                            else cents(rng.uniform(20, 150)),
                            rng.choice(["p2p_app", "remittance", "p2p_app"]),
                            rng.choice(
                                [
                                    "tour guide",
                                    "island hopping",
                                    "driver",
                                    "diving",
                                    "thanks",
                                    "boat",
                                    "tip",
                                    "thanks again",
                                    None,
                                    None,
                                ]
                            ),
                            None,
                            False,
                        )
                    )

    def setup_gamer_crypto(self, c: Customer) -> None:
        rng = self.rng
        c.night = max(c.night, rng.uniform(0.2, 0.5))
        games = [self.ids.merchant(c.home, MCC_GAMES) for _ in range(2)]
        cards = self.ids.merchant(c.home, 5999)
        exch = (self.ids.merchant(rng.choice(["US", "MT", "LT", "SG", c.home]), 6051), None)
        wallet = self.ids.account()
        night = c.night

        def play(rng: random.Random, day: int, months: float) -> list[Event]:
            r = rng.random()
            if r < 0.55:
                return [
                    (
                        seconds(rng, "owl") if rng.random() > night else seconds(rng, "night"),
                        rng.choice(games),
                        c.home,
                        cents(rng.lognormvariate(math.log(15), 0.7)),
                        "card",
                        None,
                        MCC_GAMES,
                        False,
                    )
                ]
            if r < 0.8:
                return [
                    (
                        mixed_hour(rng, night, "owl"),
                        cards,
                        c.home,
                        float(rng.choice([10, 20, 25, 50, 50, 100])),
                        "gift_card",
                        None,
                        None,
                        False,
                    )
                ]
            to_wallet = rng.random() < 0.3
            return [
                (
                    mixed_hour(rng, night, "owl"),
                    wallet if to_wallet else exch[0],
                    "US" if to_wallet else c.home,
                    round_amount(rng.uniform(20, 500)) if rng.random() < 0.6 else cents(rng.uniform(20, 400)),
                    "crypto",
                    None,
                    None,
                    False,
                )
            ]

        c.streams.append(Stream(rng.uniform(0.08, 0.3), play, self.start, self.end, season={12: 1.5}))
        if rng.random() < 0.6:
            c.bills.append(
                Bill(
                    rng.randint(1, 28),
                    self.ids.merchant(c.home, MCC_NET),
                    c.home,
                    rng.choice([4.99, 6.99, 9.99, 12.95]),
                    "card",
                    MCC_NET,
                    profile="owl",
                    night=night,
                )
            )
        if rng.random() < 0.4:
            c.oneoffs.append(
                (
                    rng.randrange(self.start, self.end),
                    mixed_hour(rng, night, "owl"),
                    self.ids.merchant(c.home, MCC_SOFT),
                    c.home,
                    rng.choice([14.99, 29.0, 39.99, 49.0]),
                    "card",
                    None,
                    MCC_SOFT,
                    False,
                )
            )
        if rng.random() < 0.3:  # paying a booster or coach abroad, memo with a gaming handle
            country = rng.choice(["PH", "PH", "ID", "VN", "TH", "RO", "UA", "CO"])
            buddy = self.ids.account()
            tag = (
                "@"
                + rng.choice(HANDLE_PARTS)
                + rng.choice(["_gg", "ttv", "x", "_", ""])
                + str(rng.randint(1, 99))
            )

            def boost(rng: random.Random, day: int, months: float) -> list[Event]:
                return [
                    (
                        mixed_hour(rng, 0.5, "owl"),
                        buddy,
                        country,
                        round_amount(rng.uniform(10, 60)),
                        rng.choice(["p2p_app", "p2p_app", "remittance"]),
                        rng.choice([tag, "boost", "coaching", "acc", "skins", "carry", None]),
                        None,
                        False,
                    )
                ]

            c.streams.append(
                Stream(rng.uniform(0.01, 0.06), boost, rng.randrange(self.start, self.end), self.end)
            )

    # -- offenders --
    def make_networks(self, members: list[Customer]) -> None:
        """Unrelated offenders in different countries paying the same beneficiary accounts."""
        rng = self.rng
        members = sorted(members, key=lambda c: (c.home, c.idx))
        rng.shuffle(members)
        members.sort(key=lambda c: c.home)  # then deal round-robin so a network mixes countries
        groups: list[list[Customer]] = []
        if len(members) >= 2:
            k = max(1, len(members) // rng.choice([3, 4, 4, 5]))
            groups = [[] for _ in range(k)]
            for i, c in enumerate(members):
                groups[i % k].append(c)
            if len(groups[-1]) < 2 and len(groups) > 1:
                groups[0] += groups.pop()
        self.network_of: dict[int, tuple[str, list[str]]] = {}
        for g in groups:
            country = rng.choice(OFFENDER_DEST)
            accounts = [self.ids.account() for _ in range(rng.randint(1, 3))]
            self.shared_pool.setdefault(country, []).extend(accounts)
            for c in g:
                self.network_of[c.idx] = (country, accounts)

    def offending_start(self) -> int:
        span = self.end - self.start
        return self.start + self.rng.randrange(0, max(1, min(span - 14, int(span * 0.55))))

    def beneficiaries(
        self, c: Customer, s0: int, main: str, first: int, rate_new: float, p_shared: float, handles: bool
    ) -> list[tuple[int, str, str, str | None]]:
        rng = self.rng
        out = []
        n_new = poisson(rng, rate_new * (self.end - s0) / 30.4)
        days = [s0] * first + sorted(rng.randrange(s0, self.end) for _ in range(n_new))
        for day in days:
            country = main if rng.random() < 0.8 else rng.choice([d for d in OFFENDER_DEST if d != c.home])
            pool = self.shared_pool.get(country) or []
            acct = rng.choice(pool) if pool and rng.random() < p_shared else self.ids.account()
            handle = None
            if handles:
                handle = (
                    "@"
                    + rng.choice(HANDLE_PARTS)
                    + rng.choice(["", "_", ".", "x"])
                    + str(rng.randint(1, 999))
                )
            out.append((day, acct, country, handle))
        return out

    def setup_livestream_payer(self, c: Customer, quiet: bool = False) -> None:
        rng = self.rng
        s0 = self.offending_start()
        main = rng.choice([d for d in OFFENDER_DEST if d != c.home])
        if rng.random() < 0.1:  # some offenders are themselves diaspora senders
            self.setup_family_remittance(c, partial=True)
        if quiet:
            bens = self.beneficiaries(c, s0, main, 1, rng.uniform(0.4, 1.0), 0.45, False)
            rate, growth = rng.uniform(0.25, 0.9) / 7, rng.uniform(1.02, 1.12)
            median, amt_growth, sigma = rng.uniform(30, 90), rng.uniform(1.0, 1.06), 0.6
            night, round_p, memo_p = 0.08, 0.2, 0.4
            prof = rng.choice(["day", "evening", "shop"])
            chans = ["bank_transfer", "p2p_app", "remittance"]
            pref = rng.choice(chans)
            memos = QUIET_MEMOS
        else:
            bens = self.beneficiaries(
                c, s0, main, rng.randint(1, 2), rng.uniform(0.2, 0.8), 0.3, rng.random() < 0.5
            )
            rate, growth = rng.uniform(0.4, 2.0) / 7, rng.uniform(1.08, 1.35)
            median, amt_growth, sigma = rng.uniform(25, 70), rng.uniform(1.03, 1.12), 0.5
            night, round_p, memo_p = rng.uniform(0.4, 0.75), 0.75, 0.55
            prof = "evening"
            chans = ["remittance", "p2p_app", "bank_transfer", "crypto", "gift_card", "cash_deposit"]
            pref = rng.choices(chans, [52, 20, 10, 10, 4, 4])[0]
            memos = OFFENDER_MEMOS
        self.offender_streams(
            c,
            s0,
            bens,
            rate,
            growth,
            median,
            amt_growth,
            sigma,
            night,
            round_p,
            memo_p,
            prof,
            chans,
            pref,
            memos,
            burst=0.08 if quiet else 0.25,
        )
        if quiet:
            return
        if rng.random() < 0.5:  # VPN or capture software
            if rng.random() < 0.6:
                c.bills.append(
                    Bill(
                        self.days[s0][2],
                        self.ids.merchant(c.home, MCC_NET),
                        c.home,
                        rng.choice([4.99, 6.99, 9.99, 12.95]),
                        "card",
                        MCC_NET,
                        profile="night",
                        night=night,
                        start=s0,
                        offending=True,
                    )
                )
            else:
                c.oneoffs.append(
                    (
                        min(self.end - 1, s0 + rng.randint(0, 20)),
                        mixed_hour(rng, night),
                        self.ids.merchant(c.home, MCC_SOFT),
                        c.home,
                        rng.choice([19.99, 29.99, 49.0, 69.0]),
                        "card",
                        None,
                        MCC_SOFT,
                        True,
                    )
                )
        if rng.random() < 0.2:  # an airfare to the region, sometimes the trip itself
            buy = s0 + rng.randint(20, 120)
            if buy < self.end:
                self.airfare(c, buy, main, offending=True)
                if rng.random() < 0.5 and buy + 20 < self.end:
                    self.trip(c, main, buy + rng.randint(14, 50), rng.randint(5, 14))

    def setup_livestream_payer_quiet(self, c: Customer) -> None:
        self.setup_livestream_payer(c, quiet=True)

    def setup_facilitator_network(self, c: Customer) -> None:
        rng = self.rng
        country, accounts = self.network_of.get(c.idx, (rng.choice(OFFENDER_DEST), [self.ids.account()]))
        s0 = self.offending_start()
        bens = [(s0, a, country, None) for a in accounts]
        if rng.random() < 0.3:
            bens += self.beneficiaries(c, s0, country, 1, 0.2, 0.0, rng.random() < 0.5)
        chans = ["remittance", "p2p_app", "bank_transfer"]
        self.offender_streams(
            c,
            s0,
            bens,
            rng.uniform(0.3, 1.2) / 7,
            rng.uniform(1.0, 1.2),
            rng.uniform(20, 80),
            rng.uniform(1.0, 1.08),
            0.55,
            rng.uniform(0.1, 0.45),
            0.5,
            0.5,
            rng.choice(["evening", "day"]),
            chans,
            rng.choice(chans),
            OFFENDER_MEMOS + QUIET_MEMOS,
            burst=0.12,
        )

    def offender_streams(
        self,
        c: Customer,
        s0: int,
        bens: list[tuple[int, str, str, str | None]],
        rate: float,
        growth: float,
        median: float,
        amt_growth: float,
        sigma: float,
        night: float,
        round_p: float,
        memo_p: float,
        prof: str,
        chans: list[str],
        pref: str,
        memos: list[str],
        burst: float,
    ) -> None:
        rng = self.rng

        def amount(rng: random.Random, months: float) -> float:
            x = median * (amt_growth**months) * rng.lognormvariate(0, sigma)
            if rng.random() < 0.05:
                x = rng.uniform(200, 400)
            x = min(max(x, 10.0), 450.0)
            return round_amount(x) if rng.random() < round_p else cents(x)

        def memo(rng: random.Random, handle: str | None) -> str | None:
            if rng.random() >= memo_p:
                return None
            return handle if handle and rng.random() < 0.6 else rng.choice(memos)

        def pay(rng: random.Random, day: int, months: float) -> list[Event]:
            live = [b for b in bens if b[0] <= day] or bens[:1]
            # newer beneficiaries are paid more often
            b = live[-1] if rng.random() < 0.4 else rng.choice(live)
            sec = mixed_hour(rng, night, prof)
            ch = pref if rng.random() < 0.75 else rng.choice(chans)
            out = [(sec, b[1], b[2], amount(rng, months), ch, memo(rng, b[3]), None, True)]
            if rng.random() < burst:  # a series of payments in a short time
                for _ in range(rng.randint(1, 3)):
                    sec = min(86399, sec + rng.randint(120, 3000))
                    b2 = b if rng.random() < 0.5 else rng.choice(live)
                    out.append((sec, b2[1], b2[2], amount(rng, months), ch, memo(rng, b2[3]), None, True))
            return out

        first = pay(rng, s0, 0.0)[0]
        c.oneoffs.append((s0, *first))
        c.streams.append(Stream(rate, pay, s0, self.end, growth=growth))

    # -- the weekly loop --
    def run(self, write: Callable[[tuple], None]) -> None:
        rng = self.rng
        pending: list[tuple] = []
        d0 = self.start
        while d0 < self.end:
            d1 = min(d0 + 7, self.end)
            paydays = {self.days[o][2] for o in range(max(d0 - 3, self.start - 1), d1)}
            due: dict[int, int] = {}  # day of month -> the day in this window when a bill with it falls due
            for o in range(d0, d1):
                _, _, dom, _, dim = self.days[o]
                for k in range(dom, 32 if dom == dim else dom + 1):
                    due[k] = o
            for c in self.customers:
                self.window(rng, c, d0, d1, pending, due, c.payday in paydays)
            pending.sort()
            cutoff = (d1 - EPOCH_ORD) * 86400 - 14 * 3600
            k = 0
            while k < len(pending) and pending[k][0] < cutoff:
                write(pending[k])
                k += 1
            del pending[:k]
            d0 = d1
        for e in pending:
            write(e)

    def window(
        self,
        rng: random.Random,
        c: Customer,
        d0: int,
        d1: int,
        sink: list[tuple],
        due: dict[int, int],
        payday: bool = False,
    ) -> None:
        nd = d1 - d0
        rnd = rng.random
        m = self.days[d0][1]
        # more spending in the week after payday and in December
        n = poisson(rng, c.rate * nd * SEASON_SHOP.get(m, 1.0) * (1.25 if payday else 0.95))
        for _ in range(n):
            day = d0 + int(rnd() * nd)
            if c.trip and any(a <= day <= b for a, b, _ in c.trip):
                continue
            cats = c.cats
            _name, mcc, ch, med, sig, prof, _ = EVERYDAY[cats[int(rnd() * len(cats))]]
            sec = seconds(rng, "night") if rnd() < c.night else seconds(rng, prof)
            amt = cents(med * math.exp(sig * rng.gauss(0.0, 1.0)))
            if mcc is None:
                fr = c.friends
                self.emit(
                    c,
                    day,
                    sec,
                    fr[int(rnd() * len(fr))],
                    c.home,
                    round_amount(amt) if rnd() < 0.6 else amt,
                    ch,
                    FRIEND_MEMOS[int(rnd() * len(FRIEND_MEMOS))] if rnd() < 0.6 else None,
                    None,
                    False,
                    sink,
                )
            else:
                favs = c.favs[mcc]
                self.emit(c, day, sec, favs[int(rnd() * len(favs))], c.home, amt, ch, None, mcc, False, sink)
        for b in c.bills:
            target = due.get(b.dom)
            if target is None or not b.start <= target < b.end:
                continue
            if b.months and self.days[target][1] not in b.months:
                continue
            if b.wobble:
                target = min(max(target + rng.randint(-b.wobble, b.wobble), d0), d1 - 1)
            amt = b.amount * (1 + rng.gauss(0, b.jitter)) if b.jitter else b.amount
            amt = round_amount(amt) if b.roundy else cents(amt)
            sec = seconds(rng, "night") if rng.random() < b.night else seconds(rng, b.profile)
            self.emit(c, target, sec, b.receiver, b.rc, amt, b.channel, b.memo, b.mcc, b.offending, sink)
        for s in c.streams:
            a, b2 = max(d0, s.start), min(d1, s.end)
            if a >= b2:
                continue
            months = (a - s.start) / 30.44
            lam = s.rate * (b2 - a) * (s.growth**months) * s.season.get(m, 1.0)
            for _ in range(poisson(rng, lam)):
                day = a + rng.randrange(b2 - a)
                for ev in s.make(rng, day, (day - s.start) / 30.44):
                    self.emit(c, day, *ev, sink)
        for ev in c.oneoffs:
            if d0 <= ev[0] < d1:
                self.emit(c, *ev, sink)

    def emit(
        self,
        c: Customer,
        day: int,
        sec: int,
        receiver: str,
        rc: str,
        amount: float,
        channel: str,
        memo: str | None,
        mcc: int | None,
        offending: bool,
        sink: list[tuple],
    ) -> None:
        off = c.offset(day, self.days[day][0])
        local = (day - EPOCH_ORD) * 86400 + sec
        utc = local - off * 60
        self.counter += 1
        iso = local_iso(day, sec, off)
        amt = round(amount * c.factor, 2)
        if channel != "card":
            mcc = None
        elif memo is None and self.rng.random() < 0.55:  # the note a card network or wallet adds
            memo = self.rng.choice(BILL_NOTES if mcc in BILL_MCCS else CARD_NOTES)
        sink.append(
            (utc, self.counter, iso, c.cid, receiver, amt, c.currency, channel, c.home, rc, memo, mcc)
        )
        if offending and (c.first_off is None or utc < c.first_off_utc):
            c.first_off, c.first_off_utc = iso, utc


# ----------------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Synthetic transactions with live-streaming payers and lookalikes."
    )
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--customers", type=int, required=True)
    ap.add_argument("--months", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    ap.add_argument("--start", default="2024-01-01", help="first day, YYYY-MM-DD")
    ap.add_argument("--offender-share", type=float, default=0.002)
    args = ap.parse_args(argv)
    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        print(f"--start: not a date YYYY-MM-DD: {args.start!r}", file=sys.stderr)
        return 2
    if args.customers < 1 or args.months < 1 or not 0 <= args.offender_share <= 1:
        print(
            "--customers and --months must be at least 1, --offender-share between 0 and 1", file=sys.stderr
        )
        return 2
    sim = Sim(args.seed, args.customers, args.months, start, args.offender_share)
    n = 0
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        if args.format == "csv":
            w = csv.writer(out, lineterminator="\n")
            w.writerow(FIELDS)

            def write(e: tuple) -> None:
                nonlocal n
                n += 1
                w.writerow(
                    (
                        f"t-{n}",
                        e[2],
                        e[3],
                        e[4],
                        e[5],
                        e[6],
                        e[7],
                        e[8],
                        e[9],
                        "" if e[10] is None else e[10],
                        "" if e[11] is None else e[11],
                    )
                )
        else:
            dumps = json.dumps

            def write(e: tuple) -> None:
                nonlocal n
                n += 1
                # ids, codes and times are plain ASCII; only the memo needs JSON escaping
                memo = e[10]
                if memo is not None:
                    memo_part = f', "memo": {dumps(memo, ensure_ascii=False)}'
                else:  # a missing memo is sometimes absent, sometimes null
                    memo_part = ', "memo": null' if n % 2 else ""
                mcc = "null" if e[11] is None else e[11]
                out.write(
                    f'{{"txn_id": "t-{n}", "time": "{e[2]}", "sender": "{e[3]}", "receiver": "{e[4]}", '
                    f'"amount": {e[5]!r}, "currency": "{e[6]}", "channel": "{e[7]}", "sender_country": '
                    f'"{e[8]}", "receiver_country": "{e[9]}"{memo_part}, "merchant_category": {mcc}}}\n'
                )

        sim.run(write)
    with open(args.truth, "w", encoding="utf-8") as tru:
        for c in sim.customers:
            offender = c.kind in OFFENDER_KINDS
            tru.write(
                json.dumps(
                    {
                        "customer": c.cid,
                        "label": "offender" if offender else "benign",
                        "kind": c.kind,
                        "first_offending_time": c.first_off if offender else None,
                    }
                )
                + "\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
