"""Exact PDQ index for large hash banks: memory-mapped, live-updatable, batch queries.

    idx = PDQIndex.open(path)                  # fast: memory-maps the base
    idx.add(ids, hashes)                       # int64 ids, (n, 32) uint8 hashes; durable on return
    idx.retract(ids)
    idx.query(hashes, threshold=31)            # [[(entry_id, distance), ...] per query], exact
    sync_index_from_store(idx, engine)         # bring it up to date with bank_entries

See docs/PDQ_INDEX.md for the layout, the exactness argument and the measured figures.
"""

from .errors import IndexFormatError
from .hexcodec import hashes_from_hex, hashes_to_hex, parse_pdq_hex
from .index import DEFAULT_THRESHOLD, PDQIndex
from .sync import sync_index_from_store

__all__ = [
    "DEFAULT_THRESHOLD",
    "IndexFormatError",
    "PDQIndex",
    "hashes_from_hex",
    "hashes_to_hex",
    "parse_pdq_hex",
    "sync_index_from_store",
]
