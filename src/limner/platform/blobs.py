"""Content-addressed file store: ``<root>/ab/cd/<sha256>.<ext>``, written atomically, stored once."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^[a-z0-9]{1,8}$")


class BlobStore:
    """Immutable blobs keyed by the SHA-256 of their bytes.

    A blob is written to a temporary file in its final folder, flushed to disk and moved into
    place with ``os.replace``, so readers see either nothing or the whole blob. Writing bytes
    that are already stored does nothing.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, ext: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        if not _EXT.match(ext):
            raise ValueError(f"bad blob extension: {ext!r}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.{ext}"

    def put(self, data: bytes, ext: str) -> str:
        """Store ``data`` (once) and return its sha256."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256, ext)
        if target.exists():
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(data)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return sha256

    def get(self, sha256: str, ext: str) -> bytes:
        """The stored bytes; ``FileNotFoundError`` if the blob is missing."""
        return self.path(sha256, ext).read_bytes()

    def exists(self, sha256: str, ext: str) -> bool:
        return self.path(sha256, ext).is_file()


__all__ = ["BlobStore"]
