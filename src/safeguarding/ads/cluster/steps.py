"""The tasks of distributed `ads link`: each runs on one partition (or one shuffle bucket) on a worker.

Ads are numbered 0..n-1 in input order (accepted ads only, as in the single-process linker); home
partition p holds ads bounds[p]..bounds[p+1]-1 with their texts, features and output fields. Everything
that decides which ads link is the single-process code (`safeguarding.ads.linking`,
`safeguarding.ads.communities`) applied to a bucket that holds *all* the records of the keys it decides on
(a contact, a shingle, a band, a photo group, a connected component), so the decisions are the same.
Orders that the single-process linker takes from positions in whole-corpus arrays are rebuilt from sort
keys: a contact's order is its first appearance (ad, position), a photo group's the index of its first
image entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

import numpy as np

from safeguarding.ads.cluster.exchange import Part, concat, rows, take, unique_pairs
from safeguarding.ads.communities import TEMPLATE_PIECE, split_weak_bridges
from safeguarding.ads.features import ChunkResult, Settings, process_chunk
from safeguarding.ads.linking import (
    KIND_CODE,
    KIND_NAMES,
    Edges,
    LinkConfig,
    _chain,
    _groups,
    boilerplate_shingles,
    contact_edges,
    minhash,
    scattered_contacts,
    shingles,
    unique,
)
from safeguarding.cluster import ByteRange, read_block

MAX_LINKS_PER_AD = 20
EVIDENCE = np.int64(1) << np.int64(
    58
)  # graph vertex ids: ads below, contacts 1<<58 | order, photos 2<<58 | group
_KEY_POSITION_BITS = 20


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


def _objects(values: list[str]) -> np.ndarray:
    out = np.empty(len(values), object)
    out[:] = values
    return out


def _i64(values: list[int]) -> np.ndarray:
    return np.asarray(values, np.int64) if values else np.empty(0, np.int64)


@dataclass
class Extracted:
    result: ChunkResult
    lines: int


@dataclass
class Home:
    """The accepted ads of one partition, in input order."""

    ids: list[str] = field(default_factory=list)
    partial_json: list[str] = field(default_factory=list)
    contact_keys: list[list[str]] = field(default_factory=list)
    tokens: list[np.ndarray] = field(default_factory=list)
    images: list[list[bytes]] = field(default_factory=list)


# --- pass 1: extraction, duplicates --------------------------------------------------------------------


def extract(part: ByteRange, settings: Settings) -> Extracted:
    """Contacts, indicators and features of the lines of one byte range (line numbers from 1 in it)."""
    pieces = read_block(part).split(b"\n")
    # as iterating a binary file yields them (each with its newline), so messages match the single process
    lines = [piece + b"\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    return Extracted(process_chunk((1, lines, settings)), len(lines))


def id_records(extracted: Extracted, index: int) -> Part:
    ids = extracted.result.ids
    return {
        "h": _i64([_hash64(i) for i in ids]),
        "id": _objects(ids),
        "part": np.full(len(ids), index, np.int64),
        "pos": np.arange(len(ids), dtype=np.int64),
        "line": _i64(extracted.result.line_numbers),
    }


def duplicates(part: Part) -> Part:
    """Later occurrences of an id: (part, pos, line) rejected, with the (part, line) of its first."""
    names = ("part", "pos", "line", "first_part", "first_line")
    out: dict[str, list[int]] = {name: [] for name in names}
    repeated: list[str] = []
    if part:
        order = np.lexsort((part["line"], part["part"]))
        first: dict[str, tuple[int, int]] = {}
        for i in order.tolist():
            ad_id, where = part["id"][i], (int(part["part"][i]), int(part["line"][i]))
            if ad_id in first:
                row = (where[0], int(part["pos"][i]), where[1], *first[ad_id])
                for name, value in zip(names, row, strict=True):
                    out[name].append(value)
                repeated.append(ad_id)
            else:
                first[ad_id] = where
    result = {name: _i64(values) for name, values in out.items()}
    result["id"] = _objects(repeated)
    return result


def settle(extracted: Extracted, rejected: np.ndarray) -> tuple[Home, dict[str, int]]:
    result = extracted.result
    drop = set(rejected.tolist())
    keep = [i for i in range(len(result.ids)) if i not in drop]
    home = Home(
        [result.ids[i] for i in keep],
        [result.partial_json[i] for i in keep],
        [result.contact_keys[i] for i in keep],
        [result.token_hashes[i] for i in keep],
        [result.images[i] for i in keep],
    )
    return home, {"ads": len(keep), "images": sum(len(i) for i in home.images)}


def messages(extracted: Extracted) -> list[tuple[int, str, str]]:
    result = extracted.result
    return [(n, "error", m) for n, m in result.errors] + [(n, "warning", m) for n, m in result.warnings]


# --- contacts ------------------------------------------------------------------------------------------


def contact_records(home: Home, g0: int) -> Part:
    key, order, kind, ad = [], [], [], []
    for i, keys in enumerate(home.contact_keys):
        for position, name in enumerate(keys):
            key.append(_hash64(name))
            order.append(((g0 + i) << _KEY_POSITION_BITS) | position)
            kind.append(KIND_CODE[name.split(":", 1)[0]])
            ad.append(g0 + i)
    return {"key": _i64(key), "order": _i64(order), "kind": np.asarray(kind, np.int8), "g": _i64(ad)}


def _contact_part(
    a: np.ndarray, b: np.ndarray, kind: np.ndarray, key: np.ndarray, korder: np.ndarray, freq: int
) -> Part:
    return {
        "a": a.astype(np.int64),
        "b": b.astype(np.int64),
        "kind": kind.astype(np.int8),
        "key": key.astype(np.int64),
        "korder": korder.astype(np.int64),
        "freq": np.full(len(a), freq, np.int64),
    }


_NO_CONTACTS = _contact_part(*(np.empty(0, np.int64),) * 5, 0)


def contact_bucket(part: Part, cfg: LinkConfig) -> tuple[Part, Part]:
    """Contact edges of the keys in this bucket (rare keys chained) and the members of frequent keys."""
    empty_frequent = {name: np.empty(0, np.int64) for name in ("key", "korder", "kind", "g", "n")}
    if not part or rows(part) == 0:
        return _NO_CONTACTS, empty_frequent
    keys, inverse = np.unique(part["key"], return_inverse=True)
    korder = np.full(len(keys), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(korder, inverse, part["order"])
    kind = np.zeros(len(keys), np.int8)
    kind[inverse] = part["kind"]
    by_order = np.argsort(korder)  # local key ids in order of first appearance, as the single process
    local = np.empty(len(keys), np.int64)
    local[by_order] = np.arange(len(keys))
    edges, frequent = contact_edges(part["g"], local[inverse], kind[by_order], cfg)
    key_of = by_order[edges.detail]
    rare = _contact_part(edges.a, edges.b, edges.kind, keys[key_of], korder[key_of], 0)
    members: dict[str, list[np.ndarray]] = {name: [] for name in empty_frequent}
    for local_key, ads in frequent:
        k = by_order[local_key]
        for name, value in (("key", keys[k]), ("korder", korder[k]), ("kind", kind[k]), ("n", len(ads))):
            members[name].append(np.full(len(ads), value, np.int64))
        members["g"].append(ads.astype(np.int64))
    frequent_part = {
        name: np.concatenate(values) if values else empty_frequent[name] for name, values in members.items()
    }
    return rare, frequent_part


def other_contacts(part: Part, home: Home, g0: int) -> Part:
    """For (frequent key, ad): the ad's other contact keys."""
    key, other, n = [], [], []
    if part:
        for k, g, size in zip(part["key"].tolist(), part["g"].tolist(), part["n"].tolist(), strict=True):
            for name in home.contact_keys[g - g0]:
                h = _hash64(name)
                if h != k:
                    key.append(k)
                    other.append(h)
                    n.append(size)
    return {"key": _i64(key), "other": _i64(other), "n": _i64(n)}


def frequent_ok(part: Part, cfg: LinkConfig) -> np.ndarray:
    """Frequent keys whose ads carry few other contacts (`frequent_contact_ok`); keys with none pass too."""
    if not part or rows(part) == 0:
        return np.empty(0, np.int64)
    first = unique_pairs(part["key"], part["other"])
    keys, distinct = np.unique(part["key"][first], return_counts=True)
    n = np.zeros(len(keys), np.int64)
    n[np.searchsorted(keys, part["key"])] = part["n"]
    return keys[distinct > np.maximum(10, cfg.contact_diversity * n)]


def accept_frequent(rare: Part, frequent: Part, failed: np.ndarray) -> Part:
    """Rare-key edges, then the chains of frequent keys that passed, ordered by first appearance."""
    if not frequent or rows(frequent) == 0:
        return rare
    ok = ~np.isin(frequent["key"], failed)
    f = take(frequent, np.flatnonzero(ok))
    order = np.lexsort((f["g"], f["korder"]))
    f = take(f, order)
    same = f["key"][1:] == f["key"][:-1]
    chained = _contact_part(
        f["g"][:-1][same],
        f["g"][1:][same],
        f["kind"][:-1][same],
        f["key"][:-1][same],
        f["korder"][:-1][same],
        1,
    )
    return concat([rare, chained])


def contact_groups(home: Home, labels: dict[str, np.ndarray], g0: int) -> np.ndarray:
    has = np.fromiter((bool(k) for k in home.contact_keys), bool, len(home.contact_keys))
    own = np.arange(g0, g0 + len(has), dtype=np.int64)
    label = labels["label"]
    return np.where(label >= 0, label, np.where(has, own, -1))


# --- templates -----------------------------------------------------------------------------------------


def _shingles(home: Home, cfg: LinkConfig) -> tuple[np.ndarray, np.ndarray]:
    tokens = np.concatenate(home.tokens).astype(np.uint32) if home.tokens else np.empty(0, np.uint32)
    counts = np.fromiter((len(t) for t in home.tokens), np.int64, len(home.tokens))
    return shingles(tokens, np.concatenate(([0], np.cumsum(counts))), cfg.shingle_size)


def shingle_records(home: Home, g0: int, group: np.ndarray, cfg: LinkConfig) -> Part:
    values, owner = _shingles(home, cfg)
    pairs = unique((owner.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64))
    owner = (pairs >> np.uint64(32)).astype(np.int64)
    return {
        "value": (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64),
        "g": owner + g0,
        "cg": group[owner],
    }


def boilerplate_bucket(part: Part, cfg: LinkConfig) -> np.ndarray:
    if not part or rows(part) == 0:
        return np.empty(0, np.uint32)
    ads, owner = np.unique(part["g"], return_inverse=True)
    group = np.full(len(ads), -1, np.int64)
    group[owner] = part["cg"]
    known = group >= 0
    group[known] = np.unique(group[known], return_inverse=True)[1]
    common: np.ndarray = boilerplate_shingles(part["value"].astype(np.uint32), owner, group, cfg)
    return common


def signatures(home: Home, common: np.ndarray, cfg: LinkConfig) -> tuple[np.ndarray, np.ndarray]:
    values, owner = _shingles(home, cfg)
    if len(values):
        keep = ~np.isin(values, common)
        values, owner = values[keep], owner[keep]
    return minhash(values, owner, len(home.ids), cfg)


def band_records(signature: tuple[np.ndarray, np.ndarray], g0: int, cfg: LinkConfig) -> Part:
    sig, counts = signature
    eligible = np.flatnonzero(counts >= cfg.min_shingles)
    rows_per_band = cfg.num_perm // cfg.bands
    bands, keys = [], []
    for band in range(cfg.bands):
        block = sig[eligible, band * rows_per_band : (band + 1) * rows_per_band].astype(np.uint64)
        key = np.full(len(eligible), np.uint64(band))
        for r in range(rows_per_band):
            key = key * np.uint64(0x100000001B3) ^ block[:, r]
        bands.append(np.full(len(eligible), band, np.int64))
        keys.append(key.view(np.int64))
    return {
        "band": np.concatenate(bands),
        "key": np.concatenate(keys),
        "g": np.tile(eligible.astype(np.int64) + g0, cfg.bands),
    }


def band_bucket(part: Part) -> Part:
    """Candidate pairs: neighbours at distance 1 and 2 in each (band, key) group sorted by ad."""
    if not part or rows(part) == 0:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64)}
    order = np.lexsort((part["g"], part["key"], part["band"]))
    band, key, g = part["band"][order], part["key"][order], part["g"][order]
    new = np.ones(len(g), bool)
    new[1:] = (band[1:] != band[:-1]) | (key[1:] != key[:-1])
    group = np.cumsum(new)
    a, b = [], []
    for step in (1, 2):
        same = group[:-step] == group[step:]
        a.append(g[:-step][same])
        b.append(g[step:][same])
    return {"a": np.concatenate(a), "b": np.concatenate(b)}


def attach_signature(part: Part, signature: tuple[np.ndarray, np.ndarray], g0: int) -> Part:
    sig, counts = signature
    if not part or rows(part) == 0:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64), "sa": sig[:0], "ca": counts[:0]}
    first = unique_pairs(part["a"], part["b"])
    a, b = part["a"][first], part["b"][first]
    return {"a": a, "b": b, "sa": sig[a - g0], "ca": counts[a - g0]}


def similar_pairs(part: Part, signature: tuple[np.ndarray, np.ndarray], g0: int, cfg: LinkConfig) -> Part:
    sig, counts = signature
    if not part or rows(part) == 0:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64), "detail": np.empty(0, np.int64)}
    b = part["b"]
    similar = (part["sa"] == sig[b - g0]).mean(axis=1)
    shared = similar * (part["ca"] + counts[b - g0]) / (1.0 + similar)
    ok = (similar >= cfg.template_jaccard) & (shared >= cfg.template_min_shared)
    return {"a": part["a"][ok], "b": b[ok], "detail": (similar[ok] * 1000).astype(np.int64)}


# --- photos --------------------------------------------------------------------------------------------


def entry_records(home: Home, g0: int, e0: int) -> Part:
    ads = [g0 + i for i, images in enumerate(home.images) for _ in images]
    data = b"".join(b"".join(images) for images in home.images)
    return {
        "e": np.arange(e0, e0 + len(ads), dtype=np.int64),
        "g": _i64(ads),
        "pdq": np.frombuffer(data, np.uint8).reshape(-1, 32).copy(),
    }


def photo_table_records(entries: Part, cfg: LinkConfig) -> Part:
    rng = np.random.default_rng(cfg.seed)
    pdq = entries["pdq"]
    keys = []
    for table in range(cfg.pdq_tables):
        cols = rng.choice(32, 3, replace=False)
        key = (
            (pdq[:, cols[0]].astype(np.int64) << 16)
            | (pdq[:, cols[1]].astype(np.int64) << 8)
            | pdq[:, cols[2]].astype(np.int64)
        )
        keys.append(key | (table << 24))
    repeat = cfg.pdq_tables
    return {
        "key": np.concatenate(keys) if keys else np.empty(0, np.int64),
        "e": np.tile(entries["e"], repeat),
        "g": np.tile(entries["g"], repeat),
        "pdq": np.tile(pdq, (repeat, 1)),
    }


def photo_bucket(part: Part, cfg: LinkConfig) -> Part:
    """Near-duplicate pairs among consecutive entries of each LSH key (entries sorted by index)."""
    empty = {name: np.empty(0, np.int64) for name in ("ea", "eb", "ga", "gb", "dist")}
    if not part or rows(part) < 2:
        return empty
    order = np.lexsort((part["e"], part["key"]))
    key, e, g, pdq = part["key"][order], part["e"][order], part["g"][order], part["pdq"][order]
    same = np.flatnonzero(key[1:] == key[:-1])
    words = pdq.view(">u8").reshape(len(e), 4)
    distance = np.bitwise_count(words[same] ^ words[same + 1]).sum(axis=1).astype(np.int64)
    close = distance <= cfg.pdq_threshold
    i = same[close]
    return {"ea": e[i], "eb": e[i + 1], "ga": g[i], "gb": g[i + 1], "dist": distance[close]}


def distinct_pairs(part: Part) -> Part:
    if not part or rows(part) == 0:
        return part
    return take(part, unique_pairs(part["ea"], part["eb"]))


def as_edges(part: Part, a: str, b: str) -> Part:
    if not part:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64)}
    return {"a": part[a], "b": part[b]}


def image_edges(part: Part) -> Part:
    """Pairs between different ads, with (a, b) the ads."""
    if not part or rows(part) == 0:
        return {name: np.empty(0, np.int64) for name in ("a", "b", "dist", "ea", "eb")}
    between = part["ga"] != part["gb"]
    p = take(part, np.flatnonzero(between))
    return {"a": p["ga"], "b": p["gb"], "dist": p["dist"], "ea": p["ea"], "eb": p["eb"]}


def members(entries: Part) -> Part:
    """Distinct (ad, photo group) of one home partition, sorted by ad then photo."""
    if not entries or rows(entries) == 0:
        return {"g": np.empty(0, np.int64), "photo": np.empty(0, np.int64)}
    first = unique_pairs(entries["g"], entries["photo"])
    return {"g": entries["g"][first], "photo": entries["photo"][first]}


def count_table(part: Part) -> Part:
    if not part or rows(part) == 0:
        return {"key": np.empty(0, np.int64), "count": np.empty(0, np.int64)}
    keys, counts = np.unique(part["photo"], return_counts=True)
    return {"key": keys, "count": counts.astype(np.int64)}


def photo_pair_records(member: Part, cfg: LinkConfig) -> Part:
    ad, photo = member["g"], member["photo"]
    p1, p2, owner = [], [], []
    for step in range(1, cfg.photo_pair_per_ad):
        same = ad[:-step] == ad[step:]
        if not same.any():
            break
        p1.append(photo[:-step][same])
        p2.append(photo[step:][same])
        owner.append(ad[:-step][same])
    if not p1:
        return {name: np.empty(0, np.int64) for name in ("p1", "p2", "g", "key")}
    a, b = np.concatenate(p1), np.concatenate(p2)
    return {"p1": a, "p2": b, "g": np.concatenate(owner), "key": (a << 32) | b}


def photo_pair_bucket(part: Part, ads_with_photos: int, cfg: LinkConfig) -> Part:
    """`photo_pairs`: ads that share the same two photo groups more often than chance predicts."""
    if not part or rows(part) < 2:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64)}
    grouped, starts, sizes = _groups(part["key"], part["g"])
    order = np.lexsort((part["g"], part["key"]))
    c1 = part["c1"][order][starts].astype(np.float64)
    c2 = part["c2"][order][starts].astype(np.float64)
    expected = c1 * c2 / ads_with_photos
    keep = (sizes >= 2) & (sizes >= cfg.photo_pair_lift * expected)
    a, b, _ = _chain(grouped, starts, sizes, keep)
    return {"a": a.astype(np.int64), "b": b.astype(np.int64)}


def member_clusters(member: Part, cluster: np.ndarray, g0: int) -> Part:
    return {"photo": member["photo"], "g": member["g"], "cl": cluster[member["g"] - g0]}


def stock_bucket(part: Part, images: Part, cfg: LinkConfig) -> tuple[Part, Part]:
    """`stock_evidence` for the photo groups of this bucket: the image edges of the photos kept (linked and
    not stock) and a table photo -> kept."""
    empty_table = {"key": np.empty(0, np.int64), "keep": np.empty(0, bool)}
    if not images or rows(images) == 0:
        return images, empty_table
    photos, inverse = np.unique(part["photo"], return_inverse=True)
    has = part["cl"] >= 0
    with_contact = np.bincount(inverse[has], minlength=len(photos))
    photo_of, cluster = inverse[has], part["cl"][has]
    groups = np.bincount(photo_of[unique_pairs(photo_of, cluster)], minlength=len(photos))
    stock = groups > np.maximum(cfg.stock_groups_min, cfg.stock_diversity * with_contact)
    linked = np.unique(images["photo"])
    keep = ~stock[np.searchsorted(photos, linked)]
    kept = take(images, np.flatnonzero(np.isin(images["photo"], linked[keep])))
    return kept, {"key": linked, "keep": keep}


def cluster_of(home: Home, labels: dict[str, np.ndarray], group: np.ndarray, g0: int) -> np.ndarray:
    """`_clusters`: the component of an ad with evidence, else its contact group's mark, else -1."""
    label = labels["label"]
    own = np.arange(g0, g0 + len(label), dtype=np.int64)
    return np.where(label >= 0, label, np.where(group >= 0, own, -1))


def style_of(labels: dict[str, np.ndarray]) -> np.ndarray:
    return labels["label"]


# --- contacts scattered over styles ----------------------------------------------------------------------


def endpoints(part: Part) -> Part:
    if not part or rows(part) == 0:
        return {"g": np.empty(0, np.int64)}
    return {"g": np.unique(np.concatenate((part["a"], part["b"])))}


def drop_scattered(part: Part, styled: Part, cfg: LinkConfig) -> Part:
    if not part or rows(part) == 0:
        return part
    order = np.argsort(styled["g"])
    ads, style = styled["g"][order], styled["style"][order]
    keys, local_key = np.unique(part["key"], return_inverse=True)
    local = Edges(
        np.searchsorted(ads, part["a"]),
        np.searchsorted(ads, part["b"]),
        part["kind"],
        local_key.astype(np.int64),
    )
    del keys
    return take(part, np.flatnonzero(scattered_contacts(local, style, cfg)))


# --- the evidence graph and its communities ------------------------------------------------------------


def _graph_part(
    a: np.ndarray, b: np.ndarray, block: int, o1: np.ndarray, o2: np.ndarray, w: np.ndarray
) -> Part:
    return {"a": a, "b": b, "blk": np.full(len(a), block, np.int64), "o1": o1, "o2": o2, "w": w}


def contact_members(part: Part) -> Part:
    if not part or rows(part) == 0:
        return _graph_part(*(np.empty(0, np.int64),) * 2, 0, *(np.empty(0, np.int64),) * 2, np.empty(0))
    korders, ads = np.concatenate((part["korder"],) * 2), np.concatenate((part["a"], part["b"]))
    first = unique_pairs(korders, ads)
    korder, ad = korders[first], ads[first]
    return _graph_part(ad, EVIDENCE | korder, 0, korder, ad, np.ones(len(ad)))


def photo_members(member: Part) -> Part:
    kept = np.flatnonzero(member["keep"]) if member else np.empty(0, np.int64)
    ad, photo = member["g"][kept], member["photo"][kept]
    return _graph_part(ad, (2 * EVIDENCE) | photo, 1, photo, ad, np.ones(len(ad)))


def template_graph(part: Part) -> Part:
    return _graph_part(part["a"], part["b"], 2, part["a"], part["b"], part["detail"] / 1000.0)


def communities_bucket(part: Part, cfg: LinkConfig) -> tuple[Part, int]:
    """Whole connected components of the evidence graph, each cut by `split_weak_bridges` with its
    vertices and edges in the single-process order; per ad, its network's first ad and size."""
    empty = {"key": np.empty(0, np.int64), "net": np.empty(0, np.int64), "size": np.empty(0, np.int64)}
    if not part or rows(part) == 0:
        return empty, 0
    vertices = np.unique(np.concatenate((part["a"], part["b"])))
    order = np.lexsort((part["o2"], part["o1"], part["blk"]))
    p = take(part, order)
    a, b = np.searchsorted(vertices, p["a"]), np.searchsorted(vertices, p["b"])
    piece = p["b"].copy()
    is_template = p["blk"] == 2
    piece[is_template] = TEMPLATE_PIECE - np.arange(int(is_template.sum()), dtype=np.int64)
    labels = split_weak_bridges(len(vertices), a, b, p["w"], piece, cfg.communities)
    comp = np.zeros(len(vertices), np.int64)
    comp[a] = p["comp"]
    comp[b] = p["comp"]
    biggest = int(np.unique(comp, return_counts=True)[1].max())
    ads = vertices < EVIDENCE
    g, label = vertices[ads], labels[ads]
    names, first, size = np.unique(label, return_index=True, return_counts=True)
    position = np.searchsorted(names, label)
    return {"key": g, "net": g[first][position], "size": size[position].astype(np.int64)}, biggest


# --- output --------------------------------------------------------------------------------------------


def network_ranks(nets: dict[str, np.ndarray], g0: int, base: int) -> np.ndarray:
    own = np.arange(g0, g0 + len(nets["net"]), dtype=np.int64)
    root = (nets["net"] == own) & (nets["size"] >= 2)
    return np.where(root, base + np.cumsum(root) - 1, -1)


def roots(nets: dict[str, np.ndarray], g0: int) -> int:
    own = np.arange(g0, g0 + len(nets["net"]), dtype=np.int64)
    return int(((nets["net"] == own) & (nets["size"] >= 2)).sum())


def template_ranks(labels: dict[str, np.ndarray], g0: int, base: int) -> np.ndarray:
    own = np.arange(g0, g0 + len(labels["label"]), dtype=np.int64)
    root = labels["label"] == own
    return np.where(root, base + np.cumsum(root) - 1, -1)


def template_roots(labels: dict[str, np.ndarray], g0: int) -> int:
    own = np.arange(g0, g0 + len(labels["label"]), dtype=np.int64)
    return int((labels["label"] == own).sum())


def ads_of(nets: dict[str, np.ndarray], g0: int) -> Part:
    return {"g": np.arange(g0, g0 + len(nets["net"]), dtype=np.int64), "net": nets["net"]}


def output_edges(part: Part, block: int) -> Part:
    """Contacts (block 0), templates (1) and photos (2) as output links, with their single-process order."""
    n = rows(part) if part else 0
    if n == 0:
        names = ("a", "b", "kind", "detail", "blk", "o1", "o2")
        return {name: np.empty(0, np.int8 if name == "kind" else np.int64) for name in names}
    if block == 0:
        kind, detail = part["kind"], part["key"]
        o1, o2 = (part["freq"] << 61) | part["korder"], part["a"]
    elif block == 1:
        kind, detail, o1, o2 = (
            np.full(n, KIND_CODE["template"], np.int8),
            part["detail"],
            part["a"],
            part["b"],
        )
    else:
        kind, detail, o1, o2 = np.full(n, KIND_CODE["image"], np.int8), part["dist"], part["ea"], part["eb"]
    return {
        "a": part["a"],
        "b": part["b"],
        "kind": kind.astype(np.int8),
        "detail": detail.astype(np.int64),
        "blk": np.full(n, block, np.int64),
        "o1": o1.astype(np.int64),
        "o2": o2.astype(np.int64),
    }


def same_network(part: Part) -> Part:
    if not part or rows(part) == 0:
        return part
    return take(part, np.flatnonzero(part["net_a"] == part["net_b"]))


def doubled(part: Part) -> Part:
    if not part or rows(part) == 0:
        return {}
    n = rows(part)
    out = {name: np.concatenate((part[name],) * 2) for name in ("kind", "detail", "blk", "o1", "o2")}
    out["src"] = np.concatenate((part["a"], part["b"]))
    out["dst"] = np.concatenate((part["b"], part["a"]))
    out["half"] = np.repeat(np.arange(2, dtype=np.int64), n)
    return out


def kind_counts(part: Part) -> np.ndarray:
    if not part or rows(part) == 0:
        return np.zeros(len(KIND_NAMES), np.int64)
    return np.bincount(part["kind"].astype(np.int64), minlength=len(KIND_NAMES))


def id_array(home: Home) -> np.ndarray:
    return _objects(home.ids)


def write_home(
    links: Part,
    home: Home,
    g0: int,
    nets: dict[str, np.ndarray],
    net_rank: np.ndarray,
    template_rank: np.ndarray,
) -> str:
    """The output lines of one home partition, exactly as `link_ads` writes them."""
    n = len(home.ids)
    if links and rows(links):
        order = np.lexsort(
            (links["o2"], links["o1"], links["blk"], links["half"], links["dst"], links["src"])
        )
        src, to_id = links["src"][order] - g0, links["to_id"][order]
        kind, detail = links["kind"][order], links["detail"][order]
    else:
        src, to_id = np.empty(0, np.int64), np.empty(0, object)
        kind, detail = np.empty(0, np.int8), np.empty(0, np.int64)
    starts = np.searchsorted(src, np.arange(n + 1))
    key_names = {_hash64(name): name for keys in home.contact_keys for name in keys}
    template_names = [f"T{r + 1}" if r >= 0 else None for r in template_rank.tolist()]
    lines = []
    for index in range(n):
        out = []
        seen: set[tuple[str, int]] = set()
        for j in range(starts[index], min(starts[index + 1], starts[index] + 4 * MAX_LINKS_PER_AD)):
            other, k = str(to_id[j]), int(kind[j])
            if (other, k) in seen:
                continue
            seen.add((other, k))
            name = KIND_NAMES[k]
            if name in ("phone", "email", "handle"):
                evidence = key_names[int(detail[j])].split(":", 1)[1]
            elif name == "template":
                evidence = (
                    f"same template {template_names[index]} (text similarity {int(detail[j]) / 1000:.2f})"
                )
            else:
                evidence = f"same photo (PDQ distance {int(detail[j])})"
            out.append({"to": other, "by": name, "evidence": evidence})
            if len(out) >= MAX_LINKS_PER_AD:
                break
        rank = int(net_rank[index])
        network = f"N{rank + 1}" if rank >= 0 and nets["size"][index] >= 2 else None
        head = json.dumps(
            {"id": home.ids[index], "network": network, "template": template_names[index]}, ensure_ascii=False
        )
        partial = home.partial_json[index]
        lines.append(
            f'{head[:-1]}, {partial.rstrip()[1:-1]}, "links": {json.dumps(out, ensure_ascii=False)}}}\n'
        )
    return "".join(lines)
