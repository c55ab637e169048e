"""Matching rules: exact hashes, PDQ by distance, quality floor, retraction, bank filters."""

import io
from pathlib import Path

import pytest

from safeguarding.banks import import_list, match_hashes, retract
from safeguarding.media import MediaHashes, hash_bytes
from safeguarding.media.synthetic import generated_image, variant
from safeguarding.store import Store


def hashes_of(image) -> MediaHashes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return hash_bytes("mem.png", buffer.getvalue())


def flip(pdq: str, bits: int) -> str:
    return f"{int(pdq, 16) ^ ((1 << bits) - 1):064x}"


@pytest.fixture
def bank(store: Store, tmp_path: Path) -> dict[str, MediaHashes]:
    originals = {f"img{i}": hashes_of(generated_image(i)) for i in range(3)}
    lines = ["pdq,md5,label"] + [f"{h.pdq},{h.md5},{name}" for name, h in originals.items()]
    (tmp_path / "bank.csv").write_text("\n".join(lines) + "\n")
    import_list(store, "known", tmp_path / "bank.csv")
    return originals


def match(store: Store, items: list[MediaHashes], **kwargs):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return match_hashes(session, items, index_dir=store.index_dir, **kwargs)


def test_variants_match_within_the_threshold(store: Store, bank: dict[str, MediaHashes]) -> None:
    for kind in ("resized", "reencoded", "brightened"):
        [outcome] = match(store, [hashes_of(variant(generated_image(1), kind))])
        pdq = [m for m in outcome.matches if m.signal_type == "pdq"]
        assert [m.labels for m in pdq] == [["img1"]], kind
        assert 0 <= pdq[0].distance <= 31


def test_exact_md5_match_has_distance_zero(store: Store, bank: dict[str, MediaHashes]) -> None:
    [outcome] = match(store, [bank["img2"]])
    kinds = sorted((m.signal_type, m.distance) for m in outcome.matches)
    assert kinds == [("md5", 0), ("pdq", 0)]


def test_threshold_is_respected(store: Store, bank: dict[str, MediaHashes]) -> None:
    base = bank["img0"]
    near = MediaHashes("q", "", "", flip(base.pdq or "", 31), 100, 0)
    far = MediaHashes("q", "", "", flip(base.pdq or "", 32), 100, 0)
    assert [m.distance for m in match(store, [near])[0].matches] == [31]
    assert match(store, [far])[0].matches == []
    assert match(store, [far], threshold=40)[0].matches[0].distance == 32


def test_low_quality_is_not_matched_and_says_so(store: Store, bank: dict[str, MediaHashes]) -> None:
    weak = MediaHashes("q", "", "", bank["img0"].pdq, 20, 0)
    [outcome] = match(store, [weak])
    assert outcome.low_quality and outcome.matches == []


def test_retracted_entries_never_match(store: Store, bank: dict[str, MediaHashes]) -> None:
    with store.session() as session:
        retract(session, "known", [("pdq", bank["img0"].pdq or "")], "list owner: false positive")
    [outcome] = match(store, [MediaHashes("q", "", "", bank["img0"].pdq, 100, 0)])
    assert outcome.matches == []


def test_bank_filter(store: Store, bank: dict[str, MediaHashes], tmp_path: Path) -> None:
    (tmp_path / "other.csv").write_text(f"pdq\n{bank['img0'].pdq}\n")
    import_list(store, "other", tmp_path / "other.csv")
    query = MediaHashes("q", "", "", bank["img0"].pdq, 100, 0)
    assert {m.bank for m in match(store, [query])[0].matches} == {"known", "other"}
    assert {m.bank for m in match(store, [query], banks=["other"])[0].matches} == {"other"}


def test_threshold_outside_range_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="between 0 and 256"):
        match(store, [], threshold=300)


def test_an_index_from_another_database_is_caught_and_rebuilt(
    store: Store, bank: dict[str, MediaHashes], tmp_path: Path
) -> None:
    from safeguarding.banks import IndexOutOfDateError
    from safeguarding.banks.pdq_search import rebuild_pdq_index
    from safeguarding.store.models import BankEntry

    query = MediaHashes("q", "", "", bank["img1"].pdq, 100, 0)
    assert match(store, [query])[0].matches  # the index now holds the bank
    with store.session() as session:  # as if the database were restored from another backup
        entry = session.query(BankEntry).filter_by(value=bank["img1"].pdq).one()
        entry.value = flip(entry.value, 100)
    with pytest.raises(IndexOutOfDateError, match="reindex"):
        match(store, [query])
    assert rebuild_pdq_index(store.index_dir, store.engine) == 3
    assert match(store, [query])[0].matches == []
