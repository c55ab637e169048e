from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safeguarding.audit.keys import generate_signing_key


@pytest.fixture
def signing_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    path = tmp_path / "signing.pem"
    key = generate_signing_key(path)
    monkeypatch.setenv("SAFEGUARDING_SIGNING_KEY", str(path))
    return key
