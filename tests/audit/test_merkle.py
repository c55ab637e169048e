"""RFC 6962 hashing against the Certificate Transparency test vectors, and proofs round-trip."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from safeguarding.audit import merkle

# The leaves and roots used by the Certificate Transparency reference implementations' tests.
CT_LEAVES = [
    bytes.fromhex(h)
    for h in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
CT_ROOTS = {
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}


def reference_root(leaves: list[bytes]) -> bytes:
    """MTH straight from RFC 6962 section 2.1 (recursive, for checking the streaming builder)."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = merkle.split_point(len(leaves))
    return merkle.node_hash(reference_root(leaves[:k]), reference_root(leaves[k:]))


def test_ct_vectors() -> None:
    hashes = [merkle.leaf_hash(leaf) for leaf in CT_LEAVES]
    for size, root in CT_ROOTS.items():
        assert merkle.tree_root(hashes[:size]).hex() == root


def _leaves(n: int) -> list[bytes]:
    return [merkle.leaf_hash(f"event {i}".encode()) for i in range(n)]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=70))
def test_streaming_root_matches_rfc_definition(n: int) -> None:
    leaves = _leaves(n)
    assert merkle.tree_root(leaves) == reference_root(leaves)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=40), st.data())
def test_inclusion_proofs_verify_and_detect_changes(n: int, data: st.DataObject) -> None:
    leaves = _leaves(n)
    root = reference_root(leaves)
    index = data.draw(st.integers(min_value=0, max_value=n - 1))
    path = merkle.inclusion_path(index, n, lambda a, b: reference_root(leaves[a:b]))
    assert merkle.verify_inclusion(leaves[index], index, n, path, root)
    assert not merkle.verify_inclusion(merkle.leaf_hash(b"other"), index, n, path, root)
    if n > 1:
        assert not merkle.verify_inclusion(leaves[index], (index + 1) % n, n, path, root)
    if path:
        bent = [*path[:-1], merkle.leaf_hash(b"x")]
        assert not merkle.verify_inclusion(leaves[index], index, n, bent, root)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=40), st.data())
def test_consistency_proofs_verify_and_detect_changes(n: int, data: st.DataObject) -> None:
    leaves = _leaves(n)
    m = data.draw(st.integers(min_value=1, max_value=n))
    path = merkle.consistency_path(m, n, lambda a, b: reference_root(leaves[a:b]))
    first, second = reference_root(leaves[:m]), reference_root(leaves)
    assert merkle.verify_consistency(m, n, first, second, path)
    if m < n:
        forked = [*leaves[: m - 1], merkle.leaf_hash(b"rewritten"), *leaves[m:]]
        assert not merkle.verify_consistency(m, n, first, reference_root(forked), path)
        assert not merkle.verify_consistency(m, n, merkle.leaf_hash(b"y"), second, path)
