# ruff: noqa: E501  (pattern and template tables: one pattern or line a row reads better than wrapped)
"""A small synthetic, non-explicit corpus for the sextortion typology (smoke figures and tests).

`python -m safeguarding.chats.sextortion.generator --n 600 --seed 1 --out chats.jsonl --truth truth.jsonl`
writes conversations in the chats input format and truth lines as in evaluation/specs/sextortion.md.
Written by the detector's author, so its figures measure fit, not generalisation (docs/SEXTORTION.md).
The leverage is only ever "the photo" or "what you sent"; threats and demands are in plain words.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SMALL = ["hey", "hi you seem cool", "where u from", "lol same", "nice", "wyd", "just chilling", "haha ok",
         "u play any sports?", "yeah football", "cool cool", "what music u like", "all sorts tbh"]  # fmt: skip
MOVE = ["add me on snap its easier", "lets move to telegram", "text me on whatsapp", "hmu on insta instead"]
ASK = ["your turn", "send one back", "ok now you"]
THREAT = [
    "i have screenshots of all your followers",
    "ill send the pics to all your followers",
    "im going to post it on your school page",
    "everyone you know is going to see it",
    "i will send it to your mum and dad",
    "would be a shame if your mums facebook saw this",
    "your coach follows you right? be a shame if he saw it",
    "i kept everything you sent",
    "i hacked your account and i have your photos",
    "i made an edited photo of you with your face",
]
DEMAND = [
    "pay $200 in steam cards by 9pm",
    "send 150 on cashapp in the next 20 minutes",
    "sort me out with 100 and were good",
    "grab me some apple gift cards, 250 worth",
    "i want 300 in bitcoin tonight",
    "send me 80 on paypal now",
]
REPEAT = ["not enough, send another 200", "now i want 400 or it goes out", "send more by midnight"]
REPLY = ["please dont", "i dont have that much", "im begging you", "ill report you", "ok ok wait", "..."]
CRISIS = ["i cant do this anymore", "i want to disappear", "id rather be dead"]
BENIGN: dict[str, list[str]] = {
    "money_owed": ["you still owe me 20 for the tickets", "pay me back by friday or im telling mum",
                   "send me your half on paypal", "ok ok ill pay you back tomorrow", "by friday or im telling everyone youre skint"],
    "gift_card_trading": ["selling a 50 steam card for 40", "how much for the skin", "ill send the code when the payment lands",
                          "got cashapp? ill pay 35", "deal, send the code first"],
    "crypto_talk": ["btc is pumping again", "send me your wallet address ill pay you back the 20", "i heard about a scam on telegram",
                    "eth gas fees are mad", "never send crypto to strangers lol"],
    "banter": ["im sending this pic to the group chat lol", "you looked so dead in that photo", "everyone is gonna see it haha",
               "delete it or ill post yours", "lmaooo do it"],
    "bullying": ["everyone is going to see that photo", "im going to spread it round the whole school", "nobody likes you",
                 "ill send it to everyone you know", "youll regret coming to school"],
    "safety_lesson": ["today we talk about sextortion", "scammers might say \"pay 200 in gift cards or i send it to your followers\"",
                      "never pay, tell a trusted adult and report it", "you can use report remove or take it down"],
    "news_story": ["did you see the news story about the teen who was blackmailed", "the guy told him he would send it to all his followers",
                   "police say never pay them", "the article said they wanted 500 in gift cards"],
    "ordinary": ["is the bike still for sale", "yes 120 and you collect", "can you send 20 deposit on paypal", "ok sent, see you saturday"],
}  # fmt: skip
SEXTORTION_KINDS = [
    "sextortion_fast",
    "sextortion_slow",
    "sextortion_hacked",
    "sextortion_repeat",
    "sextortion_quiet",
]
CHANNEL_OF = {
    "steam": "gift_card",
    "apple": "gift_card",
    "cashapp": "payment_app",
    "paypal": "payment_app",
    "bitcoin": "crypto",
}


def _conversation(rng: random.Random, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    a, b = f"user{rng.randrange(1000)}", f"kid{rng.randrange(1000)}"
    start = datetime(2024, 5, 1, 18, tzinfo=UTC) + timedelta(days=rng.randrange(200))
    lines: list[tuple[str, str, float]] = []  # author, text, minutes after the previous line
    truth: dict[str, Any] = {"id": f"own-{index}", "suspect": None, "target": None, "onset": None,
                             "first_demand": None, "crisis": None, "payment_channels": [], "language": "en"}  # fmt: skip
    if rng.random() < 0.3:
        kind = rng.choice(SEXTORTION_KINDS)
        truth.update(label="sextortion", kind=kind, suspect=a, target=b)
        for _ in range(rng.randint(3, 8)):
            lines.append((rng.choice((a, b)), rng.choice(SMALL), rng.uniform(0.2, 3)))
        if kind == "sextortion_slow":
            lines.append((a, rng.choice(SMALL), 60 * 24 * rng.uniform(1, 4)))
        if kind != "sextortion_hacked":
            lines += [(a, rng.choice(MOVE), 1), (a, rng.choice(ASK), 2), (b, "ok", 1)]
        threats = THREAT[-3:] if kind == "sextortion_hacked" else THREAT[:7]
        truth["onset"] = len(lines)
        lines.append((a, rng.choice(threats), rng.uniform(0.5, 3)))
        lines.append((b, rng.choice(REPLY), 0.5))
        demand = rng.choice(DEMAND)
        truth["first_demand"] = len(lines)
        truth["payment_channels"] = sorted({v for k, v in CHANNEL_OF.items() if k in demand})
        lines.append((a, demand, 1))
        lines.append((b, rng.choice(REPLY), 1))
        if kind == "sextortion_repeat":
            lines += [(b, "ok i sent it", 10), (a, rng.choice(REPEAT), 1)]
        if rng.random() < 0.15:
            truth["crisis"] = len(lines)
            lines.append((b, rng.choice(CRISIS), 2))
    else:
        kind = rng.choice(list(BENIGN))
        truth.update(label="benign", kind=kind)
        for _ in range(rng.randint(6, 14)):
            pool = BENIGN[kind] if rng.random() < 0.6 else SMALL
            lines.append((rng.choice((a, b)), rng.choice(pool), rng.uniform(0.2, 300)))
        if kind == "bullying" and rng.random() < 0.2:
            truth["crisis"] = len(lines)
            lines.append((b, rng.choice(CRISIS), 3))
    messages, now = [], start
    for author, text, gap in lines:
        now += timedelta(minutes=gap)
        messages.append({"author": author, "text": text, "time": now.isoformat()})
    return {"id": truth["id"], "participants": {a: {}, b: {}}, "messages": messages}, truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--truth", type=Path, required=True)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with args.out.open("w", encoding="utf-8") as out, args.truth.open("w", encoding="utf-8") as truth:
        for index in range(args.n):
            conv, label = _conversation(rng, index)
            out.write(json.dumps(conv) + "\n")
            truth.write(json.dumps(label) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
