#!/usr/bin/env python3
"""Synthetic transactions for blind evaluation of a live-streamed-abuse payment monitor (writer_b).

Written from evaluation/specs/payments.md alone. Standard library only, deterministic from --seed.

    python generate.py --seed 1 --customers 5000 --months 3 --out txns.jsonl --truth truth.jsonl
                       [--format jsonl|csv] [--start 2024-01-01] [--offender-share 0.002]

A population simulation: every customer is a persona with a home country, currency, time zone, pay days,
a calendar of holidays and term starts, and (for diaspora, students, travellers, donors, gamers and
offenders) their own receivers, reused month after month. Output is built three local days at a time for
all customers, sorted by instant and written; the few transactions that a later window could still precede
(time zones) are carried over. Memory holds one window, never the run: it does not grow with --months.

Everything is invented: customers, accounts, merchants, amounts and memos. Memos are ordinary payment
references ("school fees", "for mama", "gift", a handle): never sexual, never describing a child or abuse.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

FIELDS = ["txn_id", "time", "sender", "receiver", "amount", "currency", "channel", "sender_country",
          "receiver_country", "memo", "merchant_category"]  # fmt: skip

# Home countries: currency, units per US dollar (FX-ish), standard UTC offset in minutes, DST rule, weight.
HOME: dict[str, tuple[str, float, int, str, float]] = {
    "US": ("USD", 1.0, -300, "north", 0.30), "GB": ("GBP", 0.79, 0, "north", 0.16), "CA": ("CAD", 1.36, -300, "north", 0.12),
    "AU": ("AUD", 1.52, 600, "south", 0.12), "DE": ("EUR", 0.92, 60, "north", 0.12), "NL": ("EUR", 0.92, 60, "north", 0.07),
    "SE": ("SEK", 10.5, 60, "north", 0.06), "NO": ("NOK", 10.7, 60, "north", 0.05),
}  # fmt: skip
# Several zones in the big countries (standard offsets in minutes).
ZONES = {
    "US": [-300, -300, -360, -420, -480],
    "CA": [-300, -300, -360, -480, -210],
    "AU": [600, 600, 600, 570, 480],
}
# Corridors: where money goes. Offending destinations from FINTRAC/AUSTRAC/AMLC; diaspora goes there too and beyond.
OFFENDING_DEST = {"PH": 0.55, "TH": 0.06, "CO": 0.1, "DO": 0.05, "RO": 0.05, "UA": 0.04, "GH": 0.04, "JM": 0.03, "US": 0.03,
                  "RU": 0.02, "VN": 0.03}  # fmt: skip
DIASPORA_DEST = {"PH": 0.28, "TH": 0.06, "CO": 0.08, "GH": 0.06, "UA": 0.06, "DO": 0.05, "RO": 0.07, "JM": 0.05,
                 "IN": 0.09, "VN": 0.05, "PK": 0.05, "NG": 0.05, "MX": 0.04, "PL": 0.04, "KE": 0.03}  # fmt: skip
TRAVEL_DEST = {
    "TH": 0.3,
    "PH": 0.2,
    "CO": 0.1,
    "DO": 0.12,
    "JM": 0.06,
    "VN": 0.1,
    "RO": 0.04,
    "US": 0.04,
    "MX": 0.04,
}
# Lunar New Year, Eid al-Fitr, Eid al-Adha, by year (month, day).
LNY = {2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26)}
EID_FITR = {2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 10), 2028: (2, 27)}
EID_ADHA = {2023: (6, 28), 2024: (6, 16), 2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5)}
# School-year starts in the corridor countries (month): fee peaks.
TERM_START = {"PH": (6, 8), "CO": (1, 2), "GH": (1, 9), "JM": (1, 9), "DO": (8,), "TH": (5, 11), "RO": (9,), "UA": (9,),
              "IN": (4, 6), "VN": (9,), "PK": (4, 8), "NG": (1, 9), "MX": (8,), "PL": (9,), "KE": (1, 5, 9)}  # fmt: skip
HOME_TERMS = {"north": (1, 4, 9), "south": (2, 7, 10)}
FAMILY_MEMOS = {
    "PH": ["for mama", "padala", "allowance", "baon", "tuition", "pang gastos", "for lola", "gcash"],
    "CO": ["para mamá", "remesa", "mercado", "pa la casa", "matrícula", "para los gastos"],
    "DO": ["para mamá", "remesa", "luz y agua", "colegio"], "MX": ["para mamá", "remesa", "gastos"],
    "RO": ["ajutor", "pentru mama", "chirie", "facturi"], "UA": ["для мами", "допомога", "help", "rent"],
    "PL": ["dla mamy", "rachunki", "czynsz"], "GH": ["for mum", "upkeep", "chop money", "for church"],
    "NG": ["upkeep", "for mum", "school fees"], "JM": ["for mommy", "bills", "lunch money"],
    "TH": ["for mae", "family", "rent"], "VN": ["cho me", "family", "tet"], "IN": ["for maa", "household", "ghar"],
    "PK": ["for ammi", "household", "bills"], "KE": ["upkeep", "for mum", "rent"],
}  # fmt: skip
COMMON_MEMOS = ["school fees", "medical", "medicine", "gift", "bday", "for the kids", "help", "rent", "groceries", "uniform",
                "hospital", "support", "family support", "education"]  # fmt: skip
OFFENDER_MEMOS = ["school fees", "medicine", "gift", "for the kids", "medical bills", "uniform", "education", "family support",
                  "help", "bday", "load", "thanks"]  # fmt: skip
QUIET_MEMOS = ["gift", "help", "rent", "thanks", "support", "groceries", "allowance"]
HANDLE_BITS = [
    "tala",
    "jhen",
    "mari",
    "lyn",
    "kaye",
    "ruby",
    "sky",
    "vanz",
    "mika",
    "dee",
    "joy",
    "bea",
    "nina",
    "cris",
    "angel",
    "lovely",
]
BENIGN_CARD_MCC = [(5411, 0.35), (5812, 0.15), (5541, 0.1), (5311, 0.06), (5912, 0.05), (5651, 0.05), (4121, 0.04), (5814, 0.1),
                   (5999, 0.04), (5942, 0.02), (7832, 0.02), (5732, 0.02)]  # fmt: skip
SCALE_SPACE = 9_999_999_967  # prime; account and merchant numbers are a bijective scramble of an index


def scramble(index: int, salt: int) -> int:
    return (index * 2_654_435_761 + salt * 97_531) % SCALE_SPACE


def acct(index: int) -> str:
    return f"acct-{scramble(index, 7):010d}"


def merchant(index: int) -> str:
    return f"mer-{scramble(index, 3):010d}"


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def round_local(usd: float, fx: float, nice: bool, rng: random.Random | None = None) -> float:
    """A USD figure in local money; 'nice' amounts are the even numbers people type (20, 50, 100, 500 kr)."""
    x = usd * fx
    if nice:
        step = 5 if x < 60 else 10 if x < 300 else 50 if x < 1500 else 100
        return float(max(step, round(x / step) * step))
    return round(x * (rng.uniform(0.93, 1.07) if rng else 1.0), 2)


# --------------------------------------------------------------------------------------------------
# Shared receivers: pools reused by many unrelated customers (schools, universities, charities, guides)
# and the offending beneficiaries (hubs shared by unrelated offenders, network accounts).
# --------------------------------------------------------------------------------------------------
POOL_BASE = {"school": 10**8, "uni": 2 * 10**8, "charity": 3 * 10**8, "guide": 4 * 10**8, "hub": 5 * 10**8,
             "network": 6 * 10**8, "exchange": 7 * 10**8, "vendor": 8 * 10**8}  # fmt: skip


def pool_acct(pool: str, k: int) -> str:
    return acct(POOL_BASE[pool] + k)


def pool_merchant(pool: str, k: int) -> str:
    return merchant(POOL_BASE[pool] + k)


@dataclass
class Receiver:
    rid: str
    country: str
    base_usd: float
    memo: list[str]
    per_month: float  # expected payments a month
    channel: str
    nice: bool = True
    start_day: int = 0
    night: float = 0.05


@dataclass
class Profile:
    idx: int
    cid: str
    kind: str
    country: str
    currency: str
    fx: float
    zone: int
    dst: str
    young: bool
    payday: tuple[str, int]
    spend: float  # everyday transactions a month
    night: float  # share of sends at local night
    memo_rate: float
    friends: list[int] = field(default_factory=list)
    receivers: list[Receiver] = field(default_factory=list)
    corridor: str | None = None
    # offending
    onset_day: int = -1
    escalate: float = 1.0
    beneficiaries: list[Receiver] = field(default_factory=list)
    vpn: bool = False
    capture: bool = False
    airfare: bool = False
    crypto: bool = False
    cover: bool = False  # an offender who also has a genuine family corridor
    extras: dict[str, float] = field(default_factory=dict)


KIND_SHARES_BENIGN = [("family_remittance", 0.22), ("student_fees", 0.07), ("charity_donor", 0.07), ("traveller", 0.08),
                      ("gamer_crypto", 0.09), ("ordinary", 0.47)]  # fmt: skip


def offender_plan(n_off: int) -> list[str]:
    quiet = math.ceil(0.35 * n_off)
    fac = max(3, round(0.25 * n_off)) if n_off >= 8 else 0
    return (
        ["livestream_payer_quiet"] * quiet
        + ["facilitator_network"] * fac
        + ["livestream_payer"] * (n_off - quiet - fac)
    )


class Population:
    def __init__(self, seed: int, customers: int, days: int, offender_share: float) -> None:
        self.seed = seed
        self.days = days
        rng = random.Random(f"{seed}:population")
        n_off = max(1, round(customers * offender_share)) if offender_share > 0 else 0
        kinds = offender_plan(min(n_off, customers))
        rest = customers - len(kinds)
        for k, s in KIND_SHARES_BENIGN:
            kinds += [k] * int(s * rest)
        kinds += ["ordinary"] * (customers - len(kinds))
        rng.shuffle(kinds)
        self.kinds = kinds
        self.homes = [
            rng.choices(list(HOME), weights=[h[4] for h in HOME.values()])[0] for _ in range(customers)
        ]
        # facilitator networks: groups of 3-6 offenders from different home countries or zones
        self.networks: dict[int, int] = {}
        fac = [i for i, k in enumerate(kinds) if k == "facilitator_network"]
        net, i = 0, 0
        while i < len(fac):
            size = min(len(fac) - i, rng.randrange(3, 7))
            if len(fac) - i - size in (1, 2):
                size = len(fac) - i
            for j in fac[i : i + size]:
                self.networks[j] = net
            net += 1
            i += size
        self.n_networks = net
        self.n_hubs = max(2, n_off // 4)
        self.by_country: dict[str, list[int]] = {}
        for i, h in enumerate(self.homes):
            self.by_country.setdefault(h, []).append(i)
        self.profiles = [self.profile(i) for i in range(customers)]

    # ---------------------------------------------------------------- profiles
    def profile(self, i: int) -> Profile:
        rng = random.Random(f"{self.seed}:cust:{i}")
        kind, home = self.kinds[i], self.homes[i]
        cur, fx, zone, dst, _ = HOME[home]
        zone = rng.choice(ZONES.get(home, [zone]))
        young = kind == "gamer_crypto" or rng.random() < 0.2
        payday = rng.choice(
            [("monthly", rng.choice([1, 15, 20, 25, 28])), ("biweekly", rng.randrange(14)), ("twice", 15)]
        )
        p = Profile(i, f"cust-{i + 1:05d}", kind, home, cur, fx, zone, dst, young, payday, spend=rng.uniform(3, 12),
                    night=rng.choice([0.01, 0.02, 0.04, 0.08]), memo_rate=rng.uniform(0.3, 0.8))  # fmt: skip
        same = self.by_country[home]
        p.friends = [rng.choice(same) for _ in range(rng.randrange(0, 4))]
        p.friends = [f for f in p.friends if f != i]
        builder = getattr(self, "_" + kind)
        builder(p, rng)
        return p

    def _relatives(self, p: Profile, rng: random.Random, corridor: str, n: int, base: float) -> None:
        memos = FAMILY_MEMOS.get(corridor, []) + COMMON_MEMOS
        channel = rng.choice(["remittance", "remittance", "remittance", "bank_transfer", "p2p_app"])
        for k in range(n):
            rid = acct(p.idx * 16 + k)
            per_month = rng.choice([1, 1, 2, 2, 4]) if k == 0 else rng.choice([0.3, 0.5, 1])
            p.receivers.append(Receiver(rid, corridor, base * (1 if k == 0 else rng.uniform(0.2, 0.7)), rng.sample(memos, 4), per_month,
                                        channel if rng.random() < 0.8 else "remittance", nice=rng.random() < 0.75,
                                        start_day=0 if k < 2 else rng.randrange(self.days), night=p.night))  # fmt: skip

    def _family_remittance(self, p: Profile, rng: random.Random) -> None:
        p.corridor = weighted(rng, DIASPORA_DEST)
        if rng.random() < 0.18:  # shift workers and those who send when family wake up: night sends
            p.night = rng.uniform(0.2, 0.5)
        small_frequent = rng.random() < 0.25
        base = rng.uniform(20, 80) if small_frequent else rng.uniform(80, 450)
        self._relatives(p, rng, p.corridor, rng.randrange(1, 5), base)
        if small_frequent:
            p.receivers[0].per_month = rng.choice([4, 6, 8])
        if (
            rng.random() < 0.35
        ):  # school fees paid straight to a school in the corridor (shared by unrelated parents)
            k = hash_country(p.corridor) * 100 + rng.randrange(12)  # a few schools per country, many parents
            p.receivers.append(Receiver(pool_acct("school", k), p.corridor, rng.uniform(80, 400), ["school fees", "tuition", "uniform", "books"],
                                        0.0, "bank_transfer"))  # fmt: skip
            p.extras["school"] = 1
        p.extras["airfare_home"] = 0.6 if rng.random() < 0.5 else 0.0

    def _student_fees(self, p: Profile, rng: random.Random) -> None:
        abroad = rng.random() < 0.7
        p.corridor = (
            weighted(rng, DIASPORA_DEST)
            if rng.random() < 0.45
            else rng.choice(["GB", "US", "AU", "CA", "NL", "DE"])
        )
        if p.corridor == p.country:
            p.corridor = "GB" if p.country != "GB" else "NL"
        k = hash_country(p.corridor if abroad else p.country) * 100 + rng.randrange(
            8
        )  # shared by unrelated families
        p.receivers.append(Receiver(pool_acct("uni", k), p.corridor if abroad else p.country, rng.uniform(800, 4000),
                                    ["tuition", "school fees", "term fees", "semester"], 0.0, "bank_transfer", nice=False))  # fmt: skip
        p.receivers.append(Receiver(acct(p.idx * 16 + 1), p.corridor if abroad else p.country, rng.uniform(100, 500),
                                    ["rent", "allowance", "books", "food", "school fees"], 1.5, rng.choice(["p2p_app", "bank_transfer", "remittance"])))  # fmt: skip
        p.extras["college_card"] = 1

    def _charity_donor(self, p: Profile, rng: random.Random) -> None:
        p.extras["charities"] = float(rng.randrange(1, 4))
        p.extras["charity_abroad"] = 1.0 if rng.random() < 0.5 else 0.0
        p.extras["charity_base"] = float(rng.choice([5, 10, 10, 20, 25, 50, 100]))
        if rng.random() < 0.3:  # sponsorship through a partner abroad
            country = weighted(rng, OFFENDING_DEST)
            k = hash_country(country) * 100 + rng.randrange(5)
            p.receivers.append(Receiver(pool_acct("charity", k), country, rng.choice([25, 30, 40, 50]),
                                        ["sponsorship", "donation", "education", "monthly gift"], 1, "bank_transfer"))  # fmt: skip

    def _traveller(self, p: Profile, rng: random.Random) -> None:
        p.corridor = weighted(rng, TRAVEL_DEST)
        p.extras["trip_day"] = float(rng.randrange(max(1, self.days)))
        p.extras["trip_len"] = float(rng.randrange(6, 21))
        p.extras["guide"] = float(hash_country(p.corridor) * 100 + rng.randrange(12))
        p.extras["vpn"] = 1.0 if rng.random() < 0.35 else 0.0

    def _gamer_crypto(self, p: Profile, rng: random.Random) -> None:
        p.night = rng.uniform(0.25, 0.6)
        p.extras["gamer"] = 1
        p.extras["vpn"] = 1.0 if rng.random() < 0.6 else 0.0
        p.extras["crypto"] = 1.0 if rng.random() < 0.6 else 0.0
        if rng.random() < 0.2:  # sends to a gaming friend or a seller abroad (skins, accounts)
            c = weighted(rng, OFFENDING_DEST)
            p.receivers.append(Receiver(acct(p.idx * 16 + 2), c, rng.choice([10, 15, 20, 25, 50]), ["skins", "acc", "boost", "@" + rng.choice(HANDLE_BITS) + str(rng.randrange(99))],
                                        0.6, "p2p_app", night=0.6))  # fmt: skip

    def _ordinary(self, p: Profile, rng: random.Random) -> None:
        if rng.random() < 0.05:
            p.extras["vpn"] = 1.0

    # offenders ---------------------------------------------------------------------------------
    def _offender_common(self, p: Profile, rng: random.Random, quiet: bool) -> None:
        p.onset_day = rng.randrange(0, max(1, int(self.days * 0.6)))
        p.escalate = rng.uniform(1.15, 1.7)
        if rng.random() < 0.3:  # cover: a genuine family corridor too (often the same country)
            p.cover = True
            self._relatives(p, rng, weighted(rng, DIASPORA_DEST), rng.randrange(1, 3), rng.uniform(60, 300))
        p.night = rng.uniform(0.02, 0.1) if quiet else p.night
        p.crypto = p.young and rng.random() < 0.5

    def _new_beneficiary(
        self, p: Profile, rng: random.Random, k: int, quiet: bool, dest: str | None = None
    ) -> Receiver:
        dest = dest or weighted(rng, OFFENDING_DEST)
        if rng.random() < 0.35:  # a hub shared with unrelated offenders (its country is its own)
            hub = rng.randrange(self.n_hubs)
            rid = pool_acct("hub", hub)
            dest = weighted(random.Random(f"{self.seed}:hub:{hub}"), OFFENDING_DEST)
        else:
            rid = acct(p.idx * 16 + 8 + k)
        memos = (
            rng.sample(QUIET_MEMOS, 3)
            if quiet
            else rng.sample(OFFENDER_MEMOS, 3)
            + ["@" + rng.choice(HANDLE_BITS) + rng.choice(["", "_", "."]) + str(rng.randrange(1, 99))]
        )
        start = p.onset_day if k == 0 else rng.randrange(p.onset_day, max(p.onset_day + 1, self.days))
        ch = rng.choice(
            ["remittance", "remittance", "remittance", "p2p_app", "bank_transfer"]
            + (["crypto"] if p.crypto else [])
        )
        return Receiver(rid, dest, rng.uniform(12, 45) if not quiet else rng.uniform(15, 70), memos, 0.0, ch, nice=not quiet and rng.random() < 0.85,
                        start_day=start, night=0.0 if quiet else rng.uniform(0.4, 0.8))  # fmt: skip

    def _livestream_payer(self, p: Profile, rng: random.Random) -> None:
        self._offender_common(p, rng, quiet=False)
        dest = weighted(rng, OFFENDING_DEST)
        p.beneficiaries = [
            self._new_beneficiary(p, rng, k, False, dest if rng.random() < 0.7 else None)
            for k in range(rng.randrange(1, 5))
        ]
        p.beneficiaries.sort(key=lambda b: b.start_day)
        p.beneficiaries[0].start_day = p.onset_day
        p.vpn = rng.random() < 0.5
        p.capture = rng.random() < 0.3
        p.airfare = rng.random() < 0.25
        p.extras["rate"] = rng.uniform(1.0, 3.0)

    def _livestream_payer_quiet(self, p: Profile, rng: random.Random) -> None:
        self._offender_common(p, rng, quiet=True)
        p.beneficiaries = [self._new_beneficiary(p, rng, k, True) for k in range(rng.randrange(2, 6))]
        p.beneficiaries.sort(key=lambda b: b.start_day)
        p.beneficiaries[0].start_day = p.onset_day
        p.extras["rate"] = rng.uniform(0.8, 2.0)

    def _facilitator_network(self, p: Profile, rng: random.Random) -> None:
        self._offender_common(p, rng, quiet=rng.random() < 0.6)
        net = self.networks.get(p.idx, 0)
        nrng = random.Random(f"{self.seed}:network:{net}")
        dest = weighted(nrng, OFFENDING_DEST)
        shared = [pool_acct("network", net * 8 + k) for k in range(nrng.randrange(1, 4))]
        p.beneficiaries = []
        for k, rid in enumerate(rng.sample(shared, rng.randrange(1, len(shared) + 1))):
            b = self._new_beneficiary(p, rng, k, quiet=True, dest=dest)
            b.rid, b.country = rid, dest
            b.nice = rng.random() < 0.5
            b.night = rng.uniform(0.0, 0.3)
            p.beneficiaries.append(b)
        p.beneficiaries[0].start_day = p.onset_day
        p.extras["rate"] = rng.uniform(1.0, 2.5)


# --------------------------------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------------------------------
def dst_minutes(rule: str, d: date) -> int:
    if rule == "north":
        return 60 if (d.month, d.day) >= (3, 30) and (d.month, d.day) < (10, 27) else 0
    if rule == "south":
        return 60 if (d.month, d.day) >= (10, 6) or (d.month, d.day) < (4, 6) else 0
    return 0


def offset_str(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


def near(d: date, table: dict[int, tuple[int, int]], before: int = 10, after: int = 1) -> bool:
    md = table.get(d.year)
    if not md:
        return False
    delta = (d - date(d.year, *md)).days
    return -before <= delta <= after


def is_payday(p: Profile, d: date, day_index: int) -> bool:
    mode, k = p.payday
    if mode == "monthly":
        return d.day == k
    if mode == "twice":
        return d.day in (1, 15)
    return (day_index + k) % 14 == 0


@dataclass(frozen=True)
class DayInfo:
    index: int
    d: date
    date_str: str
    epoch: int
    dst_north: int
    dst_south: int


OFFSETS: dict[int, str] = {}


def day_table(start: date, days: int) -> list[DayInfo]:
    out = []
    for i in range(days):
        d = start + timedelta(days=i)
        out.append(
            DayInfo(
                i,
                d,
                d.isoformat(),
                (d - date(1970, 1, 1)).days * 86400,
                dst_minutes("north", d),
                dst_minutes("south", d),
            )
        )
    return out


# --------------------------------------------------------------------------------------------------
# Transaction stream of one customer
# --------------------------------------------------------------------------------------------------
EPOCH0 = date(1970, 1, 1)


class Emitter:
    """Builds one customer's transactions for one day, as sortable tuples."""

    def __init__(self, p: Profile) -> None:
        self.p = p
        self.out: list[tuple[int, int, int, tuple, bool]] = []
        self.everyday_counts: dict[int, int] = {}
        self.social_days: set[int] = set()
        self.cash_days: set[int] = set()

    def set_day(self, day: DayInfo) -> None:
        p = self.p
        self.d = day.d
        self.day_index = day.index
        dst = (
            0
            if p.zone == 480 or (p.zone == 600 and p.idx % 3 == 0)
            else (day.dst_north if p.dst == "north" else day.dst_south)
        )
        self.offset = p.zone + dst
        self.date_str = day.date_str
        self.off_str = OFFSETS.get(self.offset) or OFFSETS.setdefault(self.offset, offset_str(self.offset))
        self.day_epoch = day.epoch

    def add(
        self,
        rng: random.Random,
        receiver: str,
        amount: float,
        channel: str,
        rcountry: str,
        memo: str | None = None,
        mcc: int | None = None,
        night: float = 0.0,
        hours: tuple[int, int] = (7, 22),
        offending: bool = False,
    ) -> None:
        if rng.random() < night:
            hour = rng.choice([22, 23, 23, 0, 0, 1, 1, 2, 3])
        else:
            hour = rng.randrange(*hours)
        secs = hour * 3600 + rng.randrange(3600)
        p = self.p
        if memo is not None and channel != "card" and rng.random() > p.memo_rate:
            memo = None
        txn = (f"{self.date_str}T{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}{self.off_str}", p.cid, receiver,
               round(amount, 2), p.currency, channel, p.country, rcountry, memo, mcc if channel == "card" else None)  # fmt: skip
        self.out.append((self.day_epoch + secs - self.offset * 60, p.idx, len(self.out), txn, offending))


def everyday(e: Emitter, rng: random.Random, pop: Population) -> None:
    p, d = e.p, e.d
    home = p.country
    for _ in range(e.everyday_counts.get(e.day_index, 0)):
        mcc = weighted_mcc(rng)
        k = rng.randrange(6) if mcc == 5411 else rng.randrange(400)
        usd = TYPICAL_USD[mcc]
        amount = round(usd * p.fx * rng.lognormvariate(0, 0.45), 2)
        e.add(rng, pool_merchant("vendor", 1_000_000_000 + hash_country(home) * 10_000_000 + mcc * 1000 + k), amount, "card", home,
              mcc=mcc, night=p.night * 0.5)  # fmt: skip
    if d.day == (p.idx % 27) + 1:  # phone and utility bills
        e.add(
            rng,
            pool_merchant("vendor", 30_000_000 + hash_country(home) * 10_000 + 9000 + p.idx % 5),
            round(rng.uniform(20, 60) * p.fx, 2),
            "card",
            home,
            mcc=4814,
        )
    if d.day == (p.idx % 23) + 3:
        e.add(
            rng,
            pool_merchant("vendor", 30_000_000 + hash_country(home) * 10_000 + 9100 + p.idx % 7),
            round(rng.uniform(40, 160) * p.fx, 2),
            "card",
            home,
            mcc=4900,
        )
    if p.friends and e.day_index in e.social_days:  # splitting a bill with a friend who is also a customer
        f = rng.choice(p.friends)
        amount = round_local(rng.choice([10, 15, 20, 25, 40, 60]), p.fx, rng.random() < 0.7, rng)
        e.add(
            rng,
            f"cust-{f + 1:05d}",
            amount,
            "p2p_app",
            pop.homes[f],
            memo=rng.choice(["dinner", "tickets", "🍕", "rent", "taxi", "drinks", None]),
        )
    if is_payday(p, d, e.day_index) and rng.random() < 0.5:  # savings or rent after pay day
        e.add(rng, acct(p.idx * 16 + 15), round_local(rng.choice([200, 300, 500, 800, 1200]), p.fx, True, rng), "bank_transfer", home,
              memo=rng.choice(["rent", "savings", "mortgage", None]))  # fmt: skip
    if e.day_index in e.cash_days:
        e.add(
            rng,
            acct(p.idx * 16 + 14),
            round_local(rng.choice([100, 200, 300, 500]), p.fx, True, rng),
            "cash_deposit",
            home,
        )


TYPICAL_USD = {
    5411: 45,
    5812: 35,
    5541: 50,
    5311: 60,
    5912: 20,
    5651: 55,
    4121: 18,
    5814: 12,
    5999: 30,
    5942: 25,
    7832: 18,
    5732: 150,
}


def hash_country(c: str) -> int:
    """A distinct small number per ISO country code (0-675)."""
    return (ord(c[0]) - 65) * 26 + (ord(c[1]) - 65)


_MCC = [m for m, _ in BENIGN_CARD_MCC]
_MCC_CUM = list(itertools.accumulate(w for _, w in BENIGN_CARD_MCC))


def weighted_mcc(rng: random.Random) -> int:
    return rng.choices(_MCC, cum_weights=_MCC_CUM)[0]


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    limit, k, prod = math.exp(-lam), 0, rng.random()
    while prod > limit:
        k += 1
        prod *= rng.random()
    return k


def season(p: Profile, d: date) -> tuple[float, str | None]:
    """Calendar multipliers for diaspora sends and the memo of the moment."""
    c = p.corridor or ""
    if d.month == 12 and 5 <= d.day <= 24:
        return 2.2, rng_pick(d, ["merry xmas", "christmas", "noche buena", "pasko", "gift", "xmas"])
    if c in ("VN", "TH", "PH") and near(d, LNY):
        return 1.8, rng_pick(d, ["lunar new year", "tet", "ang pao", "new year"])
    if c in ("PK", "GH", "NG", "IN", "KE") and (near(d, EID_FITR) or near(d, EID_ADHA)):
        return 2.0, rng_pick(d, ["eid", "eid mubarak", "for eid"])
    if c == "TH" and d.month == 4 and 5 <= d.day <= 13:
        return 1.5, "songkran"
    if d.month in TERM_START.get(c, ()) and d.day <= 20:
        return 1.6, "school fees"
    if c in ("PH", "VN") and d.month in (8, 9, 10) and d.day % 9 == 0:
        return 1.4, rng_pick(d, ["typhoon", "repairs", "emergency"])
    return 1.0, None


def rng_pick(d: date, options: list[str]) -> str:
    return options[(d.toordinal() * 7) % len(options)]


def customer_day(e: Emitter, day: DayInfo, pop: Population, rng: random.Random) -> None:
    e.set_day(day)
    p, d, day_index = e.p, day.d, day.index
    everyday(e, rng, pop)
    kind = p.kind
    if (
        p.receivers and kind in ("family_remittance", "student_fees", "charity_donor", "gamer_crypto")
    ) or p.cover:
        receivers_day(e, rng, day_index)
    if kind == "charity_donor":
        charity_day(e, rng)
    elif kind == "student_fees":
        fees_day(e, rng)
    elif kind == "traveller":
        travel_day(e, rng, day_index, pop)
    elif kind == "gamer_crypto":
        gamer_day(e, rng)
    elif kind == "family_remittance":
        family_extras(e, rng)
    elif kind == "ordinary" and p.extras.get("vpn") and d.day == 9:
        e.add(
            rng,
            pool_merchant("vendor", 59_500_000 + 4816 * 10 + p.idx % 6),
            round(rng.choice([4.99, 9.99, 12.99]) * p.fx, 2),
            "card",
            "US",
            mcc=4816,
        )
    if p.onset_day >= 0:
        offending_day(e, rng, day_index, pop)


def receivers_day(e: Emitter, rng: random.Random, day_index: int) -> None:
    p, d = e.p, e.d
    mult, memo_now = season(p, d)
    paid = is_payday(p, d, day_index)
    for r in p.receivers:
        if day_index < r.start_day or r.per_month <= 0:
            continue
        # regular senders send on pay day or a day after; the small-and-frequent ones any day
        if r.per_month <= 2:
            chance = (0.8 if paid else 0.0) + (r.per_month / 30.0 * 0.3)
        else:
            chance = r.per_month / 30.0
        chance *= 1.0 if mult == 1.0 else 1.0 + (mult - 1.0) * 0.15
        if rng.random() >= chance:
            continue
        usd = r.base_usd * rng.uniform(0.85, 1.15) * (mult if rng.random() < 0.5 else 1.0)
        memo = memo_now if memo_now and rng.random() < 0.5 else rng.choice(r.memo)
        channel = r.channel
        e.add(rng, r.rid, round_local(usd, p.fx, r.nice, rng), channel, r.country, memo=memo, night=r.night)
    # school fees to a school in the corridor at term start
    if p.extras.get("school") and d.month in TERM_START.get(p.corridor or "", ()) and d.day == 3 + p.idx % 10:
        r = next(
            x
            for x in p.receivers
            if x.rid.startswith("acct-") and "school fees" in x.memo and x.per_month == 0.0
        )
        e.add(
            rng,
            r.rid,
            round_local(r.base_usd, p.fx, True, rng),
            "bank_transfer",
            r.country,
            memo="school fees",
            night=p.night,
        )


def family_extras(e: Emitter, rng: random.Random) -> None:
    p, d = e.p, e.d
    # airfare home for Christmas, booked in October-November; emergency spikes
    if (
        p.extras.get("airfare_home")
        and d.month in (10, 11)
        and d.day == 4 + p.idx % 20
        and rng.random() < p.extras["airfare_home"]
    ):
        e.add(rng, pool_merchant("vendor", 59_600_000 + hash_country(p.corridor or "PH") * 10 + ((ma := rng.choice([4511, 4511, 4722])) == 4722)), round(rng.uniform(700, 1600) * p.fx, 2), "card",
              p.corridor or p.country, mcc=ma)  # fmt: skip
    if rng.random() < 0.006 and p.receivers:  # emergency: hospital, typhoon, funeral
        r = rng.choice(p.receivers)
        e.add(rng, r.rid, round_local(rng.uniform(150, 900), p.fx, True, rng), r.channel, r.country,
              memo=rng.choice(["hospital", "medical", "emergency", "funeral", "medicine"]), night=0.3)  # fmt: skip
    if rng.random() < 0.01:  # a top-up card for a relative
        e.add(rng, pool_merchant("vendor", 59_700_000 + hash_country(p.corridor or p.country) * 10 + rng.randrange(5)), round_local(rng.choice([10, 20, 25, 50]), p.fx, True, rng), "gift_card",
              p.corridor or p.country, memo=rng.choice(["load", "top up", "gift", None]))  # fmt: skip


def charity_day(e: Emitter, rng: random.Random) -> None:
    p, d = e.p, e.d
    n = int(p.extras["charities"])
    for k in range(n):
        if d.day == 1 + (p.idx + k * 7) % 28:
            abroad = p.extras["charity_abroad"] and k == 0
            country = weighted(rng, OFFENDING_DEST) if abroad else p.country
            e.add(rng, pool_merchant("charity", (100_000 if abroad else 20_000) + hash_country(country) * 100 + (p.idx + k) % 40), round_local(p.extras["charity_base"], p.fx, True, rng),
                  "card", country, mcc=8398)  # fmt: skip
    if (d.month == 12 and d.day in (1, 15)) or (
        d.month == 11 and d.day == 28
    ):  # giving season, disaster appeals
        country = weighted(rng, OFFENDING_DEST)
        e.add(rng, pool_merchant("charity", 5000 + hash_country(country) * 10 + rng.randrange(3)), round_local(rng.choice([20, 50, 100]), p.fx, True, rng),
              "card", country, mcc=8398)  # fmt: skip


def fees_day(e: Emitter, rng: random.Random) -> None:
    p, d = e.p, e.d
    uni, rent = p.receivers[0], p.receivers[1]
    terms = HOME_TERMS["south" if uni.country in ("AU",) else "north"]
    if d.month in terms and d.day == 5 + p.idx % 15:
        e.add(
            rng,
            uni.rid,
            round(uni.base_usd * p.fx * rng.uniform(0.9, 1.1), 2),
            "bank_transfer",
            uni.country,
            memo=rng.choice(uni.memo),
        )
        if rng.random() < 0.5:
            e.add(
                rng,
                pool_merchant("uni", hash_country(uni.country) * 100 + p.idx % 8),
                round(rng.uniform(40, 300) * p.fx, 2),
                "card",
                uni.country,
                mcc=8220,
            )
    if d.day == 1 + p.idx % 5 or (d.month in terms and d.day == 25 and rng.random() < 0.5):
        e.add(
            rng,
            rent.rid,
            round_local(rent.base_usd, p.fx, rng.random() < 0.6, rng),
            rent.channel,
            rent.country,
            memo=rng.choice(rent.memo),
            night=0.1,
        )
    if rng.random() < 0.05:
        e.add(
            rng,
            pool_merchant("vendor", 58_000_000 + hash_country(p.country) * 100 + p.idx % 30),
            round(rng.uniform(15, 120) * p.fx, 2),
            "card",
            p.country,
            mcc=5942,
        )


def travel_day(e: Emitter, rng: random.Random, day_index: int, pop: Population) -> None:
    p = e.p
    trip, length = int(p.extras["trip_day"]), int(p.extras["trip_len"])
    dest = p.corridor or "TH"
    if day_index == max(0, trip - 40):
        e.add(rng, pool_merchant("vendor", 59_600_000 + hash_country(dest) * 10 + ((ma := rng.choice([4511, 4511, 4722])) == 4722)), round(rng.uniform(600, 1800) * p.fx, 2), "card", dest,
              mcc=ma)  # fmt: skip
        if p.extras.get("vpn"):
            e.add(rng, pool_merchant("vendor", 59_500_000 + (mv := rng.choice([4816, 5734])) * 10 + p.idx % 6), round(rng.choice([4.99, 9.99, 59.99]) * p.fx, 2), "card", "US",
                  mcc=mv)  # fmt: skip
    if day_index == max(0, trip - 20):
        e.add(
            rng,
            pool_merchant("vendor", 59_800_000 + hash_country(dest)),
            round(rng.uniform(200, 900) * p.fx, 2),
            "card",
            dest,
            mcc=7011,
        )
    if trip <= day_index < trip + length:
        # card spending abroad: local afternoon is often home night
        for _ in range(poisson(rng, 2.5)):
            e.add(rng, pool_merchant("vendor", 59_900_000 + hash_country(dest) * 100 + (ms := rng.randrange(100))),
                  round(rng.uniform(5, 80) * p.fx, 2), "card", dest, mcc=[5812, 5814, 5411, 4121, 7999, 5947][ms % 6], night=0.4)  # fmt: skip
        if day_index == trip + 2:  # a local guide or driver, shared with other travellers
            e.add(rng, pool_acct("guide", int(p.extras["guide"])), round_local(rng.choice([40, 60, 80, 100, 150]), p.fx, True, rng),
                  rng.choice(["p2p_app", "remittance"]), dest, memo=rng.choice(["tour", "guide", "driver", "thanks", "boat trip", None]), night=0.5)  # fmt: skip


def gamer_day(e: Emitter, rng: random.Random) -> None:
    p, d = e.p, e.d
    if rng.random() < 0.12:
        shop = rng.randrange(20)
        e.add(rng, pool_merchant("vendor", 59_400_000 + shop), round_local(rng.choice([5, 10, 10, 20, 25, 50]), p.fx, True, rng), "card",
              ["US", "SE", "JP", "FI", "FR"][shop % 5], mcc=5816, night=p.night)  # fmt: skip
    if rng.random() < 0.05:
        e.add(rng, pool_merchant("vendor", 59_450_000 + hash_country(p.country) * 10 + rng.randrange(6)), round_local(rng.choice([10, 20, 25, 50, 100]), p.fx, True, rng), "gift_card",
              p.country, memo=rng.choice(["steam", "psn", "xbox", None]), night=p.night)  # fmt: skip
    if p.extras.get("crypto") and rng.random() < 0.06:
        ex = rng.randrange(8)
        e.add(rng, pool_acct("exchange", ex), round_local(rng.choice([20, 50, 100, 200]), p.fx, True, rng), "crypto",
              ["US", "MT", "KY", "SG"][ex % 4], memo=rng.choice(["btc", "eth", "usdt", None]), night=p.night)  # fmt: skip
    if p.extras.get("vpn") and d.day == 1 + p.idx % 28:
        e.add(rng, pool_merchant("vendor", 59_500_000 + (mv := rng.choice([4816, 5734])) * 10 + p.idx % 6), round(rng.choice([4.99, 9.99, 11.99]) * p.fx, 2), "card", "US",
              mcc=mv, night=p.night)  # fmt: skip


def offending_day(e: Emitter, rng: random.Random, day_index: int, pop: Population) -> None:
    p = e.p
    if day_index < p.onset_day:
        return
    months_in = (day_index - p.onset_day) / 30.0
    growth = p.escalate**months_in
    quiet = p.kind != "livestream_payer"
    active = [b for b in p.beneficiaries if b.start_day <= day_index]
    if day_index == p.onset_day:  # the first offending payment, small
        b = p.beneficiaries[0]
        e.add(rng, b.rid, round_local(b.base_usd * 0.7, p.fx, b.nice, rng), b.channel, b.country, memo=rng.choice(b.memo), night=b.night,
              hours=(9, 21) if quiet else (7, 22), offending=True)  # fmt: skip
        return
    rate = p.extras["rate"] * growth / 30.0  # sessions a day, growing
    sessions = poisson(rng, min(rate, 1.2))
    for _ in range(sessions):
        b = rng.choice(active)
        usd = min(250.0, b.base_usd * growth ** (0.6 if quiet else 1.0) * rng.uniform(0.8, 1.25))
        repeats = 1 if quiet or rng.random() < 0.6 else rng.randrange(2, 4)  # a series in one night
        for _ in range(repeats):
            memo = rng.choice(b.memo) if rng.random() < 0.7 else None
            e.add(rng, b.rid, round_local(usd, p.fx, b.nice, rng), b.channel, b.country, memo=memo, night=b.night,
                  hours=(10, 21) if quiet else (8, 22), offending=True)  # fmt: skip
    if p.vpn and day_index == p.onset_day + 3:
        e.add(rng, pool_merchant("vendor", 59_500_000 + (mv := rng.choice([4816, 5734])) * 10 + p.idx % 6), round(rng.choice([4.99, 9.99, 59.99]) * p.fx, 2), "card", "US",
              mcc=mv, night=0.5, offending=True)  # fmt: skip
    if p.capture and day_index == p.onset_day + 12:
        e.add(rng, pool_merchant("vendor", 59_510_000 + p.idx % 4), round(rng.choice([29.99, 49.99, 79.0]) * p.fx, 2), "card", "US", mcc=5734,
              night=0.5, offending=True)  # fmt: skip
    if p.airfare and day_index == p.onset_day + 45:
        dest = p.beneficiaries[0].country
        e.add(rng, pool_merchant("vendor", 59_600_000 + hash_country(dest) * 10 + ((ma := rng.choice([4511, 4511, 4722])) == 4722)), round(rng.uniform(800, 1700) * p.fx, 2), "card", dest,
              mcc=ma, offending=True)  # fmt: skip


def chunk_bounds(table: list[DayInfo], size: int = 3) -> list[tuple[int, int]]:
    """Windows of a few days; never split where a clock change happens, so that each window sorts on its own."""
    bounds, start = [], 0
    while start < len(table):
        end = min(len(table), start + size)
        while end < len(table) and (
            table[end].dst_north != table[end - 1].dst_north
            or table[end].dst_south != table[end - 1].dst_south
        ):
            end += 1
        bounds.append((start, end))
        start = end
    return bounds


def customer_window(pop: Population, idx: int, table: list[DayInfo], first: int, end: int, rng: random.Random,
                    out: list[tuple[int, int, int, tuple, bool]]) -> None:  # fmt: skip
    """One customer's transactions for the days [first, end), appended to out."""
    p = pop.profiles[idx]
    e = Emitter(p)
    e.out = out
    span = end - first
    for _ in range(poisson(rng, p.spend * span / 30.0)):
        k = first + rng.randrange(span)
        e.everyday_counts[k] = e.everyday_counts.get(k, 0) + 1
    e.social_days = {first + rng.randrange(span) for _ in range(poisson(rng, 0.04 * span))}
    e.cash_days = {first + rng.randrange(span) for _ in range(poisson(rng, 0.004 * span))}
    daily = p.kind != "ordinary"
    quiet_days = {9, (p.idx % 27) + 1, (p.idx % 23) + 3}
    for day in range(first, end):
        t = table[day]
        if (daily or day in e.everyday_counts or day in e.social_days or day in e.cash_days or t.d.day in quiet_days
                or is_payday(p, t.d, day)):  # fmt: skip
            customer_day(e, t, pop, rng)


def json_line(n: int, txn: tuple) -> str:
    time, sender, receiver, amount, currency, channel, scountry, rcountry, memo, mcc = txn
    memo_json = "null" if memo is None else json.dumps(memo, ensure_ascii=False)
    return (f'{{"txn_id": "t-{n}", "time": "{time}", "sender": "{sender}", "receiver": "{receiver}", "amount": {amount!r}, '
            f'"currency": "{currency}", "channel": "{channel}", "sender_country": "{scountry}", "receiver_country": "{rcountry}", '
            f'"memo": {memo_json}, "merchant_category": {"null" if mcc is None else mcc}}}')  # fmt: skip


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1) if d.day == 1 else date(d.year + y, m + 1, min(d.day, 28))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Synthetic payment transactions (writer_b)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--customers", type=int, required=True)
    ap.add_argument("--months", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--truth", type=Path, required=True)
    ap.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    ap.add_argument("--start", default="2024-01-01")
    ap.add_argument("--offender-share", type=float, default=0.002)
    args = ap.parse_args(argv)
    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        print(f"--start {args.start!r} is not a date like 2024-01-01", file=sys.stderr)
        return 2
    if args.customers < 1 or args.months < 1 or not 0 <= args.offender_share < 1:
        print("--customers and --months must be at least 1, --offender-share in [0, 1)", file=sys.stderr)
        return 2
    days = (add_months(start, args.months) - start).days
    pop = Population(args.seed, args.customers, days, args.offender_share)
    first: dict[int, str] = {}
    table = day_table(start, days)
    bounds = chunk_bounds(table)
    with args.out.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out) if args.format == "csv" else None
        if writer:
            writer.writerow(FIELDS)
        n = 0
        # One window (three days) of every customer at a time: memory is one window, never the whole run.
        carry: list[tuple[int, int, int, tuple, bool]] = []
        for w, (lo, hi) in enumerate(bounds):
            rng = random.Random((args.seed * 1_000_003 + w) * 7_919)
            window = carry
            for i in range(args.customers):
                customer_window(pop, i, table, lo, hi, rng, window)
            window.sort(key=lambda t: (t[0], t[1], t[2]))
            # local days of the next window start no earlier than this instant (UTC+14 is the furthest ahead)
            cutoff = table[hi].epoch - 14 * 3600 if hi < len(table) else None
            split = len(window) if cutoff is None else bisect.bisect_left(window, cutoff, key=lambda t: t[0])
            carry = window[split:]
            lines: list[str] = []
            for _, idx, _, txn, offending in window[:split]:
                n += 1
                if offending and idx not in first:
                    first[idx] = txn[0]
                if writer:
                    writer.writerow([f"t-{n}", *("" if v is None else v for v in txn)])
                else:
                    lines.append(json_line(n, txn))
                    if len(lines) >= 2000:
                        out.write("\n".join(lines) + "\n")
                        lines.clear()
            if lines:
                out.write("\n".join(lines) + "\n")
            del window, lines
    with args.truth.open("w", encoding="utf-8") as truth:
        for p in pop.profiles:
            offender = p.onset_day >= 0
            truth.write(json.dumps({"customer": p.cid, "label": "offender" if offender else "benign", "kind": p.kind,
                                    "first_offending_time": first.get(p.idx) if offender else None}) + "\n")  # fmt: skip
    missing = [
        pop.profiles[i].cid
        for i in range(args.customers)
        if pop.profiles[i].onset_day >= 0 and i not in first
    ]
    if missing:
        print(f"warning: offenders without offending transactions: {missing}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
