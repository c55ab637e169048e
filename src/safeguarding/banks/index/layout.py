"""On-disk layout of the PDQ index: a memory-mapped base file, small delta files, and a JSON manifest.

Every file is written to a temporary name, fsynced, renamed into place and the directory fsynced, so a
reader sees either the old or the new file, never half of one. Byte order is little-endian throughout.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import IndexFormatError
from .search import N_CHUNKS, OFFSETS_PER_CHUNK, Layer, chunk_orders, offsets_from_counts

FORMAT_VERSION = 1
BASE_MAGIC = b"SGPDQIDX"
DELTA_MAGIC = b"SGPDQDLT"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "safeguarding-pdq-index"
BASE_HEADER_SIZE = 4096
DELTA_HEADER_SIZE = 64
ALIGN = 64
# Rows are addressed with 3 bytes (a uint16 plane + a uint8 plane) while they fit, else 4 bytes.
MAX_ROWS_3_BYTES = 1 << 24
REBUILD_HINT = "rebuild the index (delete the index directory and sync it from the store again)"

# magic, version, header size, n, n_tombstones, max_id, chunks, chunk bits, row bytes, id bytes, data crc32
_BASE_FIELDS = struct.Struct("<8sIIQQqHHHHI")
# magic, version, header size, n_add, n_retract, data crc32
_DELTA_FIELDS = struct.Struct("<8sIIQQI")
_CRC = struct.Struct("<I")


def _align(offset: int) -> int:
    return (offset + ALIGN - 1) // ALIGN * ALIGN


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, chunks: Iterable[bytes | memoryview]) -> None:
    """Write `chunks` to path so that a crash leaves either the old file or the complete new one."""
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    with open(tmp, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _raw(arr: np.ndarray) -> memoryview:
    """The bytes of an array without copying it (when contiguous)."""
    flat: Any = np.ascontiguousarray(arr).reshape(-1).view(np.uint8)
    return memoryview(flat)


def _header_with_crc(fields: bytes, size: int) -> bytes:
    header = fields + _CRC.pack(zlib.crc32(fields))
    return header + b"\0" * (size - len(header))


def _check_header(path: Path, raw: bytes, magic: bytes, fields: struct.Struct, kind: str) -> tuple[Any, ...]:
    if len(raw) < fields.size + _CRC.size:
        raise IndexFormatError(f"{path}: truncated {kind} ({len(raw)} bytes, shorter than its header)")
    if raw[:8] != magic:
        raise IndexFormatError(f"{path}: not a safeguarding PDQ {kind} (bad magic {raw[:8]!r})")
    version = struct.unpack_from("<I", raw, 8)[0]
    if version != FORMAT_VERSION:
        raise IndexFormatError(
            f"{path}: PDQ {kind} format version {version}, but this safeguarding reads version "
            f"{FORMAT_VERSION}; {REBUILD_HINT}"
        )
    values = fields.unpack_from(raw)
    (crc,) = _CRC.unpack_from(raw, fields.size)
    if crc != zlib.crc32(raw[: fields.size]):
        raise IndexFormatError(f"{path}: {kind} header checksum mismatch (the file is corrupt)")
    return tuple(values)


@dataclass(frozen=True)
class BaseSections:
    n: int
    n_tombstones: int
    row_bytes: int
    id_bytes: int
    hashes: int = 0
    ids: int = 0
    perm_lo: int = 0
    perm_hi: int = 0
    offsets: int = 0
    tombstones: int = 0
    size: int = 0

    @classmethod
    def compute(cls, n: int, n_tombstones: int, row_bytes: int, id_bytes: int) -> BaseSections:
        hashes = BASE_HEADER_SIZE
        ids = _align(hashes + 32 * n)
        perm_lo = _align(ids + id_bytes * n)
        lo_bytes = 2 if row_bytes == 3 else 4
        perm_hi = _align(perm_lo + lo_bytes * N_CHUNKS * n)
        hi_bytes = 1 if row_bytes == 3 else 0
        offsets = _align(perm_hi + hi_bytes * N_CHUNKS * n)
        tombstones = _align(offsets + 8 * N_CHUNKS * OFFSETS_PER_CHUNK)
        size = tombstones + 8 * n_tombstones
        return cls(
            n, n_tombstones, row_bytes, id_bytes, hashes, ids, perm_lo, perm_hi, offsets, tombstones, size
        )


@dataclass
class BaseFile:
    """A base file opened read-only through mmap: its arrays are views of the shared page cache."""

    path: Path
    layer: Layer
    tombstones: np.ndarray
    max_id: int
    data_crc: int
    _map: mmap.mmap = field(repr=False)

    def verify(self) -> None:
        """Check the data checksum (reads the whole file)."""
        view = memoryview(self._map)
        if zlib.crc32(view[BASE_HEADER_SIZE:]) != self.data_crc:
            raise IndexFormatError(f"{self.path}: data checksum mismatch (the file is corrupt)")


def write_base(path: Path, ids: np.ndarray, hashes: np.ndarray, tombstones: np.ndarray, max_id: int) -> None:
    """Write a base file for rows sorted by id. Memory: the inputs plus about 13 bytes a row."""
    n = len(ids)
    row_bytes = 3 if n <= MAX_ROWS_3_BYTES else 4
    # Ids are stored in 4 bytes when they all fit (database ids practically always do), else 8.
    id_bytes = 4 if n == 0 or (int(ids[0]) >= 0 and int(ids[-1]) < 1 << 32) else 8
    sec = BaseSections.compute(n, len(tombstones), row_bytes, id_bytes)
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    offsets = np.empty(N_CHUNKS * OFFSETS_PER_CHUNK, dtype="<i8")
    with open(tmp, "w+b") as f:

        def put(at: int, data: np.ndarray) -> None:
            f.seek(at)
            f.write(_raw(data))

        f.truncate(sec.size)  # zero-filled; every section is then written in place, one chunk at a time
        put(sec.hashes, hashes.astype(np.uint8, copy=False))
        put(sec.ids, ids.astype("<u4" if id_bytes == 4 else "<i8"))
        for j, (counts, order) in enumerate(chunk_orders(hashes)):
            offsets[j * OFFSETS_PER_CHUNK : (j + 1) * OFFSETS_PER_CHUNK] = offsets_from_counts(counts, j, n)
            if row_bytes == 3:
                put(sec.perm_lo + 2 * j * n, (order & 0xFFFF).astype("<u2"))
                put(sec.perm_hi + j * n, (order >> 16).astype(np.uint8))
            else:
                put(sec.perm_lo + 4 * j * n, order.astype("<u4"))
        put(sec.offsets, offsets)
        put(sec.tombstones, tombstones.astype("<i8", copy=False))
        f.flush()
        crc = 0
        f.seek(BASE_HEADER_SIZE)
        while block := f.read(1 << 24):
            crc = zlib.crc32(block, crc)
        fields = _BASE_FIELDS.pack(
            BASE_MAGIC,
            FORMAT_VERSION,
            BASE_HEADER_SIZE,
            n,
            len(tombstones),
            max_id,
            N_CHUNKS,
            16,
            row_bytes,
            id_bytes,
            crc,
        )
        f.seek(0)
        f.write(_header_with_crc(fields, BASE_HEADER_SIZE))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def open_base(path: Path) -> BaseFile:
    """Memory-map a base file after checking its header, version and size."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size == 0:
            raise IndexFormatError(f"{path}: empty file (truncated PDQ index base)")
        mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    raw = bytes(mm[: min(size, BASE_HEADER_SIZE)])
    _, _, header_size, n, n_tomb, max_id, chunks, bits, row_bytes, id_bytes, data_crc = _check_header(
        path, raw, BASE_MAGIC, _BASE_FIELDS, "index base"
    )
    layout_ok = header_size == BASE_HEADER_SIZE and chunks == N_CHUNKS and bits == 16
    if not layout_ok or row_bytes not in (3, 4) or id_bytes not in (4, 8):
        raise IndexFormatError(
            f"{path}: unsupported layout "
            f"(chunks={chunks}, bits={bits}, row bytes={row_bytes}, id bytes={id_bytes})"
        )
    sec = BaseSections.compute(n, n_tomb, row_bytes, id_bytes)
    if size != sec.size:
        raise IndexFormatError(
            f"{path}: truncated or padded index base: expected {sec.size} bytes, found {size}"
        )
    hashes = np.frombuffer(mm, dtype=np.uint8, count=32 * n, offset=sec.hashes).reshape(n, 32)
    ids = np.frombuffer(mm, dtype="<u4" if id_bytes == 4 else "<i8", count=n, offset=sec.ids)
    offsets = np.frombuffer(mm, dtype="<i8", count=N_CHUNKS * OFFSETS_PER_CHUNK, offset=sec.offsets)
    tombstones = np.frombuffer(mm, dtype="<i8", count=n_tomb, offset=sec.tombstones)
    if row_bytes == 3:
        perm_lo = np.frombuffer(mm, dtype="<u2", count=N_CHUNKS * n, offset=sec.perm_lo)
        perm_hi = np.frombuffer(mm, dtype=np.uint8, count=N_CHUNKS * n, offset=sec.perm_hi)
        layer = Layer(ids=ids, hashes=hashes, offsets=offsets, perm=perm_lo, perm_hi=perm_hi)
    else:
        perm = np.frombuffer(mm, dtype="<u4", count=N_CHUNKS * n, offset=sec.perm_lo)
        layer = Layer(ids=ids, hashes=hashes, offsets=offsets, perm=perm)
    return BaseFile(path, layer, tombstones, int(max_id), int(data_crc), mm)


@dataclass(frozen=True)
class Delta:
    """One update: added entries (ids, hashes) and retracted ids."""

    ids: np.ndarray
    hashes: np.ndarray
    retracted: np.ndarray


def write_delta(path: Path, delta: Delta) -> None:
    ids = np.ascontiguousarray(delta.ids, dtype="<i8")
    hashes = np.ascontiguousarray(delta.hashes, dtype=np.uint8)
    retracted = np.ascontiguousarray(delta.retracted, dtype="<i8")
    parts = [_raw(ids), _raw(hashes), _raw(retracted)]
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
    fields = _DELTA_FIELDS.pack(DELTA_MAGIC, FORMAT_VERSION, DELTA_HEADER_SIZE, len(ids), len(retracted), crc)
    atomic_write(path, [_header_with_crc(fields, DELTA_HEADER_SIZE), *parts])


def read_delta(path: Path) -> Delta:
    raw = path.read_bytes()
    _, _, header_size, n_add, n_retract, crc = _check_header(
        path, raw, DELTA_MAGIC, _DELTA_FIELDS, "index delta"
    )
    expected = header_size + 40 * n_add + 8 * n_retract
    if len(raw) != expected:
        raise IndexFormatError(f"{path}: truncated index delta: expected {expected} bytes, found {len(raw)}")
    body = memoryview(raw)[header_size:]
    if zlib.crc32(body) != crc:
        raise IndexFormatError(f"{path}: index delta data checksum mismatch (the file is corrupt)")
    ids = np.frombuffer(body, dtype="<i8", count=n_add).astype(np.int64)
    hashes = np.frombuffer(body, dtype=np.uint8, count=32 * n_add, offset=8 * n_add).reshape(n_add, 32)
    retracted = np.frombuffer(body, dtype="<i8", count=n_retract, offset=40 * n_add).astype(np.int64)
    return Delta(ids, hashes, retracted)


@dataclass(frozen=True)
class Manifest:
    """Which files make up the index now. Swapping this one small file is the commit point of every update."""

    generation: int = 0
    base: str | None = None
    deltas: tuple[str, ...] = ()
    max_id: int = 0

    def to_json(self) -> bytes:
        doc = {
            "format": MANIFEST_FORMAT,
            "version": FORMAT_VERSION,
            "generation": self.generation,
            "base": self.base,
            "deltas": list(self.deltas),
            "max_id": self.max_id,
        }
        return (json.dumps(doc, indent=1) + "\n").encode()

    @classmethod
    def parse(cls, path: Path, raw: bytes) -> Manifest:
        try:
            doc = json.loads(raw)
        except ValueError as exc:
            raise IndexFormatError(f"{path}: unreadable manifest ({exc})") from None
        if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
            raise IndexFormatError(f"{path}: not a safeguarding PDQ index manifest")
        if doc.get("version") != FORMAT_VERSION:
            raise IndexFormatError(
                f"{path}: PDQ index format version {doc.get('version')}, but this safeguarding reads version "
                f"{FORMAT_VERSION}; {REBUILD_HINT}"
            )
        try:
            return cls(
                generation=int(doc["generation"]),
                base=None if doc["base"] is None else str(doc["base"]),
                deltas=tuple(str(d) for d in doc["deltas"]),
                max_id=int(doc["max_id"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexFormatError(f"{path}: malformed manifest ({exc!r})") from None
