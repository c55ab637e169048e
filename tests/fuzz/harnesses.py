"""One harness per parser that takes outside input, shared by the hypothesis tests and `make fuzz`.

Each harness takes the raw bytes an outsider controls, runs the parser the way its command or route does,
and checks the contract: either a valid result or a clear error naming the input and the problem. Any
other exception escapes, and so does an AssertionError for a broken contract: both are crashes.
"""

from __future__ import annotations

import io
import json
import resource
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from safeguarding.ads.pipeline import link_ads
from safeguarding.banks.lists import ListProblem, ListRow, open_list, read_csv, read_tx
from safeguarding.banks.service import BankError
from safeguarding.banks.signal_types import SIGNAL_TYPES
from safeguarding.chats.io import dump, parse_conversation, read_conversations
from safeguarding.chats.pan import PanImportError, iter_pan
from safeguarding.chats.scorer import RuleScorer, score_messages
from safeguarding.media import MediaError
from safeguarding.media.hashing import ImageLimits, hash_bytes

NAME = "fuzzed-input"
# Wall-clock bound per input, far above the slowest seen (~0.1 s on a loaded machine); a parser
# that loops or blows up on some input crosses it.
SECONDS_PER_INPUT = 10.0
# Small limits for the fuzzed images so a declared-huge image is refused, never decoded.
FUZZ_IMAGE_LIMITS = ImageLimits(max_pixels=4_000_000, max_bytes=2 * 1024 * 1024)


# Growth of the process's peak memory one input may cause (ru_maxrss only rises, so a rise is this
# input's doing); a parser that holds a whole hostile file or a decoded bomb crosses it.
PEAK_GROWTH_KB = 256 * 1024


def _within_time(run: Callable[[], None], what: str) -> None:
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    assert elapsed < SECONDS_PER_INPUT, f"{what} took {elapsed:.1f} s on one input"
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert growth < PEAK_GROWTH_KB, f"{what} raised peak memory by {growth // 1024} MB on one input"


def _hash_list(data: bytes, reader: Callable[..., object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / NAME
        path.write_bytes(data)
        try:
            with open_list(path) as handle:
                items = list(reader(handle, str(path)))  # type: ignore[call-overload]
        except BankError as exc:
            assert str(exc).startswith(str(path) + ": "), f"error does not name the input: {exc}"
            return
    for item in items:
        if isinstance(item, ListProblem):
            assert item.line >= 1 and item.message.strip(), item
            assert "\n" not in str(item), f"a problem message spans lines: {item!r}"
        else:
            assert isinstance(item, ListRow), item
            kind = SIGNAL_TYPES[item.signal_type]
            assert kind.normalize(item.value) == item.value
            item.value.encode("utf-8")
            (item.labels + item.note).encode("utf-8")  # stored in the database as UTF-8 text


def hash_list_csv(data: bytes) -> None:
    """`safeguarding bank import NAME FILE` (CSV) up to the rows it would insert."""
    _within_time(lambda: _hash_list(data, read_csv), "hash-list CSV")


def hash_list_tx(data: bytes) -> None:
    """`safeguarding bank import NAME FILE --format tx` (python-threatexchange signal file)."""
    _within_time(lambda: _hash_list(data, read_tx), "threatexchange file")


def _ads(data: bytes) -> None:
    problems: list[tuple[int, str, str]] = []
    sink = io.StringIO()
    stats = link_ads(io.BytesIO(data), sink, lambda n, level, msg: problems.append((n, level, msg)))
    lines = data.split(b"\n")
    for line_no, level, message in problems:
        assert 1 <= line_no <= len(lines) and level in ("error", "warning"), (line_no, level)
        assert message.strip() and "\n" not in message, f"unclear message: {message!r}"
    out = sink.getvalue().split("\n")[:-1]  # JSON Lines ends lines at \n only; text may hold U+0085, U+2028
    assert len(out) == stats.ads
    for line in out:
        record = json.loads(line)
        assert isinstance(record["id"], str) and record["id"]
    sink.getvalue().encode("utf-8")  # `ads link --out FILE` writes UTF-8


@cache
def _warm_ads() -> None:
    """Load the gazetteer and indicator tables once, outside the bounds of the first input."""
    link_ads(io.BytesIO(b'{"id": "w", "text": "x", "city": "Leeds"}\n'), io.StringIO(), lambda *_: None)


def ads_jsonl(data: bytes) -> None:
    """`safeguarding ads link FILE`: every line is linked or reported, the output is JSON Lines."""
    _warm_ads()
    _within_time(lambda: _ads(data), "ads JSON Lines")


@cache
def _scorer() -> RuleScorer:
    from safeguarding.chats.loading import load_scorer

    return load_scorer(None)  # as `chats score` with no --model


def _chats(data: bytes, scorer: RuleScorer) -> None:
    problems: list[str] = []
    text = data.decode("utf-8", errors="replace")  # as `chats score` opens its input
    out = []
    for conv in read_conversations(io.StringIO(text), NAME, problems.append):
        triples = [(m.author, m.text, m.time) for m in conv.messages]
        out.append(dump(score_messages(scorer, conv.id, conv.participants, triples)))
    for problem in problems:
        assert problem.startswith(f"{NAME}:") and "\n" not in problem, f"unclear message: {problem!r}"
    "".join(out).encode("utf-8")  # `chats score --out FILE` writes UTF-8


def chats_jsonl(data: bytes) -> None:
    """`safeguarding chats score FILE`: every line is scored or reported as FILE:LINE: why."""
    scorer = _scorer()  # loaded once, outside the time bound
    _within_time(lambda: _chats(data, scorer), "chat JSON Lines")


def _pan(data: bytes) -> None:
    try:
        pairs = list(iter_pan(io.BytesIO(data)))
    except PanImportError as exc:
        assert str(exc).strip() and "\n" not in str(exc), f"unclear message: {exc!r}"
        return
    for conversation, _truth in pairs:
        # What `chats import` writes must be what `chats score` reads back.
        line = json.dumps(conversation, ensure_ascii=False)
        line.encode("utf-8")
        parse_conversation(line)


def pan_xml(data: bytes) -> None:
    """`safeguarding chats import FILE`: conversations `chats score` can read, or one clear error."""
    _within_time(lambda: _pan(data), "PAN XML")


def _image(data: bytes) -> None:
    try:
        hashes = hash_bytes(NAME, data, FUZZ_IMAGE_LIMITS)
    except MediaError as exc:
        assert exc.path == NAME and exc.problem.strip() and "\n" not in exc.problem, repr(exc)
        return
    assert hashes.pdq is not None and len(hashes.pdq) == 64 and 0 <= (hashes.quality or 0) <= 100


def image(data: bytes) -> None:
    """Image hashing as `safeguarding scan`, `media hash` and the upload route use it."""
    _within_time(lambda: _image(data), "image hashing")


TARGETS: dict[str, Callable[[bytes], None]] = {
    "hash_list_csv": hash_list_csv,
    "hash_list_tx": hash_list_tx,
    "ads_jsonl": ads_jsonl,
    "chats_jsonl": chats_jsonl,
    "pan_xml": pan_xml,
    "image": image,
}
