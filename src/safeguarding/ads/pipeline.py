"""`link_ads`: the streaming two-pass linker behind `safeguarding ads link`.

Pass 1 reads the input in chunks, extracts contacts, indicators and compact features (in worker processes
when `workers > 1`), and writes each ad's output fields to a temporary file. The linker then works on
numpy arrays only. Pass 2 reads the temporary file back in input order and writes one output line per
accepted ad with its network, template and links. Memory holds per ad a few integers, its id and its
feature arrays; it never holds the texts or anything quadratic.
"""

from __future__ import annotations

import json
import multiprocessing
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import IO

import numpy as np

from safeguarding.ads.communities import TEMPLATE_PIECE, split_weak_bridges
from safeguarding.ads.features import ChunkResult, Settings, process_chunk
from safeguarding.ads.linking import (
    KIND_CODE,
    KIND_NAMES,
    Edges,
    LinkConfig,
    boilerplate_shingles,
    components,
    contact_edges,
    frequent_contact_ok,
    minhash,
    photo_groups,
    photo_pairs,
    scattered_contacts,
    shingles,
    stock_evidence,
    template_edges,
)

CHUNK_LINES = 1000
MAX_LINKS_PER_AD = 20
Reporter = Callable[[int, str, str], None]  # (line number, "error"|"warning", message)


@dataclass
class LinkStats:
    lines: int = 0
    ads: int = 0
    rejected: int = 0
    warnings: int = 0
    networks: int = 0
    ads_in_networks: int = 0
    edges: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


class _Collected:
    def __init__(self) -> None:
        self.ids: list[str] = []
        self.first_line: dict[str, int] = {}
        self.key_ids: dict[str, int] = {}
        self.contact_ad: list[np.ndarray] = []
        self.contact_key: list[np.ndarray] = []
        self.tokens: list[np.ndarray] = []
        self.token_counts: list[np.ndarray] = []
        self.image_ad: list[np.ndarray] = []
        self.image_bytes: list[bytes] = []


def _chunks(stream: IO[bytes], settings: Settings) -> Iterator[tuple[int, list[bytes], Settings]]:
    lines: list[bytes] = []
    first = 1
    for number, raw in enumerate(stream, start=1):
        if not lines:
            first = number
        lines.append(raw)
        if len(lines) >= CHUNK_LINES:
            yield first, lines, settings
            lines = []
    if lines:
        yield first, lines, settings


def _results(stream: IO[bytes], settings: Settings, workers: int) -> Iterator[ChunkResult]:
    if workers <= 1:
        for chunk in _chunks(stream, settings):
            yield process_chunk(chunk)
        return
    with Pool(workers, context=multiprocessing.get_context("fork")) as pool:
        pending: deque[AsyncResult[ChunkResult]] = deque()
        for chunk in _chunks(stream, settings):
            pending.append(pool.apply_async(process_chunk, (chunk,)))
            if len(pending) >= 3 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _collect(result: ChunkResult, col: _Collected, temp: IO[str], report: Reporter, stats: LinkStats) -> None:
    messages = [(line_no, "error", message) for line_no, message in result.errors]
    messages += [(line_no, "warning", message) for line_no, message in result.warnings]
    keep_tokens: list[np.ndarray] = []
    for i, ad_id in enumerate(result.ids):
        line_no = result.line_numbers[i]
        if ad_id in col.first_line:
            first = col.first_line[ad_id]
            messages.append(
                (line_no, "error", f"duplicate id {ad_id!r} (first seen on line {first}); line skipped")
            )
            continue
        index = len(col.ids)
        col.first_line[ad_id] = line_no
        col.ids.append(ad_id)
        temp.write(result.partial_json[i] + "\n")
        keys = [col.key_ids.setdefault(k, len(col.key_ids)) for k in result.contact_keys[i]]
        if keys:
            col.contact_ad.append(np.full(len(keys), index, np.int64))
            col.contact_key.append(np.asarray(keys, np.int64))
        keep_tokens.append(result.token_hashes[i])
        if result.images[i]:
            col.image_ad.append(np.full(len(result.images[i]), index, np.int64))
            col.image_bytes.extend(result.images[i])
    for line_no, level, message in sorted(messages, key=lambda m: m[0]):
        report(line_no, level, message)
        if level == "error":
            stats.rejected += 1
        else:
            stats.warnings += 1
    if keep_tokens:
        col.tokens.append(np.concatenate(keep_tokens))
        col.token_counts.append(np.fromiter((len(t) for t in keep_tokens), np.int64, len(keep_tokens)))


def _cat(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.empty(0, dtype)


def _link(
    col: _Collected, cfg: LinkConfig, stats: LinkStats
) -> tuple[np.ndarray, np.ndarray, Edges, list[str]]:
    n = len(col.ids)
    t0 = time.perf_counter()
    key_names = [""] * len(col.key_ids)
    for name, kid in col.key_ids.items():
        key_names[kid] = name
    key_kind = np.asarray([KIND_CODE[name.split(":", 1)[0]] for name in key_names], np.int8)
    col.key_ids.clear()
    contact_ad, contact_key = _cat(col.contact_ad, np.int64), _cat(col.contact_key, np.int64)
    contact, frequent_contacts = contact_edges(contact_ad, contact_key, key_kind, cfg)
    by_ad = np.argsort(contact_ad, kind="stable")
    ad_keys = (np.searchsorted(contact_ad[by_ad], np.arange(n + 1)), contact_key[by_ad])
    accepted = [contact]
    for key, members in frequent_contacts:
        if frequent_contact_ok(members, key, ad_keys, cfg):
            kinds = np.full(len(members) - 1, key_kind[key], np.int8)
            accepted.append(Edges(members[:-1], members[1:], kinds, np.full(len(members) - 1, key, np.int64)))
    contact = Edges.concat(accepted)
    contact_group = components(n, contact)
    has_contact = np.zeros(n, bool)
    has_contact[contact_ad] = True
    contact_group[~has_contact] = -1
    t1 = time.perf_counter()
    tokens = _cat(col.tokens, np.uint32)
    offsets = np.concatenate(([0], np.cumsum(_cat(col.token_counts, np.int64))))
    col.tokens.clear()
    values, owner = shingles(tokens, offsets, cfg.shingle_size)
    del tokens
    if len(values):
        common = boilerplate_shingles(values, owner, contact_group, cfg)
        keep = ~np.isin(values, common)
        values, owner = values[keep], owner[keep]
    sig, counts = minhash(values, owner, n, cfg)
    del values, owner
    template = template_edges(sig, counts, cfg)
    del sig
    t2 = time.perf_counter()
    image_ad = _cat(col.image_ad, np.int64)
    image_bytes = np.frombuffer(b"".join(col.image_bytes), np.uint8).reshape(-1, 32)
    image, image_photo, entry_photo = photo_groups(image_ad, image_bytes, cfg)
    t3 = time.perf_counter()
    graph = _evidence_graph(
        n, contact, image, image_photo, image_ad, entry_photo, template, contact_group, cfg
    )
    labels = split_weak_bridges(n + graph.evidence_vertices, *graph.arrays(), cfg.communities)[:n]
    edges = Edges.concat([graph.contact_edges, template, graph.photo_edges])
    same = labels[edges.a] == labels[edges.b]
    edges = edges.take(same)
    template_labels = components(n, template.take(labels[template.a] == labels[template.b]))
    stats.seconds.update(
        contacts=t1 - t0, templates=t2 - t1, images=t3 - t2, networks=time.perf_counter() - t3
    )
    stats.edges = {name: int((edges.kind == code).sum()) for code, name in enumerate(KIND_NAMES)}
    return labels, template_labels, edges, key_names


@dataclass
class _Graph:
    """The evidence graph: ads are vertices 0..n-1, each shared contact and photo a vertex after them."""

    src: list[np.ndarray] = field(default_factory=list)
    dst: list[np.ndarray] = field(default_factory=list)
    weight: list[np.ndarray] = field(default_factory=list)
    piece: list[np.ndarray] = field(default_factory=list)
    evidence_vertices: int = 0
    photo_edges: Edges = field(default_factory=Edges.empty)
    contact_edges: Edges = field(default_factory=Edges.empty)

    def add_members(self, n: int, member_ad: np.ndarray, member_key: np.ndarray) -> None:
        """Ads joined to evidence vertices; `member_key` numbered from 0 for this kind of evidence."""
        if len(member_ad) == 0:
            return
        vertex = n + self.evidence_vertices + member_key
        self.src.append(member_ad)
        self.dst.append(vertex)
        self.weight.append(np.ones(len(member_ad)))
        self.piece.append(vertex)
        self.evidence_vertices += int(member_key.max()) + 1

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        return (
            _cat(self.src, np.int64),
            _cat(self.dst, np.int64),
            _cat(self.weight, np.float64),
            _cat(self.piece, np.int64),
        )


def _members(keys: np.ndarray, ads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (key, ad) pairs with keys renumbered 0..k-1 in the order of the sorted distinct keys."""
    if len(keys) == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    pairs = np.unique(np.stack((keys, ads)), axis=1)
    _, renumbered = np.unique(pairs[0], return_inverse=True)
    return pairs[1], renumbered.astype(np.int64)


def _clusters(n: int, parts: list[Edges], contact_group: np.ndarray) -> np.ndarray:
    """Components of the given evidence; -1 for an ad with no contact group and none of that evidence."""
    joined = Edges.concat(parts)
    cluster = components(n, joined)
    known = contact_group >= 0
    known[joined.a] = known[joined.b] = True
    cluster[~known] = -1
    return cluster


def _evidence_graph(
    n: int,
    contact: Edges,
    image: Edges,
    image_photo: np.ndarray,
    image_ad: np.ndarray,
    entry_photo: np.ndarray,
    template: Edges,
    contact_group: np.ndarray,
    cfg: LinkConfig,
) -> _Graph:
    graph = _Graph()
    # Photos: near-duplicate groups used by 2+ ads, stock photos (spread over many unrelated clusters)
    # dropped. A cluster is what contacts, templates and shared photo sets (two of the same photos in
    # both ads, more often than chance) join, then also the photos kept by the previous round: an
    # operator rotating phones, or posting each ad with a new burner number, spreads its photos over
    # many contact groups, not clusters.
    photo_members = (np.empty(0, np.int64), np.empty(0, np.int64))
    if len(image.a):
        member_ad, member_photo = _members(entry_photo, image_ad)
        photo_ids = np.unique(entry_photo)
        linked = np.isin(photo_ids, np.unique(image_photo))
        photo_of_edge = np.searchsorted(photo_ids, image_photo)
        two_photos = photo_pairs(member_ad, member_photo, cfg)
        cluster = _clusters(n, [contact, template, two_photos], contact_group)
        for _ in range(cfg.stock_rounds):
            own = linked & ~stock_evidence(member_photo, member_ad, cluster, cfg)
            kept = image.take(own[photo_of_edge])
            cluster = _clusters(n, [contact, template, two_photos, kept], contact_group)
        stock = stock_evidence(member_photo, member_ad, cluster, cfg)
        keep = linked & ~stock
        kept_member = keep[member_photo]
        photo_members = _members(member_photo[kept_member], member_ad[kept_member])
        graph.photo_edges = image.take(keep[photo_of_edge])
    # Contacts: the accepted links chain each shared key's ads; a key whose ads are scattered over many
    # templates and photos is dropped (site-wide numbers, fictional numbers reused by chance).
    style = _clusters(n, [template, graph.photo_edges], np.full(n, -1, np.int64))
    contact = contact.take(scattered_contacts(contact, style, cfg))
    graph.contact_edges = contact
    keys, ads = np.concatenate((contact.detail, contact.detail)), np.concatenate((contact.a, contact.b))
    graph.add_members(n, *_members(keys, ads))
    graph.add_members(n, *photo_members)
    if len(template.a):
        graph.src.append(template.a)
        graph.dst.append(template.b)
        graph.weight.append(template.detail / 1000.0)
        graph.piece.append(TEMPLATE_PIECE - np.arange(len(template.a), dtype=np.int64))
    return graph


def _names(labels: np.ndarray, prefix: str) -> list[str | None]:
    """Components of 2+ ads get names N1, N2, ... in order of their first ad; singletons get None."""
    sizes = np.bincount(labels) if len(labels) else np.empty(0, np.int64)
    mapping: dict[int, str] = {}
    names: list[str | None] = []
    for label in labels.tolist():
        if sizes[label] < 2:
            names.append(None)
            continue
        if label not in mapping:
            mapping[label] = f"{prefix}{len(mapping) + 1}"
        names.append(mapping[label])
    return names


def _evidence(kind: int, detail: int, key_names: list[str], template_names: list[str | None], a: int) -> str:
    name = KIND_NAMES[kind]
    if name in ("phone", "email", "handle"):
        return key_names[detail].split(":", 1)[1]
    if name == "template":
        return f"same template {template_names[a]} (text similarity {detail / 1000:.2f})"
    return f"same photo (PDQ distance {detail})"


def link_ads(
    source: IO[bytes],
    sink: IO[str],
    report: Reporter,
    settings: Settings | None = None,
    config: LinkConfig | None = None,
    workers: int = 1,
) -> LinkStats:
    """Read ads (JSON Lines) from `source`, write one linked output line per accepted ad to `sink`."""
    settings = settings or Settings()
    config = config or LinkConfig()
    stats = LinkStats()
    col = _Collected()
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as temp:
        for result in _results(source, settings, workers):
            _collect(result, col, temp, report, stats)
        stats.ads = len(col.ids)
        stats.seconds["extract"] = time.perf_counter() - started
        labels, template_labels, edges, key_names = _link(col, config, stats)
        network_names = _names(labels, "N")
        template_names = _names(template_labels, "T")
        stats.networks = len({n for n in network_names if n})
        stats.ads_in_networks = sum(1 for n in network_names if n)
        src = np.concatenate((edges.a, edges.b))
        dst = np.concatenate((edges.b, edges.a))
        kind = np.concatenate((edges.kind, edges.kind))
        detail = np.concatenate((edges.detail, edges.detail))
        order = np.lexsort((dst, src))
        src, dst, kind, detail = src[order], dst[order], kind[order], detail[order]
        starts = np.searchsorted(src, np.arange(len(col.ids) + 1))
        write_started = time.perf_counter()
        temp.seek(0)
        for index, partial in enumerate(temp):
            links = []
            seen: set[tuple[int, int]] = set()
            for j in range(starts[index], min(starts[index + 1], starts[index] + 4 * MAX_LINKS_PER_AD)):
                other, k = int(dst[j]), int(kind[j])
                if (other, k) in seen or other == index:
                    continue
                seen.add((other, k))
                evidence = _evidence(k, int(detail[j]), key_names, template_names, index)
                links.append({"to": col.ids[other], "by": KIND_NAMES[k], "evidence": evidence})
                if len(links) >= MAX_LINKS_PER_AD:
                    break
            head = json.dumps(
                {"id": col.ids[index], "network": network_names[index], "template": template_names[index]},
                ensure_ascii=False,
            )
            sink.write(
                f'{head[:-1]}, {partial.rstrip()[1:-1]}, "links": {json.dumps(links, ensure_ascii=False)}}}\n'
            )
        stats.seconds["write"] = time.perf_counter() - write_started
    stats.lines = stats.ads + stats.rejected
    stats.seconds["total"] = time.perf_counter() - started
    return stats
