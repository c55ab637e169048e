"""Benign demo data for the reviewer UI: generated shape images, a synthetic chat and ad network.

Used by the browser tests and by scripts/screenshot_case_page.py. The images are coloured shapes drawn
here; the conversation and the ads are synthetic and non-explicit (manipulation patterns in plain
words, nothing more). Phone numbers are from Ofcom's range reserved for drama (07700 900xxx).
"""

from __future__ import annotations

import random
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from PIL import Image, ImageDraw

from safeguarding.accounts import create_user, get_user
from safeguarding.cases import Detection, submit_detection
from safeguarding.cases.adapters import ad_record_to_detections, chat_detection
from safeguarding.cases.context import ChatMessage, ContextWindow, evidence_indices, keep_context
from safeguarding.media import hash_file
from safeguarding.store import Store

DEMO_PASSWORD = "demo-password-1"
DEMO_USERS = {
    "casey": "child_safety_reviewer",
    "robin": "reviewer",
    "ana": "analyst",
    "admin": "admin",
    "uploader": "api_client",
}


@dataclass
class DemoData:
    media_dir: Path
    case_ids: dict[str, int] = field(default_factory=dict)
    image_paths: list[Path] = field(default_factory=list)


def draw_shapes_image(path: Path, seed: int, size: int = 320) -> Path:
    """A PNG of a colour gradient with circles and rectangles: benign, and distinct per seed."""
    rng = random.Random(seed)
    top = tuple(rng.randrange(40, 220) for _ in range(3))
    bottom = tuple(rng.randrange(40, 220) for _ in range(3))
    image = Image.new("RGB", (size, size))
    draw = ImageDraw.Draw(image)
    for y in range(size):
        mix = y / (size - 1)
        draw.line(
            [(0, y), (size, y)], fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        )
    for _ in range(6):
        x, y = rng.randrange(0, size - 60), rng.randrange(0, size - 60)
        w, h = rng.randrange(30, 140), rng.randrange(30, 140)
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse([x, y, x + w, y + h], fill=colour, outline=(0, 0, 0), width=3)
        else:
            draw.rectangle([x, y, x + w, y + h], fill=colour, outline=(255, 255, 255), width=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="PNG")
    return path


CHAT = [
    ("sam_12", "anyone up for another round?", None),
    ("player_k", "sure, same map?", None),
    ("sam_12", "yeah the castle one", None),
    ("player_k", "you were fast on the last level", None),
    ("sam_12", "I practise after school", None),
    ("player_k", "nice", None),
    ("sam_12", "gg", None),
    ("player_k", "hey, good game earlier", None),
    ("sam_12", "thanks! you too", None),
    ("player_k", "how old are you btw?", ("age_probe", 2)),
    ("sam_12", "13", None),
    ("player_k", "you seem really mature for your age", ("flattery", 2)),
    ("player_k", "this app is laggy, let's talk on another app instead", ("platform_move", 4)),
    ("player_k", "don't tell your parents we talk, they wouldn't get it", ("secrecy", 4)),
    ("player_k", "I can send you a gift card for the game if you want", ("gifts", 3)),
    ("sam_12", "idk", None),
    ("sam_12", "I have to go eat dinner", None),
    ("player_k", "ok talk later", None),
    ("sam_12", "bye", None),
    ("player_k", "see you tomorrow in the game", None),
    ("sam_12", "ok", None),
    ("player_k", "remember, our secret", None),
    ("sam_12", "ok", None),
]
#: Three synthetic ads as `safeguarding ads link` writes them: one network, three cities.
ADS = [
    (
        "ad-101",
        "Leeds",
        "2026-11-02T10:00:00",
        "Relaxing massage, new in town, available all week. Text 07700 900123.",
    ),
    (
        "ad-102",
        "Manchester",
        "2026-11-06T11:30:00",
        "Relaxing massage, just arrived, available all week. Text 07700 900123.",
    ),
    (
        "ad-103",
        "Birmingham",
        "2026-11-10T09:15:00",
        "Relaxing massage, new in town, available weekends. Text seven seven zero zero 900123.",
    ),
]


def _users(store: Store) -> None:
    with store.session() as session:
        for name, role in DEMO_USERS.items():
            if get_user(session, name) is None:  # seeding twice keeps the existing accounts
                create_user(
                    session, name, role, None if role == "api_client" else DEMO_PASSWORD, actor="demo"
                )


def _media_case(store: Store, image: Path, start: datetime) -> int:
    hashes = hash_file(image)
    payload = {
        "path": str(image),
        "sha256": hashes.sha256,
        "md5": hashes.md5,
        "pdq": hashes.pdq,
        "quality": hashes.quality,
        "matches": [
            {
                "bank": "demo-bank",
                "entry_id": 1,
                "signal_type": "pdq",
                "distance": 6,
                "labels": ["demo", "generated"],
            }
        ],
    }
    detection = Detection(
        kind="media_match",
        group_key=f"media:{hashes.sha256}",
        summary="Upload matched 1 entry of bank demo-bank (PDQ distance 6)",
        payload=payload,
        source_ref=f"scan:{image.name}",
        occurred_at=start,
    )
    with store.session() as session:
        return submit_detection(session, detection).id


def _chat_case(store: Store, start: datetime) -> int:
    messages = [
        ChatMessage(i, author, text, (start + timedelta(minutes=3 * i)).isoformat())
        for i, (author, text, _cue) in enumerate(CHAT)
    ]
    # The scorer's evidence shape: message, category, stage, text (see safeguarding.chats.scorer).
    evidence = [
        {"message": i, "category": cue[0], "stage": cue[1], "text": text}
        for i, (_author, text, cue) in enumerate(CHAT)
        if cue
    ]
    detection = chat_detection(
        "demo-conv-1", {"risk": 0.87, "suspect": "player_k", "first_warning": 12}, evidence
    )
    detection = replace(detection, occurred_at=start)
    with store.session() as session:
        case_id = submit_detection(session, detection).id
        # The case keeps the default window around each evidence line, as `cases ingest` does.
        keep_context(session, "demo-conv-1", messages, evidence_indices(evidence), ContextWindow())
        return case_id


def _ad_case(store: Store, photos: list[Path]) -> int:
    case_id = 0
    for number, (ad_id, city, posted, text) in enumerate(ADS):
        record: dict[str, Any] = {
            "id": ad_id,
            "network": "N-demo-1",
            "template": "T-demo-1",
            "phones": ["+447700900123"],
            "emails": [],
            "handles": ["@relax_demo"] if number < 2 else [],
            "indicators": [{"category": "obscured_contact", "evidence": "seven seven zero zero"}]
            if number == 2
            else [],
            "city": city,
            "posted_at": posted,
            "excerpt": text,
            "links": [
                {"to": other[0], "by": "phone", "evidence": "+447700900123"}
                for other in ADS
                if other[0] != ad_id
            ],
        }
        if number == 0:  # one ad whose photos were scanned on this machine: shown as thumbnails
            record["photos"] = []
            for photo in photos:
                hashes = hash_file(photo)
                record["photos"].append({"path": str(photo), "sha256": hashes.sha256, "pdq": hashes.pdq})
        else:
            record["images"] = [hash_file(photos[0]).pdq]
        with store.session() as session:
            for detection in ad_record_to_detections(record):
                case_id = submit_detection(session, detection).id
    return case_id


def seed_demo(store: Store, media_dir: Path, *, users: bool = True) -> DemoData:
    """Demo users (password DEMO_PASSWORD) and one case of each kind, with images in `media_dir`."""
    if users:
        _users(store)
    start = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    data = DemoData(media_dir=media_dir)
    data.image_paths = [draw_shapes_image(media_dir / f"upload-{n:04d}.png", seed=n) for n in range(1, 4)]
    data.case_ids["media"] = _media_case(store, data.image_paths[0], start)
    data.case_ids["chat"] = _chat_case(store, start)
    data.case_ids["ads"] = _ad_case(store, data.image_paths[1:])
    return data


@contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1") -> Iterator[str]:
    """Run `app` with uvicorn on a free port of `host` in a background thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="ui-demo-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the demo server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def main(argv: list[str] | None = None) -> int:
    """`python -m safeguarding.web.ui.demo --db PATH --media DIR`: seed a store to try the reviewer UI."""
    import argparse

    from safeguarding.store import open_store
    from safeguarding.store.database import StoreError

    parser = argparse.ArgumentParser(
        prog="python -m safeguarding.web.ui.demo",
        description=f"Add demo users (password {DEMO_PASSWORD!r}) and three benign demo cases to a store.",
    )
    parser.add_argument("--db", required=True, help="SQLite path or postgresql:// URL")
    parser.add_argument("--media", required=True, type=Path, help="folder for the generated shape images")
    args = parser.parse_args(argv)
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        data = seed_demo(store, args.media.resolve())
    finally:
        store.close()
    for name, role in DEMO_USERS.items():
        print(f"user {name:<9} role {role}")
    for kind, case_id in data.case_ids.items():
        print(f"case {case_id} ({kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
