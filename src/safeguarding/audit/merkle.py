"""RFC 6962 Merkle tree hashing, audit paths and consistency proofs, with their verifiers.

Leaf hash = SHA-256(0x00 || entry), node hash = SHA-256(0x01 || left || right), as in Certificate
Transparency. Proof verification follows RFC 9162 sections 2.1.3.2 and 2.1.4.2.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

SubtreeHash = Callable[[int, int], bytes]
"""Merkle Tree Hash of the leaves with index in [start, end)."""

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(size: int) -> int:
    """The largest power of two strictly smaller than `size` (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


class RootBuilder:
    """Streams leaf hashes in order and gives the tree root of the leaves seen so far.

    Keeps one hash per perfect subtree (at most log2(n) of them), so memory stays bounded.
    """

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []

    def add(self, leaf: bytes) -> None:
        self.size += 1
        entry = (1, leaf)
        while self._stack and self._stack[-1][0] == entry[0]:
            width, left = self._stack.pop()
            entry = (width * 2, node_hash(left, entry[1]))
        self._stack.append(entry)

    def frontier(self) -> bytes:
        """The perfect-subtree hashes, largest first, concatenated (32 bytes each)."""
        return b"".join(node for _, node in self._stack)

    @classmethod
    def resume(cls, size: int, frontier: bytes) -> RootBuilder:
        """A builder that has seen `size` leaves, from the `frontier()` it had then."""
        widths = [1 << bit for bit in reversed(range(size.bit_length())) if size >> bit & 1]
        if len(frontier) != 32 * len(widths):
            raise ValueError(f"frontier of {size} leaves: {len(frontier)} bytes, not {32 * len(widths)}")
        builder = cls()
        builder.size = size
        builder._stack = [(w, frontier[32 * i : 32 * i + 32]) for i, w in enumerate(widths)]
        return builder

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        root = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            root = node_hash(left, root)
        return root


def tree_root(leaves: Iterable[bytes]) -> bytes:
    builder = RootBuilder()
    for leaf in leaves:
        builder.add(leaf)
    return builder.root()


def inclusion_path(index: int, size: int, subtree: SubtreeHash) -> list[bytes]:
    """RFC 6962 PATH(index, D[0:size]): the sibling hashes from the leaf up to the root."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")
    path: list[bytes] = []

    def walk(m: int, start: int, end: int) -> None:
        n = end - start
        if n == 1:
            return
        k = split_point(n)
        if m < k:
            walk(m, start, start + k)
            path.append(subtree(start + k, end))
        else:
            walk(m - k, start + k, end)
            path.append(subtree(start, start + k))

    walk(index, 0, size)
    return path


def consistency_path(first: int, second: int, subtree: SubtreeHash) -> list[bytes]:
    """RFC 6962 PROOF(first, D[0:second]): proves the first tree is a prefix of the second."""
    if not 0 <= first <= second:
        raise ValueError(f"cannot prove consistency from size {first} to size {second}")
    if first in (0, second):
        return []
    path: list[bytes] = []

    def walk(m: int, start: int, end: int, complete: bool) -> None:
        n = end - start
        if m == n:
            if not complete:
                path.append(subtree(start, end))
            return
        k = split_point(n)
        if m <= k:
            walk(m, start, start + k, complete)
            path.append(subtree(start + k, end))
        else:
            walk(m - k, start + k, end, False)
            path.append(subtree(start, start + k))

    walk(first, 0, second, True)
    return path


def root_from_inclusion(leaf: bytes, index: int, size: int, path: list[bytes]) -> bytes | None:
    """The root that `path` leads to from `leaf` at `index` (None if the path has the wrong shape)."""
    if not 0 <= index < size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def verify_inclusion(leaf: bytes, index: int, size: int, path: list[bytes], root: bytes) -> bool:
    """True when `path` proves that `leaf` sits at `index` in the tree of `size` with `root`."""
    return root_from_inclusion(leaf, index, size, path) == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, path: list[bytes]
) -> bool:
    """True when `path` proves the tree of size `first` is a prefix of the tree of size `second`."""
    if not 0 <= first <= second:
        return False
    if first == second:
        return not path and first_root == second_root
    if first == 0:
        return not path
    if first & (first - 1) == 0:
        path = [first_root, *path]
    if not path:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0
