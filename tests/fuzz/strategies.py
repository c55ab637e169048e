"""Hypothesis strategies for the fuzz harnesses: structured inputs of each format, and byte mutations of
valid seeds (flips, cuts, insertions, splices), which reach deeper than random bytes."""

from __future__ import annotations

import io
import json
import struct
import zlib
from functools import cache
from typing import Any

from hypothesis import strategies as st
from PIL import Image

# Characters of every category, lone surrogates included (JSON escapes them as \udXXX).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
WEIRD_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.sampled_from(["", " ", "\x00", "\ufeff", "\u202e", "\ud800", "=1+1", "0" * 70, "ab\r\ncd", "\u00a0"]),
)
HEX = "0123456789abcdefABCDEF"
HASHY = st.one_of(st.text(HEX, min_size=30, max_size=66), st.sampled_from(["f" * 64, "0" * 32, "A" * 64]))
NUMBERS = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([10**400, -1, 0, 13, 121, 13.0, 13.5, True]),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, WEIRD_TEXT)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(WEIRD_TEXT, inner, max_size=3),
    max_leaves=8,
)


def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The field's expected kind most of the time, any JSON value sometimes."""
    return st.one_of(value, value, value, JSON_VALUES)


def _jsonl(records: list[Any]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


AD = st.fixed_dictionaries(
    {"id": maybe(st.one_of(WEIRD_TEXT, st.integers()))},
    optional={
        "title": maybe(WEIRD_TEXT),
        "text": maybe(st.text(max_size=200) | st.just("call 555 0100 or ann@example.org @handle")),
        "phone": maybe(st.text("0123456789 +-().ext", max_size=40)),
        "email": maybe(WEIRD_TEXT),
        "city": maybe(st.sampled_from(["Leeds", "Paris", "", "São Paulo"]) | WEIRD_TEXT),
        "country": maybe(st.sampled_from(["GB", "fr", "Nowhere", ""]) | WEIRD_TEXT),
        "posted_at": maybe(st.sampled_from(["2024-05-01T10:00:00Z", "yesterday", ""]) | WEIRD_TEXT),
        "images": maybe(st.lists(HASHY | JSON_VALUES, max_size=3)),
    },
)
ADS_JSONL = st.lists(AD | JSON_VALUES, min_size=1, max_size=6).map(_jsonl)

MESSAGE = st.fixed_dictionaries(
    {"author": maybe(st.sampled_from(["ana", "bo", ""]) | WEIRD_TEXT), "text": maybe(WEIRD_TEXT)},
    optional={"time": maybe(st.sampled_from(["2024-05-01T10:00:00Z", "03:20"]) | WEIRD_TEXT)},
)
PARTICIPANT = st.one_of(st.none(), st.fixed_dictionaries({}, optional={"declared_age": maybe(NUMBERS)}))
CONVERSATION = st.fixed_dictionaries(
    {"id": maybe(WEIRD_TEXT | st.integers()), "messages": maybe(st.lists(MESSAGE | JSON_VALUES, max_size=5))},
    optional={
        "participants": maybe(st.dictionaries(st.sampled_from(["ana", "bo"]) | WEIRD_TEXT, PARTICIPANT)),
        "label": maybe(st.sampled_from(["grooming", "benign"])),
    },
)
CHATS_JSONL = st.lists(CONVERSATION | JSON_VALUES, min_size=1, max_size=4).map(_jsonl)


def _csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value


HEADER = st.lists(
    st.sampled_from(["pdq", "md5", "sha256", "label", "labels", "note", "PDQ ", "other"]) | WEIRD_TEXT,
    min_size=1,
    max_size=5,
)
HASH_LIST_CSV = st.tuples(HEADER, st.lists(st.lists(HASHY | WEIRD_TEXT, max_size=6), max_size=6)).map(
    lambda hr: "\n".join(",".join(_csv_cell(c) for c in row) for row in [hr[0], *hr[1]]).encode(
        "utf-8", "surrogatepass"
    )
)
TX_FILE = st.lists(
    st.tuples(st.sampled_from(["pdq", "photo_md5", "video_md5", "sha256", "#", "url"]) | WEIRD_TEXT, HASHY),
    max_size=8,
).map(lambda rows: "\n".join(f"{a} {b}" for a, b in rows).encode("utf-8", "surrogatepass"))


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


PAN_MESSAGE = st.tuples(WEIRD_TEXT, WEIRD_TEXT, WEIRD_TEXT).map(
    lambda m: (
        f"<message line='1'><author>{_xml_text(m[0])}</author><time>{_xml_text(m[1])}</time>"
        f"<text>{_xml_text(m[2])}</text></message>"
    )
)
PAN_XML = st.lists(st.tuples(WEIRD_TEXT, st.lists(PAN_MESSAGE, max_size=4)), max_size=3).map(
    lambda convs: (
        "<conversations>"
        + "".join(f'<conversation id="{_xml_text(cid)}">{"".join(ms)}</conversation>' for cid, ms in convs)
        + "</conversations>"
    ).encode("utf-8", "surrogatepass")
)

# Lines json.dumps cannot write but a hostile file can hold: they seed the mutations of JSON Lines.
JSON_LINE_SEEDS = [
    b'{"id": "c1", "messages": [], "n": 1' + b"0" * 5000 + b"}\n",  # over int's 4,300-digit limit
    b"[" * 100_000 + b"\n",
    b'{"id": "\\ud800", "text": "\\udfff", "messages": [{"author": "\\udc00", "text": "x"}]}\n',
    b'\xef\xbb\xbf{"id": "b", "messages": []}\n',
    b'{"id": NaN, "messages": Infinity}\n',
    b'{"id": "a", "id": "b", "messages": [{"author": "a", "text": "t", "time": "2024-13-45T99:99:99Z"}]}\n',
    b'{"id": "d", "participants": {"a": {"declared_age": 1e400}}, "messages": []}\n',
]
# Inputs a hostile file might be, kept small: they seed the mutations.
XML_SEEDS = [
    b"<conversations><conversation id='c1'><message line='1'><author>a1</author><time>03:20</time>"
    b"<text>hi</text></message></conversation></conversations>",
    b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x "yy">]><conversations>&x;</conversations>',
    b'<!DOCTYPE c SYSTEM "file:///etc/passwd"><conversations/>',
]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def declared_size_png(width: int, height: int) -> bytes:
    """A valid-looking PNG header declaring width x height, with one tiny data chunk: a bomb's shape."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\x00" + b"\x00" * 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


@cache
def image_seeds() -> tuple[bytes, ...]:
    """Small images in every format Pillow reads by default, plus a declared decompression bomb."""
    base = Image.new("RGB", (24, 16))
    for x in range(24):
        for y in range(16):
            base.putpixel((x, y), (x * 10, y * 15, (x * y) % 256))
    seeds = []
    for fmt, extra in [
        ("PNG", {}),
        ("JPEG", {"quality": 70}),
        ("GIF", {"save_all": True, "append_images": [base.rotate(90)]}),
        ("BMP", {}),
        ("TIFF", {"compression": "tiff_deflate"}),
        ("WEBP", {}),
        ("ICO", {}),
        ("PPM", {}),
        ("TGA", {}),
    ]:
        out = io.BytesIO()
        image = base.convert("P") if fmt == "GIF" else base
        image.save(out, fmt, **extra)
        seeds.append(out.getvalue())
    for mode in ("L", "RGBA", "I;16", "1", "CMYK"):
        out = io.BytesIO()
        base.convert(mode).save(out, "TIFF" if mode in ("I;16", "CMYK") else "PNG")
        seeds.append(out.getvalue())
    seeds.append(declared_size_png(100_000, 100_000))
    return tuple(seeds)


MUTATION = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "delete", "copy"]), st.integers(0, 2**16), st.binary(max_size=8)
)


def mutate(seed: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for op, where, chunk in mutations:
        at = where % (len(data) + 1)
        if op == "flip" and data:
            data[at % len(data)] ^= 1 << (where % 8)
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = chunk
        elif op == "delete":
            del data[at : at + 1 + len(chunk)]
        elif op == "copy" and data:
            data[at:at] = data[where % len(data) : where % len(data) + 16]
    return bytes(data)


def mutations_of(seeds: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return st.builds(mutate, seeds, st.lists(MUTATION, min_size=1, max_size=6))


BYTES = {
    "hash_list_csv": st.binary(max_size=300) | mutations_of(HASH_LIST_CSV),
    "hash_list_tx": st.binary(max_size=300) | mutations_of(TX_FILE),
    "ads_jsonl": st.binary(max_size=300) | mutations_of(ADS_JSONL | st.sampled_from(JSON_LINE_SEEDS)),
    "chats_jsonl": st.binary(max_size=300) | mutations_of(CHATS_JSONL | st.sampled_from(JSON_LINE_SEEDS)),
    "pan_xml": st.binary(max_size=300) | mutations_of(PAN_XML | st.sampled_from(XML_SEEDS)),
    "image": st.binary(max_size=300) | mutations_of(st.sampled_from(image_seeds())),
}
STRUCTURED = {
    "hash_list_csv": HASH_LIST_CSV,
    "hash_list_tx": TX_FILE,
    "ads_jsonl": ADS_JSONL | st.sampled_from(JSON_LINE_SEEDS),
    "chats_jsonl": CHATS_JSONL | st.sampled_from(JSON_LINE_SEEDS),
    "pan_xml": PAN_XML | st.sampled_from(XML_SEEDS),
    "image": st.sampled_from(image_seeds()),
}
