"""Connected components and lookups of `ads.cluster.exchange` against scipy and plain indexing."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from distributed import Client, LocalCluster
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from safeguarding.ads.cluster.exchange import Exchange, concat

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_components_match_scipy_on_chains_stars_and_noise(client: Client) -> None:
    rng = np.random.default_rng(4)
    n = 3000
    chain = np.arange(0, 400)  # a long path: the worst case for label propagation
    a = np.concatenate((chain[:-1], np.full(50, 1000), rng.integers(1200, n, 900)))
    b = np.concatenate((chain[1:], np.arange(1001, 1051), rng.integers(1200, n, 900)))
    ex = Exchange(client, np.array([0, 1000, 2000, n]))
    parts = client.scatter([{"a": a[i::3], "b": b[i::3]} for i in range(3)])
    table = concat(client.gather(ex.components(parts)))
    _, expected = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n)), directed=False)
    assert len(table["key"]) == len(np.unique(np.concatenate((a[a != b], b[a != b]))))
    for vertex, label in zip(table["key"].tolist(), table["label"].tolist(), strict=True):
        members = np.flatnonzero(expected == expected[vertex])
        assert label == members.min()  # the smallest vertex of its component


def test_home_lookup_keeps_rows_in_place_and_fills_missing(client: Client) -> None:
    ex = Exchange(client, np.array([0, 3, 6]))
    values = client.scatter([np.array([10, 11, 12]), np.array([13, 14, 15])])
    parts = client.scatter([{"g": np.array([5, -1, 0, 4])}, {"g": np.array([2, 3])}])
    looked = client.gather(ex.home_lookup(parts, "g", values, "v", -7))
    assert looked[0]["v"].tolist() == [15, -7, 10, 14]
    assert looked[1]["v"].tolist() == [12, 13]
