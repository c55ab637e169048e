"""`link_ads_on_cluster`: `ads link` distributed end to end on a Dask cluster, same output as `link_ads`.

1. Extraction per byte range of the input; duplicate ids found by a shuffle on the id.
2. Candidate pairs by shuffles on blocking keys: contacts, MinHash LSH bands, PDQ LSH table keys.
3. The whole-crawl tests (frequent and scattered contacts, boilerplate shingles, stock photos, photo sets)
   as aggregations in buckets that hold all records of a key; the clusters they need are connected
   components computed on the distributed edge list (`Exchange.components`).
4. The evidence graph's connected components, each sent whole to one task and cut there by the same
   Leiden + bridge-evidence step as the single process.
5. Output written per home partition and streamed back in input order.

The client holds per partition a few integers and the futures; per-ad data stays on the workers (which
spill to disk beyond their memory limit), and a lost worker's results are recomputed from lineage.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

import numpy as np
from distributed import Client, Future

from safeguarding.ads.cluster import steps
from safeguarding.ads.cluster.exchange import Exchange, concat
from safeguarding.ads.features import Settings
from safeguarding.ads.linking import KIND_NAMES, LinkConfig
from safeguarding.ads.pipeline import LinkStats, Reporter
from safeguarding.cluster import split_jsonlines
from safeguarding.cluster.spec import DEFAULT_PARTITION_BYTES

Echo = Callable[[str], None]
STAGES = ("extracting", "contacts", "templates", "photos", "networks", "writing")  # what `echo` is told


@dataclass
class ClusterLinkStats(LinkStats):
    biggest_component: int = 0  # vertices (ads and evidence) of the largest component cut in one task
    rounds: int = 0  # large-star/small-star rounds over all connected-components computations
    partitions: int = 0


def _quiet(_: str) -> None:
    return None


def link_ads_on_cluster(
    client: Client,
    url: str,
    sink: IO[str],
    report: Reporter,
    settings: Settings | None = None,
    config: LinkConfig | None = None,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    echo: Echo = _quiet,
) -> ClusterLinkStats:
    """Link the ads of `url` (JSON Lines, local path or fsspec URL) on the cluster of `client`; write the
    output lines to `sink` in input order, and report problems as `link_ads` does."""
    settings = settings or Settings()
    cfg = config or LinkConfig()
    stats = ClusterLinkStats()
    started = time.perf_counter()
    ranges = split_jsonlines(url, partition_bytes)
    if not ranges:
        stats.seconds["total"] = time.perf_counter() - started
        return stats
    parts = stats.partitions = len(ranges)
    # Extraction and duplicate ids (the shuffle needs no bounds: it hashes)
    ex = Exchange(client, np.arange(parts + 1, dtype=np.int64))
    echo("extracting")
    extracted = ex.map(steps.extract, ranges, [settings] * parts)
    ids = ex.map(steps.id_records, extracted, range(parts))
    dups = concat(client.gather(ex.regroup(ids, "hash", "h", steps.duplicates)))
    line_counts = client.gather(ex.map(_lines, extracted))
    line_base = np.concatenate(([0], np.cumsum(line_counts)))
    rejected = [dups["pos"][dups["part"] == p] if dups else np.empty(0, np.int64) for p in range(parts)]
    settled = ex.map(steps.settle, extracted, rejected)
    homes = ex.pick(settled, 0)
    sizes = client.gather(ex.pick(settled, 1))
    _report_messages(client, ex, extracted, dups, line_base, report, stats)
    del extracted, ids, settled
    counts = np.array([s["ads"] for s in sizes], np.int64)
    bounds = np.concatenate(([0], np.cumsum(counts)))
    e_bounds = np.concatenate(([0], np.cumsum([s["images"] for s in sizes])))
    g0 = [int(b) for b in bounds[:-1]]
    e0 = [int(b) for b in e_bounds[:-1]]
    stats.ads = int(bounds[-1])
    stats.seconds["extract"] = time.perf_counter() - started
    ex = Exchange(client, bounds)
    n = parts

    # Contacts
    t0 = time.perf_counter()
    echo("contacts")
    buckets = ex.regroup(
        ex.map(steps.contact_records, homes, g0), "hash", "key", steps.contact_bucket, [cfg] * n
    )
    rare, frequent = ex.pick(buckets, 0), ex.pick(buckets, 1)
    others = ex.regroup(frequent, "home", "g", steps.other_contacts, homes, g0)
    failed = client.gather(ex.regroup(others, "hash", "key", steps.frequent_ok, [cfg] * n))
    failed_keys = np.concatenate(failed) if failed else np.empty(0, np.int64)
    contacts = ex.map(steps.accept_frequent, rare, frequent, [failed_keys] * n)
    contact_labels = ex.to_home(ex.components(contacts), ("label",), (-1,))
    group = ex.map(steps.contact_groups, homes, contact_labels, g0)

    # Templates
    t1 = time.perf_counter()
    echo("templates")
    shingled = ex.map(steps.shingle_records, homes, g0, group, [cfg] * n)
    common_parts = client.gather(ex.regroup(shingled, "hash", "value", steps.boilerplate_bucket, [cfg] * n))
    common = np.unique(np.concatenate(common_parts)).astype(np.uint32)
    del shingled
    common_future = client.scatter(common, broadcast=True)
    sigs = ex.map(steps.signatures, homes, [common_future] * n, [cfg] * n)
    candidates = ex.regroup(ex.map(steps.band_records, sigs, g0, [cfg] * n), "hash", "key", steps.band_bucket)
    with_sig = ex.regroup(candidates, "home", "a", steps.attach_signature, sigs, g0)
    template = ex.regroup(with_sig, "home", "b", steps.similar_pairs, sigs, g0, [cfg] * n)
    del candidates, with_sig, sigs

    # Photos
    t2 = time.perf_counter()
    echo("photos")
    entries = ex.map(steps.entry_records, homes, g0, e0)
    close = ex.regroup(
        ex.regroup(
            ex.map(steps.photo_table_records, entries, [cfg] * n),
            "hash",
            "key",
            steps.photo_bucket,
            [cfg] * n,
        ),
        "hash",
        "ea",
        steps.distinct_pairs,
    )
    photo_table = ex.components(ex.map(steps.as_edges, close, ["ea"] * n, ["eb"] * n))
    entries = ex.table_lookup(entries, "e", photo_table, "label", "photo", None)
    member = ex.map(steps.members, entries)
    images = ex.table_lookup(ex.map(steps.image_edges, close), "ea", photo_table, "label", "photo", None)
    images = ex.regroup(images, "hash", "photo", _identity)
    del close, entries, photo_table
    photo_counts = ex.regroup(member, "hash", "photo", steps.count_table)
    ads_with_photos = sum(client.gather(ex.map(_distinct_ads, member)))
    pair_records = ex.map(steps.photo_pair_records, member, [cfg] * n)
    pair_records = ex.table_lookup(pair_records, "p1", photo_counts, "count", "c1", 0)
    pair_records = ex.table_lookup(pair_records, "p2", photo_counts, "count", "c2", 0)
    two_photos = ex.regroup(
        pair_records, "hash", "key", steps.photo_pair_bucket, [max(ads_with_photos, 1)] * n, [cfg] * n
    )
    del pair_records, photo_counts
    base = [*contacts, *template, *two_photos]

    def clusters(edges: list[Future]) -> list[Future]:
        labels = ex.to_home(ex.components(edges), ("label",), (-1,))
        return ex.map(steps.cluster_of, homes, labels, group, g0)

    def stock(cluster: list[Future]) -> tuple[list[Future], list[Future]]:
        marked = ex.map(steps.member_clusters, member, cluster, g0)
        result = ex.regroup(marked, "hash", "photo", steps.stock_bucket, images, [cfg] * n)
        return ex.pick(result, 0), ex.pick(result, 1)

    cluster = clusters(base)
    for _ in range(cfg.stock_rounds):
        kept, _keep = stock(cluster)
        cluster = clusters([*base, *kept])
    photo_edges, keep_table = stock(cluster)
    del cluster, two_photos, base

    # Contacts scattered over styles (template and photo groups)
    t3 = time.perf_counter()
    echo("networks")
    style = ex.map(steps.style_of, ex.to_home(ex.components([*template, *photo_edges]), ("label",), (-1,)))
    styled = ex.home_lookup(ex.map(steps.endpoints, contacts), "g", style, "style", -1)
    contacts = ex.map(steps.drop_scattered, contacts, styled, [cfg] * n)
    del style, styled

    # The evidence graph, its components, and the cut inside each component
    member = ex.table_lookup(member, "photo", keep_table, "keep", "keep", False)
    graph = [
        *ex.map(steps.contact_members, contacts),
        *ex.map(steps.photo_members, member),
        *ex.map(steps.template_graph, template),
    ]
    graph = ex.table_lookup(graph, "a", ex.components(graph), "label", "comp", None)
    cut = ex.reduce(steps.communities_bucket, ex.shuffle(graph, "hash", "comp"), [cfg] * n)
    biggest = max(client.gather(ex.pick(cut, 1)))
    nets = ex.to_home(ex.pick(cut, 0), ("net", "size"), (-1, 0))
    del graph, cut

    # Names: networks and templates numbered in order of their first ad
    roots = client.gather(ex.map(steps.roots, nets, g0))
    net_base = np.concatenate(([0], np.cumsum(roots)))
    rank_by_root = ex.map(steps.network_ranks, nets, g0, [int(b) for b in net_base[:-1]])
    net_rank = ex.map(_rank, ex.home_lookup(ex.map(steps.ads_of, nets, g0), "net", rank_by_root, "rank", -1))
    links = [
        *ex.map(steps.output_edges, contacts, [0] * n),
        *ex.map(steps.output_edges, template, [1] * n),
        *ex.map(steps.output_edges, photo_edges, [2] * n),
    ]
    net_of = ex.map(_column, nets, ["net"] * n)
    links = ex.home_lookup(links, "a", net_of, "net_a", -1)
    links = ex.home_lookup(links, "b", net_of, "net_b", -1)
    links = ex.map(steps.same_network, links)
    kinds = np.sum(client.gather(ex.map(steps.kind_counts, links)), axis=0)
    stats.edges = {name: int(kinds[code]) for code, name in enumerate(KIND_NAMES)}
    template_links = ex.map(_templates_only, links)
    template_labels = ex.to_home(ex.components(template_links), ("label",), (-1,))
    template_roots = client.gather(ex.map(steps.template_roots, template_labels, g0))
    template_base = np.concatenate(([0], np.cumsum(template_roots)))
    template_rank_by_root = ex.map(
        steps.template_ranks, template_labels, g0, [int(b) for b in template_base[:-1]]
    )
    template_rank = ex.map(
        _rank,
        ex.home_lookup(ex.map(_labelled, template_labels, g0), "label", template_rank_by_root, "rank", -1),
    )
    ids_by_home = ex.map(steps.id_array, homes)
    doubled = ex.home_lookup(ex.map(steps.doubled, links), "dst", ids_by_home, "to_id", "")
    by_source = ex.shuffle(doubled, "home", "src")
    t4 = time.perf_counter()
    echo("writing")
    outputs = ex.reduce(steps.write_home, by_source, homes, g0, nets, net_rank, template_rank)
    del doubled, by_source, links
    # Gathered one partition at a time so that this process holds one partition's text at most.
    for future in outputs:
        sink.write(future.result())
        future.release()
    stats.networks = int(net_base[-1])
    stats.ads_in_networks = int(sum(client.gather(ex.map(_in_networks, nets))))
    stats.biggest_component = biggest
    stats.rounds = ex.rounds
    stats.lines = stats.ads + stats.rejected
    now = time.perf_counter()
    stats.seconds.update(
        contacts=t1 - t0,
        templates=t2 - t1,
        images=t3 - t2,
        networks=t4 - t3,
        write=now - t4,
        total=now - started,
    )
    return stats


def _report_messages(
    client: Client,
    ex: Exchange,
    extracted: list[Future],
    dups: dict[str, np.ndarray],
    line_base: np.ndarray,
    report: Reporter,
    stats: LinkStats,
) -> None:
    """Problems in input order, numbered by line of the whole file, as the single process reports them."""
    for p, future in enumerate(ex.map(steps.messages, extracted)):
        found: list[tuple[int, str, str]] = future.result()
        future.release()
        if dups:
            for i in np.flatnonzero(dups["part"] == p).tolist():
                first = int(line_base[dups["first_part"][i]] + dups["first_line"][i])
                message = f"duplicate id {dups['id'][i]!r} (first seen on line {first}); line skipped"
                found.append((int(dups["line"][i]), "error", message))
        for line, level, message in sorted(found, key=lambda m: m[0]):
            report(int(line_base[p] + line), level, message)
            if level == "error":
                stats.rejected += 1
            else:
                stats.warnings += 1


def _rank(part: dict[str, np.ndarray]) -> np.ndarray:
    return part["rank"] if part else np.empty(0, np.int64)


def _lines(extracted: steps.Extracted) -> int:
    return extracted.lines


def _identity(part: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return part


def _distinct_ads(member: dict[str, np.ndarray]) -> int:
    return len(np.unique(member["g"])) if member else 0


def _column(arrays: dict[str, np.ndarray], name: str) -> np.ndarray:
    return arrays[name]


def _templates_only(part: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    if not part:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64)}
    keep = part["blk"] == 1
    return {"a": part["a"][keep], "b": part["b"][keep]}


def _labelled(labels: dict[str, np.ndarray], g0: int) -> dict[str, np.ndarray]:
    return {"g": np.arange(g0, g0 + len(labels["label"]), dtype=np.int64), "label": labels["label"]}


def _in_networks(nets: dict[str, np.ndarray]) -> int:
    return int((nets["size"] >= 2).sum())
