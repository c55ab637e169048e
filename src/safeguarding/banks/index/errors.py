"""Errors raised by the PDQ index."""


class IndexFormatError(ValueError):
    """An index file is truncated, corrupt, or written by another format version."""
