"""Media hashing: SHA-256, MD5 and PDQ for images, vPDQ for videos, with limits that refuse hostile input."""

from safeguarding.media.hashing import ImageLimits, MediaError, MediaHashes, hash_bytes, hash_file
from safeguarding.media.video import FrameHash, VideoHashes, VideoLimits, VideoOptions, hash_video
from safeguarding.media.walk import PathProblem, iter_media_paths
from safeguarding.media.workers import hash_many

__all__ = [
    "FrameHash",
    "ImageLimits",
    "MediaError",
    "MediaHashes",
    "PathProblem",
    "VideoHashes",
    "VideoLimits",
    "VideoOptions",
    "hash_bytes",
    "hash_file",
    "hash_many",
    "hash_video",
    "iter_media_paths",
]
