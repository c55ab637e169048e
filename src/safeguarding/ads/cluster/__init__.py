"""`ads link` distributed on a Dask cluster: the same networks and output as the single process."""

from safeguarding.ads.cluster.link import STAGES, ClusterLinkStats, link_ads_on_cluster

__all__ = ["STAGES", "ClusterLinkStats", "link_ads_on_cluster"]
