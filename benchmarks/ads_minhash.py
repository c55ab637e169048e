"""Why ads linking computes MinHash itself: datasketch per shingle, per ad, and the vectorised version.

python benchmarks/ads_minhash.py
"""

import time

import numpy as np
from datasketch import MinHash

from safeguarding.ads.linking import LinkConfig, minhash

rng = np.random.default_rng(0)
n, per = 10_000, 60
values = rng.integers(0, 2**32, n * per, dtype=np.uint64).astype(np.uint32)
owner = np.repeat(np.arange(n), per)
t = time.process_time()
for i in range(2000):
    m = MinHash(num_perm=64)
    for v in values[i * per : (i + 1) * per].tolist():
        m.update(v.to_bytes(4, "little"))
a = (time.process_time() - t) / 2000 * n
t = time.process_time()
for i in range(n):
    m = MinHash(num_perm=64)
    m.update_batch([v.to_bytes(4, "little") for v in values[i * per : (i + 1) * per].tolist()])
b = time.process_time() - t
t = time.process_time()
minhash(values, owner, n, LinkConfig())
c = time.process_time() - t
print(
    "10,000 ads x 60 shingles, 64 permutations (CPU s): "
    f"datasketch update per shingle {a:.2f}, datasketch update_batch per ad {b:.2f}, "
    f"vectorised over all ads {c:.3f}"
)
