"""`make fuzz`, second half: coverage-guided fuzzing (atheris, libFuzzer) of the harnesses of
tests/fuzz/harnesses.py, one target at a time, from a corpus seeded with valid inputs.

Usage: python -m tests.fuzz.atheris_run TARGET CORPUS_DIR [libFuzzer options, e.g. -max_total_time=60]
A crash is written by libFuzzer as crash-<sha1> in the working directory and ends the run non-zero.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

# Instrument the project and the parsers it hands outside bytes to (modules imported later are not).
with atheris.instrument_imports(include=["safeguarding", "defusedxml", "xml", "csv", "PIL"]):
    from tests.fuzz import harnesses
    from tests.fuzz.strategies import JSON_LINE_SEEDS, XML_SEEDS, image_seeds

PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6339c4e9c9b22"
SEEDS: dict[str, list[bytes]] = {
    "hash_list_csv": [f"pdq,label,note\n{PDQ},demo,x\n,,\n{PDQ[:-1]}z,a;b,=1\n".encode()],
    "hash_list_tx": [f"pdq {PDQ}\nphoto_md5 {'0' * 32}\n# comment\nsha256 {'a' * 64}\n".encode()],
    "ads_jsonl": [
        *JSON_LINE_SEEDS,
        b'{"id": "a1", "title": "Room", "text": "call 212-555-0123 or ann@example.org", "city": "Leeds", '
        b'"images": ["' + PDQ.encode() + b'"]}\n{"id": "a2", "text": "call 212 555 0123"}\n',
    ],
    "chats_jsonl": [
        *JSON_LINE_SEEDS,
        b'{"id": "c1", "participants": {"ana": {"declared_age": 13}}, "messages": [{"author": "ana", '
        b'"text": "hi, how are you?", "time": "2024-05-01T10:00:00Z"}, {"author": "bo", "text": "ok"}]}\n',
    ],
    "pan_xml": XML_SEEDS,
    "image": list(image_seeds()),
}


def seed(target: str, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for data in SEEDS[target]:
        (corpus / f"seed-{hashlib.sha1(data).hexdigest()}").write_bytes(data)


def main() -> None:
    target, corpus = sys.argv[1], Path(sys.argv[2])
    harness = harnesses.TARGETS[target]
    seed(target, corpus)
    atheris.Setup([sys.argv[0], str(corpus), *sys.argv[3:]], harness)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
