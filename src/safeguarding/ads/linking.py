"""Pass 2 of linking: turn compact per-ad features into evidence edges and networks.

Nothing here is quadratic. Every source of evidence produces candidate pairs by grouping (sorting) keys
and chaining consecutive members of a group, so a group of m ads yields m - 1 pairs, and the networks are
the connected components of the accepted edges (scipy's union-find-like `connected_components`).

Evidence and its rarity weighting:
- contacts (phone, email, handle): shared by 2..`contact_df_max` ads -> linked. A contact shared by more ads
  is accepted only if it is corroborated: its ads already fall into few networks built from other evidence
  (the `dispersion` test). A site-wide number in thousands of unrelated ads fails it.
- templated text: word 3-shingles of the slot-masked text; a shingle in more than `shingle_df_max` ads whose
  ads belong to more than `shingle_groups_max` contact groups (or to groups numbering over
  `shingle_diversity` x its ads) is boilerplate (site disclaimers, stock phrases) and dropped;
  MinHash LSH over the rest gives candidates;
  the template check accepts a pair when the estimated Jaccard similarity of the remaining shingles is at
  least `template_jaccard` and they share at least `template_min_shared` distinctive shingles.
- photos: PDQ hashes compared by Hamming distance (<= `pdq_threshold`), candidates from byte-sampling LSH
  tables; a photo whose ads span many clusters (contacts, templates, shared photo sets, other kept
  photos) is stock, dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from safeguarding.ads.communities import CommunityConfig

KIND_NAMES = ("phone", "email", "handle", "template", "image")
KIND_CODE = {name: code for code, name in enumerate(KIND_NAMES)}
_MERSENNE = np.uint64((1 << 61) - 1)


@dataclass(frozen=True, slots=True)
class LinkConfig:
    contact_df_max: int = 50
    contact_diversity: float = 0.2
    dispersion: float = 0.34
    shingle_size: int = 3
    shingle_df_max: int = 20
    shingle_diversity: float = 0.5
    shingle_groups_max: int = 20
    min_shingles: int = 6
    num_perm: int = 64
    bands: int = 16
    template_jaccard: float = 0.45
    template_min_shared: int = 6
    pdq_threshold: int = 31
    stock_groups_min: int = 4
    stock_diversity: float = 0.7
    stock_rounds: int = 2
    photo_pair_per_ad: int = 12
    photo_pair_lift: float = 3.0
    scattered_min_ads: int = 8
    scattered_groups_max: int = 4
    scattered_diversity: float = 0.0
    communities: CommunityConfig = field(default_factory=CommunityConfig)
    pdq_tables: int = 24
    seed: int = 7


@dataclass(slots=True)
class Edges:
    a: np.ndarray
    b: np.ndarray
    kind: np.ndarray  # int8 code into KIND_NAMES
    detail: np.ndarray  # int64: contact key id, template similarity x1000, or PDQ distance

    @staticmethod
    def empty() -> Edges:
        return Edges(
            np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int8), np.empty(0, np.int64)
        )

    @staticmethod
    def concat(parts: list[Edges]) -> Edges:
        if not parts:
            return Edges.empty()
        return Edges(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("a", "b", "kind", "detail")))

    def take(self, mask: np.ndarray) -> Edges:
        return Edges(self.a[mask], self.b[mask], self.kind[mask], self.detail[mask])


def unique(values: np.ndarray, return_counts: bool = False) -> Any:
    """Sorted distinct values (and counts) by sorting: numpy's hash-based `np.unique` is much slower on
    the large 64-bit key arrays used here."""
    ordered = np.sort(values, kind="stable" if values.dtype.kind == "b" else None)
    first = np.ones(len(ordered), bool)
    first[1:] = ordered[1:] != ordered[:-1]
    distinct = ordered[first]
    if not return_counts:
        return distinct
    starts = np.flatnonzero(first)
    return distinct, np.diff(np.append(starts, len(ordered)))


def components(n: int, edges: Edges) -> np.ndarray:
    if n == 0:
        return np.empty(0, np.int64)
    graph = coo_matrix((np.ones(len(edges.a), np.int8), (edges.a, edges.b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64)


def _groups(keys: np.ndarray, members: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sort (key, member) and return sorted members, group starts and group sizes."""
    order = np.lexsort((members, keys))
    sorted_keys, sorted_members = keys[order], members[order]
    boundaries = np.flatnonzero(np.diff(sorted_keys)) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    return sorted_members, starts, sizes


def _chain(sorted_members: np.ndarray, starts: np.ndarray, sizes: np.ndarray, keep: np.ndarray) -> tuple:
    """Consecutive pairs inside each kept group."""
    in_group = np.repeat(keep, sizes)
    first = np.zeros(len(sorted_members), bool)
    first[starts] = True
    valid = in_group[1:] & ~first[1:]
    return (
        sorted_members[:-1][valid],
        sorted_members[1:][valid],
        np.repeat(np.arange(len(sizes)), sizes)[1:][valid],
    )


def contact_edges(ad_index: np.ndarray, key_id: np.ndarray, key_kind: np.ndarray, cfg: LinkConfig) -> tuple:
    """Edges for contacts shared by few ads, and the frequent contacts to test for corroboration."""
    if len(ad_index) == 0:
        return Edges.empty(), []
    members, starts, sizes = _groups(key_id, ad_index)
    group_key = key_id[np.lexsort((ad_index, key_id))][starts]
    rare = (sizes >= 2) & (sizes <= cfg.contact_df_max)
    a, b, g = _chain(members, starts, sizes, rare)
    edges = Edges(a, b, key_kind[group_key[g]].astype(np.int8), group_key[g])
    frequent = [
        (int(group_key[i]), members[starts[i] : starts[i] + sizes[i]])
        for i in np.flatnonzero(sizes > cfg.contact_df_max)
    ]
    return edges, frequent


def shingles(token_hashes: np.ndarray, offsets: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """k-word shingles (uint32) that do not cross ad boundaries, and the ad index of each."""
    n_tokens = len(token_hashes)
    ad_of_token = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    if n_tokens < k:
        return np.empty(0, np.uint32), np.empty(0, np.int64)
    h = token_hashes.astype(np.uint64)
    mixed = np.zeros(n_tokens - k + 1, np.uint64)
    for j in range(k):
        mixed = mixed * np.uint64(0x9E3779B1) + h[j : n_tokens - k + 1 + j]
    mixed ^= mixed >> np.uint64(29)
    ok = ad_of_token[: n_tokens - k + 1] == ad_of_token[k - 1 :]
    return (mixed[ok] & np.uint64(0xFFFFFFFF)).astype(np.uint32), ad_of_token[: n_tokens - k + 1][ok]


def minhash(
    values: np.ndarray, owner: np.ndarray, n_ads: int, cfg: LinkConfig
) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (n_ads x num_perm, uint32) of the de-duplicated shingle sets, vectorised over
    all ads at once: one universal hash (a*x + b mod 2^61-1) per permutation and a segmented minimum."""
    rng = np.random.default_rng(cfg.seed)
    a = rng.integers(1, (1 << 61) - 1, cfg.num_perm, dtype=np.uint64)
    b = rng.integers(0, (1 << 61) - 1, cfg.num_perm, dtype=np.uint64)
    pairs = unique((owner.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64))
    owner = (pairs >> np.uint64(32)).astype(np.int64)
    values = (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint64)
    counts = np.bincount(owner, minlength=n_ads)
    sig = np.full((n_ads, cfg.num_perm), np.iinfo(np.uint32).max, np.uint32)
    if len(values) == 0:
        return sig, counts
    present = np.flatnonzero(counts)
    starts = np.concatenate(([0], np.cumsum(counts[present])[:-1]))
    for p in range(cfg.num_perm):
        # 32-bit inputs times a 61-bit multiplier wrap modulo 2^64; taking the top bits keeps it universal
        hashed = ((values * a[p] + b[p]) >> np.uint64(32)).astype(np.uint32)
        sig[present, p] = np.minimum.reduceat(hashed, starts)
    return sig, counts


def template_edges(sig: np.ndarray, counts: np.ndarray, cfg: LinkConfig) -> Edges:
    eligible = np.flatnonzero(counts >= cfg.min_shingles)
    if len(eligible) < 2:
        return Edges.empty()
    rows = cfg.num_perm // cfg.bands
    cand_a, cand_b = [], []
    for band in range(cfg.bands):
        block = sig[eligible, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.full(len(eligible), np.uint64(band))
        for r in range(rows):
            key = key * np.uint64(0x100000001B3) ^ block[:, r]
        members, _, sizes = _groups(key, eligible)
        for step in (1, 2):
            a, b = members[:-step], members[step:]
            group_of = np.repeat(np.arange(len(sizes)), sizes)
            same = group_of[:-step] == group_of[step:]
            cand_a.append(a[same])
            cand_b.append(b[same])
    a = np.concatenate(cand_a)
    b = np.concatenate(cand_b)
    pair = unique(np.minimum(a, b) * len(sig) + np.maximum(a, b))
    a, b = pair // len(sig), pair % len(sig)
    similar = np.empty(len(a), np.float64)
    for lo in range(0, len(a), 100_000):
        hi = lo + 100_000
        similar[lo:hi] = (sig[a[lo:hi]] == sig[b[lo:hi]]).mean(axis=1)
    shared = similar * (counts[a] + counts[b]) / (1.0 + similar)
    ok = (similar >= cfg.template_jaccard) & (shared >= cfg.template_min_shared)
    return Edges(
        a[ok],
        b[ok],
        np.full(int(ok.sum()), KIND_CODE["template"], np.int8),
        (similar[ok] * 1000).astype(np.int64),
    )


def photo_groups(
    image_ad: np.ndarray, image_bytes: np.ndarray, cfg: LinkConfig
) -> tuple[Edges, np.ndarray, np.ndarray]:
    """Near-duplicate photos: edges between ads whose photos are within `pdq_threshold` bits (detail: the
    distance), the photo group of each edge, and the photo group of every image entry (connected
    components of the near-duplicate pairs; an entry without a near copy is a group of its own)."""
    m = len(image_ad)
    if m < 2:
        return Edges.empty(), np.zeros(0, np.int64), np.arange(m, dtype=np.int64)
    rng = np.random.default_rng(cfg.seed)
    words = image_bytes.view(">u8").reshape(m, 4)
    cand_a, cand_b = [], []
    members_all = np.arange(m)
    for _ in range(cfg.pdq_tables):
        cols = rng.choice(32, 3, replace=False)
        key = (
            (image_bytes[:, cols[0]].astype(np.uint64) << np.uint64(16))
            | (image_bytes[:, cols[1]].astype(np.uint64) << np.uint64(8))
            | image_bytes[:, cols[2]].astype(np.uint64)
        )
        members, _, sizes = _groups(key, members_all)
        group_of = np.repeat(np.arange(len(sizes)), sizes)
        same = group_of[:-1] == group_of[1:]
        cand_a.append(members[:-1][same])
        cand_b.append(members[1:][same])
    a, b = np.concatenate(cand_a), np.concatenate(cand_b)
    pair = unique(np.minimum(a, b) * m + np.maximum(a, b))
    a, b = pair // m, pair % m
    distance = np.bitwise_count(words[a] ^ words[b]).sum(axis=1)
    close = distance <= cfg.pdq_threshold
    a, b, distance = a[close], b[close], distance[close]
    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(m, m))
    _, photo = connected_components(graph, directed=False)
    photo = photo.astype(np.int64)
    between_ads = image_ad[a] != image_ad[b]
    edges = Edges(
        image_ad[a][between_ads],
        image_ad[b][between_ads],
        np.full(int(between_ads.sum()), KIND_CODE["image"], np.int8),
        distance[between_ads].astype(np.int64),
    )
    return edges, photo[a][between_ads], photo


def photo_pairs(member_ad: np.ndarray, member_photo: np.ndarray, cfg: LinkConfig) -> Edges:
    """Links between ads that carry the same two different photos (photo groups) more often than chance
    would put them together: an operator re-posting its photo set. `member_ad`/`member_photo` are
    distinct (ad, photo group) pairs; at most `photo_pair_per_ad` photos of an ad are paired.

    Two popular stock photos also meet in some ads, by chance: a pair links only when its ads number at
    least `photo_pair_lift` times what independence predicts (ads with g1 x ads with g2 / ads with photos).
    """
    if len(member_ad) < 2:
        return Edges.empty()
    order = np.lexsort((member_photo, member_ad))
    ad, photo = member_ad[order], member_photo[order]
    keys, owners = [], []
    n_photos = np.int64(int(photo.max()) + 1)
    for step in range(1, cfg.photo_pair_per_ad):
        same = ad[:-step] == ad[step:]
        if not same.any():
            break
        keys.append(photo[:-step][same] * n_photos + photo[step:][same])
        owners.append(ad[:-step][same])
    if not keys:
        return Edges.empty()
    key = np.concatenate(keys)
    members, starts, sizes = _groups(key, np.concatenate(owners))
    group_key = np.sort(key)[starts]
    ads_with = np.bincount(photo, minlength=int(n_photos)).astype(np.float64)
    expected = ads_with[group_key // n_photos] * ads_with[group_key % n_photos] / len(np.unique(ad))
    keep = (sizes >= 2) & (sizes >= cfg.photo_pair_lift * expected)
    a, b, _ = _chain(members, starts, sizes, keep)
    return Edges(a, b, np.full(len(a), KIND_CODE["image"], np.int8), np.zeros(len(a), np.int64))


def cluster_spread(member_key: np.ndarray, member_ad: np.ndarray, cluster: np.ndarray) -> np.ndarray:
    """For each key (photo group), the number of distinct clusters (>= 0) its ads belong to."""
    n_keys = int(member_key.max()) + 1 if len(member_key) else 0
    group = cluster[member_ad]
    has = group >= 0
    pairs = unique((member_key[has].astype(np.uint64) << np.uint64(32)) | group[has].astype(np.uint64))
    return np.bincount((pairs >> np.uint64(32)).astype(np.int64), minlength=n_keys)


def stock_evidence(
    member_key: np.ndarray, member_ad: np.ndarray, cluster: np.ndarray, cfg: LinkConfig
) -> np.ndarray:
    """Keys (photo groups) whose ads belong to many different clusters: stock photos shared by unrelated
    advertisers. `cluster[ad]` is the ad's group from evidence other than this photo (contacts, templates,
    photos kept inside one group) or -1. A network's own photo is used by ads that its rotating phones,
    templates and other photos already join, or that carry no phone at all, and is kept."""
    n_keys = int(member_key.max()) + 1 if len(member_key) else 0
    with_contact = np.bincount(member_key[cluster[member_ad] >= 0], minlength=n_keys)
    groups = cluster_spread(member_key, member_ad, cluster)
    return groups > np.maximum(cfg.stock_groups_min, cfg.stock_diversity * with_contact)


def frequent_contact_ok(
    members: np.ndarray, key: int, ad_keys: tuple[np.ndarray, np.ndarray], cfg: LinkConfig
) -> bool:
    """A contact in many ads belongs to one operator when those ads carry few other contacts; a site-wide
    number printed beside every advertiser's own number fails this."""
    starts, keys = ad_keys
    others = np.concatenate([keys[starts[m] : starts[m + 1]] for m in members])
    distinct = len(unique(others[others != key]))
    return distinct <= max(10, cfg.contact_diversity * len(members))


def boilerplate_shingles(
    values: np.ndarray, owner: np.ndarray, contact_group: np.ndarray, cfg: LinkConfig
) -> np.ndarray:
    """Shingles used by more than `shingle_df_max` ads whose ads belong to many different contact groups
    (more than `shingle_groups_max`, or more than `shingle_diversity` x the ads with a contact).

    `contact_group[ad]` is the ad's group from contact evidence alone, or -1 for an ad without contacts.
    A template reused by one big operator keeps (its ads share few contact groups); a disclaimer or stock
    phrase printed by many unrelated advertisers is dropped.
    """
    pairs = unique((owner.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64))
    distinct_values = (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    vocab, df = unique(distinct_values, return_counts=True)
    frequent = vocab[df > cfg.shingle_df_max]
    if len(frequent) == 0:
        return frequent
    pair_owner = (pairs >> np.uint64(32)).astype(np.int64)
    in_frequent = np.isin(distinct_values, frequent)
    v, g = distinct_values[in_frequent], contact_group[pair_owner[in_frequent]]
    with_contact = g >= 0
    v, g = v[with_contact], g[with_contact]
    ads_with_contact = np.bincount(np.searchsorted(frequent, v), minlength=len(frequent))
    vg = unique((v.astype(np.uint64) << np.uint64(32)) | g.astype(np.uint64))
    groups = np.bincount(
        np.searchsorted(frequent, (vg >> np.uint64(32)).astype(np.uint32)), minlength=len(frequent)
    )
    spread = (groups > cfg.shingle_diversity * np.maximum(ads_with_contact, 1)) | (
        groups > cfg.shingle_groups_max
    )
    return frequent[spread | (ads_with_contact < 3)]


def scattered_contacts(contact: Edges, style: np.ndarray, cfg: LinkConfig) -> np.ndarray:
    """Mask over contact edges: False for a contact whose ads carry many different templates and photos.

    `style[ad]` is the ad's group from template and photo links alone, or -1 for an ad with neither. A
    contact shared by `scattered_min_ads` or more ads whose styled ads fall into more than
    max(`scattered_groups_max`, `scattered_diversity` x those ads) style groups joins unrelated advertisers: a
    site-wide number, or a number from a tiny range reserved for fiction that test corpora reuse by
    chance. An operator's number keeps: its ads share the operator's template or photos.
    """
    if len(contact.a) == 0:
        return np.ones(0, bool)
    key = np.concatenate((contact.detail, contact.detail))
    ad = np.concatenate((contact.a, contact.b))
    pairs = unique((key.astype(np.uint64) << np.uint64(32)) | ad.astype(np.uint64))
    key, ad = (pairs >> np.uint64(32)).astype(np.int64), (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
    keys, size = unique(key, return_counts=True)
    big = keys[size >= cfg.scattered_min_ads]
    if len(big) == 0:
        return np.ones(len(contact.a), bool)
    in_big = np.isin(key, big)
    key, group = key[in_big], style[ad[in_big]]
    styled = group >= 0
    key, group = key[styled], group[styled]
    position = np.searchsorted(big, key)
    with_style = np.bincount(position, minlength=len(big))
    distinct = unique((key.astype(np.uint64) << np.uint64(32)) | group.astype(np.uint64))
    groups = np.bincount(
        np.searchsorted(big, (distinct >> np.uint64(32)).astype(np.int64)), minlength=len(big)
    )
    scattered = big[groups > np.maximum(cfg.scattered_groups_max, cfg.scattered_diversity * with_style)]
    return ~np.isin(contact.detail, scattered)
