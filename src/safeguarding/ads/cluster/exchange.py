"""Shuffles, lookups and connected components over partitioned numpy tables on a Dask cluster.

A table partition (`Part`) is a dict of equal-length numpy columns. A shuffle splits every partition by a
destination (a hash of a column, the home partition of an ad index, or a partition number in a column)
and concatenates, per destination, the pieces sent to it: each task holds one partition and its pieces,
never the whole table. Connected components use the alternating large-star / small-star algorithm
(Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC 2014): each round is two shuffles
of the edge list by vertex, and no task ever holds more than its share of the edges.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from distributed import Client, Future

Part = dict[str, np.ndarray]
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
RETRIES = 3


def rows(part: Part) -> int:
    return len(next(iter(part.values()))) if part else 0


def concat(pieces: Sequence[Part]) -> Part:
    pieces = [p for p in pieces if p]
    if not pieces:
        return {}
    return {name: np.concatenate([p[name] for p in pieces]) for name in pieces[0]}


def unique_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Index of the first occurrence of each distinct (a, b), in (a, b) order: `np.unique(..., axis=1)`
    without its structured-array sort, which is several times slower on large edge lists."""
    order = np.lexsort((b, a))
    sa, sb = a[order], b[order]
    first = np.ones(len(order), bool)
    first[1:] = (sa[1:] != sa[:-1]) | (sb[1:] != sb[:-1])
    return order[first]


def take(part: Part, index: np.ndarray) -> Part:
    return {name: column[index] for name, column in part.items()}


def hash_of(values: np.ndarray, parts: int) -> np.ndarray:
    mixed = values.astype(np.int64).view(np.uint64) * _GOLDEN
    return ((mixed >> np.uint64(33)) % np.uint64(parts)).astype(np.int64)


def split(part: Part, how: str, column: str, parts: int, bounds: np.ndarray | None) -> list[Part]:
    """Pieces of `part` for each destination 0..parts-1 (rows keep their order)."""
    if not part:
        return [{} for _ in range(parts)]
    values = part[column]
    if how == "hash":
        dest = hash_of(values, parts)
    elif how == "home":
        assert bounds is not None
        dest = np.searchsorted(bounds, values, side="right") - 1
        dest[values < 0] = 0  # "no ad" (-1) rows go anywhere and get the fill value there
    else:
        dest = values.astype(np.int64)
    order = np.argsort(dest, kind="stable")
    cuts = np.searchsorted(dest[order], np.arange(parts + 1))
    return [take(part, order[cuts[j] : cuts[j + 1]]) for j in range(parts)]


def reduce_pieces(func: Callable[..., Any], extra: int, *args: Any) -> Any:
    """func(concat(pieces), *extras): the first `extra` args are passed through, the rest concatenated."""
    return func(concat(args[extra:]), *args[:extra])


def _tag(part: Part, origin: int) -> Part:
    if not part:
        return part
    n = rows(part)
    return {**part, "_origin": np.full(n, origin, np.int64), "_row": np.arange(n, dtype=np.int64)}


def _untag(part: Part) -> Part:
    """Rows back in their original order, without the routing columns."""
    if not part:
        return part
    order = np.argsort(part["_row"], kind="stable")
    return {name: column[order] for name, column in part.items() if name not in ("_origin", "_row")}


def _take_home(part: Part, values: np.ndarray, start: int, column: str, out: str, fill: Any) -> Part:
    if not part:
        return part
    index = part[column] - start
    ok = (index >= 0) & (part[column] >= 0)
    result = np.full(len(index), fill, dtype=values.dtype)
    result[ok] = values[index[ok]]
    return {**part, out: result}


def _take_table(part: Part, table: Part, column: str, value: str, out: str, fill: Any) -> Part:
    """Look `part[column]` up in `table` (sorted by its "key"); missing keys get `fill` (None: the key)."""
    if not part:
        return part
    keys = part[column]
    found = np.zeros(len(keys), bool)
    if table and rows(table):
        position = np.clip(np.searchsorted(table["key"], keys), 0, rows(table) - 1)
        found = table["key"][position] == keys
    if fill is None:
        result = keys.copy()
    else:
        dtype = table[value].dtype if table else np.asarray(fill).dtype
        result = np.full(len(keys), fill, dtype=dtype)
    if found.any():
        result[found] = table[value][position[found]]
    return {**part, out: result}


def _home_arrays(
    part: Part, start: int, stop: int, values: tuple[str, ...], fills: tuple[int, ...]
) -> dict[str, np.ndarray]:
    """Columns of a table keyed by ad index as arrays over one home partition's ads (fill where absent)."""
    out = {}
    for name, fill in zip(values, fills, strict=True):
        column = np.full(stop - start, fill, np.int64)
        if part and rows(part):
            column[part["key"] - start] = part[name]
        out[name] = column
    return out


def _sort_table(part: Part) -> Part:
    if not part:
        return part
    return take(part, np.argsort(part["key"], kind="stable"))


def _both_directions(part: Part) -> Part:
    if not part:
        return {"u": np.empty(0, np.int64), "v": np.empty(0, np.int64)}
    a, b = part["a"].astype(np.int64), part["b"].astype(np.int64)
    keep = a != b
    a, b = a[keep], b[keep]
    return {"u": np.concatenate((a, b)), "v": np.concatenate((b, a))}


def _grouped(part: Part) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (u, v) rows sorted by u then v, and the start of each u's group."""
    first = unique_pairs(part["u"], part["v"])
    u, v = part["u"][first], part["v"][first]
    first = np.ones(len(u), bool)
    first[1:] = u[1:] != u[:-1]
    return u, v, np.flatnonzero(first)


def _large_star(part: Part) -> tuple[Part, int]:
    """Each vertex u links its larger neighbours to the minimum of its neighbourhood. Also counts the
    vertices that show the input is not yet a forest of stars centred on each component's minimum."""
    if not part or rows(part) == 0:
        return {"u": np.empty(0, np.int64), "v": np.empty(0, np.int64)}, 0
    u, v, starts = _grouped(part)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(u))))
    smallest = np.minimum(u[starts], v[starts])
    below = np.bincount(group, weights=v < u, minlength=len(starts))
    above = np.bincount(group, weights=v > u, minlength=len(starts))
    unsettled = int(((below >= 2) | ((below >= 1) & (above >= 1))).sum())
    larger = v > u
    return {"u": v[larger], "v": smallest[group][larger]}, unsettled


def _small_star(part: Part) -> Part:
    """Edges oriented larger -> smaller: each vertex and its smaller neighbours link to their minimum."""
    if not part or rows(part) == 0:
        return {"u": np.empty(0, np.int64), "v": np.empty(0, np.int64)}
    u, v, starts = _grouped(part)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(u))))
    smallest = v[starts]
    a = np.concatenate((v, u[starts]))
    m = np.concatenate((smallest[group], smallest))
    keep = a != m
    a, m = a[keep], m[keep]
    return {"u": np.concatenate((a, m)), "v": np.concatenate((m, a))}


def _labels(part: Part) -> Part:
    """From a star forest (both directions): each vertex with its component's minimum, as a table."""
    if not part or rows(part) == 0:
        return {"key": np.empty(0, np.int64), "label": np.empty(0, np.int64)}
    u, v, starts = _grouped(part)
    return {"key": u[starts], "label": np.minimum(u[starts], v[starts])}


class Exchange:
    """Operations over lists of futures of table partitions, with `bounds` the first ad index of each
    home partition (and the total at the end)."""

    def __init__(self, client: Client, bounds: np.ndarray) -> None:
        self.client = client
        self.bounds = bounds
        self.parts = len(bounds) - 1
        self.rounds = 0

    def submit(self, func: Callable[..., Any], *args: Any) -> Future:
        return self.client.submit(func, *args, retries=RETRIES)

    def map(self, func: Callable[..., Any], *columns: Sequence[Any]) -> list[Future]:
        return [self.submit(func, *args) for args in zip(*columns, strict=True)]

    def pick(self, futures: Sequence[Future], item: Any) -> list[Future]:
        return [self.submit(operator.getitem, f, item) for f in futures]

    def shuffle(
        self, parts: Sequence[Future], how: str, column: str, outputs: int | None = None
    ) -> list[list[Future]]:
        """Buckets: for each destination, the pieces every input partition sends to it."""
        outputs = outputs or self.parts
        bounds = self.bounds if how == "home" else None
        splits = [self.submit(split, p, how, column, outputs, bounds) for p in parts]
        return [[self.submit(operator.getitem, s, j) for s in splits] for j in range(outputs)]

    def reduce(
        self, func: Callable[..., Any], buckets: list[list[Future]], *extras: Sequence[Any]
    ) -> list[Future]:
        """func(bucket j, extras[0][j], extras[1][j], ...) for each destination j."""
        return [
            self.submit(reduce_pieces, func, len(extras), *(e[j] for e in extras), *bucket)
            for j, bucket in enumerate(buckets)
        ]

    def regroup(
        self, parts: Sequence[Future], how: str, column: str, func: Callable[..., Any], *extras: Sequence[Any]
    ) -> list[Future]:
        return self.reduce(func, self.shuffle(parts, how, column), *extras)

    def home_lookup(
        self, parts: Sequence[Future], column: str, values: Sequence[Future], out: str, fill: Any
    ) -> list[Future]:
        """Add `out` = values[home][part[column]] to every row (fill for -1); rows stay in their partition."""
        tagged = self.map(_tag, parts, range(len(parts)))
        starts = [int(s) for s in self.bounds[:-1]]
        looked = self.regroup(
            tagged,
            "home",
            column,
            _take_home,
            values,
            starts,
            [column] * self.parts,
            [out] * self.parts,
            [fill] * self.parts,
        )
        return self.reduce(_untag, self.shuffle(looked, "direct", "_origin", len(parts)))

    def to_home(
        self, table: Sequence[Future], values: tuple[str, ...], fills: tuple[int, ...]
    ) -> list[Future]:
        """Per home partition, {value: array over its ads}. Keys past the last ad (evidence vertices of
        the graph) have no home partition and are dropped by the split."""
        n = self.parts
        starts = [int(s) for s in self.bounds[:-1]]
        stops = [int(s) for s in self.bounds[1:]]
        return self.regroup(table, "home", "key", _home_arrays, starts, stops, [values] * n, [fills] * n)

    def table(self, parts: Sequence[Future], column: str = "key") -> list[Future]:
        """Hash-partition rows of a (key, value...) table by key, sorted within each partition."""
        return self.regroup(parts, "hash", column, _sort_table)

    def table_lookup(
        self, parts: Sequence[Future], column: str, table: Sequence[Future], value: str, out: str, fill: Any
    ) -> list[Future]:
        """Add `out` = the table's `value` for key part[column] (tables from `table`/`components`)."""
        tagged = self.map(_tag, parts, range(len(parts)))
        n = self.parts
        looked = self.regroup(
            tagged, "hash", column, _take_table, table, [column] * n, [value] * n, [out] * n, [fill] * n
        )
        return self.reduce(_untag, self.shuffle(looked, "direct", "_origin", len(parts)))

    def components(self, edge_parts: Sequence[Future]) -> list[Future]:
        """Connected components of the edges (columns a, b): a table (key = vertex, label = the smallest
        vertex of its component), hash-partitioned by vertex; vertices without an edge are absent."""
        edges = self.map(_both_directions, edge_parts)
        while True:
            self.rounds += 1
            large = self.regroup(edges, "hash", "u", _large_star)
            unsettled = sum(self.client.gather(self.pick(large, 1)))
            if unsettled == 0:
                break
            small = self.regroup(self.pick(large, 0), "hash", "u", _small_star)
            edges = small
        return self.regroup(edges, "hash", "u", _labels)
