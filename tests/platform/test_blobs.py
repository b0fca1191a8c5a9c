from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from limner.platform.blobs import BlobStore


def test_blobs_are_content_addressed_and_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    data = b"\x89PNG fake but bytes are bytes"
    sha = store.put(data, "png")
    assert sha == hashlib.sha256(data).hexdigest()
    path = store.path(sha, "png")
    assert path == tmp_path / "blobs" / sha[:2] / sha[2:4] / f"{sha}.png"
    assert path.read_bytes() == data
    mtime = path.stat().st_mtime_ns
    assert store.put(data, "png") == sha
    assert path.stat().st_mtime_ns == mtime  # not rewritten
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [path]
    assert store.get(sha, "png") == data
    assert store.exists(sha, "png") and not store.exists(sha, "jpeg")


def test_a_failed_write_leaves_no_blob_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BlobStore(tmp_path / "blobs")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.put(b"abc", "png")
    monkeypatch.undo()
    sha = hashlib.sha256(b"abc").hexdigest()
    assert not store.exists(sha, "png")
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []
    assert store.put(b"abc", "png") == sha  # and a retry works


def test_paths_reject_anything_but_a_digest(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    with pytest.raises(ValueError):
        store.path("../../etc/passwd", "png")
    with pytest.raises(ValueError):
        store.path("a" * 64, "p/ng")
    with pytest.raises(FileNotFoundError):
        store.get("a" * 64, "png")
