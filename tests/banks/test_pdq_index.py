"""PDQIndex: exactness against brute force, updates, idempotence, input checks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeguarding.banks.index import PDQIndex, hashes_from_hex, hashes_to_hex, parse_pdq_hex
from safeguarding.banks.index import search as search_mod
from safeguarding.banks.index.search import Layer, choose_plan

THRESHOLDS = [0, 1, 15, 16, 31, 32, 47, 63, 64, 100, 256]


def random_hashes(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 256, (n, 32), dtype=np.uint8)


def near(rng: np.random.Generator, hashes: np.ndarray, max_bits: int) -> np.ndarray:
    """Copies with up to max_bits random bits flipped each."""
    out = hashes.copy()
    for row in out:
        for bit in rng.choice(256, int(rng.integers(0, max_bits + 1)), replace=False):
            row[bit // 8] ^= 1 << (bit % 8)
    return out


def family_bank(rng: np.random.Generator, n_unrelated: int, n_families: int) -> np.ndarray:
    bases = random_hashes(rng, n_families)
    members = near(rng, np.repeat(bases, rng.integers(1, 6, n_families), axis=0), 20)
    bank = np.concatenate([members, random_hashes(rng, n_unrelated)])
    return bank[rng.permutation(len(bank))]


def brute(ids: np.ndarray, hashes: np.ndarray, queries: np.ndarray, t: int) -> list[list[tuple[int, int]]]:
    out = []
    for q in queries:
        dist = np.unpackbits(hashes ^ q, axis=1).sum(axis=1)
        hit = np.flatnonzero(dist <= t)
        out.append(sorted(((int(ids[i]), int(dist[i])) for i in hit), key=lambda p: (p[1], p[0])))
    return out


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "pdq"


# ---- hex parsing ----
def test_parse_pdq_hex_accepts_64_hex_digits_either_case() -> None:
    value = "f" * 32 + "0A" * 16
    assert parse_pdq_hex(value) == bytes.fromhex(value)
    assert parse_pdq_hex(f"  {value}\n") == bytes.fromhex(value)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("ab" * 31, "got 62 characters"),
        ("ab" * 33, "got 66 characters"),
        ("zz" + "0" * 62, "not hexadecimal"),
    ],
)
def test_parse_pdq_hex_names_the_bad_value_and_where(value: str, problem: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_pdq_hex(value, where="bank.csv line 7")
    message = str(err.value)
    assert message.startswith("bank.csv line 7: invalid PDQ hash")
    assert value[:20] in message and problem in message


def test_hashes_from_hex_round_trip_and_position_of_bad_item() -> None:
    hashes = random_hashes(np.random.default_rng(1), 5)
    assert np.array_equal(hashes_from_hex(hashes_to_hex(hashes)), hashes)
    with pytest.raises(ValueError, match=r"upload item 1: invalid PDQ hash 'xyz'"):
        hashes_from_hex(["0" * 64, "xyz"], where="upload")


# ---- argument checks ----
@pytest.mark.parametrize("threshold", [-1, 257, 1000, 1.5, True, "31"])
def test_threshold_outside_0_256_is_refused(index_dir: Path, threshold: object) -> None:
    idx = PDQIndex.open(index_dir)
    with pytest.raises(ValueError, match="threshold"):
        idx.query(np.zeros((1, 32), np.uint8), threshold)  # type: ignore[arg-type]


def test_bad_array_shapes_are_refused(index_dir: Path) -> None:
    idx = PDQIndex.open(index_dir)
    with pytest.raises(ValueError, match=r"\(n, 32\) uint8"):
        idx.query(np.zeros((1, 31), np.uint8))
    with pytest.raises(ValueError, match=r"\(n, 32\) uint8"):
        idx.add(np.array([1]), np.zeros((1, 32), np.int32))
    with pytest.raises(ValueError, match="2 ids but 1 hashes"):
        idx.add(np.array([1, 2]), np.zeros((1, 32), np.uint8))
    with pytest.raises(ValueError, match="1-D integer"):
        idx.retract(np.array([1.5]))


def test_open_without_create_needs_an_index(index_dir: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no PDQ index"):
        PDQIndex.open(index_dir, create=False)


def test_empty_index(index_dir: Path) -> None:
    idx = PDQIndex.open(index_dir)
    assert len(idx) == 0 and idx.max_id() == 0
    assert idx.query(random_hashes(np.random.default_rng(0), 3)) == [[], [], []]
    assert idx.query(np.zeros((0, 32), np.uint8)) == []


# ---- exactness ----
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seed=st.integers(0, 2**32 - 1),
    n_unrelated=st.integers(0, 400),
    n_families=st.integers(0, 120),
    split=st.floats(0, 1),
    threshold=st.sampled_from(THRESHOLDS),
)
def test_matches_brute_force_with_base_deltas_and_retractions(
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    n_unrelated: int,
    n_families: int,
    split: float,
    threshold: int,
) -> None:
    rng = np.random.default_rng(seed)
    hashes = family_bank(rng, n_unrelated, n_families)
    ids = rng.permutation(10 * len(hashes) + 1)[: len(hashes)].astype(np.int64) + 1
    idx = PDQIndex.open(tmp_path_factory.mktemp("idx"))
    cut = int(len(ids) * split)
    idx.add(ids[:cut], hashes[:cut])
    idx.compact()  # first part in the memory-mapped base, the rest in deltas
    idx.add(ids[cut:], hashes[cut:])
    retracted = ids[rng.random(len(ids)) < 0.1]
    idx.retract(retracted)
    live = ~np.isin(ids, retracted)
    queries = random_hashes(rng, 5)
    if len(hashes):
        queries = np.concatenate([near(rng, hashes[rng.integers(0, len(hashes), 20)], 40), queries])
    expected = brute(ids[live], hashes[live], queries, threshold)
    assert idx.query(queries, threshold) == expected
    assert PDQIndex.open(idx.directory).query(queries, threshold) == expected


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 3000), threshold=st.integers(0, 100))
def test_multi_index_hashing_alone_is_exact_at_every_radius(seed: int, n: int, threshold: int) -> None:
    """Force the MIH plan (never brute force) so each radius/chunk-count combination is checked."""
    rng = np.random.default_rng(seed)
    hashes = family_bank(rng, n // 2, max(1, n // 6))
    ids = np.arange(1, len(hashes) + 1, dtype=np.int64)
    layer = Layer.in_memory(ids, hashes, with_tables=True)
    queries = near(rng, hashes[rng.integers(0, len(hashes), 8)], min(threshold + 8, 120))
    old = search_mod._BRUTE_ROW_COST
    search_mod._BRUTE_ROW_COST = 1e12
    try:
        assert not choose_plan(threshold, len(hashes), True).brute
        qi, rows, dist = layer.search(queries, threshold)
    finally:
        search_mod._BRUTE_ROW_COST = old
    got = [
        sorted((int(ids[r]), int(d)) for q, r, d in zip(qi, rows, dist, strict=True) if q == i)
        for i in range(8)
    ]
    assert got == [sorted(r) for r in brute(ids, hashes, queries, threshold)]


def test_pigeonhole_plan_uses_fewer_chunks_for_small_thresholds() -> None:
    assert choose_plan(0, 10**6, True) == search_mod.Plan(brute=False, radius=0, chunks=1)
    assert choose_plan(31, 10**6, True) == search_mod.Plan(brute=False, radius=1, chunks=16)
    assert choose_plan(200, 10**6, True).brute  # far above the useful MIH range: exact popcount scan
    assert choose_plan(31, 10**6, False).brute


def test_large_delta_uses_in_memory_tables_and_stays_exact(index_dir: Path) -> None:
    rng = np.random.default_rng(7)
    hashes = family_bank(rng, 4000, 800)
    ids = np.arange(1, len(hashes) + 1, dtype=np.int64)
    idx = PDQIndex.open(index_dir)
    idx.add(ids, hashes)
    assert idx._snap.delta_layer().offsets is not None  # more than 4096 rows: MIH tables in memory
    queries = near(rng, hashes[:40], 30)
    for t in (0, 31, 63):
        assert idx.query(queries, t) == brute(ids, hashes, queries, t)


def test_batch_answers_equal_single_answers(index_dir: Path) -> None:
    rng = np.random.default_rng(3)
    hashes = family_bank(rng, 2000, 300)
    ids = np.arange(1, len(hashes) + 1)
    idx = PDQIndex.open(index_dir)
    idx.add(ids, hashes)
    idx.compact()
    queries = near(rng, hashes[:100], 25)
    batch = idx.query(queries)
    assert batch == [idx.query(q[None, :])[0] for q in queries]
    assert sum(map(len, batch)) >= 100


# ---- updates ----
def test_add_and_retract_visible_to_same_instance_and_fresh_reader(index_dir: Path) -> None:
    rng = np.random.default_rng(5)
    hashes = random_hashes(rng, 50)
    writer = PDQIndex.open(index_dir)
    reader = PDQIndex.open(index_dir, refresh_interval=0)
    writer.add(np.arange(1, 51), hashes)
    assert writer.query(hashes[:2], 0) == [[(1, 0)], [(2, 0)]]
    assert reader.query(hashes[:2], 0) == [[(1, 0)], [(2, 0)]]  # an open reader picks the change up
    assert PDQIndex.open(index_dir).query(hashes[:2], 0) == [[(1, 0)], [(2, 0)]]
    writer.retract(np.array([1]))
    assert writer.query(hashes[:2], 0) == [[], [(2, 0)]]
    assert reader.query(hashes[:2], 0) == [[], [(2, 0)]]
    assert len(writer) == len(PDQIndex.open(index_dir)) == 49
    assert writer.contains(np.array([1, 2, 99])).tolist() == [False, True, False]
    writer.compact()
    assert reader.query(hashes[:2], 0) == [[], [(2, 0)]]
    assert len(reader) == 49 and reader.max_id() == 50


def test_reader_with_default_interval_sees_changes_after_refresh(index_dir: Path) -> None:
    hashes = random_hashes(np.random.default_rng(6), 3)
    reader = PDQIndex.open(index_dir, refresh_interval=3600)
    PDQIndex.open(index_dir).add(np.array([1, 2, 3]), hashes)
    assert reader.query(hashes[:1], 0) == [[]]  # not re-checked yet
    assert reader.refresh() is True
    assert reader.query(hashes[:1], 0) == [[(1, 0)]]
    assert reader.refresh() is False


def test_add_is_idempotent_and_retracted_ids_never_come_back(index_dir: Path) -> None:
    rng = np.random.default_rng(8)
    hashes = random_hashes(rng, 10)
    idx = PDQIndex.open(index_dir)
    idx.add(np.arange(1, 11), hashes)
    files = sorted(p.name for p in index_dir.iterdir())
    idx.add(np.arange(1, 11), hashes)  # nothing new: no new delta
    assert sorted(p.name for p in index_dir.iterdir()) == files
    idx.add(np.array([3, 11, 11]), random_hashes(rng, 3))  # id 3 present: ignored; 11 once
    assert len(idx) == 11 and idx.max_id() == 11
    assert idx.query(hashes[2:3], 0) == [[(3, 0)]]
    idx.retract(np.array([4]))
    idx.add(np.array([4]), hashes[3:4])
    idx.compact()
    idx.add(np.array([4]), hashes[3:4])
    assert PDQIndex.open(index_dir).query(hashes[3:4], 0) == [[]]
    assert len(idx) == 10


def test_duplicate_hashes_under_different_ids_are_all_returned(index_dir: Path) -> None:
    h = random_hashes(np.random.default_rng(9), 1)
    idx = PDQIndex.open(index_dir)
    idx.add(np.array([5, 6]), np.repeat(h, 2, axis=0))
    idx.compact()
    idx.add(np.array([7]), h)
    assert idx.query(h, 0) == [[(5, 0), (6, 0), (7, 0)]]


def test_results_sorted_nearest_first(index_dir: Path) -> None:
    rng = np.random.default_rng(10)
    base = random_hashes(rng, 1)
    variants = np.repeat(base, 5, axis=0)
    for i in range(5):
        for bit in range(i * 3):
            variants[i, bit // 8] ^= 1 << (bit % 8)
    idx = PDQIndex.open(index_dir)
    idx.add(np.array([50, 40, 30, 20, 10]), variants)
    assert idx.query(base) == [[(50, 0), (40, 3), (30, 6), (20, 9), (10, 12)]]


@pytest.mark.parametrize("ids", [[1, 2, 3], [5, 2**32 - 1, 2**40], [-7, 0, 9]])
def test_ids_of_any_int64_size_survive_the_base_file(index_dir: Path, ids: list[int]) -> None:
    hashes = random_hashes(np.random.default_rng(11), 3)
    idx = PDQIndex.open(index_dir)
    idx.add(np.array(ids), hashes)
    idx.compact()  # 4-byte ids when they all fit, else 8
    fresh = PDQIndex.open(index_dir)
    assert fresh.query(hashes, 0) == [[(i, 0)] for i in ids]
    assert fresh.contains(np.array([*ids, 2**33, -1])).tolist() == [True, True, True, False, -1 in ids]
