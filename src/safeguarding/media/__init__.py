"""Media hashing: SHA-256, MD5 and PDQ for images, with limits that refuse hostile input."""

from safeguarding.media.hashing import ImageLimits, MediaError, MediaHashes, hash_bytes, hash_file
from safeguarding.media.walk import PathProblem, iter_media_paths
from safeguarding.media.workers import hash_many

__all__ = [
    "ImageLimits",
    "MediaError",
    "MediaHashes",
    "PathProblem",
    "hash_bytes",
    "hash_file",
    "hash_many",
    "iter_media_paths",
]
