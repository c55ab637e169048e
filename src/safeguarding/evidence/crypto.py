"""Encryption at rest for preserved media: AES-256-GCM over 1 MiB chunks (streaming, bounded memory).

Blob layout: b"SGEV1" | 8-byte random nonce prefix | chunks, each = AES-GCM(ciphertext || 16-byte tag)
of up to 1 MiB of plaintext. Chunk i uses nonce = prefix || i (4 bytes, big-endian) and associated data
= blob name || i || final-flag, so chunks cannot be reordered, dropped, truncated or moved between blobs.

The key (32 bytes, URL-safe base64) comes from $SAFEGUARDING_EVIDENCE_KEY, else from the file named by
`evidence.key_file` in the configuration. There is no default key: preserving without one is refused.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENV_KEY = "SAFEGUARDING_EVIDENCE_KEY"
MAGIC = b"SGEV1"
CHUNK = 1 << 20
TAG = 16


class EvidenceKeyError(ValueError):
    """The evidence key is missing or malformed; the message says where it was looked for."""


class BlobError(ValueError):
    """An encrypted blob is damaged or was encrypted with another key."""


@dataclass(frozen=True)
class EvidenceKey:
    key: bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"safeguarding-evidence-key" + self.key).hexdigest()[:16]


@dataclass(frozen=True)
class EvidenceKeys:
    """The current key, which encrypts, and previous keys, which still decrypt what they encrypted
    (during and after a rotation, see rotate.py). Each file names its key by id."""

    current: EvidenceKey
    previous: tuple[EvidenceKey, ...] = ()

    def for_id(self, key_id: str) -> EvidenceKey:
        for key in (self.current, *self.previous):
            if key.key_id == key_id:
                return key
        raise EvidenceKeyError(
            f"no evidence key with id {key_id}: add the key it was encrypted with to "
            "evidence.previous_key_files"
        )


def generate_key() -> str:
    """A new key, URL-safe base64, to put in $SAFEGUARDING_EVIDENCE_KEY or the key file."""
    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode()


def parse_key(text: str, source: str) -> EvidenceKey:
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode())
    except (ValueError, TypeError):
        raw = b""
    if len(raw) != 32:
        raise EvidenceKeyError(f"{source}: the evidence key must be 32 bytes in URL-safe base64")
    return EvidenceKey(raw)


def load_key(key_file: str | None) -> EvidenceKey:
    env = os.environ.get(ENV_KEY)
    if env:
        return parse_key(env, f"${ENV_KEY}")
    if not key_file:
        raise EvidenceKeyError(
            f"no evidence key: set ${ENV_KEY} or evidence.key_file (create one with "
            "`safeguarding evidence keygen`)"
        )
    return load_key_file(Path(key_file))


def load_keys(key_file: str | None, previous_key_files: Sequence[str] = ()) -> EvidenceKeys:
    """The current key (as `load_key`) and the keys in `previous_key_files`."""
    current = load_key(key_file)
    previous = tuple(load_key_file(Path(name)) for name in previous_key_files)
    return EvidenceKeys(current, tuple(k for k in previous if k.key_id != current.key_id))


def load_key_file(path: Path) -> EvidenceKey:
    """The key in `path` (whatever the environment says)."""
    try:
        return parse_key(path.read_text(encoding="ascii"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceKeyError(f"{path}: cannot read the evidence key: {exc}") from None


@dataclass(frozen=True)
class Digests:
    sha256: str
    md5: str
    size: int


def _aad(blob_name: str, index: int, final: bool) -> bytes:
    return blob_name.encode() + struct.pack(">I?", index, final)


def encrypt_stream(source: BinaryIO, target: BinaryIO, key: EvidenceKey, blob_name: str) -> Digests:
    """Encrypt `source` into `target`; returns the plaintext's hashes and size."""
    return encrypt_chunks(iter(lambda: source.read(CHUNK), b""), target, key, blob_name)


def encrypt_chunks(chunks: Iterable[bytes], target: BinaryIO, key: EvidenceKey, blob_name: str) -> Digests:
    """Encrypt plaintext given as chunks of CHUNK bytes (the last may be shorter), e.g. the output of
    `decrypt_chunks` under another key; returns the plaintext's hashes and size."""
    aead = AESGCM(key.key)
    prefix = os.urandom(8)
    target.write(MAGIC + prefix)
    sha256, md5, size = hashlib.sha256(), hashlib.md5(), 0
    pending = iter(chunks)
    index = 0
    chunk = next(pending, b"")
    while True:
        if len(chunk) > CHUNK:
            raise ValueError(f"chunk {index} holds {len(chunk)} bytes, more than {CHUNK}")
        following = next(pending, b"") if chunk else b""
        final = not following
        if not final and len(chunk) != CHUNK:
            raise ValueError(f"chunk {index} holds {len(chunk)} bytes: only the last may be short")
        sha256.update(chunk)
        md5.update(chunk)
        size += len(chunk)
        nonce = prefix + struct.pack(">I", index)
        target.write(aead.encrypt(nonce, chunk, _aad(blob_name, index, final)))
        if final:
            break
        chunk, index = following, index + 1
    return Digests(sha256.hexdigest(), md5.hexdigest(), size)


def decrypt_chunks(path: Path, key: EvidenceKey, blob_name: str) -> Iterator[bytes]:
    """The plaintext of a blob, chunk by chunk; BlobError if anything was altered."""
    aead = AESGCM(key.key)
    with path.open("rb") as blob:
        header = blob.read(len(MAGIC) + 8)
        if len(header) != len(MAGIC) + 8 or not header.startswith(MAGIC):
            raise BlobError(f"{path}: not an evidence blob")
        prefix = header[len(MAGIC) :]
        index = 0
        chunk = blob.read(CHUNK + TAG)
        while True:
            following = blob.read(CHUNK + TAG)
            final = not following
            nonce = prefix + struct.pack(">I", index)
            try:
                yield aead.decrypt(nonce, chunk, _aad(blob_name, index, final))
            except InvalidTag:
                raise BlobError(
                    f"{path}: chunk {index} fails authentication (altered, or another key)"
                ) from None
            if final:
                return
            chunk, index = following, index + 1
