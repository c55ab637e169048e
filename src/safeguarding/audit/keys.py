"""The service's Ed25519 signing key (signs audit tree heads and evidence manifests).

Where it is read from, first match wins:
1. $SAFEGUARDING_SIGNING_KEY: path to a PEM (PKCS#8) Ed25519 private key;
2. `audit.signing_key` in the configuration file: the same, as a path;
3. ./safeguarding-signing-key.pem, created (mode 0600) on first use with a warning.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from safeguarding.config import load_config

ENV_SIGNING_KEY = "SAFEGUARDING_SIGNING_KEY"
DEFAULT_KEY_FILE = Path("safeguarding-signing-key.pem")


class SigningKeyError(Exception):
    """The signing key cannot be read; the message names the file."""


def signing_key_path(config_path: str | Path | None = None) -> Path:
    env = os.environ.get(ENV_SIGNING_KEY)
    if env:
        return Path(env)
    configured = load_config(config_path).section("audit").get("signing_key")
    return Path(configured) if configured else DEFAULT_KEY_FILE


def generate_signing_key(path: Path) -> Ed25519PrivateKey:
    """Write a new Ed25519 private key to `path` (mode 0600); refuses to overwrite."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return key


def load_signing_key(config_path: str | Path | None = None, *, create: bool = True) -> Ed25519PrivateKey:
    path = signing_key_path(config_path)
    if not path.exists():
        if not create or path != DEFAULT_KEY_FILE:
            raise SigningKeyError(
                f"{path}: signing key not found (set ${ENV_SIGNING_KEY} or audit.signing_key)"
            )
        print(f"warning: no signing key configured; created {path.resolve()} (keep it safe)", file=sys.stderr)
        return generate_signing_key(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningKeyError(f"{path}: cannot read Ed25519 private key: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path}: not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A public key from a PEM file holding either the public or the private key."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningKeyError(f"{path}: cannot read key: {exc}") from None
    try:
        public = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            private = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"{path}: not a PEM Ed25519 key: {exc}") from None
        if not isinstance(private, Ed25519PrivateKey):
            raise SigningKeyError(f"{path}: not an Ed25519 key") from None
        return private.public_key()
    if not isinstance(public, Ed25519PublicKey):
        raise SigningKeyError(f"{path}: not an Ed25519 public key")
    return public


def public_key_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def key_id(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, hex."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def verify_signature(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
