"""Confirmed cases with benign generated media, and the configuration reporting needs (shared by the
reports and evidence tests)."""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from safeguarding.audit.keys import generate_signing_key
from safeguarding.cases import Detection, decide, submit_detection
from safeguarding.evidence.crypto import generate_key
from safeguarding.store import Store

CONFIG = """
reporting:
  esp_service: Example Chat
  reporter:
    first_name: Jane
    last_name: Doe
    email: safety@example.org
  legal_url: https://example.org/legal
  ncmec:
    endpoint: {endpoint}
    username: esp-test
    password: secret
    timeout_seconds: 1
    attempts: {attempts}
    backoff_seconds: 0
evidence:
  hold_days: 365
  dismissed_retention_days: 30
"""


@dataclass
class Env:
    tmp: Path
    config: Path
    evidence_dir: Path

    def configure(self, endpoint: str = "http://127.0.0.1:9/ispws", attempts: int = 1) -> Path:
        self.config.write_text(CONFIG.format(endpoint=endpoint, attempts=attempts))
        return self.config


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Env:
    """Keys and a configuration file in a temporary folder, named by the environment variables."""
    generate_signing_key(tmp_path / "signing.pem")
    monkeypatch.setenv("SAFEGUARDING_SIGNING_KEY", str(tmp_path / "signing.pem"))
    monkeypatch.setenv("SAFEGUARDING_EVIDENCE_KEY", generate_key())
    monkeypatch.setenv("SAFEGUARDING_EVIDENCE_DIR", str(tmp_path / "evidence"))
    config = tmp_path / "safeguarding.yaml"
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(config))
    result = Env(tmp_path, config, tmp_path / "evidence")
    result.configure()
    return result


def noise_image(path: Path, seed: int) -> Path:
    """A small benign image of random noise."""
    pixels = np.random.default_rng(seed).integers(0, 256, size=(48, 48, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path)
    return path


def make_case(
    store: Store, folder: Path, *, files: int = 2, status: str = "confirmed", account: str = "u123"
) -> int:
    """A media-match case on one account with `files` generated images, decided to `status`."""
    folder.mkdir(parents=True, exist_ok=True)
    with store.session() as session:
        case_id = 0
        for n in range(files):
            seed = zlib.crc32(f"{account}:{n}".encode())
            path = noise_image(folder / f"{account}-upload-{n}.png", seed=seed)
            data = path.read_bytes()
            case = submit_detection(
                session,
                Detection(
                    kind="media_match",
                    group_key=f"account:{account}",
                    summary="upload matched a test bank",
                    payload={
                        "path": str(path),
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "md5": hashlib.md5(data).hexdigest(),
                        "url": f"https://chat.example/u/{account}/media/{n}",
                        "uploaded_at": "2026-11-01T10:00:00Z",
                        "upload_ip": "203.0.113.7",
                        "matches": [
                            {"bank": "test-bank", "labels": ["test"], "signal_type": "md5", "distance": 0}
                        ],
                        "account": {
                            "id": account,
                            "screen_name": f"{account}_name",
                            "email": f"{account}@example.net",
                            "ip_events": [
                                {"ip": "203.0.113.7", "event": "login", "time": "2026-11-01T09:55:00Z"}
                            ],
                        },
                    },
                    source_ref=f"scan:{account}:{n}",
                    occurred_at=datetime(2026, 11, 1, 10, n, tzinfo=UTC),
                ),
            )
            case_id = case.id
        if status == "confirmed":
            decide(session, case_id, "reviewer1", "confirm", "matches known material")
        elif status == "dismissed":
            decide(session, case_id, "reviewer1", "dismiss", "false positive")
    return case_id
